// Lighthouse (the npm package, pinned) on a served build, with the same Chromium as the tests (scripts/browser.mjs):
// the default mobile profile (a mid-range phone, simulated slow 4G and 4× CPU slowdown), performance only, `runs`
// times in a fresh browser each. Used by `npm run bench` (BENCH.md) and on its own:
//   node scripts/lighthouse.mjs [folder=dist] [runs=3]     serves the folder on 127.0.0.1 (gzip, as a real host
//                                                          would) and prints the medians
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { FLAGS, resolveChromium } from './browser.mjs';

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/** One Lighthouse run: score (0–100) and the metrics in ms (CLS unitless), plus the long main-thread tasks. */
async function runOnce(url, chromePath) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: FLAGS, logLevel: 'silent' });
  try {
    let lhr;
    try {
      lhr = (await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'silent', onlyCategories: ['performance'] })).lhr;
    } catch (e) {
      // A page that paints nothing but a canvas has no largest contentful paint (Lighthouse's NO_LCP).
      return { error: String(e?.code ?? e?.message ?? e).split('\n')[0] };
    }
    if (lhr.runtimeError) return { error: lhr.runtimeError.code };
    const n = (id) => lhr.audits[id]?.numericValue ?? NaN;
    const tasks = (lhr.audits['long-tasks']?.details?.items ?? []).map((t) => ({ url: t.url, ms: Math.round(t.duration) }));
    const unusedJs = lhr.audits['unused-javascript']?.details?.overallSavingsBytes ?? 0;
    const noLcp = !Number.isFinite(n('largest-contentful-paint'));
    return {
      // A page that draws only on a canvas has no largest contentful paint, and so no score: NaN, not 0.
      score: noLcp ? NaN : Math.round((lhr.categories.performance.score ?? 0) * 100),
      noLcp,
      fcp: n('first-contentful-paint'),
      lcp: n('largest-contentful-paint'),
      tbt: n('total-blocking-time'),
      cls: n('cumulative-layout-shift'),
      tti: n('interactive'),
      si: n('speed-index'),
      unusedJs,
      tasks,
      lcpElement: lhr.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet ?? '',
      version: lhr.lighthouseVersion,
    };
  } finally {
    await chrome.kill();
  }
}

/** `runs` runs; returns each run and the median of each figure. */
export async function lighthouseRuns(url, runs = 3) {
  const { path } = await resolveChromium();
  const all = [];
  for (let i = 0; i < runs; i++) all.push(await runOnce(url, path));
  const ok = all.filter((r) => !r.error);
  const med = (k) => (ok.length ? median(ok.map((r) => r[k])) : NaN);
  return {
    errors: all.filter((r) => r.error).map((r) => r.error),
    runs: all,
    median: {
      score: med('score'),
      fcp: med('fcp'),
      lcp: med('lcp'),
      tbt: med('tbt'),
      cls: med('cls'),
      tti: med('tti'),
      si: med('si'),
      unusedJs: med('unusedJs'),
    },
    version: ok[0]?.version,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { serve } = await import('./serve.mjs');
  const srv = await serve(process.argv[2] ?? 'dist', 0, '/', { gzip: true });
  const r = await lighthouseRuns(srv.url, Number(process.argv[3] ?? 3));
  await srv.close();
  console.log(JSON.stringify(r, null, 1));
}
