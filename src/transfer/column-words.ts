import { Platform } from '../shared/model';
import { RiskLevel, TierId, Verdict, VerdictConfidence, VerdictLevel } from '../shared/score';
import { ShortlistStatus } from '../shared/vetting';
import { siteOf } from '../sites/table';
import { enumWords } from './words';

// The popup's own English words (a test keeps these equal to the messages files), so a
// spreadsheet reads like the screen.

export const VERDICT_WORDS = enumWords(VerdictLevel, {
  book: 'Book',
  check: 'Check first',
  avoid: 'Avoid',
  unknown: 'Too little to judge',
});

export const CONFIDENCE_WORDS = enumWords(VerdictConfidence, {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
});

export const SIGNAL_VERDICT_WORDS = enumWords(Verdict, {
  pass: 'Pass',
  warn: 'Warning',
  fail: 'Red flag',
  insufficient: 'Not enough data',
});

export const TIER_WORDS = enumWords(TierId, {
  'below-nano': 'Below nano (under 1,000)',
  nano: 'Nano (1K–10K)',
  micro: 'Micro (10K–100K)',
  mid: 'Mid-tier (100K–500K)',
  macro: 'Macro (500K–1M)',
  mega: 'Mega (1M+)',
  unknown: 'Tier unknown',
});

export const RISK_WORDS = enumWords(RiskLevel, {
  low: 'Low risk',
  medium: 'Medium risk',
  high: 'High risk',
  unknown: 'Risk unknown',
});

export const STATUS_WORDS = enumWords(ShortlistStatus, {
  prospect: 'Prospect',
  contacted: 'Contacted',
  testing: 'Testing',
  core: 'Core',
  dropped: 'Dropped',
});

export const PLATFORM_WORDS = enumWords(
  Platform,
  Object.fromEntries(Platform.options.map((p) => [p, siteOf(p).label])) as Record<Platform, string>,
);
