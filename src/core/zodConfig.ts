// Imported first by main.ts: zod's JIT would probe `new Function`, which the strict CSP (no unsafe-eval)
// reports as a violation even though zod catches it. Jitless parsing is plenty fast for saves and level files.
// zod keeps its settings on `globalThis.__zod_globalConfig`, shared by every copy of it in the page and read when
// its core loads (zod/v4/core/core.js), so this sets them without importing zod: zod itself stays out of the start
// bundle and loads with the first level file. The browser tests' CSP checks would show a probe that got through.
const scope = globalThis as { __zod_globalConfig?: Record<string, unknown> };
scope.__zod_globalConfig = Object.assign(scope.__zod_globalConfig ?? {}, { jitless: true });
