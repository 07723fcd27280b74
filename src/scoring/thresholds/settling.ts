import { SIGNAL } from '../signal-ids';
import { row } from './row';

/**
 * How old a post must be before its views, likes and comments count as settled. A post from a
 * few hours ago is still gathering them; counted as finished it pulls the creator's medians
 * down. Each platform's age is the first published point by which a typical post has most of
 * what it will get (measured on real posts, not an opinion); younger posts stay out of the
 * view and engagement medians while enough older ones remain.
 */
const CAMPAIGNDEUS =
  'CampaignDeus, "The Evolution of Engagements" (2018): likes + comments tracked daily for 30 days on 300K Instagram and YouTube posts from 6K+ accounts';

export const SETTLING_ROWS = [
  row('settle.instagram.days', 'parameter', 5, {
    label: 'Instagram posts younger than this are still gathering likes and comments',
    unit: 'days',
    comparison: '>=',
    source: `${CAMPAIGNDEUS}: about 80% of an Instagram post's 30-day engagements arrive in 24 hours, and nearly all posts have at least 90% after 5 days. Measured on likes and comments, not Reels views`,
    signal: SIGNAL.engagementRate,
  }),
  row('settle.tiktok.days', 'parameter', 7, {
    label: 'TikTok videos younger than this are still gathering views',
    unit: 'days',
    comparison: '>=',
    source:
      'Trendpop, "The new TikTok video lifecycle" (VidCon 2023, videos tracked up to 90 days): a typical video has 32% of its views after 24 hours, 38% after 48 hours and 55% after the first week; 53% of its likes arrive in the first 24 hours',
    signal: SIGNAL.viewRate,
  }),
  row('settle.youtube.days', 'parameter', 6, {
    label: 'YouTube videos younger than this are still gathering views',
    unit: 'days',
    comparison: '>=',
    source: `TubeMogul (2010, via Music 3.0): a typical YouTube video gets 50% of its views in its first 6 days and 75% within 20 days; ${CAMPAIGNDEUS}: about 60% of a video's engagements in 24 hours, about 75% after 5 days`,
    signal: SIGNAL.viewRate,
  }),
];
