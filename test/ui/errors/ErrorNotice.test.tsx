// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { ErrorNotice } from '../../../src/ui/errors/ErrorNotice';
import { failureOf, storageFailure } from '../../../src/ui/errors/error-words';
import { mount } from '../components/render';

describe('ErrorNotice', () => {
  it('folds the text of an unknown error under "Details for support", after the words', () => {
    const root = mount(<ErrorNotice failure={failureOf(new TypeError('x.y is undefined'))} />);
    const alert = root.querySelector('[role="alert"]')!;
    expect(alert.querySelector('p')?.textContent).toMatch(/^Something went wrong\. Reload/);
    const details = alert.querySelector('details')!;
    expect(details.open).toBe(false);
    expect(details.querySelector('summary')?.textContent).toBe('Details for support');
    expect(details.querySelector('code')?.textContent).toBe('TypeError: x.y is undefined');
  });

  it('shows a known problem in words only', () => {
    const reason =
      'Storage could not open: VersionError: The requested version (3) is less than the existing version (4).';
    const root = mount(<ErrorNotice failure={storageFailure(reason)} testId="storage" />);
    const text = root.querySelector('[data-testid="storage"]')?.textContent ?? '';
    expect(text).toMatch(/cannot open its storage.*newer version of this extension/);
    expect(text).not.toMatch(/VersionError|requested version/);
    expect(root.querySelector('details')).toBeNull();
  });
});
