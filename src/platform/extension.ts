// The only module of the pages and the background that touches the extension API
// (one thin wrapper: one place to audit what the extension asks of the browser, and one to
// fake in tests). Everything else receives plain values.
import browser from 'webextension-polyfill';
import { PortEnvelope, type UiToBackground, type UiToContent } from '../shared/messages';

export interface MessageSender {
  /** Set when a content script in a tab sent the message. */
  tabId: number | null;
  /** The sending page or frame's address. */
  url: string | null;
  /** True when the sender is one of this extension's own pages. */
  fromExtensionPage: boolean;
}

export type MessageHandler = (message: unknown, sender: MessageSender) => Promise<unknown>;

function describeSender(sender: browser.Runtime.MessageSender): MessageSender {
  const ownOrigin = browser.runtime.getURL('');
  const url = sender.url ?? null;
  return {
    tabId: sender.tab?.id ?? null,
    url,
    // By address, not by "has no tab": the popup opened as a tab (`popup.html?tab=`, a pinned
    // window, the e2e tests) is still our page; a content script's url is the web page's.
    fromExtensionPage: sender.id === browser.runtime.id && !!url?.startsWith(ownOrigin),
  };
}

/** Registers synchronously: call at the top level so a woken service worker hears the message. */
export function listen(handler: MessageHandler): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: browser.Runtime.MessageSender) =>
    handler(message, describeSender(sender)),
  );
}

/**
 * Answers the messages posted over ports of this name, each reply as `{ seq, reply }`; the
 * sender is the port's, so the same handler serves them as serves sendMessage. Ports of other
 * names are closed.
 */
export function listenToPorts(name: string, handler: MessageHandler): void {
  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== name || !port.sender) return port.disconnect();
    const sender = describeSender(port.sender);
    port.onMessage.addListener((posted: unknown) => {
      const envelope = PortEnvelope.safeParse(posted);
      if (!envelope.success) return;
      const { seq, message } = envelope.data;
      void handler(message, sender).then(
        (reply) => post(port, { seq, reply }),
        (error: unknown) => post(port, { seq, reply: { ok: false, error: String(error) } }),
      );
    });
  });
}

/** A tab closed or navigated away meanwhile: its port is gone, and nobody waits for the reply. */
function post(port: browser.Runtime.Port, reply: unknown): void {
  try {
    port.postMessage(reply);
  } catch {
    // nothing to do
  }
}

export function sendToBackground(message: UiToBackground): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

export function sendToTab(tabId: number, message: UiToContent): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message);
}

export interface TabInfo {
  id: number;
  url: string | null;
}

export async function getTab(tabId: number): Promise<TabInfo | null> {
  try {
    const tab = await browser.tabs.get(tabId);
    return tab.id === undefined ? null : { id: tab.id, url: tab.url ?? null };
  } catch {
    return null;
  }
}

export async function activeTab(): Promise<TabInfo | null> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url ?? null };
}

export function extensionUrl(path: string): string {
  return browser.runtime.getURL(path);
}

export function openTab(url: string): Promise<unknown> {
  return browser.tabs.create({ url });
}

export function openOptions(): Promise<void> {
  return browser.runtime.openOptionsPage();
}
