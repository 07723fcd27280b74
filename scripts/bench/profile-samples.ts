// The sampling profiler's view of a visit (trace-visit.ts records it): self time by function,
// and the long tasks the extension's code made long, by the samples that carry its URL.
/** A task longer than this is a long task (the Long Tasks API's threshold). */
export const LONG_TASK_MS = 50;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

export interface Profile {
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
export function sampledLongTasks(profile: Profile, windows: Array<[number, number]>): number {
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

export function longTaskParts(profile: Profile, windows: Array<[number, number]>): LongTaskPart[] {
  return windows.map(([start, end]) => {
    const self = selfTimes(profile, (at) => at >= start && at <= end);
    const extensionMs = [...self.values()].reduce((a, b) => a + b, 0);
    const top = [...self].sort((x, y) => y[1] - x[1]).slice(0, 6);
    return { ms: (end - start) / 1000, extensionMs, top };
  });
}

/** Self time (ms) by "function (file:line)" for the extension's scripts. */
export function selfTimes(profile: Profile, when: (at: number) => boolean = () => true) {
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
