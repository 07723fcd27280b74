import { useEffect, useState } from 'preact/hooks';
import { CampaignGoal, type Money } from '../../shared/roi';
import { formatAmount, formatMoney, parseMoney } from '../../roi/money';
import { parseNumber, type Limits } from '../../roi/number-text';
import type { MoneyError, Outcome } from '../../roi/outcome';
import { formatDate, t } from '../i18n';
import { errorText } from './format';

/**
 * Text fields that hold a parsed value. Typing only edits the text; leaving the field (or
 * Enter) parses it. An empty field is "not entered" (null), never 0; a refused entry keeps
 * the text, marks the field invalid and says why next to it.
 */
interface ParsedProps<T> {
  id: string;
  label: string;
  value: T | null;
  show: (v: T) => string;
  parse: (text: string) => Outcome<T>;
  onChange: (v: T | null) => void;
  hint?: string;
}

function ParsedField<T>({ id, label, value, show, parse, onChange, hint }: ParsedProps<T>) {
  const shown = value === null ? '' : show(value);
  const [text, setText] = useState(shown);
  const [error, setError] = useState<MoneyError | null>(null);
  useEffect(() => {
    setText(shown);
    setError(null);
  }, [shown]);
  const commit = (raw: string) => {
    setText(raw);
    if (raw.trim() === '') {
      setError(null);
      if (value !== null) onChange(null);
      return;
    }
    const parsed = parse(raw);
    if (!parsed.ok) return setError(parsed.error);
    setError(null);
    onChange(parsed.value);
  };
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : '']
    .filter(Boolean)
    .join(' ');
  return (
    <div class="roi-field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        value={text}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={described || undefined}
        onInput={(e) => setText(e.currentTarget.value)}
        onChange={(e) => commit(e.currentTarget.value)}
      />
      {hint ? (
        <span id={`${id}-hint`} class="roi-hint">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={`${id}-error`} class="roi-error" role="alert">
          {errorText(error)}
        </span>
      ) : null}
    </div>
  );
}

export interface MoneyFieldProps {
  id: string;
  label: string;
  value: Money | null;
  currency: string;
  locale: string;
  onChange: (v: Money | null) => void;
  /** Costs and budgets cannot be negative; gross profit can. */
  allowNegative?: boolean;
}

export function MoneyField({ currency, locale, allowNegative = false, ...rest }: MoneyFieldProps) {
  const foreign = rest.value !== null && rest.value.currency !== currency;
  return (
    <ParsedField<Money>
      {...rest}
      label={t('roi_field_withCurrency', [rest.label, currency])}
      show={(m) => (m.currency === currency ? formatAmount(m, locale) : formatMoney(m, locale))}
      parse={(text) => parseMoney(text, currency, locale, allowNegative ? {} : { min: 0 })}
      hint={foreign ? t('roi_field_otherCurrency', [rest.value!.currency, currency]) : undefined}
    />
  );
}

export interface NumberFieldProps extends Limits {
  id: string;
  label: string;
  value: number | null;
  locale: string;
  decimals: number;
  onChange: (v: number | null) => void;
  hint?: string;
}

export function NumberField({ locale, decimals, min, max, ...rest }: NumberFieldProps) {
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: decimals });
  return (
    <ParsedField<number>
      {...rest}
      show={(n) => format.format(n)}
      parse={(text) => parseNumber(text, locale, decimals, { min, max })}
    />
  );
}

const GOALS: readonly CampaignGoal[] = CampaignGoal.options;

/** The campaign goal picker (results form and test cells); "not entered" is a choice. */
export function GoalField(props: {
  id: string;
  value: CampaignGoal | null;
  onChange: (goal: CampaignGoal | null) => void;
}) {
  return (
    <div class="roi-field">
      <label for={props.id}>{t('roi_results_goal')}</label>
      <select
        id={props.id}
        value={props.value ?? ''}
        onChange={(e) => props.onChange((e.currentTarget.value || null) as CampaignGoal | null)}
      >
        <option value="">{t('roi_notEntered')}</option>
        {GOALS.map((g) => (
          <option key={g} value={g}>
            {t(`roi_goal_${g}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * A date input that stores "not entered" as null (test cells and campaign results). The date
 * entered is also written out in the user's locale ("30 Nov 2026"), whatever order the
 * browser's own date field uses.
 */
export function DateField(props: {
  id: string;
  label: string;
  value: string | null;
  onChange: (date: string | null) => void;
}) {
  return (
    <div class="roi-field">
      <label for={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="date"
        value={props.value ?? ''}
        onChange={(e) => props.onChange(e.currentTarget.value || null)}
      />
      {props.value ? (
        <span class="roi-hint" data-testid="date-in-words">
          {formatDate(props.value)}
        </span>
      ) : null}
    </div>
  );
}
