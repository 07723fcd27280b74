import type { Platform } from '../../shared/model';
import type { Person } from '../../shared/person';

/** One line of the shortlist's "one row per person" view: a person, or an account alone. */
export interface PersonGroup<T> {
  key: string;
  /** The person's name; null for an account that stands alone. */
  name: string | null;
  byPlatform: Partial<Record<Platform, T[]>>;
}

/**
 * Groups the shown accounts by person, in the order the first account of each appears, so
 * the sort and filters of the table still decide the order. Pure: easy to test at any size.
 */
export function groupByPerson<T extends { id: string }>(
  accounts: readonly T[],
  people: readonly Person[],
  platformOf: (account: T) => Platform,
): PersonGroup<T>[] {
  const personOf = new Map<string, Person>();
  for (const p of people) for (const a of p.accounts) personOf.set(a, p);
  const groups = new Map<string, PersonGroup<T>>();
  for (const account of accounts) {
    const person = personOf.get(account.id);
    const key = person ? `person:${person.id}` : `account:${account.id}`;
    let group = groups.get(key);
    if (!group) {
      group = { key, name: person?.name ?? null, byPlatform: {} };
      groups.set(key, group);
    }
    (group.byPlatform[platformOf(account)] ??= []).push(account);
  }
  return [...groups.values()];
}
