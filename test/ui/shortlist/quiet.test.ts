import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterQuiet } from '../../../src/ui/shortlist/quiet';

afterEach(() => void vi.useRealTimers());

describe('afterQuiet', () => {
  it('resolves true once there was no input for the whole pause', async () => {
    vi.useFakeTimers();
    const target = new EventTarget();
    let quiet: boolean | undefined;
    void afterQuiet(300, new AbortController().signal, target).then((q) => (quiet = q));
    await vi.advanceTimersByTimeAsync(200);
    target.dispatchEvent(new Event('keydown')); // typing restarts the pause
    await vi.advanceTimersByTimeAsync(200);
    expect(quiet).toBeUndefined();
    await vi.advanceTimersByTimeAsync(100);
    expect(quiet).toBe(true);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('on abort resolves false at once and leaves no timer or listener behind', async () => {
    vi.useFakeTimers();
    const target = new EventTarget();
    const removed = vi.spyOn(target, 'removeEventListener');
    const stop = new AbortController();
    const waiting = afterQuiet(1500, stop.signal, target);
    expect(vi.getTimerCount()).toBe(1);
    stop.abort();
    expect(await waiting).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
    expect(removed).toHaveBeenCalledTimes(4);
  });

  it('starts no timer when already aborted', async () => {
    vi.useFakeTimers();
    const stop = new AbortController();
    stop.abort();
    expect(await afterQuiet(300, stop.signal, new EventTarget())).toBe(false);
    expect(vi.getTimerCount()).toBe(0);
  });
});
