import type { PlannerCreator } from '../../roi/planner';
import type { ContentFormat } from '../../roi/prices';
import { t } from '../i18n';
import { BudgetPlanner } from '../roi/BudgetPlanner';
import { DEFAULT_FORMAT, type CreatorInfo } from './load-page';
import type { PageState } from './use-page-state';

interface Props {
  state: Pick<PageState, 'planner' | 'updatePlanner'>;
  creators: readonly CreatorInfo[];
  /** Formats picked in the estimates; the platform's usual one otherwise. */
  formats: Record<string, ContentFormat>;
  labels: Record<string, string>;
  currency: string;
  locale: string;
}

/** The 60–70 % proven / 30–40 % testing split over the current shortlist, kept between visits. */
export function PlannerSection({ state, creators, formats, labels, currency, locale }: Props) {
  const { planner } = state;
  const shortlist = creators.map((c): PlannerCreator => ({
    creatorId: c.id,
    status: c.status,
    tier: c.tier,
    platform: c.platform,
    format: formats[c.id] ?? DEFAULT_FORMAT[c.platform],
    quoted: c.quoted,
  }));
  return (
    <section class="cmp-section" aria-labelledby="cmp-planner" data-testid="budget-planner">
      <h2 id="cmp-planner">{t('cmp_plan_heading')}</h2>
      <p class="muted">{t('cmp_plan_intro')}</p>
      <BudgetPlanner
        budget={planner.budget}
        currency={currency}
        provenShare={planner.provenShare}
        shortlist={shortlist}
        labels={labels}
        onBudgetChange={(budget) => state.updatePlanner({ ...planner, budget })}
        onProvenShareChange={(provenShare) => state.updatePlanner({ ...planner, provenShare })}
        idPrefix="plan"
        locale={locale}
      />
    </section>
  );
}
