// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { contactOf } from '../../src/contact/contact';
import { proposeLinks, type AccountFacts } from '../../src/people/propose';
import { creatorId } from '../../src/shared/model';
import { pickAdapter } from '../../src/sites';
import { NOW } from '../fixtures/sites/generate/comments';
import {
  NOOR_IG_URL,
  NOOR_YT_URL,
  noorIgExpected,
  peoplePairPages,
} from '../fixtures/sites/generate/people-pair';
import { loadPage } from '../sites/load-page';

/** Each page read by its real adapter, as the content script would. */
function read(url: string): AccountFacts {
  const html = peoplePairPages()[url]!;
  const reading = pickAdapter(new URL(url))!.read(loadPage(html, url), new URL(url), NOW);
  return {
    id: creatorId(reading.platform, reading.handle!),
    platform: reading.platform,
    handle: reading.handle!,
    displayName: reading.displayName,
    bio: reading.bio,
    externalLink: reading.externalLink,
  };
}

describe("Noor's Instagram and YouTube pages (the end-to-end pair)", () => {
  it('read as the generator wrote them', () => {
    const ig = read(NOOR_IG_URL);
    const expected = noorIgExpected();
    expect([ig.handle, ig.bio, ig.externalLink]).toEqual([
      expected.handle,
      expected.bio,
      expected.externalLink,
    ]);
  });

  it('link both ways through their bios, with the same name', () => {
    const ig = read(NOOR_IG_URL);
    const yt = read(NOOR_YT_URL);
    expect(proposeLinks(ig, [yt])).toEqual([
      { other: yt, reasons: ['links-to', 'linked-from', 'same-name'], strength: 'strong' },
    ]);
    expect(proposeLinks(yt, [ig])[0]?.reasons).toEqual(['links-to', 'linked-from', 'same-name']);
  });

  it('show contact on both: a spelled-out address, a link host, a business address', () => {
    const ig = read(NOOR_IG_URL);
    const yt = read(NOOR_YT_URL);
    expect(contactOf(ig.bio, ig.externalLink)).toMatchObject({
      emails: ['noor.cooks@gmail.com'],
      linkHost: 'linktr.ee',
    });
    expect(contactOf(yt.bio, yt.externalLink).emails).toEqual(['hello@noorkitchen.pt']);
  });
});
