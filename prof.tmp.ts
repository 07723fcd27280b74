import { makeBenchProfile, BENCH_SETTINGS, BENCH_NOW } from './src/scoring/bench-fixture';
import { scoreCreator } from './src/scoring/index';
const profiles = Array.from({ length: 400 }, (_, i) => makeBenchProfile(i, 50));
for (const p of profiles.slice(0, 50)) scoreCreator(p as never, BENCH_SETTINGS as never, BENCH_NOW);
const t = performance.now();
for (const p of profiles) scoreCreator(p as never, BENCH_SETTINGS as never, BENCH_NOW);
console.log(((profiles.length / (performance.now() - t)) * 1000).toFixed(0), 'profiles/s');
