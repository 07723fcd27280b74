import { describe, expect, it } from 'vitest';
import { scoreCreator } from '../../../src/scoring';
import { SIGNAL } from '../../../src/scoring/signal-ids';
import { Settings } from '../../../src/shared/vetting';
import { manual, NOW, post, record, settings, signalOf } from '../helpers';

const captions = (...texts: string[]) => ({
  record: record({ posts: texts.map((caption) => post({ caption })) }),
});
const safety = (run: ReturnType<typeof captions>, s = settings()) =>
  signalOf(SIGNAL.brandSafety, { ...run, settings: s });

describe('brand-safety signal: one creator per language', () => {
  it.each([
    ['English', ['Tequila Tuesday!', 'Morning run', 'New sneakers']],
    ['German', ['Feierabendbier mit Freunden, Bier ist Leben', 'Laufen am Rhein', 'Neue Schuhe']],
    ['Spanish', ['Noche de cerveza', 'Correr por la mañana', 'Zapatillas nuevas']],
    ['French', ['Apéro au bord du lac', 'Course du matin', 'Nouvelles baskets']],
    ['Portuguese', ['Caipirinha na praia', 'Corrida de manhã', 'Tênis novos']],
    ['Italian', ['Spritz al tramonto', 'Corsa mattutina', 'Scarpe nuove']],
  ])('%s: one alcohol post is a warning with its evidence', (_, texts) => {
    const s = safety(captions(...texts));
    expect(s.verdict).toBe('warn');
    expect(s.value).toBe(1);
    expect(s.thresholds.map((t) => t.id)).toEqual(['safety.warn']);
    expect(s.message).toMatch(/1 of 3 posts: Alcohol \(1\)/);
    expect(s.evidence[0]).toMatchObject({ kind: 'keyword', url: expect.stringMatching(/^https:/) });
    expect(s.evidence[0]!.label).toMatch(/^Alcohol: “/);
  });

  it('three flagged posts fail; clean captions pass; a negation keeps it clean', () => {
    expect(safety(captions('vodka', 'casino night', 'what the fuck')).verdict).toBe('fail');
    expect(safety(captions('bread', 'pasta', 'cake')).verdict).toBe('pass');
    const negated = safety(captions('No alcohol for a month', 'Sin alcohol', 'Ohne Alkohol'));
    expect(negated.verdict).toBe('pass');
    expect(negated.evidence.map((e) => e.detail)).toEqual(
      Array(3).fill(expect.stringMatching(/negated, not counted$/)),
    );
  });

  it('too few captions and nothing flagged is insufficient; a flagged bio is judged anyway', () => {
    expect(safety(captions('bread')).verdict).toBe('insufficient');
    const bio = safety({ record: record({ bio: 'OnlyFans link below', posts: [] }) });
    expect(bio.verdict).toBe('warn');
    expect(bio.message).toMatch(/the bio: Adult content \(1\)/);
  });

  it('a brand that switches the category off is not warned', () => {
    const brand = Settings.parse({ brand: { safetyOff: ['alcohol'] } });
    expect(safety(captions('Tequila Tuesday!', 'run', 'shoes'), brand).verdict).toBe('pass');
  });

  it('feeds the verdict as a concern, never as an avoid', () => {
    const posts = ['vodka', 'casino night', 'what the fuck', 'poker'].map((caption) =>
      post({ caption, likesN: 500, commentsN: 20 }),
    );
    const score = scoreCreator(
      { record: record({ posts }), readings: [], manual: manual() },
      settings(),
      NOW,
    );
    expect(score.signals.find((s) => s.id === SIGNAL.brandSafety)?.verdict).toBe('fail');
    expect(score.verdict?.level).not.toBe('avoid');
    expect(score.verdict?.level).not.toBe('book');
    expect(score.verdict?.reasons.some((r) => r.signalId === SIGNAL.brandSafety)).toBe(true);
  });
});
