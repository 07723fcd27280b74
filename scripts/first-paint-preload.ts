import type { Plugin } from 'vite';

/** What the plugin needs of an output chunk (Rolldown's OutputChunk has these and more). */
interface ChunkLike {
  type: 'chunk';
  fileName: string;
  imports: string[];
  dynamicImports: string[];
  viteMetadata?: { importedCss: Set<string> };
}
type BundleLike = Record<string, ChunkLike | { type: 'asset'; fileName: string }>;

/** The chunk and every chunk it imports statically, depth first, each once. */
function staticClosure(bundle: BundleLike, fileName: string, into = new Set<string>()) {
  const chunk = bundle[fileName];
  if (!chunk || chunk.type !== 'chunk' || into.has(fileName)) return into;
  into.add(fileName);
  for (const imported of chunk.imports) staticClosure(bundle, imported, into);
  return into;
}

/**
 * The files a page's first paint runs: its entry with every static import, and the UI chunk
 * the entry itself imports (the pages start their reads, then `await import()` the UI) with
 * its static imports. Chunks those load later (the popup's vetting sections, the message
 * contract, writers) are not in it: they are only imported from inside these.
 */
export function firstPaintFiles(bundle: BundleLike, entry: ChunkLike) {
  const scripts = staticClosure(bundle, entry.fileName);
  for (const ui of entry.dynamicImports) staticClosure(bundle, ui, scripts);
  const styles = new Set<string>();
  for (const file of scripts) {
    const chunk = bundle[file];
    if (chunk?.type === 'chunk') chunk.viteMetadata?.importedCss.forEach((css) => styles.add(css));
  }
  scripts.delete(entry.fileName);
  return { scripts: [...scripts], styles: [...styles] };
}

/**
 * Names every module and style sheet of a page's first paint in its HTML, so the browser
 * fetches them all at once while it parses the page. Without it, each level of imports is
 * found only once the level above has arrived and been parsed: the popup waited for seven
 * such rounds, each an inter-process request for an extension file (30–50 ms under load),
 * and its main thread sat idle through most of them (scripts/bench/profile-popup.ts).
 */
export function firstPaintPreload(): Plugin {
  return {
    name: 'first-paint-preload',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const bundle = context.bundle as unknown as BundleLike | undefined;
        const entry = context.chunk as unknown as ChunkLike | undefined;
        if (!bundle || !entry) return html;
        const { scripts, styles } = firstPaintFiles(bundle, entry);
        const link = (rel: string) => (file: string) => ({
          tag: 'link',
          attrs: { rel, crossorigin: true, href: `./${file}` },
          injectTo: 'head' as const,
        });
        const unnamed = (file: string) => !html.includes(`/${file}"`);
        return [
          ...styles.filter(unnamed).map(link('stylesheet')),
          ...scripts.filter(unnamed).map(link('modulepreload')),
        ];
      },
    },
  };
}
