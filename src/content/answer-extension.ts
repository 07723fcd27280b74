import type { SiteAdapter } from '../sites/types';
import type { PageReading } from '../shared/model';
import type { PageReport, ReadingReply, UiToContent } from '../shared/messages';

/**
 * A hand-written guard for the two messages a content script accepts. The zod schema
 * (UiToContent in shared/messages) is the source of truth; zod itself would cost the
 * content script more than its whole 12 KB budget, and its tests check the two agree.
 */
export function isUiToContent(message: unknown): message is UiToContent {
  const type = (message as { type?: unknown } | null)?.type;
  return type === 'ui/getReading' || type === 'ui/reportPage';
}

export function answerExtension(
  message: unknown,
  adapter: SiteAdapter,
  readPage: () => PageReading | null,
): Promise<ReadingReply | PageReport | { ok: false; error: string }> {
  if (!isUiToContent(message)) return Promise.resolve({ ok: false, error: 'Unknown message.' });
  const reading = readPage();
  if (message.type === 'ui/getReading') {
    return Promise.resolve(
      reading
        ? { ok: true, reading }
        : { ok: true, reading: null, reason: 'This page is not a creator page.' },
    );
  }
  const url = new URL(location.href);
  const region = adapter.statsRegion(document, url) ?? document.body;
  return Promise.resolve({
    ok: true,
    // Masked by the popup before it is saved (src/sites/report.ts: maskedHtml).
    html: region.outerHTML,
    reading,
    url: url.origin + url.pathname,
    capturedAt: new Date().toISOString(),
  });
}
