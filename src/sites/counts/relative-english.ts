/**
 * English relative-time words and phrases, as Intl.RelativeTimeFormat teaches them for "en"
 * and "en-US", in the order met: "word:unit", the unit an index into relative-time's UNITS
 * (0 second … 6 year). test/sites/counts/relative-english.test.ts checks they equal what Intl
 * teaches. Written out because learning them on the page took ≈150 formatToParts calls (the
 * profiler's "learn", 27–65 ms on a cold page) for the language most pages are in.
 */
export const ENGLISH_TIME_LOCALES: ReadonlySet<string> = new Set(['en', 'en-US']);

/** The sites' short forms ("sec", "wk", "d"…) are added to these as to every locale's. */
export const ENGLISH_TIME_WORDS = 'second:0|minute:1|hour:2|day:3|week:4|month:5|year:6|days:3';

export const ENGLISH_TIME_PHRASES =
  'now:now|1 second ago:0|1 minute ago:1|1 hour ago:2|yesterday:3|last week:4|last month:5|' +
  'last year:6|1 sec. ago:0|1 min. ago:1|1 hr. ago:2|last wk:4|last mo:5|last yr:6|1s ago:0|' +
  '1m ago:1|1h ago:2';
