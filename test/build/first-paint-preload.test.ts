import { describe, expect, it } from 'vitest';
import { firstPaintFiles } from '../../scripts/first-paint-preload';

const chunk = (
  fileName: string,
  imports: string[] = [],
  dynamicImports: string[] = [],
  css: string[] = [],
) => ({
  type: 'chunk' as const,
  fileName,
  imports,
  dynamicImports,
  viteMetadata: { importedCss: new Set(css) },
});

// popup.js → load.js → core.js; popup.js ⇢ App.js → i18n.js → core.js; App.js ⇢ sections.js;
// load.js ⇢ contract.js (dashed: dynamic imports).
const bundle = {
  'popup.js': chunk('popup.js', ['load.js'], ['App.js']),
  'load.js': chunk('load.js', ['core.js'], ['contract.js']),
  'core.js': chunk('core.js'),
  'App.js': chunk('App.js', ['i18n.js'], ['sections.js'], ['App.css']),
  'i18n.js': chunk('i18n.js', ['core.js']),
  'sections.js': chunk('sections.js', ['heavy.js']),
  'heavy.js': chunk('heavy.js'),
  'contract.js': chunk('contract.js', ['heavy.js']),
  'App.css': { type: 'asset' as const, fileName: 'App.css' },
};

describe('firstPaintFiles', () => {
  it('names the entry’s static imports and the UI chunk it imports, each once', () => {
    const files = firstPaintFiles(bundle, bundle['popup.js']);
    expect(files.scripts.sort()).toEqual(['App.js', 'core.js', 'i18n.js', 'load.js']);
    expect(files.styles).toEqual(['App.css']);
  });

  it('leaves out what those chunks import later (sections, the contract) and the entry itself', () => {
    const { scripts } = firstPaintFiles(bundle, bundle['popup.js']);
    for (const late of ['sections.js', 'contract.js', 'heavy.js', 'popup.js'])
      expect(scripts).not.toContain(late);
  });
});
