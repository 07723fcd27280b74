import { sendToTab } from '../../platform/extension';
import { PageReport } from '../../shared/messages';
import { maskedHtml } from '../../sites/report';
import { downloadBlob } from '../download';

/**
 * "Report this page": what the extension saw — the stats region's HTML with personal text
 * masked here (the content script sends it as shown), and the adapter's reading — saved as one JSON file to attach
 * to a bug report. This is how fresh fixtures reach the project when a site changes.
 */
export async function reportPage(tabId: number, now = new Date()): Promise<string | null> {
  let reply: unknown;
  try {
    reply = await sendToTab(tabId, { type: 'ui/reportPage' });
  } catch {
    return 'reportUnavailable';
  }
  const parsed = PageReport.safeParse(reply);
  if (!parsed.success) return 'reportUnavailable';
  const html = maskedHtml(document, parsed.data.html, parsed.data.reading);
  const report = { format: 'creator-vetting-page-report', version: 1, ...parsed.data, html };
  const host = new URL(parsed.data.url).host.replace(/^www\./, '').replace(/\W+/g, '-');
  const stamp = now.toISOString().slice(0, 19).replace(/\D/g, '');
  downloadBlob(
    new Blob([JSON.stringify(report, null, 2)], { type: 'application/json' }),
    `page-report-${host}-${stamp}.json`,
  );
  return null;
}
