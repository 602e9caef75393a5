// Benchmark (`npm run bench`): builds the arcade and a bare Phaser 4 app (bench/bare), serves both on 127.0.0.1 and
// measures them in the Chromium that scripts/browser.mjs resolves:
// 1. JS size of the arcade's chunks (raw, gzip level 9);
// 2. cold loads, in turn: arcade, bare app, bare app on Canvas at once; a fresh context each: navigation start to the
//    `arcade-interactive` mark, and the JS fetched before it;
// 3. a kiosk day: BENCH_KIOSK_ROUNDS (1,000) rounds cycling through every game, played through the accessible DOM
//    layer, heap after a forced GC every 100 rounds, and object counts at start and end;
// 4. the stress cases games register (fps on Canvas);
// 5. the live room under load (bench/liveLoad.ts through scripts/bench-live.mjs: 300 phones in a room, 20 rooms of 40).
// Writes BENCH.md. No thresholds: figures are for reading and comparing; targets are shown, not asserted.
// Knobs: BENCH_LOADS (7 cold loads each), BENCH_KIOSK_ROUNDS (1,000), BENCH_SAMPLE_EVERY (100), BENCH_NO_BUILD (use
// dist/ as it is), BENCH_DIST=<folder> (measure that build as it is), BENCH_LIGHTHOUSE_RUNS (3), BENCH_ONLY=start (the cold-load comparison and Lighthouse
// alone, printed, BENCH.md untouched), BENCH_ONLY=live (the live room's load alone, printed and
// put in BENCH.md in place of its section).
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { basename, join } from 'node:path';
import { cpus } from 'node:os';
import { build } from 'vite';
import { launchChromium, resolveChromium } from './browser.mjs';
import { serve } from './serve.mjs';
import { lighthouseRuns } from './lighthouse.mjs';
import { liveSection, replaceLiveSection, runLiveLoad } from './bench-live.mjs';

const LOADS = Number(process.env.BENCH_LOADS ?? 7);
const ROUNDS = Number(process.env.BENCH_KIOSK_ROUNDS ?? 1000);
const SAMPLE_EVERY = Number(process.env.BENCH_SAMPLE_EVERY ?? 100);
const BARE_OUT = '.bench/bare';
/** The arcade's build; BENCH_DIST measures another folder (a build of one's own) as it is, without building. */
const DIST = process.env.BENCH_DIST ?? 'dist';
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const log = (...a) => console.error('[bench]', ...a);
const started = Date.now();

// BENCH_ONLY=live: the live room's load alone (half a minute, no browser), printed and put in BENCH.md in place of its
// section (the rest of BENCH.md as it was).
if (process.env.BENCH_ONLY === 'live') {
  if (!existsSync('dist/phone/index.html')) execSync('npm run build', { stdio: 'ignore' });
  const section = liveSection(runLiveLoad());
  console.log(section);
  replaceLiveSection(section);
  process.exit(0);
}

// ---- builds -------------------------------------------------------------------------------------------------
if (!process.env.BENCH_NO_BUILD && !process.env.BENCH_DIST) {
  log('building the arcade (vite build)');
  execSync('npm run build', { stdio: 'ignore' });
}
log('building the bare Phaser app (bench/bare, its own config: prebuilt ESM Phaser)');
await build({ configFile: 'bench/bare/vite.config.mjs' });

// ---- 1. JS size ---------------------------------------------------------------------------------------------
/** gzip (level 9) and raw size of every .js file under a dist folder, by file name. */
function jsSizes(dir) {
  const out = new Map();
  const assets = join(dir, 'assets');
  for (const f of readdirSync(assets).filter((x) => x.endsWith('.js'))) {
    const buf = readFileSync(join(assets, f));
    out.set(f, { file: f, raw: buf.length, gzip: gzipSync(buf, { level: 9 }).length });
  }
  return out;
}
const arcadeJs = jsSizes(DIST);
const bareJs = jsSizes(BARE_OUT);
const sum = (list, k) => list.reduce((n, j) => n + j[k], 0);

