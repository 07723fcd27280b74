// Chromium's own instruments for one visit: a timeline trace (main-thread tasks, and which of
// them ran the extension's code) and, for `profile-content.ts`, the CDP sampling profiler
// (which of the extension's functions ran, in the profiler's words).
import type { BrowserContext, CDPSession, Page } from 'playwright-core';

const LONG_TASK_MS = 50;
const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
];
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'v8.compile', 'TimerFire']);

/** One Chromium trace event, with the arguments the bench scripts read. */
export interface TraceEvent {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: {
    name?: string;
    fileName?: string;
    data?: { url?: string; scriptName?: string; fileName?: string; message?: string };
  };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

export interface TaskSummary {
  /** The extension's own script time on the renderer main thread (ms, outermost events). */
  extensionMs: number;
  /** Tasks over 50 ms that the extension's scripts made long (under 50 ms without them). */
  longTasks: number;
  /** Every task over 50 ms on the renderer main thread, whoever ran it. */
  allLongTasks: number;
  /** Those tasks' start and end (trace clock, µs), for the profiler's attribution below. */
  longWindows: Array<[number, number]>;
}

const isExtension = (e: TraceEvent) => {
  const url = e.args?.data?.url ?? e.args?.data?.scriptName;
  return !!url && url.startsWith('chrome-extension://');
};

/** Starts a trace of `categories` on `cdp`; the returned function stops it with its events. */
export async function recordTrace<E>(
  cdp: CDPSession,
  categories: readonly string[],
): Promise<() => Promise<E[]>> {
  const events: E[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as E[])));
  await cdp.send('Tracing.start', {
    categories: categories.join(','),
    transferMode: 'ReportEvents',
  });
  return async () => {
    const done = new Promise<void>((resolve) =>
      cdp.once('Tracing.tracingComplete', () => resolve()),
    );
    await cdp.send('Tracing.end');
    await done;
    return events;
  };
}

/** Starts a timeline trace on `cdp`; the returned function stops it and sums it up. */
export async function startTrace(cdp: CDPSession): Promise<() => Promise<TaskSummary>> {
  const stop = await recordTrace<TraceEvent>(cdp, CATEGORIES);
  return async () => summarise(await stop());
}

function summarise(events: TraceEvent[]): TaskSummary {
  const mains = new Set(
    events
      .filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
      .map((e) => `${e.pid} ${e.tid}`),
  );
  const thread = (e: TraceEvent) => `${e.pid} ${e.tid}`;
  const byThread = new Map<string, TraceEvent[]>();
  for (const e of events) {
    if (e.ph !== 'X' || !mains.has(thread(e))) continue;
    if (e.name !== 'RunTask' && !(SCRIPT_EVENTS.has(e.name) && isExtension(e))) continue;
    const list = byThread.get(thread(e)) ?? [];
    list.push(e);
    byThread.set(thread(e), list);
  }
  const out: TaskSummary = { extensionMs: 0, longTasks: 0, allLongTasks: 0, longWindows: [] };
  for (const list of byThread.values()) {
    list.sort((a, b) => a.ts - b.ts);
    const tasks = list.filter((e) => e.name === 'RunTask');
    const scripts = outermost(list.filter((e) => e.name !== 'RunTask'));
    for (const s of scripts) out.extensionMs += (s.dur ?? 0) / 1000;
    for (const t of tasks) {
      const ms = (t.dur ?? 0) / 1000;
      if (ms <= LONG_TASK_MS) continue;
      out.allLongTasks++;
      const end = t.ts + (t.dur ?? 0);
      out.longWindows.push([t.ts, end]);
      const ext = scripts
        .filter((s) => s.ts >= t.ts && s.ts <= end)
        .reduce((sum, s) => sum + (s.dur ?? 0) / 1000, 0);
      if (ext > 0 && ms - ext <= LONG_TASK_MS) out.longTasks++;
    }
  }
  return out;
}

/** Script events not nested in another one (a FunctionCall inside an EvaluateScript counts once). */
function outermost(sorted: TraceEvent[]): TraceEvent[] {
  const out: TraceEvent[] = [];
  let end = -Infinity;
  for (const e of sorted) {
    if (e.ts < end) continue;
    out.push(e);
    end = e.ts + (e.dur ?? 0);
  }
  return out;
}

/** Records `act` with the trace and the sampling profiler (100 µs), for profile-content.ts. */
export async function profileVisit(
  context: BrowserContext,
  act: (tab: Page) => Promise<void>,
): Promise<
  TaskSummary & {
    selfByFunction: Map<string, number>;
    sampledLongTasks: number;
    longTaskParts: LongTaskPart[];
  }
> {
  const tab = await context.newPage();
  try {
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    const stop = await startTrace(cdp);
    await act(tab);
    const tasks = await stop();
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
    return {
      ...tasks,
      selfByFunction: selfTimes(profile),
      sampledLongTasks: sampledLongTasks(profile, tasks.longWindows),
      longTaskParts: longTaskParts(profile, tasks.longWindows),
    };
  } finally {
    await tab.close();
  }
}

interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
}

/**
 * Long tasks the extension made long, by the profiler's samples rather than the trace's script
 * events: code resumed after `await scheduler.yield()` runs as a microtask that the trace does
 * not attribute to the extension's script, but its samples carry the script's URL.
 */
function sampledLongTasks(profile: Profile, windows: Array<[number, number]>): number {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const ext = windows.map(() => 0);
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    if (!byId.get(id)?.callFrame.url.startsWith('chrome-extension://')) return;
    const w = windows.findIndex(([start, end]) => at >= start && at <= end);
    if (w >= 0) ext[w]! += delta;
  });
  return windows.filter(
    ([start, end], w) => ext[w]! > 0 && (end - start - ext[w]!) / 1000 <= LONG_TASK_MS,
  ).length;
}

/** One long task: its length and the extension's functions sampled in it (self ms). */
export interface LongTaskPart {
  ms: number;
  extensionMs: number;
  top: Array<[string, number]>;
}

function longTaskParts(profile: Profile, windows: Array<[number, number]>): LongTaskPart[] {
  return windows.map(([start, end]) => {
    const self = selfTimes(profile, (at) => at >= start && at <= end);
    const extensionMs = [...self.values()].reduce((a, b) => a + b, 0);
    const top = [...self].sort((x, y) => y[1] - x[1]).slice(0, 6);
    return { ms: (end - start) / 1000, extensionMs, top };
  });
}

/** Self time (ms) by "function (file:line)" for the extension's scripts. */
function selfTimes(profile: Profile, when: (at: number) => boolean = () => true) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const out = new Map<string, number>();
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    const node = byId.get(id);
    const url = node?.callFrame.url ?? '';
    if (!node || !url.startsWith('chrome-extension://') || !when(at)) return;
    const file = url.split('/').pop();
    const key = `${node.callFrame.functionName || '(anonymous)'} (${file}:${node.callFrame.lineNumber + 1})`;
    out.set(key, (out.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return out;
}
