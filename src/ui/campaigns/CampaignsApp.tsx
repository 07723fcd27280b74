import { t } from '../i18n';

/** Costs, results and fair tier comparisons (built out by the ROI page). */
export function CampaignsApp() {
  return (
    <main>
      <h1>{t('campaignsTitle')}</h1>
    </main>
  );
}
