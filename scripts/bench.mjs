// Benchmark: builds, serves dist/ on 127.0.0.1 and measures in Debian's Chromium: JS size (raw, gzip),
// time to the first interactive frame (median of 5 cold loads), heap and object counts before and after
// 200 round trips title -> level select -> a round -> results -> title, and the stress cases of the games.
// Prints a table and writes BENCH.md. No thresholds: figures are for reading and comparing.
import { execSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { cpus } from 'node:os';
import { chromium } from 'playwright-core';
import { serve } from './serve.mjs';

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const TRIPS = Number(process.env.BENCH_TRIPS ?? 200);
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

if (!process.env.BENCH_NO_BUILD) execSync('npx vite build', { stdio: 'ignore' });

// 1. JS size
const assets = join('dist', 'assets');
const js = readdirSync(assets).filter((f) => f.endsWith('.js')).map((f) => {
  const buf = readFileSync(join(assets, f));
  return { file: f, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length };
});
const html = readFileSync('dist/index.html', 'utf8');
const initial = js.filter((j) => html.includes(j.file) || /^(phaser|rolldown-runtime)-/.test(j.file));
const sum = (list, k) => list.reduce((n, j) => n + j[k], 0);

const server = await serve('dist');
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: [...FLAGS, '--js-flags=--expose-gc'] });

// 2. First interactive frame, 5 cold loads (a fresh context each: empty cache and storage)
const firstFrames = [];
let renderer = '';
for (let i = 0; i < 5; i++) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await ctx.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => performance.getEntriesByName('arcade-interactive').length > 0, null, { timeout: 60000 });
  firstFrames.push(await page.evaluate(() => performance.getEntriesByName('arcade-interactive')[0].startTime));
  renderer = await page.evaluate(() => (window.__arcade.game.config.renderType === 1 ? 'Canvas' : 'WebGL'));
  await ctx.close();
}

// 3. Memory over round trips
const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
const page = await ctx.newPage();
await page.goto(server.url);
await page.waitForFunction(() => performance.getEntriesByName('arcade-interactive').length > 0);
const cdp = await ctx.newCDPSession(page);
async function heap() {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'window' });
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
  const counts = await page.evaluate(() => window.__arcade.counts());
  return { usedSize, windowListeners: listeners.length, ...counts };
}
async function trips(n) {
  await page.evaluate(async (n) => {
    const { game } = window.__arcade;
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    const until = async (test) => { for (let i = 0; i < 600 && !test(); i++) await frame(); if (!test()) throw new Error('timed out'); };
    const heading = () => document.querySelector('.a11y-layer h1')?.textContent ?? '';
    const click = (id) => { const b = document.querySelector(`.a11y-layer button[data-id="${id}"]`); if (!b) throw new Error(`no button ${id}`); b.click(); };
    for (let t = 0; t < n; t++) {
      game.scene.getScenes(true).forEach((s) => s.scene.key !== 'Title' && s.scene.stop());
      game.scene.start('Title');
      await until(() => heading() === 'Title screen');
      click('play');
      await until(() => heading() === 'Choose a game');
      click('game-cynefin');
      await until(() => !!document.querySelector('.a11y-layer button[data-id="level-0"]'));
      click('level-0');
      await until(() => !!document.querySelector('.a11y-layer button[data-id="card"]'));
      for (let c = 0; c < 40 && !heading().startsWith('Results'); c++) {
        click('domain-clear');
        const opt = document.querySelector('.a11y-layer button[data-id^="opt-"]');
        opt.click();
        click('next');
        await frame();
      }
      await until(() => heading() === 'Results');
    }
  }, n);
}
// One real gesture, so audio unlocks and every trip plays its sounds (Howls are counted too).
await page.mouse.click(5, 5);
await page.waitForFunction(() => window.__arcade.counts().howls >= 0);
await trips(1);
const before = await heap();
const t0 = Date.now();
await trips(TRIPS);
const tripMs = (Date.now() - t0) / TRIPS;
const after = await heap();

