import type { CreatorScore } from '../../shared/score';
import { RISK_SIGNALS } from '../../scoring/signal-ids';
import { SignalCard } from '../components/SignalCard';
import { t } from '../i18n';

/** Fraud signals first (they decide the risk level), then the fit signals, each with evidence. */
export function SignalsSection({ score }: { score: CreatorScore }) {
  const isRisk = (id: string) => (RISK_SIGNALS as readonly string[]).includes(id);
  const fraud = score.signals.filter((s) => isRisk(s.id));
  const fit = score.signals.filter((s) => !isRisk(s.id));
  const decisive = new Set(score.riskReasons);
  return (
    <>
      <section aria-labelledby="fraud-heading" data-testid="fraud-signals">
        <h2 id="fraud-heading">{t('popupFraudSignals')}</h2>
        {fraud.length === 0 ? <p class="muted">{t('popupNoSignals')}</p> : null}
        <ul class="signals">
          {fraud.map((s) => (
            <SignalCard key={s.id} signal={s} decisive={decisive.has(s.id)} />
          ))}
        </ul>
      </section>
      {fit.length > 0 ? (
        <section aria-labelledby="fit-heading" data-testid="fit-signals">
          <h2 id="fit-heading">{t('popupFitSignals')}</h2>
          <ul class="signals">
            {fit.map((s) => (
              <SignalCard key={s.id} signal={s} decisive={decisive.has(s.id)} />
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
