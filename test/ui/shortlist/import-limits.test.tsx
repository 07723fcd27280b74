// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../../src/ui/shortlist/ImportPanel';
import { byTestId, mountPage } from './page-harness';
import { sampleRow } from './sample';

describe('import size limit', () => {
  it('refuses a file over the limit before reading it, saying what to do', async () => {
    const { root } = await mountPage([sampleRow(0)]);
    const file = new File(['Platform,Handle\n'], 'huge.csv', { type: 'text/csv' });
    Object.defineProperty(file, 'size', { value: MAX_IMPORT_BYTES + 1 });
    let read = false;
    file.text = () => ((read = true), Promise.resolve(''));
    const input = byTestId<HTMLInputElement>(root, 'import-file');
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(async () => void input.dispatchEvent(new Event('change', { bubbles: true })));
    expect(read).toBe(false);
    expect(byTestId(root, 'shortlist-status').textContent).toContain('split the file');
    expect(root.querySelector('[data-testid="import-preview"]')).toBeNull();
  });
});
