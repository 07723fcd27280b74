import { useCallback, useRef, useState } from 'preact/hooks';
import { errorWords } from '../errors/error-words';

/**
 * Saves as the marketer works, with one visible state for the whole page. Writes for the
 * same key run one after another (a later edit never lands before an earlier one); a failed
 * write stays reported until a write for that key succeeds, so an error is never hidden by
 * an unrelated save.
 */
export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date }
  /** `reason` in words (errorWords), with what to do next. */
  | { kind: 'failed'; reason: string };

export interface Autosave {
  state: SaveState;
  /** Queues `write` behind earlier writes for `key`; resolves true when it was stored. */
  save(key: string, write: () => Promise<void>): Promise<boolean>;
}

export function useAutosave(): Autosave {
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const pending = useRef(0);
  const failed = useRef(new Map<string, string>());
  const chains = useRef(new Map<string, Promise<unknown>>());

  const settle = () => {
    if (pending.current > 0) return setState({ kind: 'saving' });
    const [reason] = failed.current.values();
    setState(reason === undefined ? { kind: 'saved', at: new Date() } : { kind: 'failed', reason });
  };

  const save = useCallback((key: string, write: () => Promise<void>): Promise<boolean> => {
    pending.current += 1;
    setState({ kind: 'saving' });
    const previous = chains.current.get(key) ?? Promise.resolve();
    const done = previous.then(write).then(
      () => {
        failed.current.delete(key);
        return true;
      },
      (error: unknown) => {
        failed.current.set(key, errorWords(error));
        return false;
      },
    );
    chains.current.set(key, done);
    return done.finally(() => {
      pending.current -= 1;
      settle();
    });
  }, []);

  return { state, save };
}
