interface Props {
  id: string;
  label: string;
  value: string;
  onInput: (value: string) => void;
  /** Shown under the field and announced with it (aria-describedby). */
  hint?: string;
  /** Marks the field invalid and says why. */
  error?: string | null;
  inputMode?: 'numeric' | 'decimal' | 'text';
  multiline?: boolean;
  testId?: string;
  maxLength?: number;
}

/** A labelled text field whose hint and error are tied to it for screen readers. */
export function TextField(props: Props) {
  const { id, label, value, onInput, hint, error, inputMode, multiline, testId, maxLength } = props;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const described = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const shared = {
    id,
    value,
    maxLength,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': described,
    'data-testid': testId,
    onInput: (e: Event) => onInput((e.currentTarget as HTMLInputElement).value),
  };
  return (
    <div class={`field${error ? ' invalid' : ''}`}>
      <label for={id}>{label}</label>
      {multiline ? (
        <textarea rows={2} {...shared} />
      ) : (
        <input type="text" inputMode={inputMode} autoComplete="off" {...shared} />
      )}
      {hint ? (
        <span id={hintId} class="hint muted">
          {hint}
        </span>
      ) : null}
      {error ? (
        <span id={errorId} class="field-error" role="alert">
          {error}
        </span>
      ) : null}
    </div>
  );
}
