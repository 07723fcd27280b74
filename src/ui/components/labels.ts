import type { RiskLevel, TierId, Verdict } from '../../shared/score';
import { t } from '../i18n';

/** Message keys allow only letters, digits and "_": ids such as "below-nano" are mapped. */
const key = (prefix: string, id: string) => `${prefix}_${id.replace(/[^A-Za-z0-9]/g, '_')}`;

export const tierLabel = (tier: TierId): string => t(key('tier', tier));
export const riskLabel = (risk: RiskLevel): string => t(key('risk', risk));
export const verdictLabel = (verdict: Verdict): string => t(key('verdict', verdict));

/** A mark beside the word, so a verdict never depends on colour alone. */
export const VERDICT_MARK: Record<Verdict, string> = {
  pass: '✓',
  warn: '!',
  fail: '✗',
  insufficient: '?',
};
