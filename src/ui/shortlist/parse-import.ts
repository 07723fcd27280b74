// Runs the import's parsing in a Web Worker and reports its progress. Where there is no
// Worker (unit tests under happy-dom) the same pure code runs here instead.
import type { ImportMessage, ImportRequest, ParsedImport } from '../../transfer/import-parse';

export type Progress = (done: number, total: number) => void;

export function parseImportFile(file: File, onProgress: Progress): Promise<ParsedImport> {
  const request: ImportRequest = { fileName: file.name, file };
  return new Promise((resolve, reject) => {
    const receive = (message: ImportMessage) => {
      if (message.type === 'progress') onProgress(message.done, message.total);
      else if (message.type === 'done') resolve(message.parsed);
      else reject(new Error(message.message));
    };
    if (typeof Worker === 'undefined') {
      // Loaded only here, so the page's own chunk carries no parser (the worker has its copy).
      void import('../../transfer/import-parse').then((m) =>
        m.handleImportRequest(request, receive),
      );
      return;
    }
    const worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module' });
    const stop = () => worker.terminate();
    worker.onmessage = (event: MessageEvent<ImportMessage>) => {
      if (event.data.type !== 'progress') stop();
      receive(event.data);
    };
    worker.onerror = (event) => {
      stop();
      reject(new Error(event.message || 'the import worker stopped'));
    };
    worker.postMessage(request);
  });
}
