import type { CreatorRecord, ReadingRow } from '../shared/creator';
import type { Comment, FollowerEntry, Post } from '../shared/model';
import { exact } from '../shared/stat';
import { ManualEntries, Settings } from '../shared/vetting';
import type { ScoreInput } from './index';

/**
 * A deterministic synthetic creator for the throughput bench: ~12 posts, `comments` comments
 * spread over them, 24 visible followers, 3 visits. Comments come from a pool of realistic
 * texts in several languages, so the language detector's memo is warm after the first few
 * profiles; `uniqueText` appends a per-profile word to every long comment to measure it cold.
 */
const POOL = [
  'so cute!!',
  'Love it ❤️❤️',
  '🔥🔥🔥',
  'que linda 😍',
  'amazing',
  'wow 😍',
  'класс 🔥',
  'beautiful',
  'I tried this recipe yesterday and my kids loved it, thank you for sharing the details',
  'Where did you buy that jacket? I have been looking for one like it all winter',
  'Me encanta cómo explicas todo, ya lo probé en casa y quedó perfecto',
  'Ich habe das gestern ausprobiert und es hat wirklich gut funktioniert, danke',
  'Esse tutorial me ajudou muito, finalmente consegui fazer do jeito certo',
  'check out my channel for more videos like this!!',
  'DM us to collab 💌',
  'nice pic',
  '👏👏',
  'This lighting is gorgeous, what camera are you using for these shots?',
  'かわいい！',
  '최고예요',
];
const HASHTAGS = ['skincare', 'recipe', 'travel', 'ootd', 'ad', 'fitness', 'homecooking'];

function rng(seed: number): () => number {
  let a = seed >>> 0 || 1;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const BENCH_NOW = new Date('2026-03-01T12:00:00Z');
export const BENCH_SETTINGS: Settings = Settings.parse({
  brand: { keywords: ['skincare', 'recipe'], targetCountries: ['US'], targetLanguages: ['en'] },
});

export function makeBenchProfile(
  seed: number,
  comments = 50,
  opts: { uniqueText?: boolean } = {},
): ScoreInput {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const followers = Math.round(2_000 + r() * 60_000);
  const day = 86_400_000;
  const posts: Post[] = [];
  for (let i = 0; i < 12; i++) {
    const postedAt = BENCH_NOW.getTime() - (i * 4 + r() * 2) * day;
    const likes = Math.round(followers * (0.01 + r() * 0.06));
    const tags = [pick(HASHTAGS), pick(HASHTAGS)];
    posts.push({
      url: `https://www.instagram.com/p/bench${seed}x${i}/`,
      views: null,
      likes: exact(likes, 'text'),
      comments: exact(Math.round(likes * (0.01 + r() * 0.05)), 'text'),
      pinned: false,
      caption: `Day ${i}: ${pick(POOL)} #${tags.join(' #')}`,
      hashtags: tags,
      postedAt: new Date(postedAt).toISOString(),
      commentSample: [],
    });
  }
  for (let i = 0; i < comments; i++) {
    const post = posts[i % 6]!;
    let text = pick(POOL);
    if (opts.uniqueText && text.length > 30) text = `${text} ${seed.toString(36)}${i}`;
    const at = Date.parse(post.postedAt!) + Math.round(-Math.log(1 - r()) * 180) * 60_000;
    const c: Comment = {
      author: `fan_${Math.floor(r() * 40)}`,
      text,
      likes: null,
      at: new Date(at).toISOString(),
    };
    post.commentSample.push(c);
  }
  const followersSample: FollowerEntry[] = Array.from({ length: 24 }, (_, i) => ({
    username: r() < 0.2 ? `user${Math.floor(r() * 1e6)}` : `reader.${seed}.${i}`,
    displayName: r() < 0.3 ? null : `Reader ${i}`,
    defaultAvatar: r() < 0.15,
    verified: false,
  }));
  const id = `instagram:bench${seed}`;
  const record: CreatorRecord = {
    id,
    platform: 'instagram',
    handle: `bench${seed}`,
    displayName: `Bench ${seed}`,
    profileUrl: `https://www.instagram.com/bench${seed}/`,
    bio: 'Skincare and home cooking, daily recipes',
    externalLink: null,
    verified: false,
    private: false,
    followers: exact(followers, 'text'),
    following: exact(Math.round(300 + r() * 900), 'text'),
    postCount: exact(120, 'text'),
    totalLikes: null,
    storyViews: null,
    posts,
    followersSample,
    firstSeen: '2026-01-01T00:00:00.000Z',
    lastSeen: BENCH_NOW.toISOString(),
    score: null,
  };
  const readings: ReadingRow[] = [40, 20, 0].map((ago, i) => ({
    creatorId: id,
    capturedAt: new Date(BENCH_NOW.getTime() - ago * day).toISOString(),
    kind: 'profile',
    url: record.profileUrl,
    followers: exact(Math.round(followers * (0.96 + i * 0.02)), 'text'),
    following: null,
    postCount: null,
  }));
  const manual = ManualEntries.parse({
    storyViews: Math.round(followers * (0.02 + r() * 0.1)),
    countryMix: [
      { country: 'US', share: 0.6 },
      { country: 'BR', share: 0.2 },
    ],
    creatorLanguage: 'en',
  });
  return { record, readings, manual };
}
