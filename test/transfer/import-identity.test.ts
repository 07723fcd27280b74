import { describe, expect, it } from 'vitest';
import { emptyReading } from '../../src/shared/model';
import { mergeReading } from '../../src/storage/merge-reading';
import { backupToJson, makeBackup, parseBackup } from '../../src/transfer/backup';
import { readShortlistCsv } from '../../src/transfer/csv-read';
import { sampleRows } from './sample-rows';

/** A repeated creator's rule: the row it repeats. */
const SAME_AS_2 = { kind: 'sameAs', line: 2 } as const;

const MAX_IMPORT_ROWS = 20_000;
const NOW = new Date('2025-06-01T12:00:00.000Z');
const read = (text: string) => readShortlistCsv(text, { now: NOW });
const HEAD = 'Creator ID,Platform,Handle,Profile URL,Notes';

describe('a CSV import checks who each row is', () => {
  it('derives the id from platform and handle: a row cannot replace another creator', () => {
    const preview = read(`${HEAD}\ninstagram:bob,instagram,alice,,\n`);
    expect(preview.errors).toEqual([]);
    expect(preview.rows[0]!.record.id).toBe('instagram:alice');
    expect(preview.rows[0]!.entry.creatorId).toBe('instagram:alice');
  });

  it('" alice", "@alice" and "alice " are one creator (the repeats are named)', () => {
    const preview = read(
      `${HEAD}\n,instagram, alice,,\n,instagram,@alice,,\n,instagram,alice ,,\n`,
    );
    expect(preview.errors).toEqual([
      { line: 3, column: 'Creator ID', message: 'Same creator as row 2.', rule: SAME_AS_2 },
      { line: 4, column: 'Creator ID', message: 'Same creator as row 2.', rule: SAME_AS_2 },
    ]);
    expect(preview.rows.map((r) => r.record.handle)).toEqual(['alice']);
  });

  it('refuses a handle the platform would not allow, naming the rule', () => {
    const preview = read(`${HEAD}\n,instagram,al ice,,\n,youtube,ab,,\n,tiktok,ok_1,,\n`);
    expect(preview.errors.map((e) => [e.line, e.column])).toEqual([
      [2, 'Handle'],
      [3, 'Handle'],
    ]);
    expect(preview.errors[0]!.message).toContain('Instagram handle');
  });

  it('an LF header with CRLF rows leaves no "\\r" in ids; a CRLF inside quoted notes stays', () => {
    const text = `${HEAD}\n,instagram,alice,,"line one\r\nline two"\r\n,tiktok,bob,,last\r\n`;
    const preview = read(text);
    expect(preview.errors).toEqual([]);
    expect(preview.rows.map((r) => r.record.id)).toEqual(['instagram:alice', 'tiktok:bob']);
    expect(preview.rows[0]!.entry.notes).toBe('line one\r\nline two');
    expect(preview.rows[1]!.entry.notes).toBe('last');
  });

  it('rebuilds a profile address that is not the creator page on its own site', () => {
    const preview = read(
      [
        HEAD,
        ',instagram,alice,https://evil.example/alice,',
        ',tiktok,bob,https://www.tiktok.com/@mallory,',
        ',youtube,carla,https://www.youtube.com/@carla/videos,',
        ',instagram,dora,javascript:alert(1),',
      ].join('\n'),
    );
    expect(preview.rows.map((r) => r.record.profileUrl)).toEqual([
      'https://www.instagram.com/alice/',
      'https://www.tiktok.com/@bob',
      'https://www.youtube.com/@carla/videos',
      'https://www.instagram.com/dora/',
    ]);
  });

  it('refuses a file with more rows than one import takes, saying what to do', () => {
    const body = Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => `,instagram,c${i},,`);
    const preview = read([HEAD, ...body].join('\n'));
    expect(preview.rows).toEqual([]);
    expect(preview.errors).toEqual([
      {
        line: 1,
        message: expect.stringContaining('Split the file'),
        rule: { kind: 'tooManyRows', rows: 20_001, limit: 20_000 },
      },
    ]);
  });
});

describe('a JSON backup checks who each creator is', () => {
  const backup = () => {
    const rows = sampleRows(3);
    return makeBackup(
      {
        creators: rows.map((r) => r.record),
        readings: [],
        checklists: [],
        shortlist: rows.map((r) => r.entry),
        settings: null,
      },
      NOW,
    );
  };

  it('refuses a creator whose id is not its platform and handle', () => {
    const file = backup();
    file.creators[1]!.id = file.creators[0]!.id.replace(/^[a-z]+/, file.creators[1]!.platform);
    file.creators[1]!.handle = 'someone_else';
    const preview = parseBackup(backupToJson(file));
    expect(preview.backup).toBeNull();
    expect(preview.errors.some((e) => e.path === 'creators[1].id')).toBe(true);
  });

  it('replaces a profile address off the creator site', () => {
    const file = backup();
    file.creators[0]!.profileUrl = 'https://evil.example/';
    const preview = parseBackup(backupToJson(file));
    expect(preview.errors).toEqual([]);
    expect(new URL(preview.backup!.creators[0]!.profileUrl).host).toMatch(
      /^www\.(instagram|tiktok|youtube)\.com$/,
    );
  });
});

describe('a later visit', () => {
  it('does not keep a stored address off the creator site', () => {
    const [row] = sampleRows(1);
    const record = {
      ...row!.record,
      platform: 'instagram' as const,
      profileUrl: 'https://evil.example/',
    };
    const snap = emptyReading('instagram', 'post', 'https://www.instagram.com/p/abc/', NOW);
    snap.handle = record.handle;
    expect(mergeReading(record, snap).profileUrl).toBe(
      `https://www.instagram.com/${record.handle}/`,
    );
  });
});
