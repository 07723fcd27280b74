import { t } from '../i18n';

/**
 * What went wrong, in the marketer's terms. Each kind has one sentence that says what happened
 * and what to do next (messages `err_<kind>`); the raw text of an error is never shown, since
 * it names browser internals ("DataCloneError", "Receiving end does not exist") a marketer
 * cannot act on.
 */
type ErrorKind =
  | 'storageFull'
  | 'storageOff'
  | 'storageBusy'
  | 'storageClosed'
  | 'storageFault'
  | 'newerData'
  | 'notFound'
  | 'stopped'
  | 'cannotStore'
  | 'pageNotReadable'
  | 'extensionUpdated'
  | 'unexpectedData'
  | 'fileUnreadable'
  | 'unknown';

/** DOMException names (IndexedDB, files, structured clone) and the kind each means. */
const BY_NAME: Record<string, ErrorKind> = {
  QuotaExceededError: 'storageFull',
  VersionError: 'newerData',
  InvalidStateError: 'storageClosed',
  TransactionInactiveError: 'storageClosed',
  AbortError: 'stopped',
  NotFoundError: 'notFound',
  DataCloneError: 'cannotStore',
  UnknownError: 'storageFault',
  NotReadableError: 'fileUnreadable',
  ZodError: 'unexpectedData',
  $ZodError: 'unexpectedData',
};

/**
 * Fragments of the texts browsers and this extension's storage give, for errors that arrive
 * as text (a reply from the tab or the worker, a storage reason) or without a telling name.
 * Chrome and Firefox both say "Could not establish connection. Receiving end does not exist."
 * when no content script answers a tab; Chrome says "Extension context invalidated." and
 * "Failed to fetch dynamically imported module", Firefox "error loading dynamically imported
 * module", once the extension was reloaded under an open page. The extension fetches nothing
 * but its own files, so "Failed to fetch" means the same.
 */
const BY_TEXT: [RegExp, ErrorKind][] = [
  [/QuotaExceeded|quota|NS_ERROR_FILE_NO_DEVICE_SPACE|disk is full/i, 'storageFull'],
  [/IndexedDB is not available|storage is disabled|private browsing/i, 'storageOff'],
  [/did not open in time/i, 'storageBusy'],
  [/VersionError|less than the existing version/i, 'newerData'],
  [/InvalidStateError|TransactionInactiveError|connection is closing/i, 'storageClosed'],
  [
    /context invalidated|dynamically imported module|Importing a module script failed|Failed to fetch|NetworkError when attempting to fetch/i,
    'extensionUpdated',
  ],
  [
    /Receiving end does not exist|Could not establish connection|message port closed|Message manager disconnected|No tab with id/i,
    'pageNotReadable',
  ],
  [/DataCloneError|could not be cloned/i, 'cannotStore'],
  [/NotReadableError|file could not be read|import worker stopped/i, 'fileUnreadable'],
  [/\$?ZodError/, 'unexpectedData'],
  [/AbortError|\baborted\b/i, 'stopped'],
  [/NotFoundError/, 'notFound'],
  [/UnknownError|Internal error opening backing store/i, 'storageFault'],
];

function nameOf(error: unknown): string {
  if (typeof error !== 'object' || error === null) return '';
  const name = (error as { name?: unknown }).name;
  return typeof name === 'string' ? name : '';
}

function textOf(error: unknown): string {
  if (typeof error === 'string') return error;
  if (typeof error !== 'object' || error === null) return '';
  const message = (error as { message?: unknown }).message;
  return `${nameOf(error)}: ${typeof message === 'string' ? message : ''}`;
}

/** Which kind of problem a thrown value (or an error text) is; 'unknown' when none fits. */
export function errorKind(error: unknown): ErrorKind {
  const named = BY_NAME[nameOf(error)];
  if (named) return named;
  if (
    typeof error === 'object' &&
    error !== null &&
    Array.isArray((error as { issues?: unknown }).issues)
  )
    return 'unexpectedData';
  const text = textOf(error);
  return BY_TEXT.find(([pattern]) => pattern.test(text))?.[1] ?? 'unknown';
}

/** One or two sentences a marketer understands, with the next step; never the raw text. */
export function errorWords(error: unknown): string {
  return t(`err_${errorKind(error)}`);
}

/**
 * The error's own text, for a collapsed "Details for support" under a page that could not
 * load: only for errors of no known kind (a known kind's sentence says all support needs), cut
 * to 200 characters. It stays on the marketer's screen: shipped code logs nothing.
 */
export function supportDetail(error: unknown): string | null {
  if (errorKind(error) !== 'unknown') return null;
  const text = typeof error === 'object' && error !== null ? textOf(error) : String(error);
  return text.slice(0, 200);
}

/** What a page that could not load shows: the words, and the detail for support if any. */
export interface Failure {
  words: string;
  detail: string | null;
}

export const failureOf = (error: unknown): Failure => ({
  words: errorWords(error),
  detail: supportDetail(error),
});

/** A page whose storage did not open (or failed on first read): the sentence, and the detail. */
export const storageFailure = (reason: unknown): Failure => ({
  words: t('storageUnavailable', [errorWords(reason)]),
  detail: supportDetail(reason),
});
