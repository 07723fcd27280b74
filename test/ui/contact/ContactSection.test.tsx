// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { contactOf } from '../../../src/contact/contact';
import { ContactSection } from '../../../src/ui/contact/ContactSection';
import { mount } from '../components/render';

const flush = () => act(async () => await Promise.resolve());

describe('ContactSection', () => {
  it('shows each address and the link host, and copies the one clicked', async () => {
    const copied: string[] = [];
    const contact = contactOf(
      'Kooperationen: kontakt@mara-keramik.de · Business: mara [at] studio [dot] com',
      'https://linktr.ee/mara',
    );
    const root = mount(
      <ContactSection contact={contact} onCopy={async (t) => (copied.push(t), true)} />,
    );
    const items = [...root.querySelectorAll('li')];
    expect(items.map((li) => li.querySelector('bdi')?.textContent)).toEqual([
      'kontakt@mara-keramik.de',
      'mara@studio.com',
      'linktr.ee',
    ]);
    expect(root.textContent).not.toContain('Copied');
    act(() => items[1]!.querySelector('button')!.click());
    await flush();
    expect(copied).toEqual(['mara@studio.com']);
    expect(items[1]!.textContent).toContain('Copied');
    act(() => items[2]!.querySelector('button')!.click());
    await flush();
    // The link is copied whole; only its host is shown.
    expect(copied[1]).toBe('https://linktr.ee/mara');
    expect(items[1]!.textContent).not.toContain('Copied');
  });

  it('says so when the browser refuses, and when the bio shows nothing', async () => {
    const root = mount(
      <ContactSection contact={contactOf('hi@x.de', null)} onCopy={async () => false} />,
    );
    act(() => root.querySelector('button')!.click());
    await flush();
    expect(root.querySelector('[role="alert"]')?.textContent).toMatch(/did not allow copying/);
    const none = mount(<ContactSection contact={contactOf('Just bread', null)} />);
    expect(none.querySelector('[data-testid="contact-none"]')).not.toBeNull();
  });

  it('keeps page text as text and has no buttons without a copier (the saved report)', () => {
    const root = mount(
      <ContactSection
        contact={{ emails: ['<img src=x onerror=alert(1)>@a.de'], linkHost: null, link: null }}
      />,
    );
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('button')).toBeNull();
    expect(root.querySelector('bdi')?.textContent).toBe('<img src=x onerror=alert(1)>@a.de');
  });
});
