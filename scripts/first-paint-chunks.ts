import { resolve } from 'node:path';

/** What the grouping needs of Rolldown's module graph (its ChunkingContext has more). */
interface Graph {
  getModuleInfo(
    id: string,
  ): { importedIds: readonly string[]; dynamicallyImportedIds: readonly string[] } | null;
}

/** The pages whose opening is timed (README, Bench): their first paint is grouped. */
const TIMED_PAGES = ['popup', 'shortlist'] as const;
/**
 * zod, and the module that sets it jitless: zod's core is one index that imports all of it,
 * and a group takes its modules' imports along, so grouping these would put all of zod's
 * core on the first paint (the pages use only its config there; schemas load after it).
 */
const LEFT_ALONE = /[\\/](node_modules[\\/]zod[\\/]|src[\\/]shared[\\/]zod-jitless\.ts$)/;

function staticClosure(graph: Graph, id: string, into: Set<string>): Set<string> {
  if (into.has(id)) return into;
  into.add(id);
  for (const imported of graph.getModuleInfo(id)?.importedIds ?? [])
    staticClosure(graph, imported, into);
  return into;
}

interface FirstPaint {
  /** Modules the page's entry imports statically (they run before it starts its reads). */
  load: Set<string>;
  /** The UI the entry then imports, with its static imports. */
  ui: Set<string>;
}

function firstPaintOf(graph: Graph, entry: string): FirstPaint {
  const load = staticClosure(graph, entry, new Set());
  const ui = new Set<string>();
  for (const id of graph.getModuleInfo(entry)?.dynamicallyImportedIds ?? [])
    staticClosure(graph, id, ui);
  for (const id of load) ui.delete(id);
  load.delete(entry);
  return { load, ui };
}

/**
 * Chunk groups for the modules the timed pages' first paint runs: one chunk per set of pages
 * that share a module and per phase ("popup-shortlist-load", "popup-ui", …), instead of the
 * dozen small chunks the automatic splitting makes from which other pages share what. Each
 * file is a request to the browser's extension loader, and the entry waits for the slowest
 * one (see first-paint-preload.ts). Other modules keep the automatic splitting.
 *
 * A group takes its modules' imports along; so the groups shared by both pages come first
 * (higher priority), and the load phase before the UI: each then finds its imports either
 * its own or already taken by a group at least as widely needed.
 */
export function firstPaintGroups(pagesDir: string) {
  const entries = TIMED_PAGES.map((page) => [page, resolve(pagesDir, `${page}.tsx`)] as const);
  // Per chunking pass (the graph object is the pass's), so a rebuild in watch mode starts afresh.
  const passes = new WeakMap<Graph, [string, FirstPaint][]>();
  const groupOf = (id: string, graph: Graph): string | null => {
    if (LEFT_ALONE.test(id)) return null;
    let known = passes.get(graph);
    if (!known) {
      known = entries.map(([page, entry]) => [page, firstPaintOf(graph, entry)]);
      passes.set(graph, known);
    }
    const pages = known.filter(([, paint]) => paint.load.has(id) || paint.ui.has(id));
    if (pages.length === 0) return null;
    const phase = pages.some(([, paint]) => paint.load.has(id)) ? 'load' : 'ui';
    return `${pages.map(([page]) => page).join('-')}-${phase}`;
  };
  const shared = TIMED_PAGES.join('-');
  const names = [
    [`${shared}-load`, 4],
    [`${shared}-ui`, 3],
    ...TIMED_PAGES.map((page) => [`${page}-load`, 2] as const),
    ...TIMED_PAGES.map((page) => [`${page}-ui`, 1] as const),
  ] as const;
  return names.map(([name, priority]) => ({
    name: (id: string, graph: Graph) => (groupOf(id, graph) === name ? name : null),
    debugName: name,
    priority,
  }));
}
