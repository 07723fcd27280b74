// One micro creator against a bundle of two nanos: the cells both cell tests compare.
import { campaign, cell, fair, usd } from './fixtures';

export const value = (m: { kind: string; value?: number }) => (m.kind === 'n/a' ? m.kind : m.value);

// $1,000 each side.
export const campaigns = [
  campaign(
    'instagram:micro',
    { fee: usd(900), shipping: usd(100) },
    { conversions: 20, revenue: usd(2400), grossProfit: usd(1200), engagements: 4000 },
  ),
  campaign(
    'instagram:nano1',
    { fee: usd(400), giftingValue: usd(50) },
    { conversions: 15, revenue: usd(1500), grossProfit: usd(750), engagements: 3000 },
  ),
  campaign(
    'instagram:nano2',
    { fee: usd(450), managementHours: 2, hourlyRate: usd(50) },
    { conversions: 10, revenue: usd(1100), grossProfit: usd(550), engagements: 2500 },
  ),
];
export const micro = cell('micro', ['instagram:micro'], { ...fair, budget: usd(1000) });
export const nanos = cell('nanos', ['instagram:nano1', 'instagram:nano2'], {
  ...fair,
  budget: usd(1000),
});
