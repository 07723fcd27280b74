/**
 * English relative-time words, as Intl.RelativeTimeFormat teaches them for "en" and "en-US"
 * plus the sites' own short forms, in the parser's search order (longest first).
 * test/sites/counts/relative-english.test.ts checks they equal what Intl teaches. Written out
 * because learning them on the page took ≈150 formatToParts calls (the profiler's "learn",
 * 27–65 ms on a cold page) for the language most pages are in.
 */
const S = 1000;
const MIN = 60 * S;
const H = 60 * MIN;
const D = 24 * H;
const W = 7 * D;
const MO = 30.44 * D;
const Y = 365.25 * D;

export const ENGLISH_TIME_LOCALES: ReadonlySet<string> = new Set(['en', 'en-US']);

// prettier-ignore
export const ENGLISH_TIME_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['second', S], ['minute', MIN], ['month', MO], ['hour', H], ['week', W], ['year', Y],
  ['days', D], ['secs', S], ['mins', MIN], ['day', D], ['sec', S], ['min', MIN], ['hrs', H],
  ['std', H], ['wks', W], ['sem', W], ['hr', H], ['wk', W], ['mo', MO], ['yr', Y], ['tg', D],
  ['wo', W], ['s', S], ['m', MIN], ['h', H], ['d', D], ['w', W], ['y', Y], ['t', D], ['j', Y],
  ['a', Y],
];

// prettier-ignore
export const ENGLISH_TIME_PHRASES: ReadonlyArray<readonly [string, number]> = [
  ['now', 0], ['1 second ago', S], ['1 minute ago', MIN], ['1 hour ago', H], ['yesterday', D],
  ['last week', W], ['last month', MO], ['last year', Y], ['1 sec. ago', S],
  ['1 min. ago', MIN], ['1 hr. ago', H], ['last wk', W], ['last mo', MO], ['last yr', Y],
  ['1s ago', S], ['1m ago', MIN], ['1h ago', H],
];
