import { z } from 'zod';
import { CreatorCampaign, Money, TestCell } from '../shared/roi';
import type { VettingDb } from './open';

/**
 * Costs and results per creator (`campaigns`, keyed by creatorId) and test cells (`cells`,
 * keyed by id). Both stores hold `unknown` in the schema: every value is checked with its zod
 * schema on the way in (a bad value throws before anything is written) and on the way out
 * (a row another version wrote badly is skipped and named, never shown half-read).
 */
export interface ValidRows<T> {
  rows: T[];
  /** Keys of stored values that failed validation and were left out. */
  invalid: string[];
}

type RoiStore = 'campaigns' | 'cells';

async function readValid<T>(
  db: VettingDb,
  store: RoiStore,
  schema: z.ZodType<T>,
): Promise<ValidRows<T>> {
  const tx = db.transaction(store);
  const [keys, values] = await Promise.all([tx.store.getAllKeys(), tx.store.getAll()]);
  const rows: T[] = [];
  const invalid: string[] = [];
  values.forEach((value, i) => {
    const parsed = schema.safeParse(value);
    if (parsed.success) rows.push(parsed.data);
    else invalid.push(String(keys[i]));
  });
  return { rows, invalid };
}

export async function getCampaign(
  db: VettingDb,
  creatorId: string,
): Promise<CreatorCampaign | null> {
  const parsed = CreatorCampaign.safeParse(await db.get('campaigns', creatorId));
  return parsed.success ? parsed.data : null;
}

export function listCampaigns(db: VettingDb): Promise<ValidRows<CreatorCampaign>> {
  return readValid(db, 'campaigns', CreatorCampaign);
}

/** Every valid campaign by creator id: what the shortlist's CSV export joins to its rows. */
export async function campaignsById(db: VettingDb): Promise<Map<string, CreatorCampaign>> {
  const { rows } = await listCampaigns(db);
  return new Map(rows.map((c) => [c.creatorId, c]));
}

/** Adds `campaign` (or null) to each row, ready for the CSV's ROI columns. */
export async function withCampaigns<T extends { record: { id: string } }>(
  db: VettingDb,
  rows: readonly T[],
): Promise<(T & { campaign: CreatorCampaign | null })[]> {
  const byId = await campaignsById(db);
  return rows.map((row) => ({ ...row, campaign: byId.get(row.record.id) ?? null }));
}

export async function putCampaign(db: VettingDb, campaign: CreatorCampaign): Promise<void> {
  await db.put('campaigns', CreatorCampaign.parse(campaign));
}

/** All or nothing: every value is validated first, then written in one transaction. */
export async function putCampaigns(db: VettingDb, campaigns: CreatorCampaign[]): Promise<void> {
  const valid = campaigns.map((c) => CreatorCampaign.parse(c));
  const tx = db.transaction('campaigns', 'readwrite');
  await Promise.all([...valid.map((c) => tx.store.put(c)), tx.done]);
}

export async function deleteCampaign(db: VettingDb, creatorId: string): Promise<void> {
  await db.delete('campaigns', creatorId);
}

export function listCells(db: VettingDb): Promise<ValidRows<TestCell>> {
  return readValid(db, 'cells', TestCell);
}

export async function putCell(db: VettingDb, cell: TestCell): Promise<void> {
  await db.put('cells', TestCell.parse(cell));
}

export async function deleteCell(db: VettingDb, id: string): Promise<void> {
  await db.delete('cells', id);
}

/** The budget planner's inputs, kept beside the settings row under their own key. */
export const PlannerPrefs = z.object({
  budget: Money.nullable().default(null),
  provenShare: z.number().min(0).max(1).default(0.65),
});
export type PlannerPrefs = z.infer<typeof PlannerPrefs>;

const PLANNER_KEY = 'roiPlanner';

export async function getPlannerPrefs(db: VettingDb): Promise<PlannerPrefs> {
  const parsed = PlannerPrefs.safeParse((await db.get('settings', PLANNER_KEY)) ?? {});
  return parsed.success ? parsed.data : PlannerPrefs.parse({});
}

export async function putPlannerPrefs(db: VettingDb, prefs: PlannerPrefs): Promise<void> {
  await db.put('settings', PlannerPrefs.parse(prefs), PLANNER_KEY);
}
