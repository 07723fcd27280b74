import { useEffect, useState } from 'preact/hooks';
import { estimateBeforeBooking, statsFromRecord } from '../../roi/estimate';
import { CONTENT_FORMATS, type ContentFormat } from '../../roi/prices';
import { useCampaignsStore } from './load-page';
import { t } from '../i18n';
import { EstimatePanel } from '../roi/EstimatePanel';
import { DEFAULT_FORMAT, type CreatorInfo } from './load-page';

interface Props {
  creator: CreatorInfo;
  format: ContentFormat | undefined;
  onFormat: (format: ContentFormat) => void;
  idPrefix: string;
  locale: string;
}

/**
 * Before booking: expected price for the tier, platform and format with its sources, and the
 * reach and engagements the page showed. The shortlist holds light records (no posts), so the
 * full record is read once the section opens, for the median views per post.
 */
export function CreatorEstimate({ creator, format, onFormat, idPrefix, locale }: Props) {
  const { loadCreator } = useCampaignsStore();
  const [record, setRecord] = useState(creator.record);
  useEffect(() => {
    let live = true;
    void loadCreator(creator.id).then((full) => live && full && setRecord(full));
    return () => {
      live = false;
    };
  }, [loadCreator, creator.id]);
  const chosen = format ?? DEFAULT_FORMAT[creator.platform];
  const estimate = estimateBeforeBooking({
    stats: statsFromRecord(record),
    tier: creator.tier,
    platform: creator.platform,
    format: chosen,
    quoted: creator.quoted,
  });
  return (
    <section class="cmp-estimate" aria-labelledby={`${idPrefix}-h`}>
      <h4 id={`${idPrefix}-h`}>{t('cmp_estimate_heading')}</h4>
      <div class="roi-field">
        <label for={`${idPrefix}-format`}>{t('cmp_estimate_format')}</label>
        <select
          id={`${idPrefix}-format`}
          value={chosen}
          onChange={(e) => onFormat(e.currentTarget.value as ContentFormat)}
        >
          {CONTENT_FORMATS.map((f) => (
            <option key={f} value={f}>
              {t(`cmp_format_${f}`)}
            </option>
          ))}
        </select>
      </div>
      <p class="muted">{creator.quoted ? t('cmp_estimate_quoted') : t('cmp_estimate_noQuote')}</p>
      <EstimatePanel estimate={estimate} locale={locale} />
    </section>
  );
}
