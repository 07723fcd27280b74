import type { Evidence, Signal } from '../../shared/score';
import type { Ctx } from '../context';
import { commentEv, ev, insufficient, signal } from '../evidence';
import { bands, enough, type Judgement } from '../compare';
import { counted, pct } from '../num';
import { SIGNAL, signalLabel } from '../signal-ids';
import { toIso3 } from '../text/language';
import { languageName, wordsFor } from '../words';
import type { ThresholdId, Thresholds } from '../thresholds';
import { languages, shareIn, type LanguageMix } from './languages';

type Key = 'language' | 'targetLanguage' | 'country' | 'market';
const rows = (k: Key): ThresholdId[] => [`${k}.warn`, `${k}.fail`];
export const judgeShare =
  (k: Key) =>
  (share: number, T: Thresholds): Judgement =>
    bands(share, T, rows(k));

function mixEvidence(mix: LanguageMix): Evidence[] {
  const top = [...mix.shares].sort((a, b) => b[1] - a[1]).slice(0, 4);
  const out = [
    ev(
      'number',
      `Comment languages: ${top.map(([l, s]) => `${l} ${pct(s, 0)}`).join(', ')}`,
      'ISO 639-3 codes; Unicode script first, franc-min on the longest comments',
    ),
  ];
  for (const [lang] of top)
    for (const c of mix.examples.get(lang)?.slice(0, 2) ?? [])
      out.push(commentEv(c.comment, `detected: ${lang}`, c.post.post));
  return out;
}

/** Says how many comments were told one by one when the others stand in proportion to them. */
const estimated = (mix: LanguageMix) =>
  mix.covered > mix.sampleSize
    ? `; told one by one for ${mix.sampleSize}, the other ${Math.round(mix.covered - mix.sampleSize)} estimated from the longest`
    : '';

function languageShareSignal(
  ctx: Ctx,
  key: 'language' | 'targetLanguage',
  expected: string[],
  why: string,
  lead: Evidence[] = [],
): Signal {
  const { T } = ctx;
  const { mix } = languages(ctx);
  const id = key === 'language' ? SIGNAL.audienceLanguage : SIGNAL.targetLanguage;
  const label = signalLabel(id, wordsFor(ctx.record.platform));
  const base = { id, label, unit: 'share of comments', sampleSize: mix.sampleSize };
  if (!expected.length) return insufficient(base, () => why, T);
  if (!enough(mix.sampleSize, T, 'language.minComments')) {
    const thin = () =>
      `Language told for ${counted(mix.sampleSize, 'comment')}; need ${T['language.minComments'].value}.`;
    return insufficient(base, thin, T, 'language.minComments');
  }
  const share = shareIn(mix, expected);
  const whose = key === 'language' ? "the creator's language" : "the brand's target languages";
  return signal({ ...base, value: share }, judgeShare(key)(share, T), () => ({
    message: `${pct(share, 0)} of ${mix.covered} comments long enough to tell are in ${expected.map(languageName).join(' or ')} (${whose})${estimated(mix)}.`,
    evidence: [...lead, ...mixEvidence(mix)],
  }));
}

export function audienceLanguageSignal(ctx: Ctx): Signal {
  const { creator } = languages(ctx);
  const from = creator.from === 'manual' ? 'entered' : 'from captions and bio';
  return languageShareSignal(
    ctx,
    'language',
    creator.lang ? [creator.lang] : [],
    "Creator's language unknown: enter it, or open posts with captions.",
    creator.lang ? [ev('number', `Creator language: ${creator.lang} (${from})`)] : [],
  );
}

export function targetLanguageSignal(ctx: Ctx): Signal {
  const targets = ctx.brand.targetLanguages.map(toIso3);
  return languageShareSignal(
    ctx,
    'targetLanguage',
    targets,
    'No target languages in the brand profile.',
  );
}

/** Share of the entered audience in the given countries; shares summing past 1 are scaled. */
export function countryShare(ctx: Ctx, countries: readonly string[]): number | null {
  const mix = ctx.manual.countryMix ?? [];
  const total = mix.reduce((s, c) => s + (c.share > 0 ? c.share : 0), 0);
  if (!countries.length || total <= 0) return null;
  const wanted = new Set(countries.map((c) => c.toUpperCase()));
  const inside = mix.reduce((s, c) => s + (wanted.has(c.country) && c.share > 0 ? c.share : 0), 0);
  return inside / Math.max(1, total);
}

function countrySignal(
  ctx: Ctx,
  key: 'country' | 'market',
  countries: string[],
  missing: string,
): Signal {
  const { T } = ctx;
  const id = key === 'country' ? SIGNAL.audienceCountry : SIGNAL.targetMarket;
  const label = signalLabel(id, wordsFor(ctx.record.platform));
  const share = countryShare(ctx, countries);
  const base = {
    id,
    label,
    unit: 'share of audience',
    sampleSize: (ctx.manual.countryMix ?? []).length,
  };
  if (share === null) return insufficient(base, () => missing, T, rows(key)[0]);
  return signal({ ...base, value: share }, judgeShare(key)(share, T), () => ({
    message: `${pct(share, 0)} of the audience is in ${countries.join(', ')} (000: 80% local beats 20% local).`,
    evidence: (ctx.manual.countryMix ?? [])
      .slice(0, 8)
      .map((c) => ev('manual', `${c.country}: ${pct(c.share, 0)}`, 'entered country mix')),
  }));
}

export function audienceCountrySignal(ctx: Ctx): Signal {
  const c = ctx.manual.creatorCountry;
  return countrySignal(
    ctx,
    'country',
    c ? [c] : [],
    c
      ? "Enter the audience country mix from the creator's insights."
      : "Enter the creator's country and the audience country mix.",
  );
}

export function targetMarketSignal(ctx: Ctx): Signal {
  const t = ctx.brand.targetCountries;
  return countrySignal(
    ctx,
    'market',
    t,
    t.length
      ? "Enter the audience country mix from the creator's insights."
      : 'No target countries in the brand profile.',
  );
}
