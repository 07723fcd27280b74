import type { PageReading } from '../shared/model';
import { contextAlive, sendToBackground } from '../platform/content-runtime';
import { diffReading, needsParts, type Sent } from './reading-diff';
import { RETRY_MS } from './pace';

/**
 * Sends a page's readings to the worker: the first whole, later ones as patches of what the
 * worker holds (reading-diff.ts). A failed send is retried, whole, after RETRY_MS; a patch the
 * worker could not apply (it lost the record) is followed by the whole reading.
 */
export function readingSender() {
  let retry: ReturnType<typeof setTimeout> | undefined;
  // What the worker holds from this page (null: send the next reading whole), and the newest
  // reading sent: after a failed send that one goes again, whole.
  let sent: Sent | null = null;
  let newest: PageReading | null = null;
  let sentOnce = false;
  // Whether the worker confirmed it stored a reading of this page (then a body it says it knows
  // no page for means it stopped and forgot: see worker-forgot.ts).
  let acked = false;

  const cancelRetry = () => {
    if (retry !== undefined) clearTimeout(retry);
    retry = undefined;
  };
  const send = (reading: PageReading, attempt = 0): void => {
    sentOnce = true;
    const diff = diffReading(sent, reading);
    if (!diff) return;
    sent = diff.sent;
    newest = reading;
    const failed = () => {
      sent = null;
      acked = false;
      const wait = RETRY_MS[attempt];
      if (wait === undefined || retry !== undefined || !contextAlive()) return;
      retry = setTimeout(() => {
        retry = undefined;
        if (newest) send(newest, attempt + 1);
      }, wait);
    };
    const type = diff.whole ? 'content/reading' : 'content/readingPatch';
    sendToBackground({ type, reading: diff.reading }).then(
      (reply) =>
        (reply as { ok?: unknown } | null)?.ok === true ? (acked = !!sent) : diff.whole || failed(),
      failed,
    );
  };
  return {
    send: (reading: PageReading) => send(reading),
    /** Whether anything was sent from this page yet. */
    sentOnce: () => sentOnce,
    /** Whether this reading is big news for the worker (see needsParts). */
    isBig: (reading: PageReading) => needsParts(sent, reading),
    /**
     * The worker says it forgot the page: true (and the next send goes whole) if it had
     * confirmed storing a reading of it; before that it simply has not stored it yet.
     */
    forgot(): boolean {
      if (!acked) return false;
      acked = false;
      sent = null;
      return true;
    },
    cancelRetry,
  };
}
