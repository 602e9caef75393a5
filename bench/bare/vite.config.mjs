// The bare app's own build: no plugins, so `phaser` is the package's prebuilt ESM file, not the arcade's lean engine.
// Used by scripts/bench.mjs through Vite's JS API (configFile points here, so vite.config.ts at the root is not read).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL('../../.bench/bare', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
});
