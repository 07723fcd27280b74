import { Settings } from '../shared/vetting';
import type { VettingDb } from './open';

/** The stored settings, or the defaults when none are stored or they no longer read. */
export async function getSettings(db: VettingDb): Promise<Settings> {
  const parsed = Settings.safeParse((await db.get('settings', 'settings')) ?? {});
  return parsed.success ? parsed.data : Settings.parse({});
}

export async function putSettings(db: VettingDb, settings: Settings): Promise<void> {
  await db.put('settings', Settings.parse(settings), 'settings');
}

/** Changes the settings as stored now (one transaction): two option tabs never undo each other. */
export async function patchSettings(
  db: VettingDb,
  change: (stored: Settings) => Settings,
): Promise<Settings> {
  const tx = db.transaction('settings', 'readwrite');
  const parsed = Settings.safeParse((await tx.store.get('settings')) ?? {});
  const next = Settings.parse(change(parsed.success ? parsed.data : Settings.parse({})));
  await Promise.all([tx.store.put(next, 'settings'), tx.done]);
  return next;
}
