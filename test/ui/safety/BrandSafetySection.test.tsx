// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { BrandProfile } from '../../../src/shared/vetting';
import { BrandSafetySection } from '../../../src/ui/safety/BrandSafetySection';
import { comment, post, record } from '../../scoring/helpers';
import { mount } from '../components/render';

const creator = record({
  handle: 'lena',
  bio: 'Köln · Wein & Brot',
  posts: [
    post({ caption: 'Ein Bier! <img src=x onerror=alert(1)>' }),
    post({ caption: 'Noche de cerveza y casino' }),
    post({ caption: 'Festa sem álcool hoje' }),
    post({ caption: 'Pane e burro', commentSample: [comment('che cazzo di pane!', 'lena')] }),
  ],
});

describe('BrandSafetySection', () => {
  it('groups findings by category, post by post, with links and the words around them', () => {
    const root = mount(<BrandSafetySection record={creator} brand={BrandProfile.parse({})} />);
    expect(root.querySelector('[data-testid="brand-safety-summary"]')?.textContent).toBe(
      'Words a brand may not want, in 3 of 4 posts (the bio too).',
    );
    const groups = [...root.querySelectorAll('details')].map((d) => d.dataset.category);
    expect(groups).toEqual(['alcohol', 'profanity', 'gambling']);
    const alcohol = root.querySelector('details[data-category="alcohol"]')!;
    expect(alcohol.querySelector('summary')?.textContent).toBe('Alcohol · 3 posts');
    const rows = [...alcohol.querySelectorAll('li')];
    expect(rows.map((r) => r.dataset.counted)).toEqual(['yes', 'yes', 'yes', 'no']);
    expect(rows[3]!.textContent).toMatch(/Shown, not counted: negated/);
    expect(rows[0]!.querySelector('a')?.getAttribute('href')).toBe(
      'https://www.instagram.com/tester/',
    );
    const reply = root.querySelector('details[data-category="profanity"] li')!;
    expect(reply.textContent).toMatch(/^Creator's reply/);
  });

  it('never renders scraped text as HTML', () => {
    const root = mount(<BrandSafetySection record={creator} brand={undefined} />);
    expect(root.querySelector('img')).toBeNull();
    expect(root.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('says plainly when nothing is flagged', () => {
    const clean = record({ bio: 'Bread', posts: [post({ caption: 'Sourdough' })] });
    const root = mount(<BrandSafetySection record={clean} brand={undefined} />);
    expect(root.textContent).toContain('Nothing flagged in 1 post and the bio.');
  });

  it('counts TikTok and YouTube posts as videos, as the verdict does', () => {
    const clean = record({ platform: 'tiktok', bio: 'Dance', posts: [post({}), post({})] });
    const root = mount(<BrandSafetySection record={clean} brand={undefined} />);
    expect(root.textContent).toContain('Nothing flagged in 2 videos and the bio.');
    const flagged = { ...creator, platform: 'youtube' as const };
    expect(
      mount(<BrandSafetySection record={flagged} brand={BrandProfile.parse({})} />).querySelector(
        '[data-testid="brand-safety-summary"]',
      )?.textContent,
    ).toBe('Words a brand may not want, in 3 of 4 videos (the bio too).');
  });
});
