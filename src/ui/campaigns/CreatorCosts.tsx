import type { CreatorCampaign } from '../../shared/roi';
import type { ContentFormat } from '../../roi/prices';
import { t } from '../i18n';
import { CostForm } from '../roi/CostForm';
import { ResultsForm } from '../roi/ResultsForm';
import { CreatorEstimate } from './CreatorEstimate';
import type { CreatorInfo } from './load-page';
import { emptyCampaign } from './use-page-state';
import { siteOf } from '../../sites/table';

interface Props {
  creator: CreatorInfo;
  /** Position on the page: field ids derive from it (handles may hold any character). */
  index: number;
  campaign: CreatorCampaign | null;
  currency: string;
  locale: string;
  open: boolean;
  onToggle: () => void;
  onChange: (change: (c: CreatorCampaign) => CreatorCampaign) => void;
  format: ContentFormat | undefined;
  onFormat: (format: ContentFormat) => void;
}

/**
 * One creator: the before-booking estimate, the cost lines (hybrid pay included) and the
 * reported results. Closed until asked for, so a long shortlist stays light; the total cost
 * shows either way.
 */
export function CreatorCosts(props: Props) {
  const { creator, index, currency, locale, open } = props;
  const campaign = props.campaign ?? emptyCampaign(creator.id);
  const prefix = `cr${index}`;
  return (
    <section
      id={`creator-${creator.id}`}
      class="cmp-creator"
      data-testid={`creator-costs-${creator.handle}`}
      aria-labelledby={`${prefix}-h`}
    >
      <h3 id={`${prefix}-h`} tabIndex={-1}>
        {creator.label}{' '}
        <span class="muted">
          ({siteOf(creator.platform).label}, {t(`tier_${creator.tier.replace('-', '_')}`)})
        </span>
      </h3>
      <button
        type="button"
        aria-expanded={open}
        {...(open ? { 'aria-controls': `${prefix}-body` } : {})}
        onClick={props.onToggle}
      >
        {t(open ? 'cmp_creator_hide' : 'cmp_creator_edit', [creator.label])}
      </button>
      {open ? (
        <div id={`${prefix}-body`} class="cmp-creator-body">
          <CreatorEstimate
            creator={creator}
            format={props.format}
            onFormat={props.onFormat}
            idPrefix={`${prefix}e`}
            locale={locale}
          />
          <h4>{t('cmp_creator_costs')}</h4>
          <CostForm
            value={campaign.costs}
            currency={currency}
            revenue={campaign.results.revenue}
            onChange={(costs) => props.onChange((c) => ({ ...c, costs }))}
            idPrefix={`${prefix}c`}
            locale={locale}
          />
          <h4>{t('cmp_creator_results')}</h4>
          <ResultsForm
            value={campaign.results}
            currency={currency}
            onChange={(results) => props.onChange((c) => ({ ...c, results }))}
            idPrefix={`${prefix}r`}
            locale={locale}
          />
        </div>
      ) : null}
    </section>
  );
}
