import { describe, expect, it } from 'vitest';
import { buildContext } from '../../src/scoring/context';
import { languages } from '../../src/scoring/signals/languages';
import { fixtureCreators, type FixtureCreator } from './fixture-creators';

/**
 * The language a creator writes in, read from their own captions and bio, decides whether their
 * comments are "in the creator's language". The bundled sample creators write in English, German
 * and Spanish; YouTube shows each title on several tabs and TikTok varies hashtags per caption.
 */
const WRITES_IN: Record<string, string> = {
  'instagram:lena.bakes': 'eng',
  'instagram:mara.keramik': 'deu',
  'tiktok:maya.moves': 'eng',
  'tiktok:carla.corre': 'spa',
  'youtube:techtalkpaul': 'eng',
  'youtube:technikmittim': 'deu',
};

const creatorLanguage = (c: FixtureCreator, order: (posts: unknown[]) => unknown[] = (p) => p) => {
  const record = { ...c.record, posts: order([...c.record.posts]) as typeof c.record.posts };
  const ctx = buildContext(record, c.readings, c.manual, c.settings, new Date(c.record.lastSeen));
  return languages(ctx).creator;
};

describe("the creator's own language", () => {
  const creators = fixtureCreators();

  it('is the language each sample creator writes in', () => {
    expect(Object.fromEntries(creators.map((c) => [c.record.id, creatorLanguage(c).lang]))).toEqual(
      WRITES_IN,
    );
  });

  it('does not change with the order the pages were read in', () => {
    // The demo opened each post before its profile; three copies of a YouTube title that franc
    // reads as Swedish then came first and made an English channel "Swedish".
    for (const c of creators) {
      expect(creatorLanguage(c, (p) => p.reverse()).lang, c.record.id).toBe(WRITES_IN[c.record.id]);
      expect(creatorLanguage(c, (p) => [...p.slice(5), ...p.slice(0, 5)]).lang).toBe(
        WRITES_IN[c.record.id],
      );
    }
  });
});
