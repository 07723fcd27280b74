import { describe, expect, it } from 'vitest';
import { BACKUP_VERSION, parseBackup } from '../../../src/transfer/backup';
import { readShortlistCsv } from '../../../src/transfer/csv-read';
import { shortlistToCsv } from '../../../src/transfer/shortlist-csv';
import { rowSentence } from '../../../src/ui/errors/row-words';
import { sampleRow } from '../shortlist/sample';
import { backupJson, editedCsv, planOf, sentencesOf } from './import-samples';

// The problems that used to reach the marketer as the code's English (or zod's, such as
// "safe integer"): each is now one sentence in the page's words, with the next step.

const restoreWords = (json: unknown) =>
  parseBackup(JSON.stringify(json)).errors.map((e) =>
    rowSentence({ ...e, line: null, place: e.path }),
  );

describe('CSV problems without a cell rule before', () => {
  it('says an empty file, a repeated creator and too many rows in words, with the next step', () => {
    expect(sentencesOf('')).toEqual([
      'Row 1: the file is empty, without even a header row. Choose the CSV this extension exported.',
    ]);
    expect(sentencesOf(shortlistToCsv([sampleRow(1), sampleRow(1)]))).toEqual([
      'Row 3, Creator ID: the same creator as row 2. Keep one of the two rows.',
    ]);
    const huge = `Platform,Handle\n${'instagram,ana\n'.repeat(20_001)}`;
    expect(sentencesOf(huge)).toEqual([
      'Row 1: the file has 20,001 rows, and one import takes at most 20,000 creators. Split the file and import the parts one after another.',
    ]);
  });

  it('says an amount too large to keep once, without zod’s "safe integer"', () => {
    const csv = editedCsv({ 'Campaign currency': 'USD', 'Campaign fee': '99999999999999999999' });
    expect(sentencesOf(csv)).toEqual([
      'Row 3, Campaign fee: expected a smaller number: this one is too large to keep exactly (a stray digit?); found “99999999999999999999”.',
    ]);
  });

  it('names the handle rule, the missing currency and the empty follower count', () => {
    expect(sentencesOf(editedCsv({ Handle: 'a b c' }))).toEqual([
      expect.stringMatching(/^Row 3, Handle: expected a YouTube handle \(.+\); found “a b c”\.$/),
    ]);
    expect(sentencesOf(editedCsv({ 'Campaign fee': '12' }))).toEqual([
      'Row 3, Campaign currency: the amounts in this row need a currency code in this column, such as USD.',
    ]);
    expect(sentencesOf(editedCsv({ Followers: '' }))).toEqual([
      'Row 3, Followers: empty, while the other Followers cells (low, high, source, as shown) are filled in. Fill in Followers, or empty those cells too.',
    ]);
  });

  it('gives every problem of these files a rule, so no English of the code is shown', () => {
    for (const csv of ['', editedCsv({ Handle: 'a b c' }), editedCsv({ Followers: '' })])
      expect(readShortlistCsv(csv).errors.every((e) => e.rule)).toBe(true);
  });

  it('says a column of the marketer’s own was left out, in the page’s words', () => {
    const csv = editedCsv({}).replace('Display name,', 'My score,');
    expect(planOf(csv).warnings).toEqual([
      'Column “My score” is not one this extension reads: it was left out, and the other columns were read.',
    ]);
  });
});

describe('restore problems without a rule before', () => {
  it('says a changed or newer version number and what to do', () => {
    expect(restoreWords({ ...backupJson(), version: 'x' })).toEqual([
      'This backup’s version number is not valid: the file was changed after it was saved. Choose a backup the extension saved.',
    ]);
    expect(restoreWords({ ...backupJson(), version: 99 })).toEqual([
      `This backup was made by a newer version of the extension (format 99; this version reads up to ${BACKUP_VERSION}). Update the extension, then restore it.`,
    ]);
  });

  it('says an amount past the safe integer range once, as an amount, not "minor"', () => {
    const json = backupJson();
    const fee = { minor: 2 ** 53, currency: 'USD' };
    json.campaigns = [
      { creatorId: json.creators[0].id, costs: { fee }, updatedAt: json.exportedAt },
    ];
    expect(restoreWords(json)).toEqual([
      'Campaign 1 (@creator1), costs, fee, amount: expected a smaller number: this one is too large to keep exactly (a stray digit?); found “9007199254740992”.',
    ]);
  });

  it('names the handle rule and counts the problems past the listed ones', () => {
    const json = backupJson();
    json.creators[0].handle = 'a b';
    expect(restoreWords(json)).toEqual([
      expect.stringMatching(
        /^Creator 1 \(@a b\), handle: expected a TikTok handle \(.+\); found “a b”\.$/,
      ),
    ]);
    const many = backupJson();
    many.shortlist = Array.from({ length: 210 }, () => ({ ...many.shortlist[0], status: 'maybe' }));
    expect(restoreWords(many).at(-1)).toBe('…and 10 more problems.');
  });
});