// Every game's scene opened from the picker, paused and quit, many times: counts must stay flat.
const GAME_TRIPS = Number(process.env.BENCH_GAME_TRIPS ?? 50);
const perGame = [];
await page.evaluate(() => { const { game } = window.__arcade; game.scene.getScenes(true).forEach((s) => s.scene.stop()); game.scene.start('Picker'); });
await page.waitForSelector('.a11y-layer button[data-id^="game-"]');
for (const id of await page.evaluate(() => [...document.querySelectorAll('.a11y-layer button[data-id^="game-"]')].map((b) => b.dataset.id.slice(5)))) {
  const b0 = await heap();
  await page.evaluate(async ({ id, n }) => {
    const { game } = window.__arcade;
    const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
    const until = async (test) => { for (let i = 0; i < 600 && !test(); i++) await frame(); if (!test()) throw new Error('timed out'); };
    const has = (bid) => !!document.querySelector(`.a11y-layer .a11y-scope:not([inert]) button[data-id="${bid}"]`);
    const click = (bid) => document.querySelector(`.a11y-layer .a11y-scope:not([inert]) button[data-id="${bid}"]`).click();
    for (let t = 0; t < n; t++) {
      game.scene.getScenes(true).forEach((s) => s.scene.key !== 'Picker' && s.scene.stop());
      game.scene.start('Picker');
      await until(() => has(`game-${id}`));
      click(`game-${id}`);
      await until(() => has('level-0'));
      click('level-0');
      await until(() => has('pause'));
      click('pause');
      await until(() => has('quit'));
      click('quit');
      await until(() => has(`game-${id}`));
    }
  }, { id, n: GAME_TRIPS });
  const a0 = await heap();
  perGame.push({ id, before: b0, after: a0 });
}
await page.evaluate(() => { const { game } = window.__arcade; game.scene.getScenes(true).forEach((s) => s.scene.stop()); game.scene.start('Title'); });
await ctx.close();

// 4. Stress cases registered by games (a page that draws a big level and reports frames per second)
const stress = [];
for (const c of [{ name: 'Seek, sense, share: 200 contacts, 300 ties', query: '?bench=sss-stress' }]) {
  const sctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const sp = await sctx.newPage();
  await sp.goto(server.url + c.query);
  const ok = await sp.waitForFunction(() => window.__benchFps !== undefined, null, { timeout: 60000 }).then(() => true, () => false);
  if (ok) stress.push({ name: c.name, ...(await sp.evaluate(() => window.__benchFps)) });
  await sctx.close();
}

await browser.close();
await server.close();

const chromiumVersion = (() => { try { return execSync(`${process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'} --version`).toString().trim(); } catch { return 'chromium'; } })();
const rows = [
  ['JS, all chunks (raw / gzip)', `${kb(sum(js, 'raw'))} / ${kb(sum(js, 'gzip'))}`],
  ['JS loaded at start (raw / gzip)', `${kb(sum(initial, 'raw'))} / ${kb(sum(initial, 'gzip'))}`],
  ...js.sort((a, b) => b.raw - a.raw).map((j) => [`  ${j.file.replace(/-[\w-]{8}\.js$/, '.js')}`, `${kb(j.raw)} / ${kb(j.gzip)}`]),
  ['Renderer picked in headless Chromium', renderer],
  ['First interactive frame, median of 5 cold loads', `${median(firstFrames).toFixed(0)} ms (runs: ${firstFrames.map((x) => x.toFixed(0)).join(', ')})`],
  [`Heap after GC, before / after ${TRIPS} round trips`, `${kb(before.usedSize)} / ${kb(after.usedSize)} (${((after.usedSize - before.usedSize) / 1024 / TRIPS).toFixed(2)} KB per trip)`],
  ['Time per round trip (title, picker, level select, 8-card round, results)', `${tripMs.toFixed(0)} ms`],
  ...['windowListeners', 'gameListeners', 'scaleListeners', 'textures', 'activeScenes', 'displayObjects', 'a11yElements', 'howls'].map((k) => [`  count: ${k}, before / after`, `${before[k]} / ${after[k]}`]),
  ...perGame.map((g) => [
    `${g.id}: opened, paused and quit ${GAME_TRIPS} times (heap; window, game, scale listeners; textures; DOM)`,
    `${((g.after.usedSize - g.before.usedSize) / 1024 / GAME_TRIPS).toFixed(2)} KB per visit; ${g.before.windowListeners}/${g.after.windowListeners}, ${g.before.gameListeners}/${g.after.gameListeners}, ${g.before.scaleListeners}/${g.after.scaleListeners}; ${g.before.textures}/${g.after.textures}; ${g.before.a11yElements}/${g.after.a11yElements}`,
  ]),
  ...stress.flatMap((s) => [
    [`${s.name}, on screen`, `${s.fps.toFixed(1)} fps median of ${s.seconds} one-second windows (${s.renderer}; min ${s.min.toFixed(1)})`],
    [`${s.name}, one full redraw a second`, `${s.fpsWithActions.toFixed(1)} fps median (min ${s.minWithActions.toFixed(1)})`],
  ]),
];
const table = ['| measure | value |', '|---|---|', ...rows.map(([a, b]) => `| ${a} | ${b} |`)].join('\n');
const doc = `# Benchmark\n\nMade by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}: ${chromiumVersion}, headless, ${cpus().length} cores, Node ${process.version}.\nTimings on this machine vary by about 20% between runs; compare ratios within one run, and counts.\n\n${table}\n`;
writeFileSync('BENCH.md', doc);
console.log(table);
