import { describe, expect, it } from 'vitest';
import type { Platform } from '../../../src/shared/model';
import { groupByPerson } from '../../../src/ui/people/person-groups';

const acc = (id: string) => ({ id, platform: id.split(':')[0] as Platform });
const person = (id: string, name: string, accounts: string[]) => ({
  id,
  name,
  accounts,
  createdAt: '2026-11-30T00:00:00.000Z',
  updatedAt: '2026-11-30T00:00:00.000Z',
});

describe('one row per person', () => {
  it('puts linked accounts on one line per platform, alone ones on their own, in table order', () => {
    const rows = [
      'youtube:noorkitchen',
      'tiktok:solo',
      'instagram:noor.cooks',
      'instagram:lena',
    ].map(acc);
    const groups = groupByPerson(
      rows,
      [person('p-1', 'Noor Haddad', ['instagram:noor.cooks', 'youtube:noorkitchen'])],
      (a) => a.platform,
    );
    expect(groups.map((g) => g.name)).toEqual(['Noor Haddad', null, null]);
    expect(groups[0]!.byPlatform).toEqual({
      youtube: [rows[0]],
      instagram: [rows[2]],
    });
    expect(groups[2]!.byPlatform.instagram).toEqual([rows[3]]);
  });

  it('keeps two accounts of one person on the same platform together', () => {
    const rows = ['instagram:a1', 'instagram:a2'].map(acc);
    const groups = groupByPerson(
      rows,
      [person('p-2', 'Ana Lima', ['instagram:a1', 'instagram:a2'])],
      (a) => a.platform,
    );
    expect(groups).toHaveLength(1);
    expect(groups[0]!.byPlatform.instagram).toHaveLength(2);
  });
});
