import { t } from '../i18n';
import { sourceGroups } from './source-groups';

/**
 * Every source behind a judgement, in full: the popup, the options and the reports name a
 * source by a short title and link here (#anchor) for the whole text.
 */
export function SourcesPage() {
  const groups = sourceGroups();
  return (
    <main data-testid="sources-ready">
      <h1>{t('sourcesTitle')}</h1>
      <p class="muted">{t('sourcesIntro')}</p>
      <nav aria-label={t('sourcesTitle')}>
        <ul class="source-index">
          {groups.map((g) => (
            <li key={g.anchor}>
              <a href={`#${g.anchor}`}>{g.title}</a>
            </li>
          ))}
        </ul>
      </nav>
      {groups.map((g) => (
        <section key={g.anchor} id={g.anchor} class="options-section" data-testid="source">
          <h2>{g.title}</h2>
          {g.article ? <p>{t('sourcesArticle', [g.article])}</p> : null}
          <ul class="source-rows">
            {g.rows.map((r, i) => (
              <li key={i}>
                <strong>{r.label}</strong>: {r.text}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </main>
  );
}
