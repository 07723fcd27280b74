import type { Verdict } from '../../shared/score';
import { VERDICT_MARK, verdictLabel } from './labels';

/** A verdict as mark + word (colour only reinforces it). */
export function VerdictBadge({ verdict }: { verdict: Verdict }) {
  return (
    <span class={`badge verdict-${verdict}`} data-verdict={verdict}>
      <span aria-hidden="true">{VERDICT_MARK[verdict]}</span> {verdictLabel(verdict)}
    </span>
  );
}
