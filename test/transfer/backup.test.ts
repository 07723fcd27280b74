import { describe, expect, it } from 'vitest';
import {
  backupToJson,
  makeBackup,
  parseBackup,
  type BackupContents,
} from '../../src/transfer/backup';
import { Settings } from '../../src/shared/vetting';
import { exact } from '../../src/shared/stat';
import { sampleRows } from './sample-rows';

const NOW = new Date('2025-06-01T12:00:00.000Z');

function contents(): BackupContents {
  const rows = sampleRows(30);
  const records = rows.map((r) => r.record);
  records[0]!.posts = [
    {
      url: 'https://www.instagram.com/p/abc/',
      views: null,
      likes: exact(120, 'text'),
      comments: exact(4, 'text'),
      pinned: false,
      caption: 'Tofu "scramble", =easy',
      hashtags: ['vegan'],
      postedAt: '2025-01-01T10:00:00.000Z',
      commentSample: [{ author: 'sam', text: 'مرحبا 🙂', likes: null, at: null }],
    },
  ];
  return {
    creators: records,
    readings: records.slice(0, 5).map((r, i) => ({
      id: i + 1,
      creatorId: r.id,
      capturedAt: r.lastSeen,
      kind: 'profile' as const,
      url: r.profileUrl,
      followers: r.followers,
      following: r.following,
      postCount: r.postCount,
    })),
    checklists: rows.flatMap((r) => (r.checklist ? [r.checklist] : [])),
    shortlist: rows.map((r) => r.entry),
    settings: Settings.parse({
      brand: { keywords: ['vegan'] },
      thresholdOverrides: { 'story-views': 0.04 },
    }),
  };
}

describe('JSON backup', () => {
  it('restores everything, and backing up again gives identical bytes', () => {
    const first = backupToJson(makeBackup(contents(), NOW));
    const preview = parseBackup(first);
    expect(preview.errors).toEqual([]);
    expect(preview.counts).toMatchObject({ creators: 30, readings: 5, shortlist: 30 });
    // What the options page does on restore: write each store, then back up again.
    const restored: BackupContents = preview.backup!;
    expect(backupToJson(makeBackup(restored, NOW))).toBe(first);
    expect(restored.creators[0]!.posts[0]!.commentSample[0]!.text).toBe('مرحبا 🙂');
  });

  it('stamps its own export time, even when given a restored backup', () => {
    const restored = makeBackup(contents(), NOW);
    const later = new Date('2025-07-01T00:00:00.000Z');
    expect(makeBackup(restored, later).exportedAt).toBe(later.toISOString());
  });

  it('writes keys in one order whatever order storage returned them in', () => {
    const data = contents();
    const shuffled = {
      ...data,
      creators: data.creators.map((c) => Object.fromEntries(Object.entries(c).reverse())),
    };
    expect(backupToJson(makeBackup(shuffled as BackupContents, NOW))).toBe(
      backupToJson(makeBackup(data, NOW)),
    );
  });

  it('still backs up data that no longer validates, and restore then names it', () => {
    const data = contents();
    data.creators[2]!.handle = 'x'.repeat(500);
    const json = backupToJson(makeBackup(data, NOW));
    expect(json).toContain('x'.repeat(500));
    const preview = parseBackup(json);
    expect(preview.backup).toBeNull();
    expect(preview.errors).toEqual([
      {
        path: 'creators[2].handle',
        message: expect.stringContaining('100'),
        rule: { kind: 'longest', limit: 100 },
        found: `${'x'.repeat(39)}…`,
        who: 'x'.repeat(40),
      },
    ]);
  });

  it('reads a version-1 backup written before the ROI stores existed', () => {
    const { readings, ...old }: Record<string, unknown> = { ...makeBackup(contents(), NOW) };
    delete old.campaigns;
    delete old.cells;
    const preview = parseBackup(JSON.stringify({ ...old, version: 1, snapshots: readings }));
    expect(preview.errors).toEqual([]);
    expect(preview.backup!.campaigns).toEqual([]);
    // Version 1 called the readings "snapshots": they come back under their new name.
    expect(preview.backup!.readings).toHaveLength(5);
    expect(preview.counts.readings).toBe(5);
  });

  it('refuses a backup from a newer version with a clear message', () => {
    const newer = { ...makeBackup(contents(), NOW), version: 3 };
    const preview = parseBackup(JSON.stringify(newer));
    expect(preview.backup).toBeNull();
    expect(preview.errors[0]!.message).toMatch(/newer version.*format 3.*up to 2.*Update/);
  });

  it('refuses files that are not backups', () => {
    expect(parseBackup('not json').errors[0]!.message).toMatch(/Not a JSON file/);
    expect(parseBackup('{"format":"other"}').errors[0]!.message).toMatch(
      /not a Creator Vetting backup/,
    );
    expect(
      parseBackup('{"format":"creator-vetting-backup","version":"1"}').errors[0]!.message,
    ).toMatch(/not valid/);
  });

  it('is all-or-nothing: one bad item or a duplicate key refuses the whole backup', () => {
    const data = contents();
    data.shortlist.push({ ...data.shortlist[0]! });
    const preview = parseBackup(backupToJson(makeBackup(data, NOW)));
    expect(preview.backup).toBeNull();
    expect(preview.counts.creators).toBe(0);
    expect(preview.errors).toEqual([
      {
        path: 'shortlist[30]',
        message: expect.stringContaining(data.shortlist[0]!.creatorId),
        rule: { kind: 'duplicate' },
        who: data.shortlist[0]!.creatorId.split(':')[1],
      },
    ]);
  });

  it('lists at most 200 problems, then says how many more', () => {
    const data = contents();
    const json = JSON.parse(backupToJson(makeBackup(data, NOW)));
    json.readings = Array.from({ length: 250 }, () => ({ nonsense: true }));
    const preview = parseBackup(JSON.stringify(json));
    expect(preview.errors).toHaveLength(201);
    expect(preview.errors.at(-1)!.message).toMatch(/more problems/);
  });
});
