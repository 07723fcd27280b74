// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { partnershipsOfRecord } from '../../../src/scoring/partnerships/of-record';
import { PartnershipsSection } from '../../../src/ui/partnerships/PartnershipsSection';
import { post, record } from '../../scoring/helpers';
import { mount } from '../components/render';

// Five languages' disclosures; engagement ÷ 5,000 followers.
const creator = record({
  handle: 'lena',
  posts: [
    post({ caption: 'Neue Schüssel von @keramikhaus #anzeige', likesN: 60, commentsN: 0 }),
    post({ caption: 'Receta con @harinasol #publi', likesN: 90, commentsN: 10 }),
    post({ caption: 'Petit-déj avec @keramikhaus #pub', likesN: 40, commentsN: 0 }),
    post({ caption: 'Morning bread', paidPartnership: true, sponsors: ['millco'], likesN: 80 }),
    post({ caption: 'Pane fatto in casa', likesN: 200, commentsN: 0 }),
    post({ caption: 'Pão de queijo', likesN: 150, commentsN: 50 }),
    post({ caption: 'Sourdough day', likesN: 180, commentsN: 20 }),
    post({ caption: 'Pinned #ad @old', pinned: true }),
  ],
});

describe('PartnershipsSection', () => {
  it('lists the brands, the share, and sponsored against organic engagement', () => {
    const facts = partnershipsOfRecord(creator, []);
    const root = mount(<PartnershipsSection facts={facts} />);
    const text = (id: string) => root.querySelector(`[data-testid="${id}"]`)?.textContent;
    expect(text('partnerships-summary')).toBe('4 of 7 posts read are sponsored (57%).');
    expect(text('partnerships-brands')).toBe(
      'Brands tagged in sponsored posts: @keramikhaus (2 posts), @harinasol, @millco',
    );
    // Sponsored: 40, 60, 83 and 100 of 5,000 → median 1.43%; organic: 200 each → 4%.
    expect(text('partnerships-engagement')).toBe(
      'Typical engagement: sponsored posts 1.4%, organic posts 4%. Sponsored posts earn 64% less than organic ones.',
    );
    const rows = [...root.querySelectorAll<HTMLElement>('[data-testid="partnerships-posts"] li')];
    expect(rows.map((r) => r.dataset.by)).toEqual(['hashtag', 'hashtag', 'hashtag', 'label']);
    expect(rows[3]!.querySelector('a')?.getAttribute('href')).toMatch(/^https:\/\/www\.instagram/);
  });

  it('counts videos on TikTok and YouTube, as the verdict does', () => {
    const facts = partnershipsOfRecord(creator, []);
    const root = mount(<PartnershipsSection facts={facts} platform="tiktok" />);
    expect(root.querySelector('[data-testid="partnerships-summary"]')?.textContent).toBe(
      '4 of 7 videos read are sponsored (57%).',
    );
  });

  it('names a competitor on the post that tags it', () => {
    const facts = partnershipsOfRecord(creator, ['Keramikhaus']);
    const root = mount(<PartnershipsSection facts={facts} />);
    expect(root.querySelectorAll('.rival')).toHaveLength(2);
    expect(root.querySelector('.rival')?.textContent).toContain(
      'names your competitor Keramikhaus',
    );
  });

  it('says when nothing was read, and shows no engagement line without sponsored posts', () => {
    const empty = mount(<PartnershipsSection facts={partnershipsOfRecord(record(), [])} />);
    expect(empty.textContent).toContain('No posts read yet');
    const organic = record({ posts: [post({ caption: 'Brot' })] });
    const root = mount(<PartnershipsSection facts={partnershipsOfRecord(organic, [])} />);
    expect(root.querySelector('[data-testid="partnerships-engagement"]')).toBeNull();
  });
});
