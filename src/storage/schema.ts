import type { DBSchema } from 'idb';
import type { ChecklistState, CreatorRecord, ShortlistEntry, ReadingRow } from '../shared/creator';
import type { NotSamePair, Person } from '../shared/person';
import type { CreatorDetail } from './split-record';

/** The IndexedDB layout. Each store's value type is the zod-inferred type it is validated with. */
export interface VettingSchema extends DBSchema {
  /** Light records (no posts, no follower sample, evidence trimmed): the shortlist reads 10,000. */
  creators: {
    key: string;
    value: CreatorRecord;
    indexes: { byLastSeen: string };
  };
  /** The heavy part of each record, read only for one creator at a time. */
  details: { key: string; value: CreatorDetail };
  readings: {
    key: number;
    value: ReadingRow;
    indexes: { byCreator: [string, string] };
  };
  checklists: { key: string; value: ChecklistState };
  shortlist: {
    key: string;
    value: ShortlistEntry;
    indexes: { byStatus: string };
  };
  /** Single rows keyed by name: 'settings'. */
  settings: { key: string; value: unknown };
  /** Costs and results per creator (ROI), added in version 2. */
  campaigns: { key: string; value: unknown };
  /** Test cells for fair comparisons (ROI), added in version 2. */
  cells: { key: string; value: unknown };
  /** One person behind several accounts, added in version 3. */
  people: { key: string; value: Person; indexes: { byAccount: string } };
  /** Pairs of accounts the marketer said are not one person, added in version 3. */
  notSame: { key: string; value: NotSamePair };
}

export const STORE_NAMES = [
  'creators',
  'details',
  'readings',
  'checklists',
  'shortlist',
  'settings',
  'campaigns',
  'cells',
  'people',
  'notSame',
] as const;
