import type { ChecklistItemId } from '../../shared/vetting';
import { t } from '../i18n';

export type CheckState = 'pass' | 'fail' | 'unknown';

/** What the data says about one checklist item, and which signals say it. */
export interface AutoCheck {
  state: CheckState;
  /** Why, in a sentence (scoring's words); empty when there is nothing to say yet. */
  reason: string;
  signalIds: string[];
}

export interface CheckOverride {
  /** null: no decision of the user's; the automatic state stands. */
  state: CheckState | null;
  note: string;
}

interface Props {
  item: ChecklistItemId;
  auto: AutoCheck;
  override: CheckOverride;
  onChange: (next: CheckOverride) => void;
}

const CHOICES = ['auto', 'pass', 'fail', 'unknown'] as const;
const CHOICE_TEXT = {
  auto: 'checklistUseAuto',
  pass: 'checklistPass',
  fail: 'checklistFail',
  unknown: 'checklistUnknown',
} as const;
const STATE_TEXT = { pass: 'checklistPass', fail: 'checklistFail', unknown: 'checklistUnknown' };

/** One of the seed's five checks: the automatic result, the user's decision and a note. */
export function ChecklistRow({ item, auto, override, onChange }: Props) {
  const effective = override.state ?? auto.state;
  const name = `check-${item}`;
  return (
    <li class="check" data-testid={`check-${item}`} data-state={effective}>
      <fieldset>
        <legend>
          <span class={`badge check-${effective}`}>{t(STATE_TEXT[effective])}</span>{' '}
          {t(`checklist_${item}`)}
        </legend>
        <p class="muted">
          {t('checklistAuto', [t(STATE_TEXT[auto.state])])}
          {auto.reason ? ` — ${auto.reason}` : null}
          {auto.signalIds.length > 0 ? (
            <>
              {' · '}
              {t('checklistBecause', [auto.signalIds.join(', ')])}
            </>
          ) : null}
        </p>
        <div class="choices">
          {CHOICES.map((choice) => (
            <label key={choice}>
              <input
                type="radio"
                name={name}
                value={choice}
                checked={(override.state ?? 'auto') === choice}
                onChange={() => onChange({ ...override, state: choice === 'auto' ? null : choice })}
              />{' '}
              {t(CHOICE_TEXT[choice])}
            </label>
          ))}
        </div>
        <label class="note">
          {t('checklistNote')}
          <textarea
            rows={2}
            maxLength={2000}
            value={override.note}
            data-testid={`check-note-${item}`}
            onChange={(e) => onChange({ ...override, note: e.currentTarget.value })}
          />
        </label>
      </fieldset>
    </li>
  );
}
