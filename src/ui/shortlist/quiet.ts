const INPUT_EVENTS = ['keydown', 'pointerdown', 'wheel', 'scroll'] as const;

/**
 * Resolves once the user has not typed, clicked or scrolled for `ms`. Background checks
 * wait for this, so they never compete with the keystrokes they would slow down.
 */
export function afterQuiet(ms: number, target: EventTarget = window): Promise<void> {
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout>;
    const done = () => {
      INPUT_EVENTS.forEach((type) => target.removeEventListener(type, restart, true));
      resolve();
    };
    const restart = () => {
      clearTimeout(timer);
      timer = setTimeout(done, ms);
    };
    INPUT_EVENTS.forEach((type) => target.addEventListener(type, restart, true));
    restart();
  });
}
