import { FollowerChart } from '../ui/components/FollowerChart';
import { KeyFigures } from '../ui/components/KeyFigures';
import { riskLabel, tierLabel } from '../ui/components/labels';
import { peopleText } from '../ui/components/people-text';
import { safeHttpUrl } from '../ui/components/EvidenceList';
import { VerdictCard } from '../ui/components/VerdictCard';
import { chartPoints } from '../ui/popup/chart-points';
import { keyRates, signalLabels } from '../ui/popup/key-rates';
import { basisText, pinnedOf } from '../ui/popup/basis-text';
import { formatDate, formatNumber, t } from '../ui/i18n';
import { ManualEntries } from '../shared/vetting';
import { checklistLines } from './checklist-lines';
import { evidenceSamples, reportSources } from './report-parts';
import type { CreatorReportInput, ReportContext } from './report-input';
import { ChecklistTable, EvidenceSamples, RecentPosts, SourcesList } from './ReportSections';
import { ShortlistLine } from './ShortlistLine';
import { BeyondNumbers } from './BeyondNumbers';
import { siteOf } from '../sites/table';

const NO_ENTRIES = ManualEntries.parse({});

/** Name and handle, both scraped: each isolated so neither can reorder the other. */
export function CreatorName({ name, handle }: { name: string | null; handle: string }) {
  return (
    <>
      {name && name !== handle ? (
        <>
          <bdi>{name}</bdi>{' '}
        </>
      ) : null}
      <span class="handle">
        @<bdi>{handle}</bdi>
      </span>
    </>
  );
}

/**
 * One creator on one printable page, answer first: verdict, confidence, reasons and next step;
 * then the figures, the follower history, the checklist with who decided, the shortlist notes,
 * the evidence and the sources. Props only: the saving page reads storage.
 */
export function CreatorReport({
  input,
  context,
}: {
  input: CreatorReportInput;
  context: ReportContext;
}) {
  const { record, checklist, readings, entry } = input;
  const score = record.score;
  const labels = signalLabels(score);
  const verdict = score?.verdict;
  const profile = safeHttpUrl(record.profileUrl);
  return (
    <main data-testid="creator-report">
      <header>
        <p class="kicker">
          {t('reportKicker', [siteOf(record.platform).label, formatDate(context.madeAt)])}
        </p>
        <h1>
          <CreatorName name={record.displayName} handle={record.handle} />
        </h1>
        <p class="muted">
          {score ? tierLabel(score.tier) : tierLabel('unknown')}
          {' · '}
          {t('reportReadOn', [formatDate(record.lastSeen)])}
          {profile ? (
            <>
              {' · '}
              <a href={profile}>{t('reportProfile')}</a>
            </>
          ) : null}
        </p>
      </header>
      <VerdictCard
        verdict={verdict}
        missing={score ? 'not-judged' : 'not-scored'}
        labels={labels}
      />
      {verdict?.nextStep ? (
        <p class="next-step" data-testid="report-next-step">
          <strong>{t('popupNextStep')}</strong> {peopleText(verdict.nextStep, labels)}
        </p>
      ) : null}
      <section>
        <h2>{t('reportFigures')}</h2>
        <KeyFigures
          platform={record.platform}
          followers={record.followers}
          rates={keyRates(score)}
        />
        {score ? (
          <p class="muted">
            {t('reportRisk', [riskLabel(score.risk)])}
            {score.nicheFit !== null ? ` · ${t('reportFit', [formatNumber(score.nicheFit)])}` : ''}
            {record.basis ? ` · ${basisText(record.basis, pinnedOf(record), record.platform)}` : ''}
          </p>
        ) : null}
      </section>
      <section>
        <h2>{t('popupFoldHistory')}</h2>
        <FollowerChart
          points={chartPoints(readings, checklist?.manual ?? NO_ENTRIES)}
          idPrefix="report-chart"
        />
      </section>
      <section>
        <h2>{t('reportChecklist')}</h2>
        <ChecklistTable lines={checklistLines(score, checklist, record.platform)} labels={labels} />
      </section>
      {entry ? <ShortlistLine entry={entry} /> : null}
      <BeyondNumbers record={record} brand={input.brand} />
      <section>
        <h2>{t('reportEvidence')}</h2>
        <EvidenceSamples samples={score ? evidenceSamples(score) : []} />
      </section>
      <section>
        <h2>{t('reportPosts')}</h2>
        <RecentPosts posts={record.posts} />
      </section>
      <section>
        <h2>{t('reportSources')}</h2>
        <SourcesList sources={reportSources([score])} />
      </section>
      <footer>{t('reportFooter', [formatDate(context.madeAt)])}</footer>
    </main>
  );
}
