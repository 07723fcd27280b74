import { describe, expect, it } from 'vitest';
import { parseBackup } from '../../../src/transfer/backup';
import { readShortlistCsv } from '../../../src/transfer/csv-read';
import { placeWords, rowSentence } from '../../../src/ui/errors/row-words';
import { backupJson, editedCsv, sentencesOf } from './import-samples';

/** What no sentence may show: zod's words, its paths, or a bare internal code. */
const RAW = /Invalid input|Too small|expected int|received|must match pattern|>=|\/\^|ISO|CSV:/;

describe('problems of a CSV import, in words', () => {
  it('names the line and column, what is expected and what was found', () => {
    // One cell at a time: a row whose cells cannot be read is not checked further.
    const sentences = [
      ...sentencesOf(editedCsv({ Followers: 'abc' })),
      ...sentencesOf(editedCsv({ Following: '-5' })),
      ...sentencesOf(editedCsv({ 'Followers (manual)': '1.5' })),
      ...sentencesOf(editedCsv({ Currency: 'usd' })),
    ];
    expect(sentences).toEqual([
      'Row 3, Followers: expected a number such as 12,400; found “abc”.',
      'Row 3, Following: expected 0 or more; found “-5”.',
      'Row 3, Followers (manual): expected a whole number such as 12,400; found “1.5”.',
      'Row 3, Currency: expected a code of 3 capital letters, such as USD; found “usd”.',
    ]);
  });

  it('says what is wrong with a file that is not well-formed CSV', () => {
    // The export ends with a line break, so the broken line is line 6.
    expect(sentencesOf(`${editedCsv({})}\r\n"a,b`)).toEqual([
      'Row 6: a cell opens a quote (") that is never closed, so the lines after it run into this cell. Close the quote, or remove it.',
      'Row 6: has fewer cells than the header row.',
    ]);
    expect(sentencesOf(editedCsv({ Handle: '' }))).toEqual(['Row 3, Handle: required, but empty.']);
  });

  it('says which columns a header row lacks, and why when the file uses semicolons', () => {
    expect(sentencesOf('Name,Followers\r\nAna,12\r\n')).toEqual([
      'Row 1: the header row lacks “Handle”, “Platform”; the first row must be the header row, as in a CSV exported by this extension.',
    ]);
    expect(sentencesOf('Platform;Handle\r\ninstagram;ana\r\n')[0]).toMatch(
      /^Row 1: the header row lacks “Handle”, “Platform”: the file seems to use “;” or tabs/,
    );
  });

  it('never shows zod’s own words for any malformed number or code cell', () => {
    const bad = ['abc', '-5', '1.5', '1e400', 'x1'];
    const columns = [
      'Followers',
      'Following',
      'Posts',
      'Followers (manual)',
      'Currency',
      'Creator country',
    ];
    for (const column of columns)
      for (const value of bad) {
        const csv = editedCsv({ [column]: value });
        const { errors } = readShortlistCsv(csv);
        for (const sentence of sentencesOf(csv))
          expect(sentence, `${column}=${value}`).not.toMatch(RAW);
        expect(errors.every((e) => e.line === 3)).toBe(true);
      }
  });
});

describe('problems of a backup, in words', () => {
  const backup = backupJson;

  it('names the item and field, not a path, and says what was expected', () => {
    const json = backup();
    json.creators[0].followers = 'many';
    delete json.creators[0].handle;
    json.shortlist[0].status = 'maybe';
    json.shortlist.push({ creatorId: json.shortlist[0].creatorId });
    const sentences = parseBackup(JSON.stringify(json)).errors.map((e) =>
      rowSentence({ ...e, line: null, place: e.path }),
    );
    expect(sentences).toEqual([
      'Creator 1, handle: required, but missing.',
      'Creator 1, followers: not in the form this version of the extension writes; found “many”.',
      'Shortlist entry 1 (@creator1), status: expected a value this version of the extension knows; found “maybe”.',
      'Shortlist entry 2 (@creator1), added at: required, but missing.',
      'Shortlist entry 2 (@creator1), updated at: required, but missing.',
    ]);
  });

  it('says a left-out field is missing, whatever its type, and starts with a capital', () => {
    const json = backup();
    delete json.creators[0].platform;
    delete json.exportedAt;
    const sentences = parseBackup(JSON.stringify(json)).errors.map((e) =>
      rowSentence({ ...e, line: null, place: e.path }),
    );
    expect(sentences).toEqual([
      'Exported at: required, but missing.',
      'Creator 1 (@creator1), platform: required, but missing.',
    ]);
  });

  it('says plainly when a file is no backup, without the parser’s text', () => {
    const words = (text: string) =>
      parseBackup(text).errors.map((e) => rowSentence({ ...e, line: null, place: e.path }));
    expect(words('nope')).toEqual([
      'This file is not a backup of this extension: it is not a JSON file. Choose the .json file that “Download full backup” saved.',
    ]);
    expect(words('{"a":1}')[0]).toMatch(/^This file is not a backup of this extension\. Choose/);
  });

  it('reads nested places as words', () => {
    expect(placeWords('creators[3].posts[0].likeCount')).toBe('Creator 4, posts 1, like count');
    expect(placeWords('shortlist[11].creatorId')).toBe('Shortlist entry 12, creator ID');
    expect(placeWords('creators[0].profileUrl')).toBe('Creator 1, profile URL');
    expect(placeWords('creators[0].id')).toBe('Creator 1, ID');
    expect(placeWords('')).toBe('');
  });
});
