import { useState } from 'preact/hooks';
import type { Contact } from '../../contact/contact';
import { t } from '../i18n';

interface Props {
  contact: Contact;
  /** Copies one item; resolves whether it worked. Absent in the saved report (no script). */
  onCopy?: (text: string) => Promise<boolean>;
}

interface Item {
  kind: 'email' | 'link';
  shown: string;
  copied: string;
}

function itemsOf(contact: Contact): Item[] {
  const items: Item[] = contact.emails.map((e) => ({ kind: 'email', shown: e, copied: e }));
  if (contact.linkHost)
    items.push({ kind: 'link', shown: contact.linkHost, copied: contact.link ?? contact.linkHost });
  return items;
}

/**
 * "Contact": the e-mail addresses and the link-in-bio host the profile itself shows. Nothing
 * is fetched or opened; each item copies with one click. Scraped text is rendered as text.
 */
export function ContactSection({ contact, onCopy }: Props) {
  const [copied, setCopied] = useState<number | null>(null);
  const [failed, setFailed] = useState(false);
  const items = itemsOf(contact);
  const copy = async (i: number, text: string) => {
    const ok = (await onCopy?.(text)) ?? false;
    setCopied(ok ? i : null);
    setFailed(!ok);
  };
  return (
    <section class="contact" data-testid="contact" aria-labelledby="contact-title">
      <h2 id="contact-title">{t('contactTitle')}</h2>
      {items.length === 0 ? (
        <p class="muted" data-testid="contact-none">
          {t('contactNone')}
        </p>
      ) : (
        <ul class="plain-list contact-list">
          {items.map((item, i) => (
            <li key={item.kind + item.shown} data-kind={item.kind}>
              <span class="evidence-kind">{t(`contactKind_${item.kind}`)}</span>{' '}
              <bdi class="contact-value">{item.shown}</bdi>
              {onCopy ? (
                <>
                  {' '}
                  <button
                    type="button"
                    class="small"
                    aria-label={t('contactCopyLabel', [item.shown])}
                    onClick={() => void copy(i, item.copied)}
                  >
                    {t('contactCopy')}
                  </button>
                  {copied === i ? (
                    <span class="muted" role="status">
                      {' '}
                      {t('contactCopied')}
                    </span>
                  ) : null}
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {failed ? (
        <p class="notice" role="alert">
          {t('contactCopyFailed')}
        </p>
      ) : null}
      <p class="muted">{t('contactWhere')}</p>
    </section>
  );
}
