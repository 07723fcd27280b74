import { z } from 'zod';

/**
 * One person behind several accounts (issue 17): the marketer confirmed each link. Accounts
 * are creator ids ("instagram:noor.cooks"); a person has at least two. The id is random and
 * stable, so a CSV exported today and imported elsewhere rebuilds the same groups.
 */
export const Person = z.object({
  id: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/),
  /** The name people read ("Noor Haddad"): the first linked account's display name. */
  name: z.string().max(200),
  accounts: z.array(z.string().max(140)).min(2).max(12),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Person = z.infer<typeof Person>;

/** "Not the same person": kept so the same proposal is not made again. Key: both ids, sorted. */
export const NotSamePair = z.object({
  key: z.string().max(300),
  accounts: z.tuple([z.string().max(140), z.string().max(140)]),
  at: z.string(),
});
export type NotSamePair = z.infer<typeof NotSamePair>;

/** A row's person as the CSV carries it: the stable id and the name people read. */
export const PersonRef = z.object({ id: Person.shape.id, name: Person.shape.name });
export type PersonRef = z.infer<typeof PersonRef>;

export const pairKey = (a: string, b: string): string => [a, b].sort().join('|');