const arcadeServer = await serve(DIST);
const bareServer = await serve(BARE_OUT);
const chromiumInfo = await resolveChromium();
const browser = await launchChromium(['--js-flags=--expose-gc']);
const browserVersion = browser.version();
log(`browser: ${chromiumInfo.source} ${chromiumInfo.path}, ${browserVersion}`);

// ---- 2. Cold loads, alternating -----------------------------------------------------------------------------
/** One cold load in a fresh context: ms from navigation start to the mark, and the .js responses ended before it. */
async function coldLoad(url, sizes) {
  const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await ctx.newPage();
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('arcade-interactive').length > 0, null, { timeout: 60000, polling: 'raf' });
  const r = await page.evaluate(() => {
    const mark = performance.getEntriesByName('arcade-interactive')[0].startTime;
    const js = performance
      .getEntriesByType('resource')
      .filter((e) => new URL(e.name).pathname.endsWith('.js') && e.responseEnd <= mark)
      .map((e) => ({ name: new URL(e.name).pathname, body: e.encodedBodySize }));
    const renderer = (window.__arcade?.game ?? window.__bare)?.config.renderType === 1 ? 'Canvas' : 'WebGL';
    return { mark, js, renderer };
  });
  await ctx.close();
  const files = r.js.map((j) => basename(j.name));
  const raw = r.js.reduce((n, j) => n + j.body, 0);
  const gzip = files.reduce((n, f) => n + (sizes.get(f)?.gzip ?? NaN), 0);
  return { ms: r.mark, raw, gzip, files, renderer: r.renderer };
}
// The bare app as the issue's yardstick (it asks the GPU for its name first, as the arcade did until it drew on Canvas
// only), and the same app drawing on Canvas at once (`?canvas`): informational, so the table says how much of the
// arcade's lead is the probe it dropped.
const loads = { arcade: [], bare: [], bareCanvas: [] };
const url = { arcade: arcadeServer.url, bare: bareServer.url, bareCanvas: `${bareServer.url}?canvas` };
for (let i = 0; i < LOADS; i++) {
  // Rotate which goes first, so none always follows another.
  const order = ['arcade', 'bare', 'bareCanvas'];
  for (let k = 0; k < order.length; k++) {
    const which = order[(i + k) % order.length];
    loads[which].push(await coldLoad(url[which], which === 'arcade' ? arcadeJs : bareJs));
  }
}
const loadSummary = (l) => ({
  ms: median(l.map((x) => x.ms)),
  raw: median(l.map((x) => x.raw)),
  gzip: median(l.map((x) => x.gzip)),
  files: l[0].files,
  renderer: l[0].renderer,
});
const A = loadSummary(loads.arcade);
const B = loadSummary(loads.bare);
const C = loadSummary(loads.bareCanvas);
log(`cold loads: arcade ${A.ms.toFixed(0)} ms ${kb(A.gzip)} gzip; bare ${B.ms.toFixed(0)} ms ${kb(B.gzip)} gzip; bare on Canvas at once ${C.ms.toFixed(0)} ms`);
const ratio = (a, b) => (a / b).toFixed(2);
/** The start comparison: its table and the runs behind it (BENCH.md's first section). */
const startTable = () => `| measure (median of ${LOADS}) | arcade | bare Phaser | arcade / bare | target |
|---|---|---|---|---|
| JS fetched before the first usable frame, gzip | ${kb(A.gzip)} | ${kb(B.gzip)} | ${ratio(A.gzip, B.gzip)} | ≤ 0.70 (issue 25) ${A.gzip / B.gzip <= 0.7 ? '(met)' : '(**not met**)'} |
| JS fetched before the first usable frame, raw | ${kb(A.raw)} | ${kb(B.raw)} | ${ratio(A.raw, B.raw)} | |
| navigation start to first usable frame | ${A.ms.toFixed(0)} ms | ${B.ms.toFixed(0)} ms | ${ratio(A.ms, B.ms)} | ≤ 0.8 (issue 25) ${A.ms / B.ms <= 0.8 ? '(met)' : '(**not met**)'} |
| renderer picked | ${A.renderer} | ${B.renderer} | | |
| first usable frame against the bare app drawing on Canvas at once, no GPU probe (informational) | ${A.ms.toFixed(0)} ms | ${C.ms.toFixed(0)} ms | ${ratio(A.ms, C.ms)} | |

- Arcade runs (ms): ${loads.arcade.map((x) => x.ms.toFixed(0)).join(', ')}; files fetched before the mark: ${A.files.map((f) => f.replace(/-[\w-]{8}\.js$/, '.js')).join(', ')}.
- Bare runs (ms): ${loads.bare.map((x) => x.ms.toFixed(0)).join(', ')}; files: ${B.files.map((f) => f.replace(/-[\w-]{8}\.js$/, '.js')).join(', ')}.
- Bare runs on Canvas at once (ms): ${loads.bareCanvas.map((x) => x.ms.toFixed(0)).join(', ')}.`;
// ---- 2b. Lighthouse, mobile profile, on both builds served with gzip as a real host would ------------------------
const LH_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);
const lh = {};
for (const [which, dir] of [
  ['arcade', DIST],
  ['bare', BARE_OUT],
]) {
  const srv = await serve(dir, 0, '/', { gzip: true });
  log(`lighthouse: ${which}, ${LH_RUNS} runs`);
  lh[which] = await lighthouseRuns(srv.url, LH_RUNS);
  await srv.close();
}
const sec = (ms) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : '–');
const lhCell = (r, k, fmt) => (r.errors.length === LH_RUNS ? r.errors[0] : Number.isFinite(r.median[k]) ? fmt(r.median[k]) : '–');
const lhRun = (r) => (r.error ? r.error : r.noLcp ? `no LCP, FCP ${sec(r.fcp)}` : `${r.score}, ${sec(r.fcp)}, ${sec(r.lcp)}, ${r.tbt.toFixed(0)} ms`);
const met = (ok) => (ok ? '(met)' : '(**not met**)');
const lighthouseTable = () => `| Lighthouse ${lh.arcade.version ?? ''}, mobile (median of ${LH_RUNS}) | arcade | bare Phaser | target |
|---|---|---|---|
| performance score | ${lhCell(lh.arcade, 'score', String)} | ${lhCell(lh.bare, 'score', String)} | ≥ 98 ${met(lh.arcade.median.score >= 98)} |
| first contentful paint | ${lhCell(lh.arcade, 'fcp', sec)} | ${lhCell(lh.bare, 'fcp', sec)} | ≤ 1.0 s ${met(lh.arcade.median.fcp <= 1000)} |
| largest contentful paint | ${lhCell(lh.arcade, 'lcp', sec)} | ${lhCell(lh.bare, 'lcp', sec)} | ≤ 1.5 s ${met(lh.arcade.median.lcp <= 1500)} |
| total blocking time | ${lhCell(lh.arcade, 'tbt', (v) => `${v.toFixed(0)} ms`)} | ${lhCell(lh.bare, 'tbt', (v) => `${v.toFixed(0)} ms`)} | ≤ 150 ms ${met(lh.arcade.median.tbt <= 150)} |
| cumulative layout shift | ${lhCell(lh.arcade, 'cls', (v) => v.toFixed(3))} | ${lhCell(lh.bare, 'cls', (v) => v.toFixed(3))} | 0 ${met(lh.arcade.median.cls === 0)} |
| time to interactive | ${lhCell(lh.arcade, 'tti', sec)} | ${lhCell(lh.bare, 'tti', sec)} | |
| unused JS at load | ${lhCell(lh.arcade, 'unusedJs', kb)} | ${lhCell(lh.bare, 'unusedJs', kb)} | |

- Arcade runs (score, FCP, LCP, TBT): ${lh.arcade.runs.map(lhRun).join('; ')}.
- Arcade main-thread tasks over 50 ms (run 1): ${(lh.arcade.runs[0]?.tasks ?? []).map((t) => `${t.ms} ms ${t.url.replace(/^https?:\/\/[^/]+/, '').replace(/-[\w-]{8}\.js$/, '.js')}`).join(', ') || 'none'}.
- Bare runs: ${lh.bare.runs.map(lhRun).join('; ')}${lh.bare.runs.some((r) => r.noLcp || r.error) ? ' (a page that draws only on a canvas has no largest contentful paint, so Lighthouse gives it no score: its first paint is the canvas)' : ''}.`;
log(`lighthouse: arcade ${lh.arcade.median.score} FCP ${sec(lh.arcade.median.fcp)} LCP ${sec(lh.arcade.median.lcp)} TBT ${lh.arcade.median.tbt} ms`);

