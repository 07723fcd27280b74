import {
  ContentToBackground,
  UiToBackground,
  describeIssues,
  errorReply,
  type PageDataReply,
} from '../shared/messages';
import type { MessageSender } from '../platform/extension';
import { bodyJoiner } from './body-pieces';
import { readPageData } from './page-data';
import { senderMatches, storeReading } from './store-reading';
import { rescore } from './rescore-creator';
import { addTabLoaded, mergeTabReading, tabPages } from './tab-pages';
import { tabQueue } from './tab-queue';

/** Large page-loaded bodies arrive in pieces; joined here, per tab, across messages. */
const joinBody = bodyJoiner();
/** What each tab's page loaded, and which page it shows. */
const pageOfTab = tabPages();
/** Each tab's stores, in the order its messages came. */
const inTabOrder = tabQueue();

/**
 * Answers in tiers of trust: a content script runs beside the site's own code, so whatever it
 * sends may be forged by the page; it may only send page readings; only the extension's own pages may ask for stored data to change.
 */
export async function routeMessage(message: unknown, sender: MessageSender): Promise<unknown> {
  if (sender.fromExtensionPage) {
    const parsed = UiToBackground.safeParse(message);
    if (!parsed.success) return errorReply(`Rejected message: ${describeIssues(parsed.error)}`);
    return rescore(parsed.data.creatorId);
  }
  if (sender.tabId !== null) {
    const tabId = sender.tabId;
    const parsed = ContentToBackground.safeParse(message);
    if (!parsed.success) return errorReply(`Rejected reading: ${describeIssues(parsed.error)}`);
    if (parsed.data.type === 'content/pageData') {
      const whole = joinBody(parsed.data, tabId, Date.now());
      if (!whole) return errorReply('Rejected piece: it does not fit the body it belongs to.');
      const page = pageOfTab(tabId);
      const loaded = whole === 'waiting' ? null : readPageData(whole, sender.url, new Date());
      const patch = loaded && addTabLoaded(page, loaded);
      if (patch) await inTabOrder(tabId, () => storeReading(patch, sender, true));
      const reply: PageDataReply = { ok: true, known: page.head !== null };
      return reply;
    }
    const patch = parsed.data.type === 'content/readingPatch';
    const reading = parsed.data.reading;
    // Only a reading of the tab's own site is merged (storeReading refuses the others).
    const merged = senderMatches(reading, sender)
      ? mergeTabReading(pageOfTab(tabId), reading, !patch)
      : reading;
    return inTabOrder(tabId, () => storeReading(merged, sender, patch));
  }
  return errorReply('Rejected message from an unknown sender.');
}
