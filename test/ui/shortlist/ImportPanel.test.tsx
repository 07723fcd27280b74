// @vitest-environment happy-dom
import { STATUS_WORDS } from '../../../src/transfer/column-words';
import { describe, expect, it } from 'vitest';
import { listShortlist } from '../../../src/storage/shortlist';
import { shortlistToCsv } from '../../../src/transfer/shortlist-csv';
import { backupToJson, makeBackup } from '../../../src/transfer/backup';
import { exact } from '../../../src/shared/stat';
import { click } from '../components/render';
import { allByTestId, byTestId, chooseFile, mountPage, until } from './page-harness';
import { sampleRow } from './sample';

const commitButton = (root: HTMLElement) => byTestId<HTMLButtonElement>(root, 'import-commit');

describe('import on the shortlist page', () => {
  it('previews a CSV, names what it overwrites, and commits every row', async () => {
    const saved = sampleRow(0, { handle: 'ana' });
    const { root, db } = await mountPage([saved]);
    const changed = sampleRow(0, { handle: 'ana', followers: 4321 });
    changed.entry.status = 'core';
    const csv = shortlistToCsv([changed, sampleRow(1), sampleRow(2)]);
    await chooseFile(byTestId(root, 'import-file'), 'list.csv', csv);
    await until(() => Boolean(byTestId(root, 'import-preview')));
    const preview = byTestId(root, 'import-preview');
    expect(preview.textContent).toContain('3 creators to import, 0 problems');
    const conflicts = byTestId(root, 'import-conflicts').textContent ?? '';
    expect(conflicts).toContain('@ana');
    expect(conflicts).toContain(`status ${saved.entry.status} → core`);
    expect(conflicts).toContain(`followers ${saved.record.followers?.value} → 4321`);
    click(commitButton(root));
    // Done: the preview closes once the list is read again.
    await until(() => root.querySelector('[data-testid="import-preview"]') === null);
    expect(byTestId(root, 'shortlist-count').textContent).toBe('3 of 3 creators');
    const stored = await listShortlist(db);
    expect(stored.find((i) => i.record.handle === 'ana')?.entry.status).toBe('core');
  });

  it('lists errors by line and commits nothing while any row is invalid', async () => {
    const { root, db } = await mountPage([]);
    const csv = shortlistToCsv([sampleRow(1), sampleRow(2), sampleRow(3)]);
    const lines = csv.split('\r\n');
    lines[2] = lines[2]!.replace(`,${STATUS_WORDS.word(sampleRow(2).entry.status)},`, ',hired,');
    await chooseFile(byTestId(root, 'import-file'), 'bad.csv', lines.join('\r\n'));
    await until(() => Boolean(byTestId(root, 'import-errors')));
    const errorRows = allByTestId(root, 'import-error').map((li) => li.textContent);
    expect(errorRows).toHaveLength(1);
    expect(errorRows[0]).toBe(
      'Row 3, Status: expected one of: Prospect, Contacted, Testing, Core, Dropped; found “hired”.',
    );
    expect(commitButton(root).disabled).toBe(true);
    click(commitButton(root));
    expect(await listShortlist(db)).toEqual([]);
  });

  it('imports the shortlist part of a JSON backup with its follower history', async () => {
    const { root, db } = await mountPage([]);
    const row = sampleRow(5, { handle: 'histo' });
    const reading = {
      creatorId: row.record.id,
      capturedAt: '2026-01-03T00:00:00.000Z',
      kind: 'profile' as const,
      url: row.record.profileUrl,
      followers: exact(900, 'text'),
      following: null,
      postCount: null,
    };
    const backup = makeBackup({
      creators: [row.record, sampleRow(6).record],
      readings: [reading],
      checklists: [],
      shortlist: [row.entry],
      settings: null,
    });
    await chooseFile(byTestId(root, 'import-file'), 'backup.json', backupToJson(backup));
    await until(() => Boolean(byTestId(root, 'import-preview')));
    expect(byTestId(root, 'import-preview').textContent).toContain('1 creator to import');
    expect(byTestId(root, 'import-preview').textContent).toContain('not on its shortlist');
    click(commitButton(root));
    await until(() => allByTestId(root, 'shortlist-row').length === 1);
    expect(await db.count('readings')).toBe(1);
    expect((await listShortlist(db))[0]?.record.handle).toBe('histo');
  });

  it('refuses a file that is not a backup, saying why', async () => {
    const { root } = await mountPage([]);
    await chooseFile(byTestId(root, 'import-file'), 'x.json', '{"hello": 1}');
    await until(() => Boolean(byTestId(root, 'import-errors')));
    expect(allByTestId(root, 'import-error').map((li) => li.textContent)).toEqual([
      'This file is not a backup of this extension. Choose the .json file that “Download full backup” saved.',
    ]);
    expect(commitButton(root).disabled).toBe(true);
  });
});
