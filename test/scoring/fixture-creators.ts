import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { CreatorRecord, ReadingRow } from '../../src/shared/creator';
import { ManualEntries, Settings } from '../../src/shared/vetting';
import { pickAdapter } from '../../src/sites';
import { mergeReading, readingRow } from '../../src/storage/merge-reading';
import { loadPage } from '../sites/load-page';
import { shiftRecordedDates } from '../fixtures/sites/recorded-dates';

/**
 * The bundled sample creators as the extension would store them: every fixture page read by
 * its adapter, folded into one record per creator in pages.json order (profile first).
 * `readAt` moves the whole recording in time: the page dates are shifted by the same amount
 * (as the fixture server does for the demo), so a reading a year later sees the same page.
 */
export const FIXTURE_ROOT = path.resolve(import.meta.dirname, '../fixtures/sites');

export interface FixtureIndexRow {
  url: string;
  file: string;
  kind: string;
  /** When the page was recorded: its dates describe the creator as of this moment. */
  recordedAt: string;
}

export function fixtureIndex(): FixtureIndexRow[] {
  return JSON.parse(readFileSync(path.join(FIXTURE_ROOT, 'pages.json'), 'utf8'));
}

export interface FixtureCreator {
  record: CreatorRecord;
  readings: ReadingRow[];
  manual: ManualEntries;
  settings: Settings;
  /** Does any page show at least 10 videos or posts with a view count? */
  videosWithViews: number;
}

/**
 * `profileLast` reads each creator's other pages before the profile, as `npm run demo` does
 * (pages.json lists the profile first).
 */
export function fixtureCreators(
  readAt?: (recordedAt: string) => Date,
  kinds?: readonly string[],
  profileLast = false,
): FixtureCreator[] {
  const byId = new Map<string, FixtureCreator>();
  const index = fixtureIndex();
  if (profileLast)
    index.sort((a, b) => Number(a.kind === 'profile') - Number(b.kind === 'profile'));
  for (const page of index) {
    if (kinds && !kinds.includes(page.kind)) continue;
    const when = readAt ? readAt(page.recordedAt) : new Date(page.recordedAt);
    const url = new URL(page.url);
    const adapter = pickAdapter(url);
    if (!adapter) throw new Error(`no adapter for ${page.url}`);
    const raw = readFileSync(path.join(FIXTURE_ROOT, page.file), 'utf8');
    const html = shiftRecordedDates(raw, new Date(page.recordedAt), when);
    const snap = adapter.read(loadPage(html, page.url), url, when);
    if (!snap.handle) continue;
    const id = `${snap.platform}:${snap.handle}`;
    const prev = byId.get(id);
    const record = mergeReading(prev?.record, snap);
    const row = readingRow(snap, record.id);
    const readings = [...(prev?.readings ?? []), ...(row ? [row] : [])];
    const withViews = snap.posts.filter((p) => p.views !== null).length;
    byId.set(id, {
      record,
      readings,
      manual: ManualEntries.parse({}),
      settings: Settings.parse({}),
      videosWithViews: Math.max(prev?.videosWithViews ?? 0, withViews),
    });
  }
  return [...byId.values()];
}
