// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { mountPage, until } from './page-harness';
import { sampleRow } from './sample';

/** Timers started from now on that have neither fired nor been cleared, with their delays. */
function trackTimers(): Map<unknown, number> {
  const pending = new Map<unknown, number>();
  const realSet = globalThis.setTimeout;
  const realClear = globalThis.clearTimeout;
  vi.spyOn(globalThis, 'setTimeout').mockImplementation(((
    run: (...args: unknown[]) => void,
    ms = 0,
    ...args: unknown[]
  ) => {
    const id = realSet(() => {
      pending.delete(id);
      run(...args);
    }, ms);
    pending.set(id, ms);
    return id;
  }) as typeof setTimeout);
  vi.spyOn(globalThis, 'clearTimeout').mockImplementation((id) => {
    pending.delete(id);
    realClear(id);
  });
  return pending;
}

afterEach(() => void vi.restoreAllMocks());

describe('ShortlistPage unmount', () => {
  it('leaves no waiting-for-a-pause timer or input listener behind', async () => {
    let listening = 0; // keydown listeners on the window, added minus removed
    const add = window.addEventListener.bind(window);
    const remove = window.removeEventListener.bind(window);
    vi.spyOn(window, 'addEventListener').mockImplementation((type, fn, opts) => {
      if (type === 'keydown') listening++;
      add(type, fn, opts);
    });
    vi.spyOn(window, 'removeEventListener').mockImplementation((type, fn, opts) => {
      if (type === 'keydown') listening--;
      remove(type, fn, opts);
    });
    const pending = trackTimers();
    const rows = Array.from({ length: 30 }, (_, i) => sampleRow(i));
    const { root } = await mountPage(rows);
    // The page now waits for the user to pause before it checks storage again.
    await until(() => listening > 0);
    act(() => render(null, root));
    // A few turns later (a check in flight would have finished by now) nothing is waiting.
    await until(() => true);
    await until(() => true);
    expect(listening).toBe(0);
    expect([...pending.values()].filter((ms) => ms >= 300)).toEqual([]);
  });
});
