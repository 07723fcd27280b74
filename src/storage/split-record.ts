import type { CreatorRecord } from '../shared/creator';
import type { CreatorScore } from '../shared/score';

/**
 * A creator is stored in two halves. The light half is what lists need (the shortlist opens
 * with 10,000 of them in one read); the detail half holds posts, comments, the follower
 * sample and the full evidence, and is read only for the creator being looked at.
 */
export interface CreatorDetail {
  creatorId: string;
  posts: CreatorRecord['posts'];
  followersSample: CreatorRecord['followersSample'];
  score: CreatorScore | null;
}

/**
 * The light half keeps each signal's verdict and figure (what lists, filters and the CSV
 * show) but not its message, thresholds or evidence: with them a record is ~12 KB and
 * 10,000 of them take seconds to read; without them, well under 2 KB.
 */
function lightScore(score: CreatorScore | null): CreatorScore | null {
  if (!score) return null;
  return {
    ...score,
    signals: score.signals.map((s) => ({
      id: s.id,
      label: s.label,
      verdict: s.verdict,
      value: s.value,
      unit: s.unit,
      sampleSize: s.sampleSize,
      message: '',
      thresholds: [],
      evidence: [],
    })),
  };
}

export function splitRecord(record: CreatorRecord): {
  light: CreatorRecord;
  detail: CreatorDetail;
} {
  return {
    light: { ...record, posts: [], followersSample: [], score: lightScore(record.score) },
    detail: {
      creatorId: record.id,
      posts: record.posts,
      followersSample: record.followersSample,
      score: record.score,
    },
  };
}

export function joinRecord(light: CreatorRecord, detail: CreatorDetail | undefined): CreatorRecord {
  if (!detail) return light;
  return {
    ...light,
    posts: detail.posts,
    followersSample: detail.followersSample,
    score: detail.score ?? light.score,
  };
}
