// The live room's phone page (phone/index.html, src/phone/): a build of its own, into dist/phone/, so none of the
// arcade's start chunk or Phaser comes with it (the arcade's build groups every module its page imports into one
// start chunk, shared modules included). Run after the arcade's build (npm run build), which empties dist/ first.
import { defineConfig } from 'vite';
import { messageAsts } from './scripts/vite-message-asts.mjs';

export default defineConfig({
  base: './',
  plugins: [messageAsts({ tables: ['src/phone/strings'] })],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    assetsDir: 'phone/assets',
    modulePreload: { polyfill: false },
    rolldownOptions: { input: { phone: 'phone/index.html' } },
  },
});
