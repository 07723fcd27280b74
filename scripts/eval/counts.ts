import { parseCount } from '../../src/sites/counts';
import { CLASSES } from '../../test/sites/counts/youtube-cases';

/**
 * YouTube's interface languages (the "hl" values of its language picker, 83 of them).
 * SOURCE: YouTube's language menu as listed by NewPipe Extractor's supported localizations.
 */
const YOUTUBE_LANGUAGES = `af az id ms bs ca cs da de et en-IN en-GB en es es-419 es-US eu
  fil fr fr-CA gl hr zu is it sw lv lt hu nl no uz pl pt-PT pt ro sq sk sl sr-Latn fi sv vi tr
  be bg ky kk mk mn ru sr uk el hy he ur ar fa ne mr hi as bn pa gu or ta te kn ml si th lo my
  ka am km zh-CN zh-TW zh-HK ja ko`
  .trim()
  .split(/\s+/);

const VALUES = [1234, 12_345, 123_456, 1_234_567, 12_345_678, 123_456_789, 1_234_567_890];

export interface CountFigures {
  group: string;
  n: number;
  right: number;
  misses: string[];
}

function check(group: string, cases: Array<[string, string, number]>): CountFigures {
  const misses: string[] = [];
  let right = 0;
  for (const [text, hl, value] of cases) {
    const p = parseCount(text, hl);
    if (p && p.low <= value && value <= p.high) right++;
    else misses.push(`${hl} "${text}" → ${p?.value ?? 'null'} (want ${value})`);
  }
  return { group, n: cases.length, right, misses };
}

/**
 * "Right" means the true value lies within the display's precision (the parsed [low, high]).
 * CLDR forms: what Intl's compact notation shows in each YouTube language, short and long,
 * native and Latin digits. The class rows are YouTube's own forms CLDR lacks (issue 13); they
 * were written from the same sources as the parser's table, so they show coverage, not an
 * independent measurement — that one is kept outside the project.
 */
export function evalCounts(): CountFigures[] {
  const cldr: Array<[string, string, number]> = [];
  for (const hl of YOUTUBE_LANGUAGES)
    for (const compactDisplay of ['short', 'long'] as const)
      for (const numberingSystem of [undefined, 'latn'])
        for (const v of VALUES) {
          const nf = new Intl.NumberFormat(hl, {
            notation: 'compact',
            compactDisplay,
            numberingSystem,
          });
          cldr.push([nf.format(v), hl, v]);
        }
  return [
    check(`CLDR forms, ${YOUTUBE_LANGUAGES.length} YouTube UI languages`, cldr),
    ...Object.entries(CLASSES).map(([name, cases]) => check(name, cases)),
  ];
}
