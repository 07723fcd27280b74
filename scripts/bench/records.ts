// Realistic shortlisted creators for the storage, shortlist and CSV figures: what a marketer
// accumulates over years (counts, a scored record with evidence, a checklist on some, notes
// and tags), including text the CSV injection guard must defuse ("+49 …", "=…", "@…").
import { creatorId, type Platform } from '../../src/shared/model';
import { exact } from '../../src/shared/stat';
import type { CreatorRecord } from '../../src/shared/creator';
import type { CreatorScore } from '../../src/shared/score';
import { ManualEntries, STATUSES } from '../../src/shared/vetting';
import type { ShortlistRow } from '../../src/shared/shortlist-row';
import { int, logInt, mulberry32, pick } from './random';
import { benchPosts, benchScore, DAY, START, TAGS, TOPICS } from './record-parts';
import { SITES } from '../../src/sites/table';

const SYLLABLES = 'lena mara bake keramik yoga trail café nord luz kai mio sol ana vert'.split(' ');
const NOTES = [
  '',
  '',
  'Asked for media kit on 12.05.',
  '+49 170 1234567 (WhatsApp)',
  '=rate card attached',
  '@agency handles contracts, "net 30"',
  'Great fit, slow to reply\nfollow up in June',
];

/** `n` shortlisted creators, the same for the same seed. */
export function makeShortlistRows(n: number, seed = 42): ShortlistRow[] {
  const random = mulberry32(seed);
  return Array.from({ length: n }, (_, i) => {
    const site = SITES[i % SITES.length]!;
    const platform: Platform = site.id;
    const handle = `${pick(random, SYLLABLES)}.${pick(random, SYLLABLES)}${i}`;
    const id = creatorId(platform, handle);
    const followers = logInt(random, 3, 5.3);
    const lastSeen = new Date(START + int(random, 300, 900) * DAY).toISOString();
    const manual = ManualEntries.parse({
      storyViews: Math.round(followers * 0.05),
      currency: 'EUR',
      creatorCountry: 'DE',
    });
    return {
      record: {
        id,
        platform,
        handle,
        displayName: `${pick(random, SYLLABLES)} ${pick(random, SYLLABLES)}`,
        profileUrl: site.profileUrl(handle),
        bio: `${pick(random, TOPICS)}\n${pick(random, NOTES)}`,
        externalLink: i % 2 ? `https://example.org/${handle}` : null,
        verified: i % 50 === 0,
        private: false,
        followers: exact(followers, 'attribute'),
        following: exact(logInt(random, 2, 3.3), 'text'),
        postCount: exact(int(random, 20, 2000), 'text'),
        totalLikes: platform === 'tiktok' ? exact(followers * 12, 'text') : null,
        storyViews: null,
        posts: benchPosts(random, handle, followers),
        followersSample: [],
        firstSeen: new Date(START + int(random, 0, 300) * DAY).toISOString(),
        lastSeen,
        score: benchScore(random, lastSeen),
      },
      checklist: i % 3 === 0 ? { creatorId: id, manual, overrides: {}, updatedAt: lastSeen } : null,
      entry: {
        creatorId: id,
        status: pick(random, STATUSES),
        tags: TAGS.filter(() => random() < 0.2),
        notes: pick(random, NOTES),
        addedAt: lastSeen,
        updatedAt: lastSeen,
      },
    };
  });
}

/** scoreCreator's shape (src/scoring/index.ts), passed in so this file works without it. */
export type Scorer = (input: {
  record: CreatorRecord;
  readings: [];
  manual: ManualEntries;
}) => CreatorScore;

const SCORE_POOL = 50;

/**
 * Replaces the synthetic scores with the project's real ones (their size is what the shortlist
 * reads): 50 creators are scored, and their scores are shared out over the rest, so 10,000
 * rows cost 50 scorings. Scores keep the synthetic ones when the scorer throws.
 */
export function withRealScores(rows: ShortlistRow[], scorer: Scorer): ShortlistRow[] {
  const pool: CreatorScore[] = [];
  for (const row of rows.slice(0, SCORE_POOL)) {
    const manual = row.checklist?.manual ?? ManualEntries.parse({});
    pool.push(scorer({ record: row.record, readings: [], manual }));
  }
  rows.forEach((row, i) => (row.record.score = pool[i % pool.length] ?? row.record.score));
  return rows;
}
