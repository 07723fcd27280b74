import type { Words } from '../sites/site-row';

/**
 * Every signal scoring can emit, one entry each: its stable id (stored, exported, never
 * changed once shipped), the label the popup and report show (in the site's own words), the
 * title of its group of thresholds on the options page, and its CSV column. Adding a signal
 * is an entry here, its function in scoring/index.ts and its threshold rows;
 * test/scoring/signal-table.test.ts fails until each has all of them.
 */
interface SignalEntry<I extends string> {
  id: I;
  label: (w: Words) => string;
  /** Title of the signal's group on the options page (it holds the signal's thresholds). */
  optionsTitle: string;
  /** Column label of the CSV export; kept as shipped, since old files are read back by it. */
  csvLabel: string;
}

/** An entry; one text serves as label, options title and CSV column when they agree. */
const entry = <const I extends string>(
  id: I,
  label: string | ((w: Words) => string),
  optionsTitle = label as string,
  csvLabel = optionsTitle,
): SignalEntry<I> => ({
  id,
  label: typeof label === 'string' ? () => label : label,
  optionsTitle,
  csvLabel,
});

const capital = (s: string) => `${s.charAt(0).toUpperCase()}${s.slice(1)}`;

export const SIGNAL_TABLE = {
  tier: entry('tier', 'Tier', 'Tiers', 'Tier'),
  engagementRate: entry(
    'engagement-rate',
    (w) => `Engagement ÷ ${w.followers} vs tier benchmark`,
    'Engagement rate and benchmarks',
    'Engagement rate vs benchmark',
  ),
  storyViews: entry('story-views', 'Story views vs followers', 'Story views', 'Story views'),
  engagementQuality: entry(
    'engagement-quality',
    'Engagement quality (comments)',
    'Engagement quality (comments)',
    'Engagement quality',
  ),
  repeatCommenters: entry(
    'repeat-commenters',
    'Same commenters across posts',
    'Repeat commenters',
    'Repeat commenters',
  ),
  engagementTiming: entry('engagement-timing', 'Engagement timing'),
  growthSpikes: entry('growth-spikes', 'Follower growth spikes'),
  audienceLanguage: entry(
    'audience-language',
    "Comment languages vs creator's language",
    'Audience language',
    'Audience language',
  ),
  audienceCountry: entry(
    'audience-country',
    "Audience countries vs creator's country",
    'Audience country',
    'Audience country',
  ),
  targetLanguage: entry(
    'target-language',
    "Comment languages vs brand's target languages",
    'Target language',
    'Target language',
  ),
  targetMarket: entry(
    'target-market',
    'Audience countries vs target markets',
    'Target market',
    'Target market',
  ),
  savesToLikes: entry(
    'saves-to-likes',
    'Saves-to-likes ratio',
    'Saves-to-likes ratio',
    'Saves to likes',
  ),
  commentsPerLikes: entry('comments-per-100-likes', 'Comments per 100 likes'),
  followingRatio: entry(
    'following-ratio',
    'Following ÷ followers (mass-follow)',
    'Following ÷ followers',
    'Following to followers',
  ),
  audienceSample: entry(
    'audience-sample',
    'Audience sample (visible followers)',
    'Follower sample',
    'Audience sample',
  ),
  nicheFit: entry('niche-fit', 'Niche fit with the brand profile', 'Niche fit', 'Niche fit'),
  nicheEngagement: entry(
    'niche-engagement',
    'Engagement on on-niche posts vs other posts',
    'Engagement on niche posts',
    'On-niche engagement',
  ),
  partnerships: entry(
    'partnerships',
    'Past brand partnerships',
    'Brand partnerships',
    'Partnerships',
  ),
  consistency: entry('consistency', 'Posting consistency', 'Content consistency', 'Consistency'),
  risk: entry('risk', 'Risk level', 'Risk level', 'Risk'),
  viewRate: entry(
    'view-rate',
    (w) => `Views ÷ ${w.followers}`,
    'Views compared with followers',
    'View rate (median views ÷ followers)',
  ),
  viewsEngagement: entry(
    'engagement-by-views',
    'Engagement ÷ views',
    'Engagement per view',
    'Engagement by views',
  ),
  viewOutliers: entry(
    'view-outliers',
    (w) => `${capital(w.posts)} out of pattern`,
    'Videos out of the usual pattern',
    'View outliers',
  ),
  brandSafety: entry('brand-safety', 'Brand safety'),
  sponsoredShare: entry('sponsored-share', 'Sponsored share of posts'),
  competitorConflict: entry('competitor-conflict', 'Competitor partnerships'),
} as const;

type Table = typeof SIGNAL_TABLE;
export type SignalId = Table[keyof Table]['id'];

/** The ids by name (SIGNAL.engagementRate is 'engagement-rate'). */
export const SIGNAL = Object.fromEntries(
  Object.entries(SIGNAL_TABLE).map(([name, e]) => [name, e.id]),
) as { readonly [K in keyof Table]: Table[K]['id'] };

const BY_ID = new Map<string, SignalEntry<SignalId>>(
  Object.values(SIGNAL_TABLE).map((e) => [e.id, e]),
);

/** The entry of a signal id; undefined for an id no longer (or not yet) in the table. */
const signalEntry = (id: string): SignalEntry<SignalId> | undefined => BY_ID.get(id);

/** The label of a signal in the site's words. */
export const signalLabel = (id: SignalId, w: Words): string => BY_ID.get(id)!.label(w);

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

/** Threshold groups that are not signals: their rows weigh the signals into the verdict. */
const OTHER_GROUPS: Readonly<Record<string, string>> = {
  verdict: 'Verdict: how large a sample a red flag needs',
};

/** Options-page title of a group of thresholds (a signal's, or the verdict's). */
export const groupTitle = (group: string): string | undefined =>
  signalEntry(group)?.optionsTitle ?? OTHER_GROUPS[group];
