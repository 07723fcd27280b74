import { THRESHOLDS } from '../../scoring/thresholds';

const labels = new Map<string, string>(THRESHOLDS.map((r) => [r.id, r.label]));

/** A threshold's plain label ("Story views: red flag below"), never its id. */
export const thresholdLabel = (id: string): string => {
  const label = labels.get(id);
  return label ? `${label}:` : '';
};
