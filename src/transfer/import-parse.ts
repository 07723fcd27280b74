// The heavy half of an import, pure and free of extension APIs so it runs in a Web Worker
// (src/ui/shortlist/import-worker.ts): read the chosen file, parse it and validate every row.
// What the preview adds from storage (conflicts, overwrites) stays on the page.
import { parseBackup, type BackupPreview } from './backup';
import { readShortlistCsv } from './csv-read';
import type { ImportPreview } from './row';
import type { ShortlistRow } from '../shared/shortlist-row';

export type ParsedImport =
  | { kind: 'csv'; preview: ImportPreview<ShortlistRow> }
  | { kind: 'backup'; preview: BackupPreview };

/** What the page sends: the file itself (read in the worker) or its text (tests). */
export interface ImportRequest {
  fileName: string;
  file?: Blob;
  text?: string;
  /** ISO time that stands in for dates a hand-made file leaves out. */
  now?: string;
}

export type ImportMessage =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; parsed: ParsedImport }
  | { type: 'failed'; message: string };

const isJsonImport = (fileName: string, text: string) =>
  /\.json$/i.test(fileName) || /^\uFEFF?\s*\{/.test(text);

/** Parses an import file's text: a JSON backup or the extension's CSV, every row validated. */
export function parseImportText(
  fileName: string,
  text: string,
  options: { now?: Date; onProgress?: (done: number, total: number) => void } = {},
): ParsedImport {
  // A backup is one JSON document, validated in one go: it has no rows to count.
  if (isJsonImport(fileName, text)) return { kind: 'backup', preview: parseBackup(text) };
  return { kind: 'csv', preview: readShortlistCsv(text, options) };
}

/** Answers one request: progress as rows are checked, then the result or why it failed. */
export async function handleImportRequest(
  request: ImportRequest,
  post: (message: ImportMessage) => void,
): Promise<void> {
  try {
    const text = request.text ?? (await request.file?.text()) ?? '';
    const parsed = parseImportText(request.fileName, text, {
      ...(request.now ? { now: new Date(request.now) } : {}),
      onProgress: (done, total) => post({ type: 'progress', done, total }),
    });
    post({ type: 'done', parsed });
  } catch (error) {
    // With its name: the page tells a file that cannot be read (NotReadableError) by it.
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    post({ type: 'failed', message });
  }
}