// BENCH_ONLY=start: the start comparison alone (a few minutes), printed; BENCH.md is left as it is.
if (process.env.BENCH_ONLY === 'start') {
  console.log(startTable());
  console.log(lighthouseTable());
  await browser.close();
  await arcadeServer.close();
  await bareServer.close();
  process.exit(0);
}

// ---- 3. Kiosk day -------------------------------------------------------------------------------------------
const ctx = await browser.newContext({ viewport: { width: 1280, height: 720 } });
const page = await ctx.newPage();
const pageErrors = [];
page.on('pageerror', (e) => pageErrors.push(String(e)));
await page.goto(arcadeServer.url);
await page.waitForFunction(() => performance.getEntriesByName('arcade-interactive').length > 0);
const cdp = await ctx.newCDPSession(page);
async function sample() {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const { result } = await cdp.send('Runtime.evaluate', { expression: 'window' });
  const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
  await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
  const dom = await cdp.send('Memory.getDOMCounters');
  const counts = await page.evaluate(() => {
    // Phaser's Graphics.generateTexture draws through one static camera whose render list nothing empties:
    // its length is the number of Graphics it keeps alive (see bench/NOTES.md).
    const scene = window.__arcade.game.scene.getScenes(true)[0];
    const probe = scene.add.graphics();
    const graphicsTargetCamera = probe.constructor.TargetCamera?.renderList?.length ?? NaN;
    probe.destroy();
    return { ...window.__arcade.counts(), documentNodes: document.getElementsByTagName('*').length, graphicsTargetCamera };
  });
  return { usedSize, windowListeners: listeners.length, domCounterNodes: dom.nodes, jsEventListeners: dom.jsEventListeners, ...counts };
}

