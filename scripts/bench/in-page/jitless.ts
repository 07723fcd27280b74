// Imported first by entries that run in extension pages: their CSP forbids eval, so zod must
// not use its compiled fast path (DevTools evaluation would allow eval once, then fail later).
// Zod reads this when a schema is created, hence before any project module is evaluated.
import { z } from 'zod';

z.config({ jitless: true });
