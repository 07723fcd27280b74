// Chromium's own instruments for one visit: a timeline trace (main-thread tasks, and which of
// them ran the extension's code) and, for `profile-content.ts`, the CDP sampling profiler
// (which of the extension's functions ran, in the profiler's words).
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import {
  LONG_TASK_MS,
  longTaskParts,
  sampledLongTasks,
  selfTimes,
  type LongTaskPart,
  type Profile,
} from './profile-samples';

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
