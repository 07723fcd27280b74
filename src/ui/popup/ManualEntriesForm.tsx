import { useState } from 'preact/hooks';
import type { Stat } from '../../shared/stat';
import type { ManualEntries } from '../../shared/vetting';
import { StatValue } from '../components/StatValue';
import { TextField } from '../components/TextField';
import { t } from '../i18n';
import {
  fieldsOf,
  readFields,
  storyViewsOrigin,
  type ManualErrors,
  type ManualFields,
} from './manual-fields';

interface Props {
  manual: ManualEntries;
  /** Story views as the page showed them (null: the page did not show any). */
  pageStoryViews: Stat;
  /** When the page showed no follower count, the marketer may type it. */
  pageFollowers: Stat;
  /** Stores the entries and rescores; resolves when done. */
  onSave: (manual: ManualEntries) => Promise<void>;
  busy: boolean;
}

type Spec = [keyof ManualFields, 'numeric' | 'decimal' | 'text', number];
const SPECS: Spec[] = [
  ['storyViews', 'numeric', 15],
  ['saves', 'numeric', 15],
  ['countryMix', 'text', 1000],
  ['quotedRate', 'decimal', 20],
  ['currency', 'text', 3],
  ['creatorCountry', 'text', 2],
  ['creatorLanguage', 'text', 8],
];

/** Figures only the creator can see (insights, media kit) and the deal's terms, typed by the marketer. */
export function ManualEntriesForm({ manual, pageStoryViews, pageFollowers, onSave, busy }: Props) {
  const specs: Spec[] = pageFollowers ? SPECS : [['followers', 'numeric', 15], ...SPECS];
  const [fields, setFields] = useState<ManualFields>(() => fieldsOf(manual));
  const [errors, setErrors] = useState<ManualErrors>({});
  const submit = async (e: Event) => {
    e.preventDefault();
    const read = readFields(fields, manual);
    if (!read.ok) return setErrors(read.errors);
    setErrors({});
    await onSave(read.manual);
  };
  const error = (name: keyof ManualFields) => {
    const problem = errors[name];
    return problem ? t(problem.key, problem.subs) : null;
  };
  return (
    <section aria-labelledby="manual-heading" data-testid="manual-entries">
      <h2 id="manual-heading">{t('popupManual')}</h2>
      <p class="notice" data-testid="story-views-origin">
        {t(storyViewsOrigin(pageStoryViews, manual))}
        {pageStoryViews ? (
          <>
            {' '}
            <StatValue stat={pageStoryViews} />
          </>
        ) : null}
      </p>
      <form onSubmit={(e) => void submit(e)} noValidate class="manual-form">
        {specs.map(([name, inputMode, maxLength]) => (
          <TextField
            key={name}
            id={`manual-${name}`}
            label={t(`manual_${name}`)}
            hint={t(`manual_${name}_hint`)}
            value={fields[name]}
            inputMode={inputMode}
            maxLength={maxLength}
            testId={`manual-${name}`}
            error={error(name)}
            onInput={(value) => setFields({ ...fields, [name]: value })}
          />
        ))}
        <button type="submit" class="primary" disabled={busy} data-testid="manual-save">
          {t('popupManualSave')}
        </button>
      </form>
    </section>
  );
}