/** Plays `n` kiosk rounds in the page, starting at round `from`, each from the title screen back to it. */
async function kiosk(from, n) {
  return page.evaluate(
    async ({ from, n }) => {
      const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
      const sel = (id) =>
        `.a11y-layer .a11y-scope:not([inert]) button[data-id${id.endsWith('*') ? `^="${id.slice(0, -1)}"` : `="${id}"`}]:not([disabled]):not([aria-disabled="true"])`;
      const has = (id) => !!document.querySelector(sel(id));
      const heading = () => [...document.querySelectorAll('.a11y-layer .a11y-scope:not([inert]) h1')].map((h) => h.textContent).join('|');
      const until = async (test, what) => {
        for (let i = 0; i < 600 && !test(); i++) await frame();
        if (!test()) throw new Error(`timed out waiting for ${what} (heading: ${heading()})`);
      };
      const click = (id) => {
        const b = document.querySelector(sel(id));
        if (!b) throw new Error(`no button ${id} (heading: ${heading()})`);
        b.click();
      };
      const games = ['cynefin', 'seek-sense-share', 'facilitator'];
      const done = { results: 0, quit: 0 };
      for (let r = from; r < from + n; r++) {
        const g = games[r % games.length];
        await until(() => heading() === 'Title screen' && has('play'), 'title');
        click('play');
        await until(() => has(`game-${g}`), 'picker');
        click(`game-${g}`);
        await until(() => has('level-0'), 'level select');
        click('level-0');
        await until(() => has('pause'), 'the game');
        await frame();
        if (g === 'cynefin') {
          for (let c = 0; c < 40 && !heading().startsWith('Results'); c++) {
            await until(() => has('domain-clear') || heading().startsWith('Results'), 'a card');
            if (heading().startsWith('Results')) break;
            click('domain-clear');
            click('opt-*');
            click('next');
            await frame();
          }
        } else if (g === 'seek-sense-share') {
          if (has('start')) click('start');
          await until(() => has('run') || has('finish'), 'build or flow panel');
          // A few moves: pick two contacts and tie them if a kind is allowed, then run the flow two steps.
          const nodes = [...document.querySelectorAll(sel('node-*'))].map((b) => b.dataset.id);
          if (has('run') && nodes.length > 2) {
            click(nodes[0]);
            await frame();
            if (has(nodes[1])) click(nodes[1]);
            await frame();
            if (has('kind-*')) click('kind-*');
            await frame();
          }
          if (has('run')) click('run');
          for (let s = 0; s < 2 && has('step'); s++) {
            click('step');
            await frame();
          }
          await until(() => has('finish'), 'finish');
          click('finish');
        } else {
          // A few decisions, then quit through the pause menu (a player walking away mid-scenario).
          for (let m = 0; m < 3; m++) {
            if (has('choice-*')) click('choice-*');
            else if (has('continue')) click('continue');
            await frame();
          }
          click('pause');
          await until(() => has('quit'), 'pause menu');
          click('quit');
        }
        await until(() => heading().startsWith('Results') || heading() === 'Choose a game', 'results or picker');
        if (heading().startsWith('Results')) {
          done.results++;
          await until(() => has('levels'), 'results buttons');
          click('levels');
          await until(() => has('level-0') && has('back'), 'level select');
          click('back');
        } else done.quit++;
        await until(() => heading() === 'Choose a game' && has('back'), 'picker');
        click('back');
      }
      await until(() => heading() === 'Title screen', 'title');
      return done;
    },
    { from, n },
  );
}
// One real gesture, so audio unlocks and every round plays its sounds (Howls are counted too).
await page.mouse.click(5, 5);
log('kiosk day: warm-up (one round of each game)');
await kiosk(0, 3);
const samples = [{ round: 0, ...(await sample()) }];
const tally = { results: 0, quit: 0 };
const k0 = Date.now();
for (let r = 0; r < ROUNDS;) {
  const n = Math.min(SAMPLE_EVERY, ROUNDS - r);
  const d = await kiosk(3 + r, n);
  tally.results += d.results;
  tally.quit += d.quit;
  r += n;
  samples.push({ round: r, ...(await sample()) });
  log(`kiosk day: ${r} rounds, heap ${kb(samples.at(-1).usedSize)}`);
}
const roundMs = (Date.now() - k0) / ROUNDS;
await ctx.close();

