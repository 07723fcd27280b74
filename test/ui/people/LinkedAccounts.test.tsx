// @vitest-environment happy-dom
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import type { CreatorRecord } from '../../../src/shared/creator';
import { putCreator } from '../../../src/storage/creators';
import type { VettingDb } from '../../../src/storage/open';
import { personOf } from '../../../src/storage/people';
import { LinkedAccounts } from '../../../src/ui/people/LinkedAccounts';
import { scoreCreator } from '../../../src/scoring';
import { ManualEntries, Settings } from '../../../src/shared/vetting';
import { NOW, record } from '../../scoring/helpers';
import { freshDb } from '../../storage/fresh-db';
import { mount } from '../components/render';
import { withStore } from '../with-store';

const verdict = {
  level: 'check' as const,
  confidence: 'medium' as const,
  reasons: [{ signalId: 'engagement-rate', tone: 'warn' as const, text: 'Engagement 0.9% is low' }],
  nextStep: 'Open two videos',
};

const ig: CreatorRecord = record({
  id: 'instagram:noor.cooks',
  handle: 'noor.cooks',
  displayName: 'Noor Haddad',
  bio: 'Recetas fáciles 🍲 Vídeos: youtube.com/@noorkitchen',
});
const yt: CreatorRecord = record({
  id: 'youtube:noorkitchen',
  platform: 'youtube',
  handle: 'noorkitchen',
  displayName: 'Noor’s Kitchen',
  profileUrl: 'https://www.youtube.com/@noorkitchen',
});
const tt: CreatorRecord = record({
  id: 'tiktok:noor.cooks',
  platform: 'tiktok',
  handle: 'noor.cooks',
  displayName: 'Someone',
  profileUrl: 'https://www.tiktok.com/@noor.cooks',
});

let db: VettingDb | null = null;
afterEach(() => db?.close());

/** Lets IndexedDB and the re-render settle: a few macrotasks, no wall clock. */
async function settle(root: HTMLElement, until: () => boolean) {
  for (let i = 0; i < 200 && !until(); i++)
    await act(async () => await new Promise((r) => setTimeout(r, 0)));
  return root;
}

describe('LinkedAccounts in the popup', () => {
  it('proposes, links, shows the other verdict, and undoes the link', async () => {
    db = await freshDb('linked');
    await putCreator(db, ig);
    await putCreator(db, {
      ...yt,
      score: {
        ...scoreCreator(
          { record: yt, readings: [], manual: ManualEntries.parse({}) },
          Settings.parse({}),
          NOW,
        ),
        verdict,
      },
    });
    await putCreator(db, tt);
    const root = mount(withStore(db, <LinkedAccounts record={ig} />));
    await settle(root, () => root.querySelectorAll('[data-testid="link-proposal"]').length === 2);
    const [strong, possible] = [
      ...root.querySelectorAll<HTMLElement>('[data-testid="link-proposal"]'),
    ];
    expect(strong!.dataset.strength).toBe('strong');
    expect(strong!.textContent).toContain(
      'This looks like the same person as @noorkitchen on YouTube',
    );
    expect(strong!.textContent).toContain('this Instagram bio links to that YouTube account');
    expect(possible!.textContent).toContain('may be the same person as @noor.cooks on TikTok');
    expect(possible!.textContent).toContain('the same handle');

    act(() => strong!.querySelector<HTMLButtonElement>('[data-testid="confirm-link"]')!.click());
    await settle(root, () => !!root.querySelector('[data-testid="linked-account"]'));
    expect((await personOf(db, yt.id))?.accounts.sort()).toEqual([ig.id, yt.id].sort());
    expect(root.querySelector('[data-testid="person-name"]')?.textContent).toContain('Noor Haddad');
    const line = root.querySelector<HTMLElement>('[data-testid="linked-account"]')!;
    expect(line.dataset.level).toBe('check');
    expect(line.textContent).toContain('Check first — Engagement 0.9% is low');
    expect(line.querySelector('a')?.getAttribute('href')).toBe(
      'https://www.youtube.com/@noorkitchen',
    );

    act(() => root.querySelector<HTMLButtonElement>('[data-testid="refuse-link"]')!.click());
    await settle(root, () => !root.querySelector('[data-testid="link-proposal"]'));
    expect(root.querySelector('[data-testid="people-status"]')?.textContent).toContain(
      'not the same person as @noor.cooks',
    );

    act(() => root.querySelector<HTMLButtonElement>('[data-testid="unlink"]')!.click());
    await settle(root, () => !root.querySelector('[data-testid="linked-account"]'));
    expect(await personOf(db, ig.id)).toBeNull();
    // Undone links are remembered: no proposal comes back.
    expect(root.querySelector('[data-testid="link-proposal"]')).toBeNull();
  });

  it('shows nothing for an account with no look-alike', async () => {
    db = await freshDb('linked');
    await putCreator(db, tt);
    const root = mount(withStore(db, <LinkedAccounts record={tt} />));
    await settle(root, () => false);
    expect(root.textContent).toBe('');
  });
});
