import { describe, expect, it } from 'vitest';
import { buildLexicon, TERM_FILES } from '../../../src/scoring/safety/lexicon';
import { scanText } from '../../../src/scoring/safety/match';
import { SAFETY_CATEGORIES } from '../../../src/scoring/safety/categories';

const lex = buildLexicon({ off: [], added: [], ignored: [] });
/** Categories counted (neither negated nor quoted) in a text. */
const flagged = (text: string) =>
  scanText(text, lex)
    .filter((h) => !h.negated && !h.quoted)
    .map((h) => h.category);

describe('brand-safety term files', () => {
  it('has at least five languages, each naming its sources and covering every category', () => {
    expect(TERM_FILES.length).toBeGreaterThanOrEqual(5);
    for (const f of TERM_FILES) {
      expect(f.sources.profanity).toMatch(/LDNOOBW/);
      expect(f.sources.default).toMatch(/GARM/);
      for (const c of SAFETY_CATEGORIES)
        expect(f.terms[c]?.length, `${f.language} ${c}`).toBeGreaterThan(0);
    }
  });
});

describe('scanText: what it finds, in six languages', () => {
  it.each([
    ['Friday night = vodka and poker with the boys', ['alcohol', 'gambling']],
    ['Heute Abend: Bier und Sportwetten 🍺', ['alcohol', 'gambling']],
    ['Noche de cerveza y apuestas con amigos', ['alcohol', 'gambling']],
    ["Soirée bière et paris sportifs, ça c'est la vie", ['alcohol', 'gambling']],
    ['Sexta-feira com cerveja e cassino online', ['alcohol', 'gambling']],
    ['Serata con birra e scommesse sportive', ['alcohol', 'gambling']],
    ['This tea is a miracle cure, lose weight fast!', ['health', 'health']],
    ['what the fuck was that', ['profanity']],
    ['Was für eine Scheiße', ['profanity']],
    ['Vote in the election, politics matter', ['politics', 'politics']],
  ])('%s', (text, want) => {
    expect(flagged(text)).toEqual(want);
  });

  it('folds styled Unicode, accents and case before matching', () => {
    expect(flagged('𝐕𝐎𝐃𝐊𝐀 time')).toEqual(['alcohol']);
    expect(flagged('ＣＡＳＩＮＯ night')).toEqual(['gambling']);
    expect(flagged('CERVÉJA gelada')).toEqual(['alcohol']);
    expect(flagged('la cocaína')).toEqual(['drugs']);
  });

  it('matches a prefix term inside a hashtag, an exact term only as a whole word', () => {
    expect(flagged('#casinonight #beerlover')).toEqual(['gambling', 'alcohol']);
    expect(flagged('#ginger #rumble #winehouse')).toEqual([]);
  });
});

describe('scanText: false positives it must not raise', () => {
  it.each([
    'Greetings from Scunthorpe!',
    'A quick assessment and analysis of the cocktail dress trend',
    'A shot of espresso before the photo shoot',
    'Flu shot done, booster shot next week',
    'Killing it at the gym today, pistol squats',
    'Hot glue gun crafts and a massage gun review',
    'My grandmother graduated cum laude',
    'Gin rummy with grandpa',
    'Weinrot is the colour of the season',
    'Con mis amigos en la playa',
    'Cul de sac living',
    'Drugstore makeup haul',
    'Hardcore workout and kinky curls',
    'Nude lipstick for every skin tone',
  ])('%s', (text) => {
    expect(flagged(text)).toEqual([]);
  });
});

describe('scanText: negations and quotes', () => {
  it.each([
    ['no alcohol this month', 'alcohol'],
    ['Alcohol-free and proud', 'alcohol'],
    ['sober, not drinking any beer', 'alcohol'],
    ['Ohne Alkohol feiern', 'alcohol'],
    ['Cerveza sin alcohol, por favor', 'alcohol'],
    ['fête sans alcool', 'alcohol'],
    ['festa sem álcool', 'alcohol'],
    ['Aperitivo senza alcol', 'alcohol'],
    ['Stop violence: anti-violence march against gun crime', 'weapons'],
    ['Say no to drugs', 'drugs'],
  ])('"%s" is negated', (text, category) => {
    const hits = scanText(text, lex).filter((h) => h.category === category);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.negated)).toBe(true);
  });

  it('a negation does not reach across a clause or more than three words back', () => {
    expect(flagged('No. Vodka is life')).toEqual(['alcohol']);
    expect(flagged('no plans tonight except for beer')).toEqual(['alcohol']);
  });

  it('profanity stays flagged when negated', () => {
    expect(flagged('not fucking around')).toEqual(['profanity']);
  });

  it('quoted words are shown but not counted', () => {
    const hits = scanText('Loved the film “Whiskey Galore” tonight', lex);
    expect(hits.map((h) => [h.category, h.quoted])).toEqual([['alcohol', true]]);
    expect(flagged('He said "fuck" on air')).toEqual([]);
    expect(flagged("don't you think it's a whisky day")).toEqual(['alcohol']);
  });
});

describe('the brand profile edits the lists', () => {
  it('turns a category off, adds a term and ignores a term', () => {
    const mine = buildLexicon({
      off: ['alcohol'],
      added: [{ category: 'gambling', term: 'lottery*' }],
      ignored: ['poker*'],
    });
    const cats = (t: string) => scanText(t, mine).map((h) => h.category);
    expect(cats('vodka and beer')).toEqual([]);
    expect(cats('Lottery tickets and poker')).toEqual(['gambling']);
    expect(scanText('lottery tickets', mine)[0]?.source).toBe('your brand profile');
    expect(mine.counts.yours).toBe(1);
  });

  it('refuses a prefix shorter than three letters (it would match half the language)', () => {
    const mine = buildLexicon({ off: [], added: [{ category: 'adult', term: 'a*' }], ignored: [] });
    expect(mine.counts.yours).toBe(0);
  });
});
