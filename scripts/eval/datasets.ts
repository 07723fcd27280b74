import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import type { FollowerFeatures } from '../../src/scoring/audience/features';

/** Shared data is read in place from ../shared/datasets (never copied into the repo). */
export const DATASETS = path.resolve(import.meta.dirname, '../../../shared/datasets');

export interface Labelled {
  x: FollowerFeatures;
  y: number;
}

function csv(file: string): Record<string, string>[] {
  const parsed = Papa.parse<Record<string, string>>(readFileSync(file, 'utf8'), {
    header: true,
    skipEmptyLines: true,
  });
  return parsed.data;
}

/**
 * Kaggle "Instagram fake spammer genuine accounts": the columns a followers list can show,
 * mapped to the model's features (see src/scoring/audience/features.ts).
 */
export function kaggle(): Labelled[] | null {
  const file = path.join(DATASETS, 'kaggle-instagram-fake/train.csv');
  if (!existsSync(file)) return null;
  return csv(file).map((r) => ({
    x: {
      noAvatar: Number(r['profile pic']) === 1 ? 0 : 1,
      usernameDigits: Number(r['nums/length username']) || 0,
      noDisplayName: Number(r['fullname words']) === 0 ? 1 : 0,
      nameDigits: Number(r['nums/length fullname']) || 0,
      nameIsUsername: Number(r['name==username']) === 1 ? 1 : 0,
      nameOneWord: Number(r['fullname words']) === 1 ? 1 : 0,
      nameManyWords: Number(r['fullname words']) >= 3 ? 1 : 0,
      randomUsername: 0,
    },
    y: Number(r.fake) === 1 ? 1 : 0,
  }));
}

/** InstaFake (2018): only avatar and username digits are list-visible; names are absent. */
export function instafake(): Labelled[] | null {
  const dir = path.join(DATASETS, 'instafake');
  const files = ['fakeAccountData.json', 'realAccountData.json'].map((f) => path.join(dir, f));
  if (!files.every(existsSync)) return null;
  type Row = {
    userHasProfilPic: number;
    usernameDigitCount: number;
    usernameLength: number;
    isFake: number;
  };
  return files.flatMap((f) =>
    (JSON.parse(readFileSync(f, 'utf8')) as Row[]).map((r) => ({
      x: {
        noAvatar: r.userHasProfilPic ? 0 : 1,
        usernameDigits: r.usernameLength > 0 ? r.usernameDigitCount / r.usernameLength : 0,
        noDisplayName: null,
        nameDigits: 0,
        nameIsUsername: 0,
        nameOneWord: null,
        nameManyWords: null,
        randomUsername: 0,
      },
      y: r.isFake ? 1 : 0,
    })),
  );
}

export interface SpamComment {
  file: string;
  text: string;
  y: number;
}

/** UCI YouTube Spam Collection: five files, CLASS 1 = spam. */
export function youtubeSpam(): SpamComment[] | null {
  const dir = path.join(DATASETS, 'youtube-spam-collection');
  if (!existsSync(dir)) return null;
  const files = [
    'Youtube01-Psy',
    'Youtube02-KatyPerry',
    'Youtube03-LMFAO',
    'Youtube04-Eminem',
    'Youtube05-Shakira',
  ];
  return files.flatMap((name) => {
    const file = path.join(dir, `${name}.csv`);
    if (!existsSync(file)) return [];
    return csv(file).map((r) => ({
      file: name,
      text: r.CONTENT ?? '',
      y: Number(r.CLASS) === 1 ? 1 : 0,
    }));
  });
}
