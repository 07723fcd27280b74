import type { ChecklistState, CreatorRecord, ShortlistEntry, ReadingRow } from '../shared/creator';
import type { BrandProfile } from '../shared/vetting';

/** Everything one creator's vetting report shows, read from storage by the page that saves it. */
export interface CreatorReportInput {
  /** The full record (posts, comment samples, every signal's evidence). */
  record: CreatorRecord;
  /** The marketer's entries, decisions and notes; null when none were made. */
  checklist: ChecklistState | null;
  /** Reading history: the follower readings behind the chart. */
  readings: ReadingRow[];
  /** Status, tags and notes when the creator is on the shortlist. */
  entry: ShortlistEntry | null;
  /** The brand profile (own safety terms, competitors); absent means the defaults. */
  brand?: BrandProfile;
}

/** When the report was made (ISO), and the language its numbers and dates are written in. */
export interface ReportContext {
  madeAt: string;
  lang: string;
}
