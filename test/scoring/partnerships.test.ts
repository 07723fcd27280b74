import { describe, expect, it } from 'vitest';
import { disclosureOf, brandsOf } from '../../src/scoring/partnerships/disclosure';
import { SIGNAL } from '../../src/scoring/signal-ids';
import { daysAgo, post, record, settings, signalOf } from './helpers';

describe('disclosure in many languages', () => {
  it.each([
    ['New drop with @nike #ad', 'hashtag'],
    ['Neue Kollektion #Anzeige', 'hashtag'],
    ['#Werbung | Danke @dm_drogeriemarkt', 'hashtag'],
    ['Mi rutina #publi con @isdin', 'hashtag'],
    ['Look du jour #pub', 'hashtag'],
    ['Nowa kolekcja #reklama', 'hashtag'],
    ['Ny kolleksjon #annonse', 'hashtag'],
    ['Min favorit #samarbete', 'hashtag'],
    ['Trening #spons', 'hashtag'],
    ['Look #sponsorisé', 'hashtag'],
    ['En colaboración con @zara', 'words'],
    ['Em parceria com @natura', 'words'],
    ['In collaborazione con @barilla', 'words'],
    ['Paid partnership with @oatly', 'words'],
  ])('%s', (caption, by) => {
    expect(disclosureOf(post({ caption }))).toBe(by);
  });

  it('the site label wins; ordinary words and lookalike tags do not count', () => {
    expect(disclosureOf(post({ caption: 'Morning', paidPartnership: true }))).toBe('label');
    expect(disclosureOf(post({ caption: 'Morning', paidPartnership: false }))).toBeNull();
    for (const caption of [
      'An ad-free life',
      '#adidas run',
      'Add to cart',
      '#advent',
      'Partnerlook',
    ])
      expect(disclosureOf(post({ caption })), caption).toBeNull();
  });

  it('lists the brands a sponsored post names, without the creator', () => {
    const p = post({ caption: 'Thanks @Oatly and @lena.bakes. #ad', sponsors: ['oatly', 'dm'] });
    expect(brandsOf(p, 'lena.bakes')).toEqual(['oatly', 'dm']);
  });
});

const feed = (captions: string[], extra: Parameters<typeof post>[0] = {}) =>
  record({
    posts: captions.map((caption, i) => post({ caption, likesN: i % 2 ? 100 : 300, ...extra })),
  });

describe('sponsored share and competitor conflicts', () => {
  it('warns above 30% sponsored (Favikon) and compares sponsored with organic engagement', () => {
    const r = feed(['#ad a', 'b', '#werbung c', 'd', '#publi e', 'f']);
    const s = signalOf(SIGNAL.sponsoredShare, { record: r });
    expect(s.value).toBeCloseTo(0.5);
    expect(s.verdict).toBe('warn');
    expect(s.thresholds.map((t) => t.id)).toEqual(['partnership.share.warn']);
    expect(s.message).toMatch(
      /3 of 6 posts are sponsored \(50%\); their engagement is 2.9 times that of the organic/,
    );
    const calm = signalOf(SIGNAL.sponsoredShare, {
      record: feed(['#ad a', 'b', 'c', 'd', 'e', 'f']),
    });
    expect(calm.verdict).toBe('pass');
  });

  it('a sponsored post for a competitor inside the window is a conflict; older or none is not', () => {
    const brand = settings({ brand: { competitors: ['Alpro', '@oatly'] } });
    const run = (caption: string, age: number) => ({
      record: record({ posts: [post({ caption, postedAt: daysAgo(age) })] }),
      settings: brand,
    });
    const recent = signalOf(SIGNAL.competitorConflict, run('Frühstück mit @alpro_de #anzeige', 10));
    expect(recent.verdict).toBe('fail');
    expect(recent.message).toMatch(/1 sponsored post for Alpro in the last 90 days/);
    expect(signalOf(SIGNAL.competitorConflict, run('Avena de Oatly #publi', 20)).verdict).toBe(
      'fail',
    );
    expect(signalOf(SIGNAL.competitorConflict, run('#ad with @alpro', 200)).verdict).toBe('pass');
    expect(
      signalOf(SIGNAL.competitorConflict, run('I love Alpro (not sponsored)', 5)).verdict,
    ).toBe('pass');
    const none = signalOf(SIGNAL.competitorConflict, {
      record: record({ posts: [post({ caption: '#ad' })] }),
    });
    expect(none.verdict).toBe('insufficient');
    expect(none.message).toMatch(/add them in the options/);
  });
});
