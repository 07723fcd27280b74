import type { CreatorScore, Signal } from '../../shared/score';
import { RISK_SIGNALS } from '../../scoring/signal-ids';
import { SignalCard } from '../components/SignalCard';
import { formatNumber, t } from '../i18n';

interface GroupProps {
  id: string;
  /** The fold's heading, with a count so a closed fold still says something. */
  title: string;
  signals: Signal[];
  decisive: Set<string>;
}

/** Judged signals in full; those without enough data folded away, each saying what it needs. */
function SignalGroup({ id, title, signals, decisive }: GroupProps) {
  const judged = signals.filter((s) => s.verdict !== 'insufficient');
  const waiting = signals.filter((s) => s.verdict === 'insufficient');
  const cards = (list: Signal[]) => (
    <ul class="signals">
      {list.map((s) => (
        <SignalCard
          key={s.id}
          signal={s}
          decisive={decisive.has(s.id)}
          sourcesPage="sources.html"
        />
      ))}
    </ul>
  );
  return (
    <details class="fold" data-testid={id}>
      <summary>
        <h2>{title}</h2>
      </summary>
      {signals.length === 0 ? <p class="muted">{t('popupNoSignals')}</p> : null}
      {cards(judged)}
      {waiting.length > 0 ? (
        <details class="waiting" data-testid={`${id}-waiting`}>
          <summary>{t('popupSignalsWaiting', [formatNumber(waiting.length)])}</summary>
          {cards(waiting)}
        </details>
      ) : null}
    </details>
  );
}

/** Fraud signals first (they decide the risk level), then the fit signals, each with evidence. */
export function SignalsSection({ score }: { score: CreatorScore }) {
  const isRisk = (id: string) => (RISK_SIGNALS as readonly string[]).includes(id);
  const decisive = new Set(score.riskReasons);
  const fit = score.signals.filter((s) => !isRisk(s.id));
  const fraud = score.signals.filter((s) => isRisk(s.id));
  const judged = fraud.filter((s) => s.verdict !== 'insufficient');
  const flagged = judged.filter((s) => s.verdict === 'warn' || s.verdict === 'fail');
  return (
    <>
      <SignalGroup
        id="fraud-signals"
        title={t('popupFoldFraud', [formatNumber(flagged.length), formatNumber(judged.length)])}
        signals={fraud}
        decisive={decisive}
      />
      {fit.length > 0 ? (
        <SignalGroup
          id="fit-signals"
          title={t('popupFitSignals')}
          signals={fit}
          decisive={decisive}
        />
      ) : null}
    </>
  );
}