/** Least-squares slope of heap (KB) against round, over samples with round >= from. */
function slope(points, from) {
  const p = points.filter((s) => s.round >= from);
  if (p.length < 2) return NaN;
  const mx = p.reduce((n, s) => n + s.round, 0) / p.length;
  const my = p.reduce((n, s) => n + s.usedSize / 1024, 0) / p.length;
  const num = p.reduce((n, s) => n + (s.round - mx) * (s.usedSize / 1024 - my), 0);
  const den = p.reduce((n, s) => n + (s.round - mx) ** 2, 0);
  return num / den;
}
const slopeFrom = ROUNDS >= 1000 ? 200 : Math.round(ROUNDS / 5);
const kioskSlope = slope(samples, slopeFrom);

// ---- 4. Stress cases (a page that draws a big level and reports frames per second) --------------------------
// The SSS stress page: a separate entry page in dist/ if the build has one, else the arcade's ?bench= query.
function stressUrl() {
  const page = readdirSync(DIST).find((f) => f.endsWith('.html') && /stress/i.test(f));
  if (page) return arcadeServer.url + page;
  const nested = ['bench/sss-stress.html', 'bench/index.html', 'stress/index.html'].find((f) => existsSync(join(DIST, f)));
  return nested ? arcadeServer.url + nested : `${arcadeServer.url}?bench=sss-stress`;
}
const stress = [];
const sssStress = stressUrl();
// At a laptop's size and at the booth's portrait totem (2.25 times the pixels): the Canvas renderer redraws the whole
// frame each frame, so the larger screen is the harder case.
for (const c of [
  { name: 'Seek, sense, share: 200 contacts, 300 ties', url: sssStress, width: 1280, height: 720 },
  { name: 'Seek, sense, share: 200 contacts, 300 ties, 1080×1920 totem', url: sssStress, width: 1080, height: 1920 },
]) {
  const sctx = await browser.newContext({ viewport: { width: c.width, height: c.height } });
  const sp = await sctx.newPage();
  await sp.goto(c.url);
  const ok = await sp
    .waitForFunction(() => window.__benchFps !== undefined, null, { timeout: 90000 })
    .then(
      () => true,
      () => false,
    );
  if (ok) stress.push({ name: c.name, url: c.url.replace(arcadeServer.url, ''), ...(await sp.evaluate(() => window.__benchFps)) });
  else log(`stress case did not report at ${c.url}`);
  await sctx.close();
}

