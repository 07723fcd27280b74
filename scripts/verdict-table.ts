// Prints each bundled sample creator's risk level and verdict, scored as of its recording date:
// once after its profile page only (what `npm run demo` reads) and once after all its pages.
// Run: npx tsx scripts/verdict-table.ts [--markdown]
import { scoreCreator } from '../src/scoring';
import { fixtureCreators } from '../test/scoring/fixture-creators';

const cell = (s: string) => s.replace(/\|/g, '\\|');
console.log(
  '| creator | pages read | videos/posts with views | risk (decided by) | verdict | confidence | reasons | next step |',
);
console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
for (const [pages, kinds] of [
  ['profile', ['profile']],
  ['all', undefined],
] as const) {
  for (const c of fixtureCreators(undefined, kinds)) {
    const score = scoreCreator(c, c.settings, new Date(c.record.lastSeen));
    const v = score.verdict;
    const reasons = v ? v.reasons.map((r) => r.text).join(' · ') : '—';
    const risk = `${score.risk}${score.riskReasons.length ? ` (${score.riskReasons.join(', ')})` : ''}`;
    console.log(
      `| ${c.record.platform} @${c.record.handle} | ${pages} | ${c.videosWithViews} | ${risk} | ${v?.level ?? '—'} | ${v?.confidence ?? '—'} | ${cell(reasons)} | ${cell(v?.nextStep ?? '—')} |`,
    );
  }
}
