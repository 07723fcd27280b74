import { getChecklist } from '../storage/checklists';
import { getCreator } from '../storage/creators';
import { getShortlistEntry } from '../storage/shortlist';
import { getSettings } from '../storage/settings';
import type { VettingDb } from '../storage/open';
import { listReadings } from '../storage/readings';
import { uiLanguage } from '../platform/i18n';
import {
  creatorReportHtml,
  creatorReportName,
  shortlistReportHtml,
  shortlistReportName,
} from './build';
import type { CreatorReportInput } from './report-input';

/** What one creator's report needs, read from storage; null when the creator is not stored. */
export async function loadReportInput(
  db: VettingDb,
  id: string,
): Promise<CreatorReportInput | null> {
  const [record, checklist, readings, entry, settings] = await Promise.all([
    getCreator(db, id),
    getChecklist(db, id),
    listReadings(db, id),
    getShortlistEntry(db, id),
    getSettings(db),
  ]);
  return record ? { record, checklist, readings, entry, brand: settings.brand } : null;
}

export interface ReportFile {
  name: string;
  blob: Blob;
}

const file = (name: string, html: string): ReportFile => ({
  name,
  blob: new Blob([html], { type: 'text/html;charset=utf-8' }),
});

/** The creator's report as a file to save, or null when nothing is stored for them yet. */
export async function creatorReportFile(
  db: VettingDb,
  id: string,
  now = new Date(),
): Promise<ReportFile | null> {
  const input = await loadReportInput(db, id);
  if (!input) return null;
  const madeAt = now.toISOString();
  return file(
    creatorReportName(input, madeAt),
    creatorReportHtml(input, { madeAt, lang: uiLanguage() }),
  );
}

/** The selected creators side by side, in the order given; creators no longer stored are left out. */
export async function shortlistReportFile(
  db: VettingDb,
  ids: readonly string[],
  now = new Date(),
): Promise<ReportFile | null> {
  const inputs = (await Promise.all(ids.map((id) => loadReportInput(db, id)))).filter(
    (i): i is CreatorReportInput => i !== null,
  );
  if (inputs.length === 0) return null;
  const madeAt = now.toISOString();
  return file(
    shortlistReportName(madeAt),
    shortlistReportHtml(inputs, { madeAt, lang: uiLanguage() }),
  );
}
