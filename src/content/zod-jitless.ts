// Imported first by each capture script: zod must not probe `new Function` (a blocked eval
// that the page's console would report) before any schema is built.
import { config } from 'zod/mini';

config({ jitless: true });
