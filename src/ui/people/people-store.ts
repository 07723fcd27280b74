import { proposeLinks, type AccountFacts, type LinkReason } from '../../people/propose';
import type { CreatorRecord } from '../../shared/creator';
import type { Platform } from '../../shared/model';
import type { CreatorVerdict } from '../../shared/score';
import { profileUrlOf } from '../../shared/identity';
import type { VettingDb } from '../../storage/open';
import {
  linkAccounts,
  listPeople,
  markNotSame,
  notSameAs,
  personOf,
  unlinkAccount,
} from '../../storage/people';
import { useStore } from '../store';

/** Another account of the person (or a proposed one), with what the popup shows of it. */
export interface OtherAccount {
  id: string;
  platform: Platform;
  handle: string;
  displayName: string | null;
  profileUrl: string;
  /** Null when the account was never read or not judged yet. */
  verdict: CreatorVerdict | null;
  /** The stored light record (its verdict reasons need its signal labels); null if never read. */
  record: CreatorRecord | null;
}

export interface PeopleView {
  /** The confirmed person's name, or null when this account stands alone. */
  personName: string | null;
  linked: OtherAccount[];
  proposals: Array<{
    account: OtherAccount;
    reasons: LinkReason[];
    strength: 'strong' | 'possible';
  }>;
}

const facts = (r: CreatorRecord): AccountFacts => ({
  id: r.id,
  platform: r.platform,
  handle: r.handle,
  displayName: r.displayName,
  bio: r.bio,
  externalLink: r.externalLink,
});

function accountOf(id: string, record: CreatorRecord | undefined): OtherAccount {
  const [platform, handle] = id.split(/:(.*)/s) as [Platform, string];
  return {
    id,
    platform: record?.platform ?? platform,
    handle: record?.handle ?? handle,
    displayName: record?.displayName ?? null,
    profileUrl: record?.profileUrl ?? profileUrlOf(platform, handle),
    verdict: record?.score?.verdict ?? null,
    record: record ?? null,
  };
}

/**
 * The person this account belongs to and the accounts that look like the same person. Reads
 * every stored creator's light record (bios, names, verdicts) after the popup's first render.
 */
async function loadPeopleView(db: VettingDb, creatorId: string): Promise<PeopleView> {
  const [all, person, refused] = await Promise.all([
    db.getAll('creators'),
    personOf(db, creatorId),
    notSameAs(db, creatorId),
  ]);
  const byId = new Map(all.map((r) => [r.id, r]));
  const self = byId.get(creatorId);
  const linkedIds = (person?.accounts ?? []).filter((id) => id !== creatorId);
  const skip = new Set([...refused, ...linkedIds]);
  const proposals = self
    ? proposeLinks(facts(self), all.map(facts), skip)
        .slice(0, 3)
        .map((p) => ({ ...p, account: accountOf(p.other.id, byId.get(p.other.id)) }))
    : [];
  return {
    personName: person?.name ?? null,
    linked: linkedIds.map((id) => accountOf(id, byId.get(id))),
    proposals,
  };
}

/** The marketer confirmed: one person, named after this account's display name or handle. */
const confirmLink = (db: VettingDb, self: CreatorRecord, otherId: string) =>
  linkAccounts(db, { id: self.id, name: self.displayName || `@${self.handle}` }, otherId);

const refuseLink = (db: VettingDb, selfId: string, otherId: string) =>
  markNotSame(db, selfId, otherId);

const undoLink = (db: VettingDb, selfId: string) => unlinkAccount(db, selfId);

/**
 * What the people views may read and change, bound to the page's store: the popup's linked
 * accounts and (listPeople) the shortlist's "one row per person" view.
 */
const PEOPLE_STORE = { loadPeopleView, confirmLink, refuseLink, undoLink, listPeople };
export const usePeopleStore = () => useStore(PEOPLE_STORE);
