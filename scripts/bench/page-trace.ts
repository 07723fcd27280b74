// Chromium's account of an extension page's own main thread, for profile-popup.ts: a timeline
// trace summed by event (self time, so nested events are not counted twice) and by script
// file, and the sampling profiler's self time by function and by bundled file.
import type { CDPSession } from 'playwright-core';
import { recordTrace, type TraceEvent } from './trace-visit';

const CATEGORIES = ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8'];
const SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'v8.produceModuleCache',
]);

const urlOf = (e: TraceEvent) => e.args?.data?.url ?? e.args?.fileName ?? e.args?.data?.fileName;
const fileOf = (url: string) => url.split('/').pop() || url;

export interface PageTimeline {
  byEvent: Map<string, number>;
  byScript: Map<string, number>;
  /** When the ready marker appeared (trace clock, µs): nothing after it is counted. */
  readyTs: number;
}

/** Starts a trace; the returned function stops it and sums the extension page's main thread. */
export async function pageTimeline(cdp: CDPSession): Promise<() => Promise<PageTimeline>> {
  const stop = await recordTrace<TraceEvent>(cdp, CATEGORIES);
  return async () => summarise(await stop());
}

function summarise(events: TraceEvent[]): PageTimeline {
  const thread = (e: TraceEvent) => `${e.pid} ${e.tid}`;
  // The thread that ran the extension page's scripts.
  const main = events.find((e) => urlOf(e)?.startsWith('chrome-extension://') && e.ph === 'X');
  const ready = events.find(
    (e) => e.name === 'TimeStamp' && e.args?.data?.message === 'bench-ready',
  );
  const out: PageTimeline = {
    byEvent: new Map(),
    byScript: new Map(),
    readyTs: ready?.ts ?? Infinity,
  };
  if (!main) return out;
  const mine = events
    .filter((e) => e.ph === 'X' && thread(e) === thread(main) && e.ts < out.readyTs)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  // Self time: each event's duration minus its direct children's.
  const stack: { e: TraceEvent; end: number; child: number }[] = [];
  const close = (until: number) => {
    while (stack.length && stack[stack.length - 1]!.end <= until) {
      const top = stack.pop()!;
      const self = ((top.e.dur ?? 0) - top.child) / 1000;
      out.byEvent.set(top.e.name, (out.byEvent.get(top.e.name) ?? 0) + self);
      if (stack.length) stack[stack.length - 1]!.child += top.e.dur ?? 0;
    }
  };
  for (const e of mine) {
    close(e.ts);
    stack.push({ e, end: e.ts + (e.dur ?? 0), child: 0 });
    const url = urlOf(e);
    if (SCRIPT_EVENTS.has(e.name) && url) {
      const key = `${e.name} ${fileOf(url)}`;
      out.byScript.set(key, (out.byScript.get(key) ?? 0) + (e.dur ?? 0) / 1000);
    }
  }
  close(Infinity);
  return out;
}

interface Profile {
  startTime: number;
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time (ms) by "function (file:line)" and by file, up to `untilTs` (the trace's clock). */
export function selfTimes(profile: Profile, untilTs = Infinity) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  let ts = profile.startTime;
  profile.samples.forEach((id, i) => {
    ts += profile.timeDeltas[i] ?? 0;
    if (ts > untilTs) return;
    const node = byId.get(id);
    if (!node || node.callFrame.functionName === '(idle)') return;
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const { url, functionName, lineNumber } = node.callFrame;
    const file = url ? fileOf(url) : functionName || '(anonymous)';
    const key = url ? `${functionName || '(anonymous)'} (${file}:${lineNumber + 1})` : file;
    byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
  });
  return { byFunction, byFile };
}
