import { useEffect, useState } from 'preact/hooks';
import { errorWords } from '../errors/error-words';

/** The shortlist's write and CSV code as a separate chunk, loaded on the first action. */
export const loadWriters = () => import('./writers');

/** The grouped view (one row per person) brings the people store and its schemas. */
export const loadPeopleTable = () => import('../people/PeopleTable');

/**
 * A module loaded when first needed (`load` set), so opening the page neither fetches nor
 * evaluates it; null until it is in. A failed load is told through `onError`, in words.
 */
export function useLazy<M>(
  load: (() => Promise<M>) | null,
  onError: (message: string) => void,
): M | null {
  const [module, setModule] = useState<M | null>(null);
  useEffect(() => {
    if (load && !module) load().then(setModule, (e: unknown) => onError(errorWords(e)));
  }, [load, module]);
  return module;
}
