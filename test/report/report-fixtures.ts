import { scoreCreator } from '../../src/scoring';
import type { CreatorRecord, ShortlistEntry } from '../../src/shared/creator';
import { ChecklistState } from '../../src/shared/creator';
import type { CreatorReportInput, ReportContext } from '../../src/report/report-input';
import { fixtureCreators } from '../scoring/fixture-creators';

export const CONTEXT: ReportContext = { madeAt: '2026-11-30T08:00:00.000Z', lang: 'en' };

/** Every bundled sample creator, scored as of its last reading, as a report's input. */
export function fixtureInputs(): CreatorReportInput[] {
  return fixtureCreators().map((c) => {
    const score = scoreCreator(c, c.settings, new Date(c.record.lastSeen));
    return {
      record: { ...c.record, score },
      checklist: null,
      readings: c.readings,
      entry: null,
    };
  });
}

export function entryFor(
  record: CreatorRecord,
  patch: Partial<ShortlistEntry> = {},
): ShortlistEntry {
  return {
    creatorId: record.id,
    status: 'contacted',
    tags: ['spring launch'],
    notes: 'Asked for the media kit.',
    addedAt: '2026-11-20T10:00:00.000Z',
    updatedAt: '2026-11-28T10:00:00.000Z',
    ...patch,
  };
}

export function checklistFor(
  record: CreatorRecord,
  overrides: ChecklistState['overrides'],
): ChecklistState {
  return ChecklistState.parse({
    creatorId: record.id,
    manual: {},
    overrides,
    updatedAt: CONTEXT.madeAt,
  });
}
