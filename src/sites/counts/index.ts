// Locale-aware parsing of what the sites show: compact counts and relative times.
export { parseCount } from './parse-count';
export { parseRelativeTime } from './relative-time';
