// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { makeBackup, backupToJson, parseBackup } from '../../../src/transfer/backup';
import { RestorePreview } from '../../../src/ui/options/RestorePreview';
import { mount } from '../components/render';

const empty = { creators: [], readings: [], checklists: [], shortlist: [], settings: null };

describe('RestorePreview', () => {
  it('lists each problem of a refused backup on its own line, with where it is', () => {
    const json = JSON.parse(backupToJson(makeBackup(empty)));
    json.shortlist = [{ creatorId: 'instagram:a' }, { creatorId: 'instagram:b', status: 'maybe' }];
    const preview = parseBackup(JSON.stringify(json));
    const root = mount(<RestorePreview fileName="b.json" preview={preview} />);
    const lines = [...root.querySelectorAll('[data-testid="restore-error"]')].map(
      (li) => li.textContent,
    );
    expect(lines.length).toBe(preview.errors.length);
    // The item and field in words, what was expected and what was found: no zod path or text.
    expect(lines).toContain(
      'Shortlist entry 2 (@b), status: expected a value this version of the extension knows; found “maybe”.',
    );
    expect(lines).toContain('Shortlist entry 1 (@a), added at: required, but missing.');
    for (const line of lines) expect(line).not.toMatch(/\[\d\]|Invalid|received|expected string/);
    expect(root.textContent).toContain('Nothing was changed');
  });

  it('shows the counts of a valid backup', () => {
    const preview = parseBackup(backupToJson(makeBackup(empty)));
    const root = mount(<RestorePreview fileName="ok.json" preview={preview} />);
    expect(root.querySelector('[data-testid="restore-preview"]')).not.toBeNull();
    expect(root.querySelector('[data-store="creators"]')?.textContent).toBe('0');
  });

  it('says plainly when the file is not a backup at all', () => {
    const root = mount(<RestorePreview fileName="x.json" preview={parseBackup('{"a":1}')} />);
    expect(root.textContent).toContain('This file is not a backup of this extension. Choose');
    expect(root.textContent).toContain('1 problem:');
  });
});
