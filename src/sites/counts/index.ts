// Locale-aware parsing of what the sites show: compact counts and relative times.
export { parseCount, type ParsedCount } from './parse-count';
export { parseRelativeTime, type ParsedTime } from './relative-time';
