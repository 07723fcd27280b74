import type { Post } from '../shared/model';
import { EvidenceList, safeHttpUrl } from '../ui/components/EvidenceList';
import { peopleText } from '../ui/components/people-text';
import { VerdictBadge } from '../ui/components/VerdictBadge';
import { STATE_MARK, STATE_TEXT } from '../ui/components/ChecklistRow';
import { formatDate, formatNumber, t } from '../ui/i18n';
import type { ChecklistLine } from './checklist-lines';
import type { EvidenceSample, ReportSource } from './report-parts';

/** The five checks: state in force, who decided it, why, and the marketer's note. */
export function ChecklistTable({
  lines,
  labels,
}: {
  lines: ChecklistLine[];
  labels: Record<string, string>;
}) {
  return (
    <table data-testid="report-checklist">
      <thead>
        <tr>
          <th scope="col">{t('reportCheck')}</th>
          <th scope="col">{t('reportCheckState')}</th>
          <th scope="col">{t('reportCheckWho')}</th>
          <th scope="col">{t('reportCheckWhy')}</th>
        </tr>
      </thead>
      <tbody>
        {lines.map((line) => (
          <tr key={line.item} data-state={line.state} data-by={line.decidedBy}>
            <td>{line.label}</td>
            <td class={`state-${line.state}`}>
              <span aria-hidden="true">{STATE_MARK[line.state]}</span> {t(STATE_TEXT[line.state])}
            </td>
            <td>{t(line.decidedBy === 'marketer' ? 'reportByMarketer' : 'reportByAuto')}</td>
            <td>
              {line.reason ? peopleText(line.reason, labels) : t('reportNothingYet')}
              {line.decidedBy === 'marketer' && line.autoState !== line.state ? (
                <span class="muted"> {t('reportAutoSaid', [t(STATE_TEXT[line.autoState])])}</span>
              ) : null}
              {line.note ? (
                <p class="note">
                  <strong>{t('reportNote')}</strong> <span dir="auto">{line.note}</span>
                </p>
              ) : null}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A few items behind each signal worth showing: quoted comments and posts first. */
export function EvidenceSamples({ samples }: { samples: EvidenceSample[] }) {
  if (samples.length === 0) return <p class="muted">{t('reportNoEvidence')}</p>;
  return (
    <div data-testid="report-evidence">
      {samples.map(({ signal, items }) => (
        <div key={signal.id} class="signal-block">
          <h3>
            {signal.label} <VerdictBadge verdict={signal.verdict} />
          </h3>
          <p class="muted">{peopleText(signal.message)}</p>
          <EvidenceList items={items} />
        </div>
      ))}
    </div>
  );
}

const newestFirst = (a: Post, b: Post) => (b.postedAt ?? '').localeCompare(a.postedAt ?? '');
const shown = (n: { value: number } | null | undefined) =>
  n ? formatNumber(n.value) : t('figureNotVisible');

/** The most recent posts read, with their figures (hidden figures say so, never 0). */
export function RecentPosts({ posts, limit = 6 }: { posts: Post[]; limit?: number }) {
  if (posts.length === 0) return <p class="muted">{t('reportNoPosts')}</p>;
  const recent = [...posts].sort(newestFirst).slice(0, limit);
  return (
    <table data-testid="report-posts">
      <thead>
        <tr>
          <th scope="col">{t('reportPostDate')}</th>
          <th scope="col">{t('reportPostCaption')}</th>
          <th scope="col" class="num">
            {t('reportPostViews')}
          </th>
          <th scope="col" class="num">
            {t('reportPostLikes')}
          </th>
          <th scope="col" class="num">
            {t('reportPostComments')}
          </th>
        </tr>
      </thead>
      <tbody>
        {recent.map((post) => {
          const href = safeHttpUrl(post.url);
          const caption = (post.caption ?? '').slice(0, 90);
          return (
            <tr key={post.url}>
              <td>{post.postedAt ? formatDate(post.postedAt) : t('reportNoDate')}</td>
              <td>
                {caption ? <bdi>{caption}</bdi> : null}{' '}
                {href ? <a href={href}>{t('evidenceOpen')}</a> : null}
              </td>
              <td class="num">{shown(post.views)}</td>
              <td class="num">{shown(post.likes)}</td>
              <td class="num">{shown(post.comments)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Every source the judgement cites, by its short title and in full. */
export function SourcesList({ sources }: { sources: ReportSource[] }) {
  if (sources.length === 0) return <p class="muted">{t('reportNoSources')}</p>;
  return (
    <ul class="plain-list" data-testid="report-sources">
      {sources.map((s) => (
        <li key={s.title}>
          <strong>{s.title}</strong>
          <ul class="source-texts">
            {s.texts.map((text, i) => (
              <li key={i}>{text}</li>
            ))}
          </ul>
        </li>
      ))}
    </ul>
  );
}
