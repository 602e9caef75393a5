// Build config: relative base so dist/ works from any static host or sub-path; Phaser built lean from its sources
// (scripts/vite-phaser-lean.mjs) in its own cached chunk.
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { phaserLean } from './scripts/vite-phaser-lean.mjs';
import { startChunk } from './scripts/vite-start-chunk.mjs';
import { messageAsts } from './scripts/vite-message-asts.mjs';
import pkg from './package.json' with { type: 'json' };
import { fixtureGame } from './scripts/vite-fixture-game.mjs';
import { bootPage, preloadArcade } from './scripts/vite-boot-page.mjs';

const start = startChunk('src/main.ts');

export default defineConfig({
  base: './',
  // The build's version, shown in the booth's operator panel (src/buildInfo.d.ts).
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  plugins: [
    // Tests only: ARCADE_FIXTURE_GAME=1 registers the fixture game (tests/fixture-game), as a new game's one line would.
    fixtureGame(),
    // The first paint from the HTML alone, in the player's language (scripts/vite-boot-page.mjs).
    bootPage(),
    preloadArcade(),
    phaserLean(),
    start.plugin,
    // The ICU parser loads after the first frame; the shell's table comes parsed (scripts/vite-message-asts.mjs).
    messageAsts({ tables: ['src/arcade/strings'] }),
    // Offline after the first visit: a Workbox service worker precaches the whole arcade (every game, level,
    // sound and picture). registerType 'prompt': a new version waits until the shell says it is a safe moment
    // (src/arcade/offline.ts), never mid-round. The bench's own pages are not part of the app.
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      manifest: {
        name: 'Learning Arcade',
        short_name: 'Arcade',
        description: 'Short learning games about how cities learn from each other.',
        lang: 'en',
        start_url: './',
        scope: './',
        display: 'standalone',
        orientation: 'any',
        background_color: '#14213d',
        theme_color: '#14213d',
        icons: [
          { src: 'icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
          { src: 'icons/icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,ogg,mp3,webmanifest}'],
        globIgnores: ['bench/**', '**/sss-stress*', 'phone/**'],
        // The live room's phone page (its own build, dist/phone/) is never answered with the arcade's page.
        navigateFallbackDenylist: [/\/phone\//],
        cleanupOutdatedCaches: true,
        // Phaser's chunk is over Workbox's 2 MB default only in unminified builds; keep room.
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      },
    }),
  ],
  build: {
    target: 'es2022',
    // No modulepreload polyfill: every browser of the es2022 target but Safari 16 preloads modules itself, and the
    // polyfill would be a start chunk of its own (the page's modules are script tags, the lazy ones preloaded by Vite).
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 1600,
    rolldownOptions: {
      // The bench's stress page is an entry of its own, so nothing of the harness is in the arcade's entry.
      input: { main: 'index.html', 'sss-stress': 'bench/sss-stress.html' },
      output: {
        codeSplitting: {
          groups: [
            { name: 'phaser', test: /[\\/]node_modules[\\/]phaser[\\/]/, priority: 2 },
            { name: 'howler', test: /[\\/]node_modules[\\/]howler[\\/]/, priority: 2 },
            // Vite's module preloader on its own: the page's entry (src/boot.ts) uses it to start the arcade after the
            // first paint, and must not pull the start chunk in with it.
            { name: 'preload', test: /vite[\\/]preload-helper/, priority: 3 },
            // The rest of what the page imports statically: one chunk, not a dozen (scripts/vite-start-chunk.mjs).
            { ...start.group, priority: 1 },
          ],
        },
      },
    },
  },
  server: { host: '127.0.0.1' },
});
