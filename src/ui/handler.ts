import { errorWords } from './errors/error-words';

/**
 * Preact drops what an event handler returns, so an async action's rejection would go unseen
 * and the button would seem to do nothing. `handler` runs the action and hands any error it
 * lets escape to `onError`, in words (never its raw text): the page's own message line.
 */
export function handler<A extends unknown[]>(
  action: (...args: A) => Promise<unknown>,
  onError: (words: string) => void,
): (...args: A) => void {
  return (...args) => {
    action(...args).catch((error: unknown) => onError(errorWords(error)));
  };
}
