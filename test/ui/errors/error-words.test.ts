import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as mini from 'zod/mini';
import {
  errorKind,
  errorWords,
  failureOf,
  supportDetail,
} from '../../../src/ui/errors/error-words';
import { t } from '../../../src/ui/i18n';
import messages from '../../../src/ui/errors/messages.en.json';

const dom = (name: string, message = 'x') => new DOMException(message, name);
const zodError = z.object({ followers: z.number() }).safeParse({ followers: 'a' }).error;
const miniError = mini.object({ n: mini.number() }).safeParse({ n: 'a' }).error;

describe('errorKind', () => {
  it.each([
    [dom('QuotaExceededError'), 'storageFull'],
    [dom('VersionError'), 'newerData'],
    [dom('InvalidStateError'), 'storageClosed'],
    [dom('AbortError'), 'stopped'],
    [dom('NotFoundError'), 'notFound'],
    [dom('DataCloneError'), 'cannotStore'],
    [dom('UnknownError'), 'storageFault'],
    [dom('NotReadableError'), 'fileUnreadable'],
    [zodError, 'unexpectedData'],
    [miniError, 'unexpectedData'],
  ])('reads %s by its name', (error, kind) => expect(errorKind(error)).toBe(kind));

  it.each([
    ['Error: Could not establish connection. Receiving end does not exist.', 'pageNotReadable'],
    [new Error('Could not establish connection. Receiving end does not exist.'), 'pageNotReadable'],
    [new Error('Extension context invalidated.'), 'extensionUpdated'],
    ['extension context invalidated', 'extensionUpdated'],
    [
      new TypeError('Failed to fetch dynamically imported module: chrome-extension://x/a.js'),
      'extensionUpdated',
    ],
    [new TypeError('error loading dynamically imported module'), 'extensionUpdated'],
    [new TypeError('Failed to fetch'), 'extensionUpdated'],
    [
      'Storage could not open: VersionError: The requested version (3) is less than the existing version (4).',
      'newerData',
    ],
    ['Storage could not open: QuotaExceededError: quota', 'storageFull'],
    ['IndexedDB is not available here.', 'storageOff'],
    ['Storage did not open in time (another tab may hold it).', 'storageBusy'],
    [new Error('the import worker stopped'), 'fileUnreadable'],
    // A DOMException name that arrived as text, e.g. in a reply from the worker.
    ['DataCloneError: Failed to execute put', 'cannotStore'],
  ])('reads %s by its text', (error, kind) => expect(errorKind(error)).toBe(kind));

  it.each([new Error('boom'), 'unexpected reply', 42, null, undefined, { odd: true }])(
    'calls %s unknown',
    (error) => expect(errorKind(error)).toBe('unknown'),
  );
});

describe('errorWords', () => {
  it('says what happened and what to do, never the raw text', () => {
    const words = errorWords(dom('QuotaExceededError', 'The quota has been exceeded.'));
    expect(words).toBe(t('err_storageFull'));
    expect(words).toMatch(/Storage is full.*try again/);
    expect(words).not.toContain('QuotaExceededError');
    expect(errorWords('Could not establish connection. Receiving end does not exist.')).toMatch(
      /Reload the page/,
    );
  });

  it('has a sentence for every kind, and no sentence for a kind that does not exist', () => {
    const kinds = [
      ...['storageFull', 'storageOff', 'storageBusy', 'storageClosed', 'storageFault'],
      ...['newerData', 'notFound', 'stopped', 'cannotStore', 'pageNotReadable'],
      ...['extensionUpdated', 'unexpectedData', 'fileUnreadable', 'unknown'],
    ];
    expect(
      Object.keys(messages)
        .filter((k) => k.startsWith('err_'))
        .sort(),
    ).toEqual(kinds.map((k) => `err_${k}`).sort());
  });

  it('never shows the raw message of an unknown error, and is never empty', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 12, maxLength: 80 }), fc.boolean(), (message, asText) => {
        const error = asText ? message : new Error(message);
        fc.pre(errorKind(error) === 'unknown' && message.trim().length >= 12);
        const words = errorWords(error);
        expect(words.trim().length).toBeGreaterThan(20);
        expect(words).not.toContain(message);
        expect(words).toBe(t('err_unknown'));
      }),
      { numRuns: 60 },
    );
  });
});

describe('supportDetail', () => {
  it('keeps the text of an unknown error for support, cut short, and none for a known kind', () => {
    expect(supportDetail(new Error('boom in the worker'))).toBe('Error: boom in the worker');
    expect(supportDetail('x'.repeat(500))).toHaveLength(200);
    expect(supportDetail(dom('QuotaExceededError'))).toBeNull();
    expect(failureOf(new TypeError('y is undefined'))).toEqual({
      words: t('err_unknown'),
      detail: 'TypeError: y is undefined',
    });
  });
});

describe('a file the import worker could not read', () => {
  it('is told as such, from the name the worker passes on', async () => {
    const { handleImportRequest } = await import('../../../src/transfer/import-parse');
    const file = new Blob(['x']);
    file.text = () => Promise.reject(new DOMException('moved', 'NotReadableError'));
    const failed: string[] = [];
    await handleImportRequest({ fileName: 'gone.csv', file }, (m) => {
      if (m.type === 'failed') failed.push(m.message);
    });
    // parse-import.ts rejects with new Error(message): the page reads that.
    expect(failed.map((m) => errorWords(new Error(m)))).toEqual([t('err_fileUnreadable')]);
  });
});
