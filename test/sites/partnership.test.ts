import { describe, expect, it } from 'vitest';
import { postFromNode } from '../../src/sites/instagram/embedded';
import { postFromItem } from '../../src/sites/tiktok/items';
import { mergePosts } from '../../src/storage/merge-reading';

describe('paid-partnership label in the sites’ own data', () => {
  it('Instagram: is_paid_partnership and the sponsor tags of either API generation', () => {
    const v1 = postFromNode({
      code: 'Cabc123',
      is_paid_partnership: true,
      sponsor_tags: [{ sponsor: { username: 'oatly' } }, { sponsor: { username: 'oatly' } }],
    });
    expect(v1).toMatchObject({ paidPartnership: true, sponsors: ['oatly'] });
    const graphql = postFromNode({
      shortcode: 'Cdef456',
      is_paid_partnership: false,
      edge_media_to_sponsor_user: { edges: [{ node: { sponsor: { username: 'nike' } } }] },
    });
    expect(graphql).toMatchObject({ paidPartnership: false, sponsors: ['nike'] });
  });

  it('Instagram: a node without the field says nothing (not "unpaid")', () => {
    const post = postFromNode({ code: 'Cghi789' })!;
    expect('paidPartnership' in post).toBe(false);
    expect('sponsors' in post).toBe(false);
  });

  it('TikTok: the item’s isAd flag', () => {
    const item = (isAd: unknown) => ({ id: '7', author: { uniqueId: 'maya' }, isAd });
    expect(postFromItem(item(true), false)?.paidPartnership).toBe(true);
    expect(postFromItem(item(false), false)?.paidPartnership).toBe(false);
    expect(postFromItem(item(undefined), false)).not.toHaveProperty('paidPartnership');
  });

  it('a later reading that cannot see the label keeps what an earlier one saw', () => {
    const paid = postFromNode({
      code: 'Cabc123',
      is_paid_partnership: true,
      sponsor_tags: [{ sponsor: { username: 'oatly' } }],
    })!;
    const grid = { ...postFromNode({ code: 'Cabc123' })!, caption: 'later' };
    const [merged] = mergePosts([paid], [grid]);
    expect(merged).toMatchObject({ caption: 'later', paidPartnership: true, sponsors: ['oatly'] });
  });
});
