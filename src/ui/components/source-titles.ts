import { SEEDS } from '../../scoring/thresholds/row';
import { flatten, NESTED } from './people-text';

/**
 * Threshold sources are written for the project ("seed 001 — …", "kaggle-instagram-fake/
 * train.csv", "project default — …"). People read them as a short title that links to the
 * Sources page, and there in full with every file name and path replaced by words.
 */
type SeedKey = keyof typeof SEEDS;

const SEED_SHORT: Record<SeedKey, string> = {
  '000': 'Nano vs micro sales guide',
  '001': 'Nano vs micro ROI guide',
  '004': 'Micro vs macro ROI guide',
};

/** The article's own title, without the file name in front of it. */
export const seedArticle = (key: SeedKey): string => SEEDS[key].replace(/^.*? — /, '');

const SECTIONS: [RegExp, string][] = [
  [/^Fraud Signal table/i, 'fraud signal table'],
  [/^Quick Vetting Checklist/i, 'vetting checklist'],
  [/^tier table/i, 'tier table'],
];
const DATASET = /kaggle-instagram-fake(?:\/[\w.-]+)?/g;
const DATASET_WORDS = 'the public Kaggle set of fake and real Instagram accounts';

/** Price rows name the article by its file ("001_1aabd47414312f36.txt"). */
const SEED_FILE = /^(\d{3})_[0-9a-f]{8,}\.txt$/;

function seedTitle(source: string): string | null {
  const file = SEED_FILE.exec(source);
  if (file) return file[1]! in SEED_SHORT ? SEED_SHORT[file[1] as SeedKey] : null;
  const m = /^seed (\d{3})(?: and seed \d{3})?\s*(?:—|:)?\s*(.*)$/s.exec(source);
  if (!m || !(m[1]! in SEED_SHORT)) return null;
  const base = SEED_SHORT[m[1] as SeedKey];
  const section = SECTIONS.find(([re]) => re.test(m[2] ?? ''));
  return section ? `${base} — ${section[1]}` : base;
}

const titles = new Map<string, string>();

/** A short human title for a threshold's source, e.g. "Nano vs micro sales guide — tier table". */
export function sourceTitle(source: string): string {
  let title = titles.get(source);
  if (title !== undefined) return title;
  title =
    seedTitle(source) ??
    (/^project default/.test(source)
      ? 'Our default'
      : /^calibrated/.test(source)
        ? 'Fitted on public fake-account data'
        : /^measured/.test(source)
          ? 'Measured on public fake-account data'
          : firstClause(source));
  titles.set(source, title);
  return title;
}

function firstClause(text: string): string {
  const clause = text
    .replace(/engagement-rate/g, 'engagement rate')
    .split(/[;:(]| — /)[0]!
    .trim();
  return clause.length > 60 ? `${clause.slice(0, 57).trimEnd()}…` : clause || text;
}

/** The whole source in words: articles by their titles, no file names, paths or script names. */
export function sourceInFull(source: string): string {
  return source
    .replace(/seed (\d{3})/g, (whole, key: string) =>
      key in SEEDS ? `“${seedArticle(key as SeedKey)}”` : whole,
    )
    .replace(/\s*\(scripts\/[\w./-]+\)/g, '')
    .replace(DATASET, DATASET_WORDS)
    .replace(/project default —\s*;?\s*/g, 'our default: ')
    .replace(/^our default: /, 'Our default: ')
    .replace(/^calibrated —/, 'Fitted by logistic regression —')
    .replace(/^measured —/, 'Measured —')
    .replace(/\(vetting-reference ([^)]*)\)/g, '(the project’s vetting notes: $1)')
    .replace(/\(vetting-reference caveats\)/g, '– see the project’s vetting notes')
    .replace(/\bSpendVet\b/g, 'the SpendVet guide')
    .replace(/engagement-rate/g, 'engagement rate')
    .replace(NESTED, flatten)
    .replace(/our default:\s*$/, 'our default.');
}

/** The anchor a title links to on the Sources page (letters and digits only). */
export function sourceAnchor(title: string): string {
  return `src-${title.toLowerCase().replace(/[^a-z0-9]+/g, '')}`;
}
