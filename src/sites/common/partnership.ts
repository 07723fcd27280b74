import type { Post } from '../../shared/model';

/**
 * The partnership fields of a Post, only when the site's data said something: a reading that
 * could not see the label leaves them out, so merging keeps what an earlier reading saw.
 */
export function partnershipFields(
  paid: boolean | null,
  sponsors: readonly (string | null)[],
): Pick<Post, 'paidPartnership' | 'sponsors'> {
  const names = [
    ...new Set(sponsors.filter((s): s is string => !!s).map((s) => s.replace(/^@/, ''))),
  ]
    .map((s) => s.slice(0, 100))
    .slice(0, 20);
  return {
    ...(paid !== null ? { paidPartnership: paid } : {}),
    ...(names.length ? { sponsors: names } : {}),
  };
}
