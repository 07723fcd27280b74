import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { spamTokens } from '../../src/scoring/text/spam-features';
import { youtubeSpam } from './datasets';
import { shuffled } from './metrics';

/** One labelled comment; `group` is who it belongs to (creator account or video). */
export interface Labelled {
  id: string;
  set: 'instagram' | 'youtube';
  group: string;
  post: string;
  text: string;
  y: number;
}

const IG_FILE = path.resolve(import.meta.dirname, 'data/instagram-scamspot.jsonl');

/** ScamSpot's real Instagram comments (kept in the project, see data/SOURCE.md). */
function instagramComments(): Labelled[] | null {
  if (!existsSync(IG_FILE)) return null;
  return readFileSync(IG_FILE, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [id, account, media, y, text] = JSON.parse(line) as [
        string,
        string,
        string,
        number,
        string,
      ];
      return { id: `ig:${id}`, set: 'instagram', group: account, post: media, text, y };
    });
}

/** Files 01–03 fit, 04–05 test (the patterns were written reading 01–02). */
const YT_FIT = new Set(['Youtube01-Psy', 'Youtube02-KatyPerry', 'Youtube03-LMFAO']);

function youtubeComments(): Labelled[] {
  return (youtubeSpam() ?? []).map((r, i) => ({
    id: `yt:${r.file}:${i}`,
    set: 'youtube',
    group: r.file,
    post: r.file,
    text: r.text,
    y: r.y,
  }));
}

export interface SpamSplit {
  fit: Labelled[];
  test: Labelled[];
  /** Test comments dropped because the same text (after folding) is in the fitting part. */
  droppedRepeats: number;
  testAccounts: string[];
}

const textKey = (t: string) => spamTokens(t).replace(/\s+/g, ' ').trim();

/**
 * Honest split: whole creators go to one side (about 30% of Instagram comments to test, chosen
 * by a seeded shuffle of account names), whole YouTube videos likewise; then any test comment
 * whose folded text also occurs in the fitting part is dropped (scam bots paste one text under
 * many creators).
 */
export function spamSplit(seed = 7): SpamSplit | null {
  const ig = instagramComments();
  if (!ig) return null;
  const accounts = shuffled([...new Set(ig.map((r) => r.group))].sort(), seed);
  const testAccounts: string[] = [];
  let inTest = 0;
  for (const a of accounts) {
    if (inTest >= 0.3 * ig.length) break;
    testAccounts.push(a);
    inTest += ig.filter((r) => r.group === a).length;
  }
  const isTest = (r: Labelled) =>
    r.set === 'instagram' ? testAccounts.includes(r.group) : !YT_FIT.has(r.group);
  const all = [...ig, ...youtubeComments()];
  const fit = all.filter((r) => !isTest(r));
  const seen = new Set(fit.map((r) => textKey(r.text)));
  const candidates = all.filter(isTest);
  const test = candidates.filter((r) => !seen.has(textKey(r.text)));
  return { fit, test, droppedRepeats: candidates.length - test.length, testAccounts };
}

/** A short fingerprint of a set of ids, and how many ids two parts share. */
export function fingerprint(rows: readonly Labelled[]): string {
  const h = createHash('sha256');
  for (const id of rows.map((r) => r.id).sort()) h.update(`${id}\n`);
  return h.digest('hex').slice(0, 12);
}

export function overlap(a: readonly Labelled[], b: readonly Labelled[]) {
  const ids = new Set(a.map((r) => r.id));
  const texts = new Set(a.map((r) => textKey(r.text)));
  const groups = new Set(a.map((r) => `${r.set}:${r.group}`));
  return {
    ids: b.filter((r) => ids.has(r.id)).length,
    texts: b.filter((r) => texts.has(textKey(r.text))).length,
    groups: new Set(b.map((r) => `${r.set}:${r.group}`).filter((g) => groups.has(g))).size,
  };
}
