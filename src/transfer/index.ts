/**
 * What the bench (scripts/bench/csv.ts) loads of the CSV layer by path, so a checkout without
 * it still benches the rest: the shortlist's cells, the CSV writer and the columns. The app
 * imports each module directly. Pure: no storage.
 */
export { toCsv } from './csv-write';
export { csvColumns } from './columns';
export { shortlistCells } from './shortlist-csv';
