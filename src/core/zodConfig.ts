// Imported first by main.ts: zod's JIT would probe `new Function`, which the strict CSP (no unsafe-eval)
// reports as a violation even though zod catches it. Jitless parsing is plenty fast for level files.
import { z } from 'zod';

z.config({ jitless: true });
