import { useEffect, useState } from 'preact/hooks';
import type { CreatorRecord } from '../../shared/creator';
import type { PageReading } from '../../shared/model';
import type { ChecklistItemId, ManualEntries } from '../../shared/vetting';
import type { CheckOverride } from '../components/ChecklistRow';
import { FollowerChart } from '../components/FollowerChart';
import { riskLabel } from '../components/labels';
import { t } from '../i18n';
import { benchmarkOf } from './benchmark';
import { autoChecklist } from './checklist-auto';
import { ChecklistSection } from './ChecklistSection';
import { ManualEntriesForm } from './ManualEntriesForm';
import { ScoreSummary } from './ScoreSummary';
import { SignalsSection } from './SignalsSection';
import { useVettingStore, type VettingData } from './vetting-store';
import { chartPoints } from './chart-points';
import { signalLabels } from './key-rates';
import { ProfileFigures } from './ProfileFigures';
import { BrandSafetySection } from '../safety/BrandSafetySection';
import { contactOf } from '../../contact/contact';
import { copyText } from '../../platform/clipboard';
import { ContactSection } from '../contact/ContactSection';
import { LinkedAccounts } from '../people/LinkedAccounts';
import { PartnershipsSection } from '../partnerships/PartnershipsSection';
import { partnershipsOfRecord } from '../../scoring/partnerships/of-record';
import { errorWords } from '../errors/error-words';

interface Props {
  creatorId: string;
  record: CreatorRecord | null;
  reading: PageReading | null;
  onRecord: (record: CreatorRecord) => void;
}

/** Everything below the header, loaded after the first render so the popup opens fast. */
export function VettingPanel({ creatorId, record, reading, onRecord }: Props) {
  const { loadVetting, watchRecord, saveOverride, ensureStored, saveManualEntries } =
    useVettingStore();
  const [data, setData] = useState<VettingData | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    loadVetting(creatorId).then(
      (loaded) => {
        setData(loaded);
        // The header started from the light record; from here on everyone sees the full one.
        if (loaded.record) onRecord(loaded.record);
      },
      (e: unknown) => setStatus(errorWords(e)),
    );
  }, [loadVetting, creatorId]);
  // What the worker stores while the popup is open (the page's next loads) moves the verdict.
  useEffect(
    () =>
      watchRecord(creatorId, (next) => {
        onRecord(next);
        setData((d) => d && { ...d, record: next });
      }),
    [watchRecord, creatorId],
  );
  if (!data) return <p class="muted">{status || t('loading')}</p>;

  const score = record?.score ?? null;
  const platform = record?.platform ?? reading?.platform ?? 'instagram';
  const changeCheck = async (item: ChecklistItemId, next: CheckOverride) => {
    const checklist = {
      ...data.checklist,
      overrides: { ...data.checklist.overrides, [item]: next },
      updatedAt: new Date().toISOString(),
    };
    setData({ ...data, checklist });
    try {
      const saved = await saveOverride(checklist.creatorId, item, next);
      // A rescore can take seconds; a note typed meanwhile is newer than this save's answer,
      // and replacing it would reset the box being typed in (and lose the note).
      setData((d) =>
        d && d.checklist.updatedAt <= saved.checklist.updatedAt
          ? { ...d, checklist: saved.checklist }
          : d,
      );
      if (saved.rescored?.record) onRecord(saved.rescored.record);
      setStatus(
        !saved.rescored || saved.rescored.rescore.ok
          ? t('popupChecklistSaved', [t(`checklist_${item}`)])
          : t('popupSavedNotRescored'),
      );
    } catch (e) {
      setStatus(t('popupSaveFailed', [errorWords(e)]));
    }
  };
  const saveManual = async (manual: ManualEntries) => {
    setBusy(true);
    setStatus(t('popupRescoring'));
    try {
      await ensureStored(record, reading);
      const saved = await saveManualEntries(data.checklist, manual);
      setData({ ...data, checklist: saved.checklist });
      if (saved.record) onRecord(saved.record);
      const risk = saved.record?.score?.risk;
      setStatus(
        saved.rescore.ok && risk
          ? t('popupRescored', [riskLabel(risk)])
          : t('popupSavedNotRescored'),
      );
    } catch (e) {
      setStatus(t('popupSaveFailed', [errorWords(e)]));
    } finally {
      setBusy(false);
    }
  };

  const contact = contactOf(
    record?.bio ?? reading?.bio,
    record?.externalLink ?? reading?.externalLink,
  );
  const competitors = data.settings.brand?.competitors ?? [];
  return (
    <div class="vetting">
      <p class="status" role="status" aria-live="polite" data-testid="vetting-status">
        {status}
      </p>
      {data.record ? <LinkedAccounts record={data.record} /> : null}
      <ContactSection contact={contact} onCopy={copyText} />
      <ChecklistSection
        checklist={data.checklist}
        auto={autoChecklist(score, data.checklist.manual)}
        onChange={(item, next) => void changeCheck(item, next)}
        labels={signalLabels(score)}
      />
      {score ? (
        <>
          <SignalsSection score={score} />
          {record ? <BrandSafetySection record={record} brand={data.settings.brand} /> : null}
          {record ? (
            <PartnershipsSection
              facts={partnershipsOfRecord(record, competitors)}
              platform={record.platform}
            />
          ) : null}
          <details class="fold" data-testid="score-details">
            <summary>
              <h2>{t('popupFoldScores')}</h2>
            </summary>
            <ScoreSummary
              score={score}
              benchmark={benchmarkOf(score, platform, data.settings.thresholdOverrides)}
            />
          </details>
        </>
      ) : (
        <p class="notice" data-testid="not-scored">
          {t('popupNotScoredYet')}
        </p>
      )}
      <details class="fold" data-testid="manual-fold">
        <summary>
          <h2>{t('popupFoldEntries')}</h2>
        </summary>
        <ManualEntriesForm
          manual={data.checklist.manual}
          pageStoryViews={record?.storyViews ?? reading?.storyViews ?? null}
          pageFollowers={record?.followers ?? reading?.followers ?? null}
          onSave={saveManual}
          busy={busy}
        />
      </details>
      <details class="fold" data-testid="history-fold">
        <summary>
          <h2>{t('popupFoldHistory')}</h2>
        </summary>
        <FollowerChart
          points={chartPoints(data.readings, data.checklist.manual)}
          idPrefix="followers-chart"
        />
      </details>
      <details class="fold">
        <summary>
          <h2>{t('popupFoldProfile')}</h2>
        </summary>
        <ProfileFigures reading={reading} record={record} />
      </details>
    </div>
  );
}
