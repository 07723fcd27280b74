import { useEffect, useState } from 'preact/hooks';
import { afterPaint } from '../after-paint';
import { withChecked, type PopupState } from './load-popup';
import { errorWords } from '../errors/error-words';

export type Sections = typeof import('./sections');

/**
 * What the popup does once its first paint (header, verdict, key figures, actions) is on
 * screen, never before: the message contract checks the tab's reply, and the vetting
 * sections' chunk (classic zod, scoring tables, forms, chart; ~300 KB) is fetched. Either
 * one started earlier was compiled while the first paint waited. Returns the sections'
 * module once it is in.
 */
export function useAfterPaint(
  state: PopupState,
  setState: (change: (prev: PopupState) => PopupState) => void,
  onError: (message: string) => void,
): Sections | null {
  const [sections, setSections] = useState<Sections | null>(null);
  const ready = state.kind === 'ready';
  const check = state.kind === 'ready' ? state.check : null;
  useEffect(() => {
    if (!ready) return;
    afterPaint()
      .then(() => import('./sections'))
      .then(
        (m) => setSections(() => m),
        (e: unknown) => onError(errorWords(e)),
      );
  }, [ready]);
  useEffect(() => {
    if (!check) return;
    afterPaint()
      .then(check)
      .then(
        (checked) =>
          setState((prev) => (prev.kind === 'ready' ? withChecked(prev, checked) : prev)),
        (e: unknown) => onError(errorWords(e)),
      );
  }, [check]);
  return sections;
}
