// Reads a localised string. Kept apart from extension.ts because webextension-polyfill
// refuses to load outside an extension, and components render in unit tests too.
type GetMessage = (key: string, subs?: string | string[]) => string;

export function localMessage(key: string, subs?: string[]): string {
  const g = globalThis as { chrome?: { i18n?: { getMessage?: GetMessage } } };
  try {
    return g.chrome?.i18n?.getMessage?.(key, subs) ?? '';
  } catch {
    return '';
  }
}

export function uiLanguage(): string {
  const g = globalThis as { chrome?: { i18n?: { getUILanguage?: () => string } } };
  return g.chrome?.i18n?.getUILanguage?.() ?? (globalThis.navigator?.language || 'en');
}
