// Build config: relative base so dist/ works from any static host or sub-path; Phaser built lean from its sources
// (scripts/vite-phaser-lean.mjs) in its own cached chunk.
import { defineConfig } from 'vite';
import { phaserLean } from './scripts/vite-phaser-lean.mjs';

export default defineConfig({
  base: './',
  plugins: [phaserLean()],
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      // The bench's stress page is an entry of its own, so nothing of the harness is in the arcade's entry.
      input: { main: 'index.html', 'sss-stress': 'bench/sss-stress.html' },
      output: {
        codeSplitting: {
          groups: [
            { name: 'phaser', test: /[\\/]node_modules[\\/]phaser[\\/]/ },
            { name: 'howler', test: /[\\/]node_modules[\\/]howler[\\/]/ },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1' },
});
