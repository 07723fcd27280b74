import type { ComponentChildren } from 'preact';
import { StatValue } from '../ui/components/StatValue';
import { STATE_MARK, STATE_TEXT } from '../ui/components/ChecklistRow';
import { riskLabel, tierLabel } from '../ui/components/labels';
import { peopleText } from '../ui/components/people-text';
import { keyRates, signalLabels } from '../ui/popup/key-rates';
import { formatDate, formatNumber, formatPercent, t } from '../ui/i18n';
import { ChecklistItemId } from '../shared/vetting';
import { checklistLines } from './checklist-lines';
import { reportSources } from './report-parts';
import type { CreatorReportInput, ReportContext } from './report-input';
import { CreatorName } from './CreatorReport';
import { SourcesList } from './ReportSections';
import { siteOf } from '../sites/table';

/** Creators per table: more would squeeze each column below what a page can hold. */
export const PER_PAGE = 5;

const LEVEL_MARK = { book: '✓', check: '!', avoid: '✗', unknown: '?' } as const;

function Row({ head, cells }: { head: string; cells: ComponentChildren[] }) {
  return (
    <tr>
      <th scope="row">{head}</th>
      {cells.map((cell, i) => (
        <td key={i}>{cell}</td>
      ))}
    </tr>
  );
}

function Verdict({ input }: { input: CreatorReportInput }) {
  const verdict = input.record.score?.verdict;
  if (!verdict) return <span class="muted">{t('verdictNotJudged')}</span>;
  return (
    <span class={`level-${verdict.level}`}>
      <strong class="verdict-level">
        <span aria-hidden="true">{LEVEL_MARK[verdict.level]}</span>{' '}
        {t(`verdictLevel_${verdict.level}`)}
      </strong>{' '}
      <span class="muted">{t(`verdictConfidence_${verdict.confidence}`)}</span>
    </span>
  );
}

function Rate({ input }: { input: CreatorReportInput }) {
  const rate = keyRates(input.record.score)[0];
  if (!rate) return <span class="muted">{t('figureNotVisible')}</span>;
  return (
    <>
      {rate.label}:{' '}
      <strong>{rate.value === null ? t('figureNotVisible') : formatPercent(rate.value)}</strong>
      {rate.benchmark ? (
        <span class="muted">
          {' '}
          ({t('figureVsBenchmark', [formatPercent(rate.benchmark.value)])})
        </span>
      ) : null}
    </>
  );
}

function Table({ group }: { group: CreatorReportInput[] }) {
  const lines = group.map((g) => checklistLines(g.record.score, g.checklist, g.record.platform));
  const each = (cell: (g: CreatorReportInput, i: number) => ComponentChildren) => group.map(cell);
  const labels = group.map((g) => signalLabels(g.record.score));
  return (
    <table class="compare" data-testid="compare-table">
      <thead>
        <tr>
          <th scope="col">{t('reportCreator')}</th>
          {group.map((g) => (
            <th scope="col" key={g.record.id} data-testid="compare-creator">
              <CreatorName name={g.record.displayName} handle={g.record.handle} />
              <br />
              <span class="muted">{siteOf(g.record.platform).label}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        <Row
          head={t('verdictHeading')}
          cells={each((g) => (
            <Verdict input={g} />
          ))}
        />
        <Row
          head={t('reportReasons')}
          cells={each((g, i) => (
            <ul class="plain-list">
              {(g.record.score?.verdict?.reasons ?? []).map((r) => (
                <li key={r.signalId}>{peopleText(r.text, labels[i])}</li>
              ))}
            </ul>
          ))}
        />
        <Row
          head={t('reportNextStep')}
          cells={each((g, i) => peopleText(g.record.score?.verdict?.nextStep ?? '', labels[i]))}
        />
        <Row
          head={t('reportAudience')}
          cells={each((g) => (
            <StatValue stat={g.record.followers} />
          ))}
        />
        <Row
          head={t('reportRate')}
          cells={each((g) => (
            <Rate input={g} />
          ))}
        />
        <Row
          head={t('reportTier')}
          cells={each((g) => tierLabel(g.record.score?.tier ?? 'unknown'))}
        />
        <Row
          head={t('reportRiskHead')}
          cells={each((g) => riskLabel(g.record.score?.risk ?? 'unknown'))}
        />
        {ChecklistItemId.options.map((item, row) => (
          <Row
            key={item}
            head={t(item === 'storyViews' ? 'reportCheckViews' : `checklist_${item}`)}
            cells={each((_, i) => {
              const line = lines[i]![row]!;
              return (
                <span class={`state-${line.state}`}>
                  <span aria-hidden="true">{STATE_MARK[line.state]}</span>{' '}
                  {t(STATE_TEXT[line.state])}{' '}
                  <span class="muted">
                    ({t(line.decidedBy === 'marketer' ? 'reportByMarketer' : 'reportByAuto')})
                  </span>
                </span>
              );
            })}
          />
        ))}
        <Row
          head={t('reportShortlist')}
          cells={each((g) =>
            g.entry ? (
              <>
                {t(`shortlistStatus_${g.entry.status}`)}
                {g.entry.tags.length ? (
                  <>
                    {' · '}
                    <span dir="auto">{g.entry.tags.join(', ')}</span>
                  </>
                ) : null}
              </>
            ) : (
              <span class="muted">{t('reportNotListed')}</span>
            ),
          )}
        />
        {group.some((g) => g.entry?.notes) ? (
          <Row
            head={t('reportNotesHead')}
            cells={each((g) => (
              <span class="note" dir="auto">
                {g.entry?.notes ?? ''}
              </span>
            ))}
          />
        ) : null}
      </tbody>
    </table>
  );
}

/** Selected creators side by side, answer first, a few per page; the sources they cite below. */
export function ShortlistReport({
  inputs,
  context,
}: {
  inputs: CreatorReportInput[];
  context: ReportContext;
}) {
  const groups: CreatorReportInput[][] = [];
  for (let i = 0; i < inputs.length; i += PER_PAGE) groups.push(inputs.slice(i, i + PER_PAGE));
  return (
    <main class="side-by-side" data-testid="shortlist-report">
      <header>
        <p class="kicker">{t('reportShortlistKicker', [formatDate(context.madeAt)])}</p>
        <h1>{t('reportShortlistTitle', [formatNumber(inputs.length)])}</h1>
      </header>
      {groups.map((group, i) => (
        <section key={i} class={i > 0 ? 'page-break' : ''}>
          <Table group={group} />
        </section>
      ))}
      <section>
        <h2>{t('reportSources')}</h2>
        <SourcesList sources={reportSources(inputs.map((g) => g.record.score))} />
      </section>
      <footer>{t('reportFooter', [formatDate(context.madeAt)])}</footer>
    </main>
  );
}