await browser.close();
await arcadeServer.close();
await bareServer.close();

// ---- 5. The live room under load ------------------------------------------------------------------------------
log('live room load (bench/liveLoad.ts)');
const live = runLiveLoad();

// ---- report -------------------------------------------------------------------------------------------------
const js = [...arcadeJs.values()];
const first = samples[0];
const last = samples.at(-1);
const row = (a, b) => `| ${a} | ${b} |`;
const COUNT_KEYS = [
  ['windowListeners', 'window listeners (CDP DOMDebugger.getEventListeners)'],
  ['gameListeners', 'game.events listeners'],
  ['scaleListeners', 'game.scale listeners'],
  ['jsEventListeners', 'JS event listeners in the page (CDP Memory.getDOMCounters)'],
  ['textures', 'textures'],
  ['activeScenes', 'active scenes'],
  ['displayObjects', 'display objects in active scenes'],
  ['a11yElements', 'DOM nodes in the a11y layer'],
  ['documentNodes', 'DOM elements in the document'],
  ['domCounterNodes', 'DOM nodes alive, attached or not (CDP Memory.getDOMCounters)'],
  ['howls', 'Howls'],
  ['graphicsTargetCamera', 'Graphics kept by Phaser.GameObjects.Graphics.TargetCamera.renderList'],
];
const elapsed = ((Date.now() - started) / 60000).toFixed(1);
const doc = `# Benchmark

Made by \`npm run bench\` (\`node scripts/bench.mjs\`; \`BENCH_KIOSK_ROUNDS=100 npm run bench\` for a quick run, \`BENCH_ONLY=start npm run bench\` for the start comparison alone, \`BENCH_ONLY=live npm run bench\` for the live room's load alone) on ${new Date().toISOString().slice(0, 10)}.
Browser: ${browserVersion}, ${chromiumInfo.source === 'packaged' ? 'the Chromium inside the @sparticuz/chromium npm package' : chromiumInfo.source === 'system' ? "the system's /usr/bin/chromium" : 'CHROMIUM_PATH'} (\`${chromiumInfo.path}\`), headless, software rendering; ${cpus().length} cores, Node ${process.version}. The whole run took ${elapsed} min.
Timings on this machine vary by about 20% between runs: compare ratios within one run, and counts.

## Arcade against a bare Phaser 4 app

The bare app (\`bench/bare\`: one scene, a title text, 50 images, the full prebuilt \`import Phaser from 'phaser'\`,
built with its own Vite config, so without the arcade's lean engine) marks \`arcade-interactive\` on its first frame
after \`create\`, as the arcade's title screen does. Before it makes the game it asks WebGL for the GPU's name and
draws on Canvas where WebGL runs in software, as here (the arcade's rule until it drew on Canvas everywhere): that
app is the issue's yardstick. The same app with \`?canvas\` draws on Canvas at once, without the probe: an
informational row. ${LOADS} cold loads each, in turn (the one that goes first rotates), each in a fresh browser
context (empty cache); the same poll for all. JS fetched = \`.js\` resources whose response ended before the mark
(Resource Timing); gzip computed from the built files at level 9 (the local server does not compress).

${startTable()}

Lighthouse (the npm package, on the same Chromium) loads each build ${LH_RUNS} times with its default mobile profile
(simulated slow 4G, 4× CPU slowdown), both served with gzip as a static host would; the arcade's first paint is its
page's own (index.html, scripts/vite-boot-page.mjs), before any script runs.

${lighthouseTable()}

## Kiosk day: ${ROUNDS} rounds

Each round, played through the accessible DOM layer's buttons: title → Play → picker → the game → level 1 → a few
moves → results (Cynefin: a whole round; Seek, sense, share: two contacts tied, run, two steps, finish) or quit via
pause (Facilitator: three decisions) → back to the title, cycling through the three games. ${tally.results} rounds ended
in results, ${tally.quit} by quitting. One warm-up round of each game first. Heap = \`Runtime.getHeapUsage\` after two
forced GCs (\`HeapProfiler.collectGarbage\`). ${pageErrors.length ? `Page errors: ${pageErrors.length} (first: ${pageErrors[0]}).` : 'No page errors.'}

| measure | value |
|---|---|
| heap slope over rounds ${slopeFrom}..${ROUNDS}, least squares | **${kioskSlope.toFixed(2)} KB per round** |
| heap at round 0 / ${ROUNDS} | ${kb(first.usedSize)} / ${kb(last.usedSize)} |
| heap samples (round: KB) | ${samples.map((s) => `${s.round}: ${(s.usedSize / 1024).toFixed(0)}`).join(', ')} |
| time per round | ${roundMs.toFixed(0)} ms |
${COUNT_KEYS.map(([k, label]) => row(`count: ${label}, start / end`, `${first[k]} / ${last[k]}`)).join('\n')}

## Stress cases and size

| measure | value |
|---|---|
${stress
  .flatMap((s) => [
    row(`${s.name}, on screen (\`${s.url}\`)`, `${s.fps.toFixed(1)} fps median of ${s.seconds} one-second windows (${s.renderer}; min ${s.min.toFixed(1)})`),
    row(`${s.name}, one full redraw a second`, `${s.fpsWithActions.toFixed(1)} fps median (min ${s.minWithActions.toFixed(1)})`),
  ])
  .join('\n')}
| arcade JS, all chunks (raw / gzip) | ${kb(sum(js, 'raw'))} / ${kb(sum(js, 'gzip'))} |
${js
  .sort((a, b) => b.raw - a.raw)
  .map((j) => row(`  ${j.file.replace(/-[\w-]{8}\.js$/, '.js')}`, `${kb(j.raw)} / ${kb(j.gzip)}`))
  .join('\n')}
| bare Phaser app JS (raw / gzip) | ${kb(sum([...bareJs.values()], 'raw'))} / ${kb(sum([...bareJs.values()], 'gzip'))} |

${liveSection(live)}`;
// bench/NOTES.md (what the figures showed when read with heap snapshots) follows the generated part.
writeFileSync('BENCH.md', doc + (existsSync('bench/NOTES.md') ? `\n${readFileSync('bench/NOTES.md', 'utf8')}` : ''));
console.log(doc);
