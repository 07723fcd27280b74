import { NotSamePair, pairKey, Person, type PersonRef } from '../shared/person';
import type { VettingDb } from './open';

/** A new stable person id: random, so two machines never mint the same one. */
function newPersonId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(9));
  return `p-${[...bytes].map((b) => b.toString(36).padStart(2, '0')).join('')}`;
}

export async function personOf(db: VettingDb, creatorId: string): Promise<Person | null> {
  return (await db.getFromIndex('people', 'byAccount', creatorId)) ?? null;
}

export async function listPeople(db: VettingDb): Promise<Person[]> {
  return db.getAll('people');
}

/** Ids the marketer said are not the same person as `creatorId`. */
export async function notSameAs(db: VettingDb, creatorId: string): Promise<Set<string>> {
  const pairs = await db.getAll('notSame');
  return new Set(
    pairs
      .flatMap((p) => (p.accounts.includes(creatorId) ? p.accounts : []))
      .filter((id) => id !== creatorId),
  );
}

/**
 * Links two accounts as one person (the marketer confirmed it): joins the person either one
 * already belongs to, merging two people into `a`'s when both had one. One transaction, so a
 * failure links nothing. Clears an earlier "not the same" for the pair.
 */
export async function linkAccounts(
  db: VettingDb,
  a: { id: string; name: string },
  b: string,
  now = new Date().toISOString(),
): Promise<Person> {
  const tx = db.transaction(['people', 'notSame'], 'readwrite');
  const people = tx.objectStore('people');
  const [pa, pb] = await Promise.all([
    people.index('byAccount').get(a.id),
    people.index('byAccount').get(b),
  ]);
  const base = pa ?? pb;
  const accounts = [...new Set([...(base?.accounts ?? []), ...(pb?.accounts ?? []), a.id, b])];
  const person = Person.parse({
    id: base?.id ?? newPersonId(),
    name: base?.name ?? a.name,
    accounts,
    createdAt: base?.createdAt ?? now,
    updatedAt: now,
  });
  if (pa && pb && pa.id !== pb.id) void people.delete(pb.id);
  void people.put(person);
  void tx.objectStore('notSame').delete(pairKey(a.id, b));
  await tx.done;
  return person;
}

/** Records that two accounts are not one person, so the proposal is not made again. */
export async function markNotSame(
  db: VettingDb,
  a: string,
  b: string,
  now = new Date().toISOString(),
) {
  const [x, y] = [a, b].sort() as [string, string];
  await db.put('notSame', NotSamePair.parse({ key: pairKey(a, b), accounts: [x, y], at: now }));
}

/**
 * Takes one account out of its person (the marketer undid the link). A person left with one
 * account is deleted; each former partner is marked "not the same" so it is not re-proposed.
 */
export async function unlinkAccount(
  db: VettingDb,
  creatorId: string,
  now = new Date().toISOString(),
) {
  const tx = db.transaction(['people', 'notSame'], 'readwrite');
  const people = tx.objectStore('people');
  const person = await people.index('byAccount').get(creatorId);
  if (!person) return tx.done;
  const rest = person.accounts.filter((id) => id !== creatorId);
  if (rest.length >= 2) void people.put({ ...person, accounts: rest, updatedAt: now });
  else void people.delete(person.id);
  for (const other of rest) {
    const [x, y] = [creatorId, other].sort() as [string, string];
    void tx.objectStore('notSame').put({ key: pairKey(x, y), accounts: [x, y], at: now });
  }
  return tx.done;
}

/**
 * Rebuilds people from an imported file: accounts that share a person id become that person
 * again (name from the file), leaving any other person they were in. An id with one account
 * in the file joins the stored person of that id, if there is one.
 */
export async function restorePeople(
  db: VettingDb,
  refs: ReadonlyArray<{ creatorId: string; person: PersonRef }>,
  now = new Date().toISOString(),
): Promise<number> {
  const groups = new Map<string, { name: string; ids: Set<string> }>();
  for (const { creatorId, person } of refs) {
    const group = groups.get(person.id) ?? { name: person.name, ids: new Set<string>() };
    group.ids.add(creatorId);
    groups.set(person.id, group);
  }
  const tx = db.transaction('people', 'readwrite');
  const store = tx.store;
  let restored = 0;
  for (const [id, group] of groups) {
    const stored = await store.get(id);
    const accounts = [...new Set([...(stored?.accounts ?? []), ...group.ids])];
    if (accounts.length < 2) continue;
    for (const account of group.ids) {
      const other = await store.index('byAccount').get(account);
      if (!other || other.id === id) continue;
      const rest = other.accounts.filter((a) => a !== account);
      await (rest.length >= 2
        ? store.put({ ...other, accounts: rest, updatedAt: now })
        : store.delete(other.id));
    }
    await store.put(
      Person.parse({
        id,
        name: group.name || stored?.name || '',
        accounts,
        createdAt: stored?.createdAt ?? now,
        updatedAt: now,
      }),
    );
    restored++;
  }
  await tx.done;
  return restored;
}

/** Each row's person, for the CSV's Person columns; rows of unlinked accounts get null. */
export async function withPeople<T extends { record: { id: string } }>(
  db: VettingDb,
  rows: readonly T[],
): Promise<Array<T & { person: PersonRef | null }>> {
  const byAccount = new Map<string, PersonRef>();
  for (const p of await listPeople(db))
    for (const account of p.accounts) byAccount.set(account, { id: p.id, name: p.name });
  return rows.map((row) => ({ ...row, person: byAccount.get(row.record.id) ?? null }));
}
