import { SIGNAL } from '../signal-ids';
import { DEFAULT, NANO_MICRO_SALES_GUIDE, row } from './row';

/**
 * Audience geography and language. 000's only figure is an example ("80% local audience beats
 * 20% local audience"): the project fails at the losing 20% and warns below half.
 */
const GEO = `${NANO_MICRO_SALES_GUIDE} — Fraud Signal table: audience geography, "mismatch with creator's location/language"`;
const LOCAL = `${NANO_MICRO_SALES_GUIDE} — "Are Nano Influencers Better for Local ROI?": 80% local beats 20% local`;

const pair = <const K extends string>(key: K, what: string, signal: string, source: string) => [
  row(`${key}.warn`, 'warn', 0.5, {
    label: `${what} below`,
    unit: 'share',
    comparison: '<',
    source: `${source}; ${DEFAULT} warn below half`,
    signal,
  }),
  row(`${key}.fail`, 'fail', 0.2, {
    label: `${what} below (fail)`,
    unit: 'share',
    comparison: '<',
    source: `${source}; ${DEFAULT} fail below 20%, the example's losing share`,
    signal,
  }),
];

export const GEOGRAPHY_ROWS = [
  ...pair(
    'language',
    "Comments in the creator's language",
    SIGNAL.audienceLanguage,
    `${GEO}; ${LOCAL}`,
  ),
  ...pair(
    'targetLanguage',
    "Comments in the brand's target languages",
    SIGNAL.targetLanguage,
    LOCAL,
  ),
  ...pair(
    'country',
    "Audience in the creator's country",
    SIGNAL.audienceCountry,
    `${GEO}; ${LOCAL}`,
  ),
  ...pair(
    'market',
    "Audience in the brand's target countries",
    SIGNAL.targetMarket,
    `${LOCAL}; Quick Vetting Checklist item 1`,
  ),
  row('language.minComments', 'minSample', 5, {
    label: 'Comments whose language could be told, needed',
    unit: 'comments',
    comparison: '>=',
    source: `${DEFAULT} language is detected on a capped sample of the longest comments (speed), so 5 is the floor`,
    signal: SIGNAL.audienceLanguage,
  }),
];
