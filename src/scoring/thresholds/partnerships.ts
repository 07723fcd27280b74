import { SIGNAL } from '../signal-ids';
import { DEFAULT, row } from './row';

/** Favikon's creator audit: the one published cut-off for a creator's share of sponsored posts. */
const FAVIKON =
  'Favikon creator audit: flags creators whose posts are more than 30% sponsored; the only published cut-off found for this share';

export const PARTNERSHIP_ROWS = [
  row('partnership.share.warn', 'warn', 0.3, {
    label: 'Sponsored posts: share of the posts read above',
    unit: 'share of posts',
    comparison: '>',
    source: FAVIKON,
    signal: SIGNAL.sponsoredShare,
    cite: 'Favikon',
  }),
  row('partnership.share.minPosts', 'minSample', 6, {
    label: 'Posts read before the sponsored share is judged',
    unit: 'posts',
    comparison: '>=',
    source: `${DEFAULT} one sponsored post among three would already be a third`,
    signal: SIGNAL.sponsoredShare,
  }),
  row('partnership.conflict.fail', 'fail', 1, {
    label: 'Sponsored posts for a competitor within the conflict window, from',
    unit: 'posts',
    comparison: '>=',
    source: `${DEFAULT} one recent partnership with a rival is a conflict to clear before booking`,
    signal: SIGNAL.competitorConflict,
  }),
  row('partnership.conflict.days', 'parameter', 90, {
    label: 'Conflict window: days back a competitor partnership counts',
    unit: 'days',
    comparison: 'parameter',
    source: `${DEFAULT} a quarter; set it to the exclusivity period of your contracts. A post whose date is shown too roughly to tell whether it falls in the window (such as "2 months ago") leaves the check open`,
    signal: SIGNAL.competitorConflict,
  }),
];
