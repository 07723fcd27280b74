import type { ContentToBackground, PageDataReply } from '../shared/messages';
import { PAGE_DATA_PORT } from '../shared/page-data';
import { contextAlive, workerChannel } from '../platform/content-runtime';
import { workerForgot } from './worker-forgot';

export type PageDataMessage = Extract<ContentToBackground, { type: 'content/pageData' }>;

/** Sends of one message at most: one the worker never answered (it was stopping) goes again. */
const MAX_ATTEMPTS = 2;

/**
 * Posts the page's bodies to the worker over one long-lived port, and hands back to `retry`
 * what the worker never answered because it stopped (the port closes then) or what could not
 * be posted at all, once. A reply saying the worker does not know the tab's page means it
 * stopped and forgot: the reading script then sends its reading whole (worker-forgot.ts).
 */
export function pageDataSender(
  retry: (message: PageDataMessage, attempt: number) => void,
): (message: PageDataMessage, attempt: number) => void {
  let seq = 0;
  const unanswered = new Map<number, { message: PageDataMessage; attempt: number }>();
  const again = (message: PageDataMessage, attempt: number) => {
    if (attempt + 1 < MAX_ATTEMPTS && contextAlive()) retry(message, attempt + 1);
  };
  const channel = workerChannel(
    PAGE_DATA_PORT,
    (n, reply) => {
      unanswered.delete(n);
      if ((reply as Partial<PageDataReply> | null)?.known === false) workerForgot();
    },
    () => {
      const lost = [...unanswered.values()];
      unanswered.clear();
      for (const { message, attempt } of lost) again(message, attempt);
    },
  );
  return (message, attempt) => {
    seq += 1;
    unanswered.set(seq, { message, attempt });
    if (channel.post(message, seq)) return;
    unanswered.delete(seq);
    again(message, attempt);
  };
}
