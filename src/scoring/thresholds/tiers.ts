import { SIGNAL } from '../signal-ids';
import {
  DEFAULT,
  NANO_MICRO_SALES_GUIDE,
  NANO_MICRO_ROI_GUIDE,
  MICRO_MACRO_ROI_GUIDE,
  row,
} from './row';

/**
 * Tier lower bounds (followers). 004's table gives ranges whose ends touch (1,000–10,000,
 * 10,000–100,000…); the project reads each lower bound as inclusive, so 10,000 is micro.
 */
const tierSource = (range: string, extra = '') =>
  `${MICRO_MACRO_ROI_GUIDE} — tier table: ${range}${extra}; lower bound inclusive (${DEFAULT} the table's ranges touch)`;
const spec = (label: string, source: string) => ({
  label,
  unit: 'followers',
  comparison: '>=' as const,
  source,
  signal: SIGNAL.tier,
});

export const TIER_ROWS = [
  row(
    'tier.nano.min',
    'tier',
    1_000,
    spec(
      'Nano tier starts at',
      tierSource(
        'nano 1,000–10,000',
        `; ${NANO_MICRO_SALES_GUIDE} and ${NANO_MICRO_ROI_GUIDE} agree; below it no source names a tier ("below nano")`,
      ),
    ),
  ),
  row(
    'tier.micro.min',
    'tier',
    10_000,
    spec(
      'Micro tier starts at',
      tierSource(
        'micro 10,000–100,000',
        `; ${NANO_MICRO_SALES_GUIDE} and ${NANO_MICRO_ROI_GUIDE} agree; the tier table's guide also calls 1K–100K "micro" in its headline`,
      ),
    ),
  ),
  row(
    'tier.mid.min',
    'tier',
    100_000,
    spec('Mid tier starts at', tierSource('mid-tier 100,000–500,000')),
  ),
  row(
    'tier.macro.min',
    'tier',
    500_000,
    spec('Macro tier starts at', tierSource('macro 500,000–1,000,000')),
  ),
  row(
    'tier.mega.min',
    'tier',
    1_000_000,
    spec('Mega tier starts at', tierSource('mega 1,000,000+')),
  ),
];
