import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_PROVEN_SHARE, planBudget, type PlannerCreator } from '../../src/roi/planner';
import { STATUSES } from '../../src/shared/vetting';
import { eur, usd } from './fixtures';
import { SITE_IDS } from '../../src/sites/table';

const creator = (
  creatorId: string,
  status: PlannerCreator['status'],
  quoted: PlannerCreator['quoted'] = null,
  tier: PlannerCreator['tier'] = 'nano',
): PlannerCreator => ({
  creatorId,
  status,
  tier,
  platform: 'instagram',
  format: 'post',
  quoted,
});

describe('budget planner: 60–70 % proven, 30–40 % testing (000)', () => {
  const shortlist = [
    creator('core1', 'core', usd(300)),
    creator('core2', 'core', usd(100)),
    creator('new1', 'prospect', usd(50)),
    creator('new2', 'contacted', null), // nano Instagram post: reference $10–$100 → $55
    creator('new3', 'testing', usd(95)),
    creator('gone', 'dropped', usd(1000)),
  ];
  const plan = planBudget(usd(10_000), shortlist);
  const of = (id: string) => plan.allocations.find((a) => a.creatorId === id)!;

  it('splits 65 % / 35 % by default', () => {
    expect(DEFAULT_PROVEN_SHARE).toBe(0.65);
    expect(plan.pools).toEqual({ proven: usd(6500), testing: usd(3500) });
    expect(plan.warnings).toEqual([]);
  });

  it('allocates within a pool in proportion to price, to the cent', () => {
    expect(of('core1').amount).toEqual(usd(4875)); // 6500 × 300/400
    expect(of('core2').amount).toEqual(usd(1625));
    expect(of('core1').posts).toBe(16);
    expect(of('new2')).toMatchObject({ price: usd(55), priceBasis: 'reference', pool: 'testing' });
    expect(of('new1').amount).toEqual(usd(875)); // 3500 × 50/200
    expect(plan.allocations.map((a) => a.creatorId)).not.toContain('gone');
    const total = plan.allocations.reduce((s, a) => s + a.amount.minor, 0) + plan.unallocated.minor;
    expect(total).toBe(plan.budget.minor);
  });

  it('warns outside 60–70 % and keeps an empty pool unspent', () => {
    const p = planBudget(usd(1000), [creator('a', 'prospect', usd(10))], 0.5);
    expect(p.pools).toEqual({ proven: usd(500), testing: usd(500) });
    expect(p.unallocated).toEqual(usd(500));
    expect(p.warnings.map((w) => w.code)).toEqual(['shareOutsideSeedRange', 'noProvenCreators']);
    expect(
      planBudget(usd(1000), [creator('a', 'core', usd(1))], 0.6).warnings.map((w) => w.code),
    ).toEqual(['noTestingCreators']);
    expect(
      planBudget(usd(1000), [creator('a', 'core', usd(1))], 0.7).warnings.map((w) => w.code),
    ).toEqual(['noTestingCreators']);
  });

  it('warns when a pool cannot pay one post each, and when a price is unknown', () => {
    const p = planBudget(usd(500), [
      creator('a', 'core', usd(400)),
      creator('b', 'core', usd(400)),
      creator('c', 'testing', eur(10), 'mid'),
    ]);
    expect(p.warnings).toEqual([
      { code: 'provenPoolShort', subs: [] },
      { code: 'priceUnknown', subs: ['c'] },
    ]);
    expect(p.allocations.find((a) => a.creatorId === 'c')).toMatchObject({
      price: null,
      posts: null,
      amount: usd(175),
    });
  });

  it('never loses a cent, whatever the shortlist and share', () => {
    const entry = fc.record({
      creatorId: fc.string(),
      status: fc.constantFrom(...STATUSES),
      tier: fc.constantFrom('nano', 'micro', 'macro', 'mid', 'unknown'),
      platform: fc.constantFrom(...SITE_IDS),
      format: fc.constantFrom('post', 'story', 'video', 'integration', 'short'),
      quoted: fc.option(
        fc.integer({ min: 0, max: 1e8 }).map((minor) => ({ minor, currency: 'USD' })),
      ),
    }) as fc.Arbitrary<PlannerCreator>;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e11 }),
        fc.array(entry, { maxLength: 40 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (budget, list, share) => {
          const p = planBudget(usd(budget / 100), list, share);
          const spent = p.allocations.reduce((s, a) => s + a.amount.minor, 0) + p.unallocated.minor;
          expect(spent).toBe(p.budget.minor);
          expect(p.pools.proven.minor + p.pools.testing.minor).toBe(p.budget.minor);
          expect(
            p.allocations.every(
              (a) => a.amount.minor >= 0 && (a.posts === null || Number.isFinite(a.posts)),
            ),
          ).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });
});
