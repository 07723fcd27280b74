// Bundled as an IIFE and evaluated in a site page: reads it with the project's own adapter,
// times reads, and scales the page up (see scale-page.ts). Exposed as globalThis.__bench.
import { pickAdapter } from '../../../src/sites';
import type { PageReading } from '../../../src/shared/model';
import { scalePage } from './scale-page';

function readPage(): PageReading | null {
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

/**
 * Milliseconds per read: the first (cold) read, then up to `runs` samples (at least 5, fewer
 * when reads are so slow that `budgetMs` runs out), each the mean of enough reads to last
 * about a millisecond, since performance.now() is coarse outside isolated pages.
 */
function timeReads(
  runs: number,
  budgetMs: number,
): { cold: number; batch: number; samples: number[] } {
  const time = (n: number) => {
    const start = performance.now();
    for (let i = 0; i < n; i++) readPage();
    return (performance.now() - start) / n;
  };
  const cold = time(1);
  const batch = Math.min(20, Math.max(1, Math.ceil(1 / Math.max(time(1), 0.01))));
  const end = performance.now() + budgetMs;
  const samples: number[] = [];
  while (samples.length < runs && (samples.length < 5 || performance.now() < end))
    samples.push(time(batch));
  return { cold, batch, samples };
}

(globalThis as Record<string, unknown>).__bench = {
  counts,
  timeReads,
  scale: (factor: number, more: number) => scalePage(document, factor, more),
};
