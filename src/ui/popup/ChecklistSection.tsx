import type { ChecklistState } from '../../shared/creator';
import { ChecklistItemId } from '../../shared/vetting';
import { ChecklistRow, type AutoCheck, type CheckOverride } from '../components/ChecklistRow';
import { formatNumber, t } from '../i18n';

interface Props {
  checklist: ChecklistState;
  auto: Record<ChecklistItemId, AutoCheck>;
  onChange: (item: ChecklistItemId, next: CheckOverride) => void;
  labels?: Record<string, string>;
}

const NONE: CheckOverride = { state: null, note: '' };

/** The sales guide's five checks (seed 000), answered from the data where it allows, each overridable with a note. */
export function ChecklistSection({ checklist, auto, onChange, labels = {} }: Props) {
  const decided = ChecklistItemId.options.filter(
    (item) => (checklist.overrides[item]?.state ?? auto[item].state) === 'pass',
  ).length;
  return (
    <details class="fold" data-testid="checklist">
      <summary>
        <h2>{t('popupFoldChecklist', [formatNumber(decided)])}</h2>
      </summary>
      <ul class="checks">
        {ChecklistItemId.options.map((item) => (
          <ChecklistRow
            key={item}
            item={item}
            auto={auto[item]}
            override={checklist.overrides[item] ?? NONE}
            onChange={(next) => onChange(item, next)}
            labels={labels}
          />
        ))}
      </ul>
    </details>
  );
}
