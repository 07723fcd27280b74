import {
  CATEGORY_LABEL,
  SAFETY_CATEGORIES,
  type SafetyCategory,
} from '../../scoring/safety/categories';
import { termWords } from '../../scoring/safety/tokens';
import type { BrandProfile } from '../../shared/vetting';
import { splitList } from '../options/brand-fields';

/** The brand-profile fields this section owns; the brand form keeps the others. */
export type SafetyPart = Pick<
  BrandProfile,
  'safetyOff' | 'safetyTerms' | 'safetyIgnore' | 'competitors'
>;

export const safetyPartOf = (b: BrandProfile): SafetyPart => ({
  safetyOff: b.safetyOff,
  safetyTerms: b.safetyTerms,
  safetyIgnore: b.safetyIgnore,
  competitors: b.competitors,
});

/** As typed: one checkbox per category, and lists as text. */
export interface SafetyFields {
  off: SafetyCategory[];
  terms: string;
  ignore: string;
  competitors: string;
}

export const safetyFieldsOf = (b: SafetyPart): SafetyFields => ({
  off: SAFETY_CATEGORIES.filter((c) => b.safetyOff.includes(c)),
  terms: b.safetyTerms
    .map((x) => `${CATEGORY_LABEL[x.category as SafetyCategory] ?? x.category}: ${x.term}`)
    .join('\n'),
  ignore: b.safetyIgnore.join(', '),
  competitors: b.competitors.join(', '),
});

/** "Alcohol", "alcohol", "Drugs" (first word of "Drugs, tobacco and vaping") all name a category. */
function categoryNamed(name: string): SafetyCategory | null {
  const n = name.trim().toLowerCase();
  return (
    SAFETY_CATEGORIES.find(
      (c) =>
        c === n ||
        CATEGORY_LABEL[c].toLowerCase() === n ||
        CATEGORY_LABEL[c].toLowerCase().split(/[ ,]/)[0] === n,
    ) ?? null
  );
}

export type SafetyError = {
  field: 'terms' | 'ignore' | 'competitors';
  key: string;
  subs: string[];
};

/** Lines "Category: term"; every problem names the line, so nothing typed is lost silently. */
export function readSafetyFields(
  f: SafetyFields,
): { ok: true; part: SafetyPart } | { ok: false; error: SafetyError } {
  const safetyTerms: SafetyPart['safetyTerms'] = [];
  for (const line of f.terms
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)) {
    const at = line.indexOf(':');
    const category = at > 0 ? categoryNamed(line.slice(0, at)) : null;
    const term = line.slice(at + 1).trim();
    if (!category)
      return {
        ok: false,
        error: { field: 'terms', key: 'safetyErrCategory', subs: [line.slice(0, 40)] },
      };
    if (!termWords(term) || term.length > 80)
      return {
        ok: false,
        error: { field: 'terms', key: 'safetyErrTerm', subs: [line.slice(0, 40)] },
      };
    safetyTerms.push({ category, term });
  }
  const ignore = splitList(f.ignore);
  const competitors = splitList(f.competitors.replace(/(^|[\s,;])@/g, '$1'));
  const long = [...ignore, ...competitors].find((x) => x.length > 80);
  if (long)
    return {
      ok: false,
      error: {
        field: ignore.includes(long) ? 'ignore' : 'competitors',
        key: 'safetyErrTooLong',
        subs: [long.slice(0, 30)],
      },
    };
  if (safetyTerms.length > 500 || ignore.length > 500 || competitors.length > 200)
    return { ok: false, error: { field: 'terms', key: 'safetyErrTooMany', subs: [] } };
  return {
    ok: true,
    part: { safetyOff: [...f.off], safetyTerms, safetyIgnore: ignore, competitors },
  };
}
