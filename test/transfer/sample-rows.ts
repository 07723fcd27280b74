import { profileUrlOf } from '../../src/shared/identity';
import { creatorId, type Platform } from '../../src/shared/model';
import type { Signal } from '../../src/shared/score';
import { exact } from '../../src/shared/stat';
import { SIGNAL_COLUMNS } from '../../src/transfer/signal-columns';
import type { ShortlistRow } from '../../src/shared/shortlist-row';
import { SITE_IDS } from '../../src/sites/table';

/** Deterministic PRNG (mulberry32) so the rows, and the bench, are the same every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAMES = [
  'Ana Souza',
  'Léa Martin',
  'Kenji 田中',
  'سارا',
  'Olu "Chef" Ade',
  'Mia, MUA',
  'Dev 🚀',
];
const BIOS = [
  'Plant-based recipes 🌱\nDM for collabs',
  'Vegan baker, Lisbon. Links below ↓',
  '=HYPERLINK("http://x.example")',
  'مدونة طبخ نباتي',
  '-50% code: MIA',
];
const TAGS = ['vegan', 'food', 'q3-launch', 'fr', 'tested;ok', 'long list'];
const STATUSES = ['prospect', 'contacted', 'testing', 'core', 'dropped'] as const;
const VERDICTS = ['pass', 'warn', 'fail', 'insufficient'] as const;

/** Realistic shortlist rows: non-Latin names, multi-line bios, formulas, quotes, partial data. */
export function sampleRows(count: number, seed = 1): ShortlistRow[] {
  const rnd = random(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const day = (offset: number) =>
    new Date(Date.UTC(2025, 0, 1) + offset * 86_400_000).toISOString();
  return Array.from({ length: count }, (_, i): ShortlistRow => {
    const platform = pick<Platform>(SITE_IDS);
    const handle = `creator_${i}_${Math.floor(rnd() * 1e6)}`;
    const id = creatorId(platform, handle);
    const followers = Math.floor(1000 + rnd() * 99_000);
    const rounded = Math.round(followers / 100) * 100;
    const signals: Signal[] = SIGNAL_COLUMNS.filter(() => rnd() < 0.7).map((s) => ({
      id: s.id,
      label: s.label,
      verdict: pick(VERDICTS),
      // Four decimals, some negative: what a ratio or a change looks like in a spreadsheet.
      value:
        rnd() < 0.2 ? null : (Math.round(rnd() * 10_000) - (rnd() < 0.1 ? 10_000 : 0)) / 10_000,
      unit: 'ratio',
      sampleSize: Math.floor(rnd() * 50),
      message: 'checked',
      thresholds: [],
      evidence: [],
    }));
    const scored = rnd() < 0.9;
    return {
      record: {
        id,
        platform,
        handle,
        displayName: rnd() < 0.95 ? pick(NAMES) : null,
        profileUrl: profileUrlOf(platform, handle),
        bio: rnd() < 0.8 ? pick(BIOS) : null,
        externalLink: rnd() < 0.5 ? `https://link.example/${handle}?a=1,b=2` : null,
        verified: rnd() < 0.1,
        private: rnd() < 0.5 ? false : null,
        followers: {
          value: rounded,
          low: rounded - 50,
          high: rounded + 49,
          source: 'text',
          raw: `${(rounded / 1000).toFixed(1)}K`,
        },
        following: rnd() < 0.9 ? exact(Math.floor(rnd() * 3000), 'text') : null,
        postCount: exact(Math.floor(rnd() * 900), 'json'),
        totalLikes: platform === 'tiktok' ? exact(Math.floor(rnd() * 1e6), 'text') : null,
        storyViews: null,
        posts: [],
        followersSample: [],
        firstSeen: day(i % 200),
        lastSeen: day((i % 200) + 30),
        score: scored
          ? {
              computedAt: day((i % 200) + 30),
              tier: followers < 10_000 ? 'nano' : 'micro',
              engagementRate: Math.round(rnd() * 1e5) / 1e6,
              nicheFit: rnd() < 0.7 ? Math.round(rnd() * 100) : null,
              risk: pick(['low', 'medium', 'high'] as const),
              riskReasons: signals.filter((s) => s.verdict === 'fail').map((s) => s.id),
              fitSummary: 'Matches "vegan", "recipes"',
              signals,
            }
          : null,
      },
      checklist:
        rnd() < 0.5
          ? {
              creatorId: id,
              manual: {
                storyViews: rnd() < 0.5 ? Math.floor(rnd() * 5000) : null,
                saves: null,
                countryMix:
                  rnd() < 0.5
                    ? [
                        { country: 'US', share: 0.6 },
                        { country: 'GB', share: 0.2 },
                      ]
                    : [],
                quotedRateMinor: rnd() < 0.5 ? Math.floor(rnd() * 100_000) : null,
                currency: pick(['USD', 'EUR', 'JPY']),
                creatorCountry: rnd() < 0.5 ? 'FR' : null,
                creatorLanguage: rnd() < 0.5 ? 'fr' : null,
                growthSeries: [],
                followers: null,
              },
              overrides:
                rnd() < 0.5
                  ? { storyViews: { state: 'fail', note: 'Only 2% — ask for insights' } }
                  : {},
              updatedAt: day((i % 200) + 31),
            }
          : null,
      entry: {
        creatorId: id,
        status: pick(STATUSES),
        tags: TAGS.filter(() => rnd() < 0.3),
        notes: rnd() < 0.3 ? '+1 from Sam, "great fit"\nfollow up in May' : '',
        addedAt: day((i % 200) + 2),
        updatedAt: day((i % 200) + 40),
      },
    };
  });
}
