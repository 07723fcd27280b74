/**
 * Every locale this engine has data for, found without a hand list: all two- and three-letter
 * language codes the engine supports, then each with every region and script it knows, kept
 * when the engine resolves the tag to itself (so it has data of its own, not a fallback).
 */
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

function resolvesToItself(tag: string): boolean {
  try {
    return new Intl.NumberFormat(tag).resolvedOptions().locale === tag;
  } catch {
    return false;
  }
}

export function allLocales(): string[] {
  const candidates: string[] = [];
  for (const a of LETTERS)
    for (const b of LETTERS) {
      candidates.push(a + b);
      for (const c of LETTERS) candidates.push(a + b + c);
    }
  const languages = Intl.NumberFormat.supportedLocalesOf(candidates).filter(resolvesToItself);
  const regionNames = new Intl.DisplayNames('en', { type: 'region' });
  const regions = ['419', '001', '150'];
  for (const a of LETTERS.toUpperCase())
    for (const b of LETTERS.toUpperCase()) {
      if (regionNames.of(a + b) !== a + b) regions.push(a + b);
    }
  const scripts = new Set(
    languages.map((l) => new Intl.Locale(l).maximize().script).filter(Boolean) as string[],
  );
  const out = new Set(languages);
  for (const lang of languages) {
    for (const region of regions)
      if (resolvesToItself(`${lang}-${region}`)) out.add(`${lang}-${region}`);
    for (const script of scripts) {
      const tag = `${lang}-${script}`;
      if (!resolvesToItself(tag)) continue;
      out.add(tag);
      for (const region of regions)
        if (resolvesToItself(`${tag}-${region}`)) out.add(`${tag}-${region}`);
    }
  }
  return [...out].sort();
}
