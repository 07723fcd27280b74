import { useState } from 'preact/hooks';
import { CATEGORY_LABEL, SAFETY_CATEGORIES } from '../../scoring/safety/categories';
import { TERM_FILES } from '../../scoring/safety/lexicon';
import { TextField } from '../components/TextField';
import { formatNumber, t } from '../i18n';
import { handler } from '../handler';
import {
  readSafetyFields,
  safetyFieldsOf,
  type SafetyError,
  type SafetyPart,
} from './safety-fields';

interface Props {
  part: SafetyPart;
  onSave: (part: SafetyPart) => Promise<void>;
}

const LISTS = TERM_FILES.map(
  (f) =>
    `${f.name} ${formatNumber(Object.values(f.terms).reduce((n, l) => n + (l?.length ?? 0), 0))}`,
).join(', ');

/** The typed lists: field, message key stem, longest text accepted. */
const LIST_FIELDS: [SafetyError['field'], string, number][] = [
  ['terms', 'Terms', 40000],
  ['ignore', 'Ignore', 40000],
  ['competitors', 'Competitors', 20000],
];

/** Brand profile, brand-safety part: which categories count, the brand's own words, rivals. */
export function BrandSafetyOptions({ part, onSave }: Props) {
  const [fields, setFields] = useState(() => safetyFieldsOf(part));
  const [error, setError] = useState<SafetyError | null>(null);
  const [status, setStatus] = useState('');
  const save = async (e: Event) => {
    e.preventDefault();
    const read = readSafetyFields(fields);
    if (!read.ok) {
      setError(read.error);
      return setStatus(t('optBrandInvalid'));
    }
    setError(null);
    await onSave(read.part);
    setFields(safetyFieldsOf(read.part));
    setStatus(t('safetySaved'));
  };
  const problem = (field: SafetyError['field']) =>
    error?.field === field ? t(error.key, error.subs) : null;
  const toggle = (c: (typeof SAFETY_CATEGORIES)[number], on: boolean) =>
    setFields({ ...fields, off: on ? fields.off.filter((x) => x !== c) : [...fields.off, c] });
  return (
    <section class="options-section" aria-labelledby="safety-heading" data-testid="safety-options">
      <h2 id="safety-heading">{t('safetyOptHeading')}</h2>
      <p class="muted">{t('safetyOptIntro', [LISTS])}</p>
      <form onSubmit={handler(save, (m) => setStatus(t('optFailed', [m])))} noValidate>
        <fieldset>
          <legend>{t('safetyOptCategories')}</legend>
          {SAFETY_CATEGORIES.map((c) => (
            <label key={c} class="check">
              <input
                type="checkbox"
                data-testid={`safety-cat-${c}`}
                checked={!fields.off.includes(c)}
                onChange={(e) => toggle(c, (e.currentTarget as HTMLInputElement).checked)}
              />{' '}
              {CATEGORY_LABEL[c]}
            </label>
          ))}
        </fieldset>
        {LIST_FIELDS.map(([name, key, max]) => (
          <TextField
            key={name}
            id={`safety-${name}`}
            label={t(`safetyOpt${key}`)}
            hint={t(`safetyOpt${key}Hint`)}
            value={fields[name]}
            multiline
            maxLength={max}
            testId={`safety-${name}`}
            error={problem(name)}
            onInput={(value) => setFields({ ...fields, [name]: value })}
          />
        ))}
        <button type="submit" class="primary" data-testid="safety-save">
          {t('optBrandSave')}
        </button>
        <p role="status" class="status" data-testid="safety-status">
          {status}
        </p>
      </form>
    </section>
  );
}
