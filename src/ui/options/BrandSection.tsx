import { useState } from 'preact/hooks';
import type { BrandProfile } from '../../shared/vetting';
import { TextField } from '../components/TextField';
import { t } from '../i18n';
import { brandFieldsOf, readBrandFields, type BrandErrors, type BrandFields } from './brand-fields';
import { handler } from '../handler';

interface Props {
  brand: BrandProfile;
  onSave: (brand: BrandProfile) => Promise<void>;
}

const FIELDS: [keyof BrandFields, boolean][] = [
  ['keywords', true],
  ['categories', true],
  ['targetCountries', false],
  ['targetLanguages', false],
  ['currency', false],
];

/** What the brand sells and where: niche fit and the market checks are measured against it. */
export function BrandSection({ brand, onSave }: Props) {
  const [fields, setFields] = useState<BrandFields>(() => brandFieldsOf(brand));
  const [errors, setErrors] = useState<BrandErrors>({});
  const [status, setStatus] = useState('');
  const save = async (e: Event) => {
    e.preventDefault();
    const read = readBrandFields(fields);
    if (!read.ok) {
      setErrors(read.errors);
      return setStatus(t('optBrandInvalid'));
    }
    setErrors({});
    await onSave(read.brand);
    setFields(brandFieldsOf(read.brand));
    setStatus(t('optBrandSaved'));
  };
  return (
    <section class="options-section" aria-labelledby="brand-heading">
      <h2 id="brand-heading">{t('optBrand')}</h2>
      <form onSubmit={handler(save, (m) => setStatus(t('optFailed', [m])))} noValidate>
        {FIELDS.map(([name, multiline]) => {
          const problem = errors[name];
          return (
            <TextField
              key={name}
              id={`brand-${name}`}
              label={t(`optBrand_${name}`)}
              hint={t(`optBrand_${name}_hint`)}
              value={fields[name]}
              multiline={multiline}
              maxLength={multiline ? 20000 : 2000}
              testId={`brand-${name}`}
              error={problem ? t(problem.key, problem.subs) : null}
              onInput={(value) => setFields({ ...fields, [name]: value })}
            />
          );
        })}
        <button type="submit" class="primary" data-testid="brand-save">
          {t('optBrandSave')}
        </button>
        <p role="status" class="status" data-testid="brand-status">
          {status}
        </p>
      </form>
    </section>
  );
}
