import { useRef, useState } from 'preact/hooks';
import {
  emptyCostLines,
  emptyResults,
  type CreatorCampaign,
  type TestCell,
} from '../../shared/roi';
import {
  deleteCell,
  putCampaign,
  putCampaigns,
  putCell,
  putPlannerPrefs,
  type PlannerPrefs,
} from '../../storage/campaigns';
import type { PageData } from './load-page';
import { useAutosave, type SaveState } from './use-autosave';
import { useStoreDb } from '../store';

/**
 * The page's editable state: campaigns, test cells and planner inputs. Every change shows at
 * once and is written to IndexedDB behind it (autosave). The forms are controlled, so the
 * state is the single source both for what is shown and for what is stored.
 */
export interface PageState {
  campaigns: Map<string, CreatorCampaign>;
  cells: TestCell[];
  planner: PlannerPrefs;
  saveState: SaveState;
  updateCampaign(creatorId: string, change: (c: CreatorCampaign) => CreatorCampaign): void;
  /** Stores all of them in one transaction, then shows them; false when nothing was stored. */
  importCampaigns(campaigns: CreatorCampaign[]): Promise<boolean>;
  saveCell(cell: TestCell): void;
  removeCell(id: string): void;
  updatePlanner(prefs: PlannerPrefs): void;
}

export function emptyCampaign(creatorId: string): CreatorCampaign {
  return {
    creatorId,
    costs: emptyCostLines(),
    results: emptyResults(),
    updatedAt: new Date().toISOString(),
  };
}

export function usePageState(data: PageData): PageState {
  const db = useStoreDb();
  const { state: saveState, save } = useAutosave();
  // Refs mirror the state so quick successive edits build on each other, not on a stale render.
  const campaignsRef = useRef(data.campaigns);
  const cellsRef = useRef(data.cells);
  const [campaigns, setCampaigns] = useState(data.campaigns);
  const [cells, setCells] = useState(data.cells);
  const [planner, setPlanner] = useState(data.planner);

  const showCampaigns = (next: Map<string, CreatorCampaign>) => {
    campaignsRef.current = next;
    setCampaigns(next);
  };
  const showCells = (next: TestCell[]) => {
    cellsRef.current = next;
    setCells(next);
  };

  return {
    campaigns,
    cells,
    planner,
    saveState,
    updateCampaign(creatorId, change) {
      const current = campaignsRef.current.get(creatorId) ?? emptyCampaign(creatorId);
      const next = { ...change(current), creatorId, updatedAt: new Date().toISOString() };
      showCampaigns(new Map(campaignsRef.current).set(creatorId, next));
      void save(`campaign:${creatorId}`, () => putCampaign(db, next));
    },
    async importCampaigns(list) {
      const stored = await save('campaign-import', () => putCampaigns(db, list));
      if (stored) {
        const next = new Map(campaignsRef.current);
        for (const c of list) next.set(c.creatorId, c);
        showCampaigns(next);
      }
      return stored;
    },
    saveCell(cell) {
      const list = cellsRef.current;
      const at = list.findIndex((c) => c.id === cell.id);
      showCells(at < 0 ? [...list, cell] : list.map((c, i) => (i === at ? cell : c)));
      void save(`cell:${cell.id}`, () => putCell(db, cell));
    },
    removeCell(id) {
      showCells(cellsRef.current.filter((c) => c.id !== id));
      void save(`cell:${id}`, () => deleteCell(db, id));
    },
    updatePlanner(prefs) {
      setPlanner(prefs);
      void save('planner', () => putPlannerPrefs(db, prefs));
    },
  };
}
