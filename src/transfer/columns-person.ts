import { Person } from '../shared/person';
import { CellError, textColumn, type Column } from './column';

/** A hand-made file may give only the name: rows with the same name become one person. */
const idFromName = (name: string) =>
  `n-${
    name
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'person'
  }`;

/**
 * One person across platforms (issue 17): the CSV keeps one row per account; these say which
 * person each account belongs to, so import links them again.
 */
export const personColumns: Column[] = [
  textColumn({
    id: 'person',
    header: 'Person',
    description:
      'The person this account belongs to, when the marketer linked it to accounts on other platforms: the name people read. Empty for an account that stands alone.',
    path: 'person.name',
    get: (r) => r.person?.name ?? null,
    set: (r, v) => void (r.person = { id: r.person?.id ?? '', name: v.trim() }),
    finish: (r) => {
      if (r.person && !r.person.id) r.person.id = idFromName(r.person.name);
    },
  }),
  textColumn({
    id: 'person_id',
    header: 'Person ID',
    description:
      'Stable key of that person, so import links the same accounts again (rows with the same Person ID become one person). Without it, rows with the same Person name are linked.',
    path: 'person.id',
    get: (r) => r.person?.id ?? null,
    set: (r, v) => {
      const id = v.trim();
      if (!Person.shape.id.safeParse(id).success)
        throw new CellError(
          `"${v}" is not a person key (letters, digits, "-" and "_", at most 64)`,
        );
      r.person = { id, name: r.person?.name ?? '' };
    },
  }),
];
