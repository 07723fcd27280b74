const INPUT_EVENTS = ['keydown', 'pointerdown', 'wheel', 'scroll'] as const;

/**
 * Resolves `true` once the user has not typed, clicked or scrolled for `ms`. Background checks
 * wait for this, so they never compete with the keystrokes they would slow down. Aborting
 * `signal` (the page unmounts) clears the timer and the listeners at once and resolves
 * `false`, so no timer outlives the page that asked for it.
 */
export function afterQuiet(
  ms: number,
  signal: AbortSignal,
  target: EventTarget = window,
): Promise<boolean> {
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (quiet: boolean) => {
      clearTimeout(timer);
      INPUT_EVENTS.forEach((type) => target.removeEventListener(type, restart, true));
      signal.removeEventListener('abort', cancel);
      resolve(quiet);
    };
    const cancel = () => finish(false);
    const restart = () => {
      clearTimeout(timer);
      timer = setTimeout(() => finish(true), ms);
    };
    if (signal.aborted) return resolve(false);
    signal.addEventListener('abort', cancel);
    INPUT_EVENTS.forEach((type) => target.addEventListener(type, restart, true));
    restart();
  });
}
