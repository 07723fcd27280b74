/**
 * Stable ids of every signal scoring can emit. The popup, the checklist and the threshold
 * table refer to signals by these ids, so they never change once shipped.
 */
export const SIGNAL = {
  tier: 'tier',
  engagementRate: 'engagement-rate',
  storyViews: 'story-views',
  engagementQuality: 'engagement-quality',
  repeatCommenters: 'repeat-commenters',
  engagementTiming: 'engagement-timing',
  growthSpikes: 'growth-spikes',
  audienceLanguage: 'audience-language',
  audienceCountry: 'audience-country',
  targetLanguage: 'target-language',
  targetMarket: 'target-market',
  savesToLikes: 'saves-to-likes',
  commentsPerLikes: 'comments-per-100-likes',
  followingRatio: 'following-ratio',
  audienceSample: 'audience-sample',
  nicheFit: 'niche-fit',
  nicheEngagement: 'niche-engagement',
  partnerships: 'partnerships',
  consistency: 'consistency',
  risk: 'risk',
  viewRate: 'view-rate',
  viewsEngagement: 'engagement-by-views',
  viewOutliers: 'view-outliers',
  brandSafety: 'brand-safety',
  sponsoredShare: 'sponsored-share',
  competitorConflict: 'competitor-conflict',
} as const;
export type SignalId = (typeof SIGNAL)[keyof typeof SIGNAL];

/** The signals that speak to fraud (risk level); the rest speak to fit. */
export const RISK_SIGNALS: readonly SignalId[] = [
  SIGNAL.engagementRate,
  SIGNAL.storyViews,
  SIGNAL.engagementQuality,
  SIGNAL.repeatCommenters,
  SIGNAL.engagementTiming,
  SIGNAL.growthSpikes,
  SIGNAL.audienceLanguage,
  SIGNAL.audienceCountry,
  SIGNAL.savesToLikes,
  SIGNAL.commentsPerLikes,
  SIGNAL.followingRatio,
  SIGNAL.audienceSample,
  SIGNAL.viewRate,
  SIGNAL.viewsEngagement,
  SIGNAL.viewOutliers,
];
