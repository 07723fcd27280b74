import { t } from '../i18n';

/** Options: brand profile, threshold overrides and data management (grown by the workflow issue). */
export function OptionsApp() {
  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
    </main>
  );
}
