import { describe, expect, it } from 'vitest';
import { firstPaintGroups } from '../../scripts/first-paint-chunks';

const pages = '/x/src/ui/pages';
const at = (name: string) => (name.startsWith('/') ? name : `/x/src/${name}`);
// popup.tsx → load-popup → preact; popup.tsx ⇢ PopupApp → i18n → preact; PopupApp ⇢ sections;
// shortlist.tsx → load-shortlist → preact; shortlist.tsx ⇢ ShortlistApp → i18n;
// both entries → zod-jitless → zod core (dashed: dynamic imports).
const imports: Record<string, [string[], string[]]> = {
  'ui/pages/popup.tsx': [['shared/zod-jitless.ts', 'ui/load-popup.ts'], ['ui/PopupApp.tsx']],
  'ui/pages/shortlist.tsx': [
    ['shared/zod-jitless.ts', 'ui/load-shortlist.ts'],
    ['ui/ShortlistApp.tsx'],
  ],
  'shared/zod-jitless.ts': [['/x/node_modules/zod/v4/core/index.js'], []],
  'ui/load-popup.ts': [['/x/node_modules/preact/dist/preact.mjs'], []],
  'ui/load-shortlist.ts': [['/x/node_modules/preact/dist/preact.mjs'], []],
  'ui/PopupApp.tsx': [['ui/i18n.ts'], ['ui/sections.ts']],
  'ui/ShortlistApp.tsx': [['ui/i18n.ts'], []],
  'ui/i18n.ts': [['/x/node_modules/preact/dist/preact.mjs'], []],
};
const graph = {
  getModuleInfo: (id: string) => {
    const key = Object.keys(imports).find((k) => at(k) === id);
    const [importedIds, dynamicallyImportedIds] = key ? imports[key]! : [[], []];
    return {
      importedIds: importedIds.map(at),
      dynamicallyImportedIds: dynamicallyImportedIds.map(at),
    };
  },
};

/** The group each module lands in (the highest priority that names it), or null. */
function groupOf(id: string): string | null {
  const groups = [...firstPaintGroups(pages)].sort((a, b) => b.priority - a.priority);
  for (const group of groups) {
    const name = group.name(at(id), graph);
    if (name) return name;
  }
  return null;
}

describe('firstPaintGroups', () => {
  it('groups the first paint by the pages that need a module and by phase', () => {
    expect(groupOf('/x/node_modules/preact/dist/preact.mjs')).toBe('popup-shortlist-load');
    expect(groupOf('ui/load-popup.ts')).toBe('popup-load');
    expect(groupOf('ui/load-shortlist.ts')).toBe('shortlist-load');
    expect(groupOf('ui/i18n.ts')).toBe('popup-shortlist-ui');
    expect(groupOf('ui/PopupApp.tsx')).toBe('popup-ui');
  });

  it('leaves out what loads after the paint, the entries, and zod', () => {
    for (const id of [
      'ui/sections.ts',
      'ui/pages/popup.tsx',
      'shared/zod-jitless.ts',
      '/x/node_modules/zod/v4/core/index.js',
    ])
      expect(groupOf(id)).toBeNull();
  });

  it('ranks the groups needed by both pages first, the load phase before the UI', () => {
    const ranked = [...firstPaintGroups(pages)]
      .sort((a, b) => b.priority - a.priority)
      .map((g) => g.debugName);
    expect(ranked.slice(0, 2)).toEqual(['popup-shortlist-load', 'popup-shortlist-ui']);
    expect(ranked.indexOf('popup-load')).toBeLessThan(ranked.indexOf('popup-ui'));
  });
});
