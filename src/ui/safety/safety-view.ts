import {
  CATEGORY_LABEL,
  SAFETY_CATEGORIES,
  type SafetyCategory,
} from '../../scoring/safety/categories';
import { lexiconFor } from '../../scoring/safety/lexicon';
import { counts, scanCreator, type Finding } from '../../scoring/safety/scan';
import type { CreatorRecord } from '../../shared/creator';
import type { BrandProfile } from '../../shared/vetting';

/** One category's findings, grouped for the section: counted ones first. */
interface CategoryGroup {
  category: SafetyCategory;
  label: string;
  /** Posts (and the bio) where a finding of this category counts. */
  places: number;
  findings: Finding[];
}

export interface SafetyView {
  postsRead: number;
  bioRead: boolean;
  /** Posts with a counted finding (the bio apart). */
  postsFlagged: number;
  bioFlagged: boolean;
  groups: CategoryGroup[];
}

/** The same scan the brand-safety signal runs, grouped by category for people to read. */
export function safetyView(record: CreatorRecord, brand: BrandProfile | undefined): SafetyView {
  const scan = scanCreator(record, lexiconFor(brand));
  const groups: CategoryGroup[] = [];
  for (const category of SAFETY_CATEGORIES) {
    const findings = scan.flagged.flatMap((p) => p.findings.filter((f) => f.category === category));
    if (!findings.length) continue;
    const places = new Set(findings.filter(counts).map((f) => f.url + f.place)).size;
    findings.sort((a, b) => +counts(b) - +counts(a));
    groups.push({ category, label: CATEGORY_LABEL[category], places, findings });
  }
  const counted = scan.flagged.filter((p) => p.findings.some(counts));
  return {
    postsRead: scan.postsRead,
    bioRead: scan.bioRead,
    postsFlagged: counted.filter((p) => p.place === 'post').length,
    bioFlagged: counted.some((p) => p.place === 'bio'),
    groups: groups.sort((a, b) => b.places - a.places),
  };
}
