/**
 * The brand-safety categories, in the order the popup lists them. They follow the GARM Brand
 * Safety Floor + Suitability Framework (WFA, 2020), merged where a creator's captions cannot
 * tell them apart (profanity and hate speech share one list).
 */
export const SAFETY_CATEGORIES = [
  'adult',
  'profanity',
  'violence',
  'weapons',
  'drugs',
  'alcohol',
  'gambling',
  'politics',
  'health',
] as const;
export type SafetyCategory = (typeof SAFETY_CATEGORIES)[number];

/** What a marketer reads for each category. */
export const CATEGORY_LABEL: Readonly<Record<SafetyCategory, string>> = {
  adult: 'Adult content',
  profanity: 'Profanity and hate',
  violence: 'Violence',
  weapons: 'Weapons',
  drugs: 'Drugs, tobacco and vaping',
  alcohol: 'Alcohol',
  gambling: 'Gambling',
  politics: 'Politics and debated issues',
  health: 'Risky health claims',
};

/**
 * Categories where "no alcohol", "anti-violence" or "alcohol-free" take the flag away.
 * Profanity and hate stay flagged when negated: "not fucking around" is still profanity.
 */
export const NEGATABLE: ReadonlySet<SafetyCategory> = new Set(
  SAFETY_CATEGORIES.filter((c) => c !== 'profanity'),
);
