/** Export and import of the shortlist (CSV) and of everything (JSON backup). Pure: no storage. */
export type { ImportError, ImportPreview } from './row';
export {
  toCsv,
  toCsvChunks,
  csvCell,
  csvRecord,
  BOM,
  type Cell,
  type ChunkOptions,
} from './csv-write';
export { guardText, unguardText } from './formula-guard';
export {
  BASE_COLUMNS,
  csvColumns,
  registerColumns,
  numberColumn,
  textColumn,
  CellError,
  type Column,
} from './columns';
export { shortlistCells, shortlistToCsv, shortlistToCsvChunks } from './shortlist-csv';
export { readShortlistCsv, type CsvReadOptions } from './csv-read';
export {
  Backup,
  BACKUP_FORMAT,
  BACKUP_VERSION,
  makeBackup,
  backupToJson,
  parseBackup,
  type BackupContents,
  type BackupError,
  type BackupPreview,
} from './backup';
