// Imported first by every entry (background, content scripts, pages), before any schema runs.
// Without it zod 4 probes `new Function` at first use; under the extension's CSP each probe is
// a blocked eval that Firefox reports in the console. Jitless parsing needs no eval at all.
// zod/mini's config sets the one config that classic zod shares, and keeps mini bundles small.
import { config } from 'zod/mini';

config({ jitless: true });
