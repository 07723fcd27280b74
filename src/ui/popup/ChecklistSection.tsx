import type { ChecklistState } from '../../shared/creator';
import { ChecklistItemId } from '../../shared/vetting';
import { ChecklistRow, type AutoCheck, type CheckOverride } from '../components/ChecklistRow';
import { t } from '../i18n';

interface Props {
  checklist: ChecklistState;
  auto: Record<ChecklistItemId, AutoCheck>;
  onChange: (item: ChecklistItemId, next: CheckOverride) => void;
}

const NONE: CheckOverride = { state: null, note: '' };

/** The seed's five checks, answered from the data where it allows, each overridable with a note. */
export function ChecklistSection({ checklist, auto, onChange }: Props) {
  const decided = ChecklistItemId.options.filter(
    (item) => (checklist.overrides[item]?.state ?? auto[item].state) === 'pass',
  ).length;
  return (
    <section aria-labelledby="checklist-heading" data-testid="checklist">
      <h2 id="checklist-heading">{t('popupChecklist')}</h2>
      <p class="muted">{t('popupChecklistCount', [String(decided)])}</p>
      <ul class="checks">
        {ChecklistItemId.options.map((item) => (
          <ChecklistRow
            key={item}
            item={item}
            auto={auto[item]}
            override={checklist.overrides[item] ?? NONE}
            onChange={(next) => onChange(item, next)}
          />
        ))}
      </ul>
    </section>
  );
}
