// Web Worker entry: parses and validates an import file off the page's main thread, so a
// file of 20,000 rows leaves the shortlist responsive and its progress bar moving.
import '../../shared/zod-jitless';
import { handleImportRequest, type ImportRequest } from '../../transfer/import-parse';

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
  postMessage(message: unknown): void;
};
scope.onmessage = (event) => void handleImportRequest(event.data, (m) => scope.postMessage(m));
