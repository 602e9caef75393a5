// Which Chromium the browser tests launch: CHROMIUM_PATH, else Debian's, else the one inside the npm package.
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { resolveChromium } from '../../scripts/browser.mjs';

const saved = { path: process.env.CHROMIUM_PATH, forced: process.env.ARCADE_BROWSER };
afterEach(() => {
  for (const [k, v] of [
    ['CHROMIUM_PATH', saved.path],
    ['ARCADE_BROWSER', saved.forced],
  ] as const) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
});

describe('the browser for the tests', () => {
  it('takes CHROMIUM_PATH first', async () => {
    delete process.env.ARCADE_BROWSER;
    process.env.CHROMIUM_PATH = '/opt/my-chromium/chrome';
    expect(await resolveChromium()).toEqual({ path: '/opt/my-chromium/chrome', source: 'CHROMIUM_PATH' });
  });

  it('falls back to the system Chromium, or else to the packaged one, which exists on disk', async () => {
    delete process.env.ARCADE_BROWSER;
    delete process.env.CHROMIUM_PATH;
    const found = await resolveChromium();
    expect(found.source).toBe(existsSync('/usr/bin/chromium') ? 'system' : 'packaged');
    expect(existsSync(found.path)).toBe(true);
  });

  it('uses the packaged Chromium when ARCADE_BROWSER=packaged, even with CHROMIUM_PATH set', async () => {
    process.env.ARCADE_BROWSER = 'packaged';
    process.env.CHROMIUM_PATH = '/opt/my-chromium/chrome';
    const found = await resolveChromium();
    expect(found.source).toBe('packaged');
    expect(found.path).not.toBe('/opt/my-chromium/chrome');
    expect(existsSync(found.path)).toBe(true);
  });

  it('names an unknown ARCADE_BROWSER value instead of guessing', async () => {
    process.env.ARCADE_BROWSER = 'firefox';
    await expect(resolveChromium()).rejects.toThrow(/ARCADE_BROWSER=firefox/);
  });
});
