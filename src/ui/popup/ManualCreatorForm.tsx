import { useState } from 'preact/hooks';
import { Platform } from '../../shared/model';
import { TextField } from '../components/TextField';
import { t } from '../i18n';
import { cleanHandle, type ManualCreatorInput } from './manual-creator';
import { parseCount, parseCountList } from './manual-parse';
import { siteOf } from '../../sites/table';

interface Props {
  /** Prefilled from whatever the page did show. */
  platform: Platform | null;
  handle: string | null;
  onSubmit: (input: ManualCreatorInput, handle: string) => Promise<void>;
  busy: boolean;
}

type Text = 'handle' | 'displayName' | 'followers' | 'following' | 'likes' | 'comments';
const TEXT_FIELDS: [Text, 'numeric' | 'text', boolean][] = [
  ['handle', 'text', false],
  ['displayName', 'text', false],
  ['followers', 'numeric', false],
  ['following', 'numeric', false],
  ['likes', 'text', true],
  ['comments', 'text', true],
];

/** Vetting without a readable page: the marketer types the numbers, scored the same way. */
export function ManualCreatorForm({ platform, handle, onSubmit, busy }: Props) {
  const [chosen, setChosen] = useState<Platform>(platform ?? 'instagram');
  const [text, setText] = useState<Record<Text, string>>({
    handle: handle ?? '',
    displayName: '',
    followers: '',
    following: '',
    likes: '',
    comments: '',
  });
  const [errors, setErrors] = useState<Partial<Record<Text, string>>>({});

  const submit = async (e: Event) => {
    e.preventDefault();
    const found: Partial<Record<Text, string>> = {};
    const clean = cleanHandle(text.handle);
    if (!clean) found.handle = t('manualErrHandle');
    const count = (name: 'followers' | 'following') => {
      const r = parseCount(text[name]);
      if (!r.ok) found[name] = t(r.key, r.subs);
      return r.ok ? r.value : null;
    };
    const list = (name: 'likes' | 'comments') => {
      const r = parseCountList(text[name]);
      if (!r.ok) found[name] = t(r.key, r.subs);
      return r.ok ? r.value : [];
    };
    const input: ManualCreatorInput = {
      platform: chosen,
      handle: text.handle,
      displayName: text.displayName,
      followers: count('followers'),
      following: count('following'),
      likes: list('likes'),
      comments: list('comments'),
    };
    if (input.followers === null && !found.followers) found.followers = t('manualErrFollowers');
    setErrors(found);
    if (Object.keys(found).length === 0 && clean) await onSubmit(input, clean);
  };

  return (
    <section aria-labelledby="by-hand-heading" data-testid="manual-creator">
      <h2 id="by-hand-heading">{t('popupByHand')}</h2>
      <form onSubmit={(e) => void submit(e)} noValidate class="manual-form">
        <div class="field">
          <label for="byhand-platform">{t('byHand_platform')}</label>
          <select
            id="byhand-platform"
            value={chosen}
            data-testid="byhand-platform"
            onChange={(e) => setChosen(Platform.parse(e.currentTarget.value))}
          >
            {Platform.options.map((p) => (
              <option key={p} value={p}>
                {siteOf(p).label}
              </option>
            ))}
          </select>
        </div>
        {TEXT_FIELDS.map(([name, inputMode, multiline]) => (
          <TextField
            key={name}
            id={`byhand-${name}`}
            label={t(`byHand_${name}`)}
            hint={t(`byHand_${name}_hint`)}
            value={text[name]}
            inputMode={inputMode}
            multiline={multiline}
            maxLength={multiline ? 2000 : 100}
            testId={`byhand-${name}`}
            error={errors[name] ?? null}
            onInput={(value) => setText({ ...text, [name]: value })}
          />
        ))}
        <button type="submit" class="primary" disabled={busy} data-testid="byhand-save">
          {t('popupByHandSave')}
        </button>
      </form>
    </section>
  );
}
