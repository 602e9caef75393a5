// Offline after the first visit: the service worker has cached the whole arcade, so with the network gone a
// reload still starts it and a level plays to its results (as at a booth with no Wi-Fi).
import { describe, expect, it } from 'vitest';
import { onScreen, open, playCynefinToResults, sharedBrowser } from './browser';

const browser = sharedBrowser();

describe('offline', () => {
  it('reloads with no network and plays a Cynefin level to the results', async () => {
    const { page, problems, context } = await open(browser(), process.env.ARCADE_URL ?? '');
    await onScreen(page, 'Title screen');
    // The worker is installed and has precached everything once it is active.
    await page.evaluate(async () => {
      const reg = await navigator.serviceWorker.ready;
      if (reg.active?.state !== 'activated') await new Promise((r) => reg.active?.addEventListener('statechange', r));
    });
    await context.setOffline(true);
    await page.reload();
    await onScreen(page, 'Title screen');
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await page.getByRole('button', { name: 'Cynefin sorting', exact: true }).click();
    await page.getByRole('button', { name: /^1\. / }).click();
    await playCynefinToResults(page);
    await onScreen(page, 'Results');
    // Sound and pictures came from the cache too: nothing failed to load.
    expect(problems.filter((p) => !/ERR_INTERNET_DISCONNECTED/.test(p))).toEqual([]);
    await context.close();
  });
});
