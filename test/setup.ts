// IndexedDB for storage tests in Node; a test that needs a DOM opts in with `// @vitest-environment happy-dom`.
import 'fake-indexeddb/auto';
