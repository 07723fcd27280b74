import { useEffect, useState } from 'preact/hooks';
import { compareCells } from '../../roi/cells';
import type { ContentFormat } from '../../roi/prices';
import { t } from '../i18n';
import { MetricsTable } from '../roi/MetricsTable';
import { defaultLocale } from '../roi/format';
import { CellsSection } from './CellsSection';
import { ComparisonSection } from './ComparisonSection';
import { CreatorCosts } from './CreatorCosts';
import { CurrencyNotices } from './CurrencyNotices';
import { PlannerSection } from './PlannerSection';
import { ResultsImport } from './ResultsImport';
import { SaveStatus } from './SaveStatus';
import type { PageData } from './load-page';
import { usePageState } from './use-page-state';

export interface CampaignsPageProps {
  data: PageData;
  /** Creator to open and move to (from the address's #creatorId). */
  focus: string | null;
  locale?: string;
}

const sectionId = (creatorId: string) => `creator-${creatorId}`;

/**
 * Costs and ROI: per creator costs, results, metrics and the before-booking estimate; test
 * cells and the plain answer to "which was the better buy?"; the budget planner.
 */
export function CampaignsPage({ data, focus, locale = defaultLocale() }: CampaignsPageProps) {
  const state = usePageState(data);
  const { currency, creators } = data;
  const [open, setOpen] = useState<ReadonlySet<string>>(() => new Set(focus ? [focus] : []));
  const [formats, setFormats] = useState<Record<string, ContentFormat>>({});
  useEffect(() => {
    if (!focus) return;
    setOpen((prev) => new Set([...prev, focus]));
    const section = document.getElementById(sectionId(focus));
    section?.scrollIntoView({ block: 'start' });
    section?.querySelector<HTMLElement>('h3')?.focus();
  }, [focus]);
  const toggle = (id: string) =>
    setOpen((prev) => {
      const next = new Set(prev);
      if (!next.delete(id)) next.add(id);
      return next;
    });
  const campaigns = [...state.campaigns.values()];
  const comparison = compareCells(state.cells, campaigns);
  const labels = Object.fromEntries(creators.map((c) => [c.id, c.label]));
  return (
    <main data-testid="campaigns-ready" class="campaigns">
      <header class="cmp-header">
        <h1>{t('campaignsTitle')}</h1>
        <SaveStatus state={state.saveState} />
      </header>
      <nav class="cmp-nav" aria-label={t('cmp_nav')}>
        <a href="#cmp-creators">{t('cmp_creators_heading')}</a>
        <a href="#cmp-cells">{t('cmp_cells_heading')}</a>
        <a href="#cmp-answer">{t('cmp_answer_heading')}</a>
        <a href="#cmp-planner">{t('cmp_plan_heading')}</a>
        <a href="shortlist.html">{t('openShortlist')}</a>
      </nav>
      <p class="muted">{t('cmp_intro', [currency])}</p>
      <CurrencyNotices data={data} campaigns={campaigns} cells={state.cells} labels={labels} />
      <section class="cmp-section" aria-labelledby="cmp-creators">
        <h2 id="cmp-creators">{t('cmp_creators_heading')}</h2>
        {creators.length === 0 ? <p class="notice">{t('cmp_emptyShortlist')}</p> : null}
        <MetricsTable
          locale={locale}
          rows={creators.map((c) => ({
            creatorId: c.id,
            label: c.label,
            campaign: state.campaigns.get(c.id) ?? null,
          }))}
        />
        <ResultsImport data={data} state={state} />
        {creators.map((creator, index) => (
          <CreatorCosts
            key={creator.id}
            creator={creator}
            index={index}
            campaign={state.campaigns.get(creator.id) ?? null}
            currency={currency}
            locale={locale}
            open={open.has(creator.id)}
            onToggle={() => toggle(creator.id)}
            onChange={(change) => state.updateCampaign(creator.id, change)}
            format={formats[creator.id]}
            onFormat={(f) => setFormats((prev) => ({ ...prev, [creator.id]: f }))}
          />
        ))}
      </section>
      <CellsSection state={state} creators={creators} currency={currency} locale={locale} />
      <ComparisonSection comparison={comparison} locale={locale} />
      <PlannerSection
        state={state}
        creators={creators}
        formats={formats}
        labels={labels}
        currency={currency}
        locale={locale}
      />
    </main>
  );
}
