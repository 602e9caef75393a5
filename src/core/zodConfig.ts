// Imported first by main.ts: zod's JIT would probe `new Function`, which the strict CSP (no unsafe-eval)
// reports as a violation even though zod catches it. Jitless parsing is plenty fast for saves and level files.
// The setting lives in zod's core, shared by zod/mini (the save, read at boot) and classic zod (level schemas).
import { config } from 'zod/v4/core';

config({ jitless: true });
