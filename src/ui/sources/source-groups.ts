import { THRESHOLDS, type ThresholdRow } from '../../scoring/thresholds';
import { SEEDS } from '../../scoring/thresholds/row';
import { seedArticle, sourceAnchor, sourceInFull, sourceTitle } from '../components/source-titles';

export interface SourceGroup {
  title: string;
  anchor: string;
  /** The article's full title when the source is one of the reference articles. */
  article: string | null;
  rows: { label: string; text: string }[];
}

const articleOf = (title: string): string | null => {
  const key = (Object.keys(SEEDS) as (keyof typeof SEEDS)[]).find((k) =>
    title.startsWith(sourceTitle(`seed ${k}`)),
  );
  return key ? seedArticle(key) : null;
};

/** Every source the threshold table cites, by short title, each with the figures it backs. */
export function sourceGroups(rows: readonly ThresholdRow[] = THRESHOLDS): SourceGroup[] {
  const groups = new Map<string, SourceGroup>();
  for (const row of rows) {
    const title = sourceTitle(row.source);
    let group = groups.get(title);
    if (!group) {
      group = { title, anchor: sourceAnchor(title), article: articleOf(title), rows: [] };
      groups.set(title, group);
    }
    group.rows.push({ label: row.label, text: sourceInFull(row.source) });
  }
  return [...groups.values()];
}
