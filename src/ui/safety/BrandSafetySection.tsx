import { useMemo } from 'preact/hooks';
import { counts, type Finding } from '../../scoring/safety/scan';
import type { CreatorRecord } from '../../shared/creator';
import type { BrandProfile } from '../../shared/vetting';
import { safeHttpUrl } from '../components/EvidenceList';
import { countOf, formatNumber, t } from '../i18n';
import { postNoun } from '../popup/basis-text';
import { safetyView } from './safety-view';

interface Props {
  record: CreatorRecord;
  brand: BrandProfile | undefined;
  /** In the saved report: every category open (it prints), and no pointer to the options. */
  inReport?: boolean;
}

const posts = (n: number) =>
  n === 1 ? t('safetyOnePost') : t('safetyPostsCount', [formatNumber(n)]);

function FindingRow({ f }: { f: Finding }) {
  const href = safeHttpUrl(f.url);
  const why = f.negated ? t('safetyNegated') : f.quoted ? t('safetyQuoted') : null;
  return (
    <li data-counted={counts(f) ? 'yes' : 'no'}>
      <span class="evidence-kind">{t(`safetyPlace_${f.place}`)}</span> <bdi>{f.excerpt}</bdi>{' '}
      <span class="muted">
        {t('safetyTerm', [f.term])}
        {why ? ` · ${t('safetyNotCounted', [why])}` : ''}
      </span>
      {href ? (
        <>
          {' '}
          <a href={href} target="_blank" rel="noopener noreferrer">
            {t('safetyOpen')}
          </a>
        </>
      ) : null}
    </li>
  );
}

/**
 * "Brand safety": what in the creator's own words a brand may not want, by category, post by
 * post, with a link to each. Self-contained (record and brand profile in, nothing stored), so
 * the vetting report can show the same section. Scraped text is rendered as text, never HTML.
 */
export function BrandSafetySection({ record, brand, inReport = false }: Props) {
  const view = useMemo(() => safetyView(record, brand), [record, brand]);
  const bio = view.bioRead ? t('safetyAndBio') : '';
  const flagged = view.postsFlagged > 0 || view.bioFlagged;
  // "videos" on TikTok and YouTube, as the verdict's reasons say.
  const noun = postNoun(record.platform);
  return (
    <section class="brand-safety" data-testid="brand-safety" aria-labelledby="brand-safety-title">
      <h2 id="brand-safety-title">{t('safetyTitle')}</h2>
      <p data-testid="brand-safety-summary">
        {flagged
          ? t('safetyFlagged', [
              formatNumber(view.postsFlagged),
              // One placeholder: Chrome would read "$2$3" as a named one.
              countOf(view.postsRead, noun) + (view.bioFlagged ? t('safetyBioFlagged') : ''),
            ])
          : t('safetyNothing', [countOf(view.postsRead, noun) + bio])}
      </p>
      {view.groups.map((g) => (
        <details key={g.category} data-category={g.category} open={inReport || g.places > 0}>
          <summary>
            {g.label} · {posts(g.places)}
          </summary>
          <ul class="evidence">
            {g.findings.slice(0, 20).map((f, i) => (
              <FindingRow key={i} f={f} />
            ))}
          </ul>
        </details>
      ))}
      {inReport ? null : <p class="muted">{t('safetyEdit')}</p>}
    </section>
  );
}
