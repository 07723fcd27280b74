// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { BasisLine } from '../../../src/ui/popup/BasisLine';
import { countOf, type Counted } from '../../../src/ui/i18n';
import { mount } from '../components/render';
import { scoreCreator } from '../../../src/scoring';
import { pinnedOf } from '../../../src/ui/popup/basis-text';
import { fixtureCreators } from '../../scoring/fixture-creators';

const NOUNS: Counted[] = ['post', 'comment', 'creator', 'problem'];

describe('counts in words', () => {
  it('take the singular for one and the plural otherwise, with the number formatted', () => {
    expect(countOf(1, 'post')).toBe('1 post');
    expect(countOf(0, 'comment')).toBe('0 comments');
    expect(countOf(10_000, 'creator')).toBe('10,000 creators');
    for (const noun of NOUNS)
      for (const n of [0, 1, 2]) expect(countOf(n, noun)).toMatch(new RegExp(`^${n} ${noun}s?$`));
  });

  it('read "1 post" and "1 comment" under the popup figures', () => {
    const root = mount(
      <BasisLine
        pinned={0}
        platform="instagram"
        basis={{
          posts: 1,
          comments: 1,
          loadedPosts: 0,
          loadedComments: 0,
          commentPosts: ['https://www.tiktok.com/@carla.corre/video/7109988776655440010'],
        }}
      />,
    );
    expect(root.textContent).toContain('Judged on 1 post and 1 comment.');
    expect(root.querySelector('summary')?.textContent).toBe('Comments come from 1 post');
  });

  it('read plurals for more', () => {
    const root = mount(
      <BasisLine
        pinned={0}
        platform="instagram"
        basis={{ posts: 12, comments: 21, loadedPosts: 3, loadedComments: 2, commentPosts: [] }}
      />,
    );
    expect(root.textContent).toContain('Judged on 12 posts and 21 comments.');
    expect(root.textContent).toContain('(3 posts and 2 comments were loaded by the page');
  });

  it('name the same number of videos as the verdict reasons, pinned ones said apart', () => {
    // Maya's grid has 16 videos, 3 of them pinned: the figures and reasons use the other 13.
    const maya = fixtureCreators(undefined, undefined, true).find(
      (c) => c.record.id === 'tiktok:maya.moves',
    )!;
    const { record } = maya;
    const reasons = scoreCreator(maya, maya.settings, new Date(record.lastSeen)).verdict!.reasons;
    const hidden = reasons.map((r) => r.text).find((r) => r.startsWith('Likes not visible'));
    const judged = /of (\d+) videos/.exec(hidden ?? '')?.[1];
    const root = mount(
      <BasisLine basis={record.basis!} pinned={pinnedOf(record)} platform={record.platform} />,
    );
    expect(judged).toBe('13');
    expect(root.textContent).toContain(`Judged on ${judged} videos and 24 comments.`);
    expect(root.textContent).toContain('3 more videos are pinned to the top of the profile');
    expect(root.querySelector('summary')?.textContent).toBe('Comments come from 1 video');
  });
});
