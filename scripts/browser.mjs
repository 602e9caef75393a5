// Which Chromium the browser tests, the bench and the screenshots use, and the flags that work on this machine.
// Order: CHROMIUM_PATH if set, else Debian's /usr/bin/chromium if present, else the Chromium that ships inside the
// @sparticuz/chromium devDependency (so `npm ci && npm test` needs nothing but Node). ARCADE_BROWSER=packaged forces
// the packaged one, so that path is itself tested.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

/** Our own flags, not the package's serverless ones (no --single-process). The background-networking flags keep
 * Chromium from calling out of this machine's closed network at every start. */
export const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const SYSTEM = '/usr/bin/chromium';

/** @returns {Promise<{ path: string, source: 'CHROMIUM_PATH' | 'system' | 'packaged' }>} */
export async function resolveChromium() {
  const forced = process.env.ARCADE_BROWSER;
  if (forced && forced !== 'packaged' && forced !== 'system') {
    throw new Error(`ARCADE_BROWSER=${forced} is not known: use "packaged" or "system", or set CHROMIUM_PATH.`);
  }
  if (forced !== 'packaged') {
    if (process.env.CHROMIUM_PATH) return { path: process.env.CHROMIUM_PATH, source: 'CHROMIUM_PATH' };
    if (existsSync(SYSTEM)) return { path: SYSTEM, source: 'system' };
    if (forced === 'system') throw new Error(`ARCADE_BROWSER=system but ${SYSTEM} is missing.`);
  }
  // The package unpacks its brotli-packed binary into the temp folder on first use and reuses it after.
  const { default: packaged } = await import('@sparticuz/chromium');
  return { path: await packaged.executablePath(), source: 'packaged' };
}

/** Launches the resolved Chromium with our flags (plus any extra ones). */
export async function launchChromium(extraArgs = []) {
  const { path } = await resolveChromium();
  return chromium.launch({ executablePath: path, args: [...FLAGS, ...extraArgs] });
}
