// The heavy parts of a bench creator: a profile grid's posts and a full score with evidence
// (the light record keeps at most 3 evidence items per signal; some signals have none).
import type { Post } from '../../src/shared/model';
import { exact } from '../../src/shared/stat';
import type { CreatorScore, Signal } from '../../src/shared/score';
import { SIGNAL } from '../../src/scoring/signal-ids';
import { int, pick, type Random } from './random';

export const TOPICS = [
  'Sourdough & seasonal bakes 🥐',
  'Handgedrehte Keramik aus Leipzig',
  'Trail running, Alpen & Dolomiten',
  'Recetas veganas fáciles 🌱',
  'Skincare for sensitive skin',
  'Vintage-Möbel neu gedacht',
];
export const TAGS = 'food berlin q3-campaign gifting paid ugc spring de es top'.split(' ');
export const DAY = 86_400_000;
export const START = Date.UTC(2023, 0, 1);

export function benchPosts(random: Random, handle: string, followers: number): Post[] {
  return Array.from({ length: 12 }, (_, i) => {
    const likes = Math.round(followers * (0.01 + random() * 0.06));
    return {
      url: `https://www.instagram.com/p/${handle.replace(/\W/g, '')}${i}x/`,
      views: i % 4 === 2 ? exact(likes * 9, 'json') : null,
      likes: exact(likes, 'json'),
      comments: exact(Math.round(likes * 0.04), 'json'),
      pinned: i < 2,
      caption: `${pick(random, TOPICS)} #${pick(random, TAGS)} #day${i}`,
      hashtags: [pick(random, TAGS), `day${i}`],
      postedAt: new Date(START + int(random, 0, 900) * DAY).toISOString(),
      commentSample: [],
    };
  });
}

export function benchScore(random: Random, at: string): CreatorScore {
  const verdicts = ['pass', 'pass', 'warn', 'fail', 'insufficient'] as const;
  const signals: Signal[] = Object.values(SIGNAL).map((id) => ({
    id,
    label: id.replace(/-/g, ' '),
    verdict: pick(random, verdicts),
    value: Math.round(random() * 1000) / 1000,
    unit: 'ratio',
    sampleSize: int(random, 0, 60),
    message: `Measured over the visible posts; compared with the documented ${id} threshold.`,
    thresholds: [
      {
        id: `${id}.warn`,
        value: 0.05,
        unit: 'ratio',
        comparison: '<',
        source: 'vetting-reference §4',
      },
    ],
    evidence: Array.from({ length: int(random, 0, 3) }, (_, k) => ({
      kind: 'comment' as const,
      label: `"Great post!" by fan_${k}`,
      detail: 'generic praise',
    })),
  }));
  return {
    computedAt: at,
    tier: pick(random, ['nano', 'micro', 'mid'] as const),
    engagementRate: Math.round(random() * 800) / 10000,
    nicheFit: int(random, 0, 100),
    risk: pick(random, ['low', 'medium', 'high'] as const),
    riskReasons: [SIGNAL.engagementQuality],
    fitSummary: 'Audience mostly DE/AT; food and baking keywords match.',
    signals,
  };
}
