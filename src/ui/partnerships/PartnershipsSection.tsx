import type { PartnershipFacts, Sponsored } from '../../scoring/partnerships/analysis';
import { safeHttpUrl } from '../components/EvidenceList';
import type { Platform } from '../../shared/model';
import { countOf, formatDate, formatNumber, formatPercent, t } from '../i18n';
import { postNoun } from '../popup/basis-text';

interface Props {
  facts: PartnershipFacts;
  /** Names the posts as the platform does ("videos" on TikTok and YouTube). */
  platform?: Platform | undefined;
}

/** "40% less" or "25% more" engagement than organic posts; null when either is unknown. */
function liftWords(lift: number | null): string | null {
  if (lift === null || !Number.isFinite(lift)) return null;
  const change = Math.round(Math.abs(lift - 1) * 100);
  if (change < 5) return t('partnersLiftSame');
  return t(lift < 1 ? 'partnersLiftLess' : 'partnersLiftMore', [formatNumber(change)]);
}

function SponsoredRow({ s }: { s: Sponsored }) {
  const href = safeHttpUrl(s.view.post.url);
  const when = s.view.post.postedAt ? formatDate(s.view.post.postedAt) : t('partnersNoDate');
  return (
    <li data-by={s.by}>
      <span class="evidence-kind">{when}</span>{' '}
      {s.brands.length ? <bdi>{s.brands.map((b) => `@${b}`).join(', ')}</bdi> : null}{' '}
      <span class="muted">{t(`partnersBy_${s.by}`)}</span>
      {s.rivals.length ? (
        <strong class="rival"> {t('partnersRival', [s.rivals.join(', ')])}</strong>
      ) : null}
      {href ? (
        <>
          {' '}
          <a href={href} target="_blank" rel="noopener noreferrer">
            {t('evidenceOpen')}
          </a>
        </>
      ) : null}
    </li>
  );
}

/**
 * "Past partnerships": which posts are sponsored and how each said so, the brands they tag,
 * and how sponsored posts do against organic ones. Props only, so the popup and the saved
 * report show the same section; brand names are scraped text, rendered as text.
 */
export function PartnershipsSection({ facts, platform }: Props) {
  const n = facts.sponsored.length;
  const postsRead = n + facts.organic.length;
  const lift = liftWords(facts.lift);
  const er = (x: number | null) => (x === null ? t('figureNotVisible') : formatPercent(x));
  return (
    <section class="partnerships" data-testid="partnerships" aria-labelledby="partnerships-title">
      <h2 id="partnerships-title">{t('partnersTitle')}</h2>
      <p data-testid="partnerships-summary">
        {postsRead === 0
          ? t('partnersNoPosts')
          : t('partnersShare', [
              formatNumber(n),
              countOf(postsRead, postNoun(platform)),
              formatPercent(facts.share ?? 0, 0),
            ])}
      </p>
      {facts.brands.length ? (
        <p data-testid="partnerships-brands">
          <strong>{t('partnersBrands')}</strong>{' '}
          {facts.brands.map((b, i) => (
            <span key={b.name}>
              {i ? ', ' : ''}
              <bdi>@{b.name}</bdi>
              {b.posts > 1 ? ` (${t('partnersPosts', [formatNumber(b.posts)])})` : ''}
            </span>
          ))}
        </p>
      ) : null}
      {n > 0 ? (
        <p data-testid="partnerships-engagement">
          {t('partnersEngagement', [er(facts.sponsoredEr), er(facts.organicEr)])}
          {lift ? ` ${lift}` : ''}
        </p>
      ) : null}
      {n > 0 ? (
        <ul class="evidence" data-testid="partnerships-posts">
          {facts.sponsored.slice(0, 12).map((s) => (
            <SponsoredRow key={s.view.post.url} s={s} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
