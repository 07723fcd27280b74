// Bundled as an IIFE and evaluated in a site page: reads it with the project's own adapter,
// times reads, and scales the page up (see scale-page.ts). Exposed as globalThis.__bench.
import { pickAdapter } from '../../../src/sites';
import type { PageSnapshot } from '../../../src/shared/model';
import { scalePage } from './scale-page';

function readPage(): PageSnapshot | null {
  const url = new URL(location.href);
  const adapter = pickAdapter(url);
  return adapter ? adapter.read(document, url, new Date()) : null;
}

export interface PageCounts {
  kind: string;
  handle: string | null;
  posts: number;
  comments: number;
}

function counts(): PageCounts | null {
  const snap = readPage();
  if (!snap) return null;
  const comments = snap.posts.reduce((sum, p) => sum + p.commentSample.length, 0);
  return { kind: snap.kind, handle: snap.handle, posts: snap.posts.length, comments };
}

/** Milliseconds per read: the first (cold) read, then `runs` samples of `batch` reads each. */
function timeReads(runs: number, batch: number): { cold: number; samples: number[] } {
  let start = performance.now();
  readPage();
  const cold = performance.now() - start;
  const samples: number[] = [];
  for (let r = 0; r < runs; r++) {
    start = performance.now();
    for (let i = 0; i < batch; i++) readPage();
    samples.push((performance.now() - start) / batch);
  }
  return { cold, samples };
}

(globalThis as Record<string, unknown>).__bench = {
  counts,
  timeReads,
  scale: (factor: number, more: number) => scalePage(document, factor, more),
};
