import { useEffect, useState } from 'preact/hooks';
import type { ChecklistItemId } from '../../shared/vetting';
import { t } from '../i18n';
import { peopleText } from './people-text';

type CheckState = 'pass' | 'fail' | 'unknown';

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
  /** Signal ids → labels, so "decided from" names signals in words. */
  labels?: Record<string, string>;
}

const CHOICES = ['auto', 'pass', 'fail', 'unknown'] as const;
const CHOICE_TEXT = {
  auto: 'checklistUseAuto',
  pass: 'checklistPass',
  fail: 'checklistFail',
  unknown: 'checklistUnknown',
} as const;
export const STATE_TEXT = {
  pass: 'checklistPass',
  fail: 'checklistFail',
  unknown: 'checklistUnknown',
} as const;
export const STATE_MARK = { pass: '✓', fail: '✗', unknown: '?' } as const;

/**
 * One of the sales guide's five checks (seed 000) on one line: its state and who decided it. The reason, the
 * override and the note open on demand, so five checks fit in a few lines.
 */
export function ChecklistRow({ item, auto, override, onChange, labels = {} }: Props) {
  // The note is kept as typed until it is saved: a re-render from a slow save (a rescore) must
  // not reset the box while the marketer types.
  const [draft, setDraft] = useState(override.note);
  useEffect(() => setDraft(override.note), [override.note]);
  const effective = override.state ?? auto.state;
  const name = `check-${item}`;
  const from = auto.signalIds.map((id) => labels[id]).filter(Boolean);
  return (
    <li class="check" data-testid={`check-${item}`} data-state={effective}>
      <details>
        <summary>
          <span class={`badge check-${effective}`}>
            <span aria-hidden="true">{STATE_MARK[effective]}</span> {t(STATE_TEXT[effective])}
          </span>{' '}
          <span class="check-name">{t(`checklist_${item}`)}</span>{' '}
          <span class="muted check-who">
            {override.state === null ? t('checklistByAuto') : t('checklistByYou')}
            {override.note ? ` · ${t('checklistHasNote')}` : ''}
          </span>
        </summary>
        <fieldset>
          <legend class="sr-only">{t(`checklist_${item}`)}</legend>
          <p class="muted">
            {t('checklistAuto', [t(STATE_TEXT[auto.state])])}
            {auto.reason ? ` — ${peopleText(auto.reason, labels)}` : null}
            {from.length > 0 ? ` · ${t('checklistBecause', [from.join(', ')])}` : null}
          </p>
          <div class="choices">
            {CHOICES.map((choice) => (
              <label key={choice}>
                <input
                  type="radio"
                  name={name}
                  value={choice}
                  checked={(override.state ?? 'auto') === choice}
                  onChange={() =>
                    onChange({ ...override, state: choice === 'auto' ? null : choice })
                  }
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
              value={draft}
              data-testid={`check-note-${item}`}
              onInput={(e) => setDraft(e.currentTarget.value)}
              onChange={(e) => onChange({ ...override, note: e.currentTarget.value })}
            />
          </label>
        </fieldset>
      </details>
    </li>
  );
}
