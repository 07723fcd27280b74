import type { Filters } from './filter';
import { t } from '../i18n';
import {
  PLATFORMS,
  RISKS,
  STATUSES,
  TIERS,
  VERDICTS,
  platformLabel,
  riskLabel,
  statusLabel,
  tierLabel,
  verdictLabel,
} from './labels';
import { NO_FILTERS } from './filter';

interface Props {
  filters: Filters;
  onChange: (next: Filters) => void;
  tags: string[];
  shown: number;
  total: number;
}

interface Choice {
  value: string;
  label: string;
}

function FilterSelect(props: {
  id: keyof Filters;
  label: string;
  value: string;
  choices: Choice[];
  onPick: (value: string) => void;
}) {
  const id = `filter-${props.id}`;
  return (
    <span class="sl-filter">
      <label for={id}>{props.label}</label>
      <select
        id={id}
        data-testid={id}
        value={props.value}
        onChange={(e) => props.onPick(e.currentTarget.value)}
      >
        <option value="">{t('shortlistAny')}</option>
        {props.choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </span>
  );
}

const choices = <T extends string>(values: readonly T[], label: (v: T) => string): Choice[] =>
  values.map((value) => ({ value, label: label(value) }));

type Facet = { id: Exclude<keyof Filters, 'query'>; label: string; choices: Choice[] };

const facets = (tags: string[]): Facet[] => [
  { id: 'verdict', label: 'shortlistFilterVerdict', choices: choices(VERDICTS, verdictLabel) },
  { id: 'platform', label: 'shortlistFilterPlatform', choices: choices(PLATFORMS, platformLabel) },
  { id: 'tier', label: 'shortlistFilterTier', choices: choices(TIERS, tierLabel) },
  { id: 'risk', label: 'shortlistFilterRisk', choices: choices(RISKS, riskLabel) },
  { id: 'status', label: 'shortlistFilterStatus', choices: choices(STATUSES, statusLabel) },
  {
    id: 'tag',
    label: 'shortlistFilterTag',
    choices: tags.map((tag) => ({ value: tag, label: tag })),
  },
];

/** Search box, the six filters and the live "N of M creators" count. */
export function Toolbar({ filters, onChange, tags, shown, total }: Props) {
  const set = (key: keyof Filters) => (value: string) => onChange({ ...filters, [key]: value });
  const anySet = Object.keys(NO_FILTERS).some(
    (k) => filters[k as keyof Filters] !== NO_FILTERS[k as keyof Filters],
  );
  return (
    <div class="sl-toolbar" role="search">
      <span class="sl-filter sl-search">
        <label for="shortlist-search">{t('shortlistSearch')}</label>
        <input
          id="shortlist-search"
          type="search"
          data-testid="shortlist-search"
          placeholder={t('shortlistSearchHint')}
          value={filters.query}
          onInput={(e) => set('query')(e.currentTarget.value)}
          autoComplete="off"
        />
      </span>
      {facets(tags).map((facet) => (
        <FilterSelect
          key={facet.id}
          id={facet.id}
          label={t(facet.label)}
          value={filters[facet.id]}
          choices={facet.choices}
          onPick={set(facet.id)}
        />
      ))}
      {anySet ? (
        <button type="button" onClick={() => onChange(NO_FILTERS)}>
          {t('shortlistClearFilters')}
        </button>
      ) : null}
      <p class="sl-count" data-testid="shortlist-count" role="status">
        {t('shortlistCount', [String(shown), String(total)])}
      </p>
    </div>
  );
}
