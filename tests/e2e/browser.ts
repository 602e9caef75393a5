// Launches Chromium (scripts/browser.mjs picks which) through playwright-core with the flags that work on this machine, and opens the
// built arcade with console errors and CSP violations collected, so every test can assert there were none.
import { afterAll, beforeAll } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/browser.mjs';

/** The built arcade's address for this run (tests/e2e/setup.ts serves dist/ and sets ARCADE_URL). */
export const URL = (): string => process.env.ARCADE_URL ?? '';

export async function launch(): Promise<Browser> {
  // playwright-core gives every launch a fresh, empty profile directory of its own.
  return launchChromium();
}

/** One Chromium for the whole test file, launched before its tests and closed after them. */
export function sharedBrowser(): () => Browser {
  let browser: Browser | null = null;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is not started yet');
    return browser;
  };
}

export interface Opened {
  context: BrowserContext;
  page: Page;
  /** Console errors, page errors and CSP violations seen so far. */
  problems: string[];
}

export async function open(
  browser: Browser,
  url: string,
  opts: { width?: number; height?: number; init?: string; touch?: boolean; clock?: boolean } = {},
): Promise<Opened> {
  const context = await browser.newContext({ viewport: { width: opts.width ?? 1280, height: opts.height ?? 800 }, ...(opts.touch ? { hasTouch: true } : {}) });
  // A clock the test can jump forward (a laptop lid closed, a hidden tab), running as usual until it does.
  if (opts.clock) {
    await context.clock.install();
    await context.clock.resume();
  }
  const problems: string[] = [];
  if (opts.init) await context.addInitScript(opts.init);
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  await page.goto(url);
  return { context, page, problems };
}

/**
 * Drags a finger from one point to another as a touch screen does (touch events through the browser's own input
 * pipeline, so its touch-action rules apply: a gesture it takes for a pan is cancelled as on a real device).
 */
export async function touchDrag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }, steps = 12): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  const point = (x: number, y: number) => [{ x, y, radiusX: 4, radiusY: 4, force: 1, id: 1 }];
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: point(from.x, from.y) });
  for (let i = 1; i <= steps; i++) {
    await cdp.send('Input.dispatchTouchEvent', {
      type: 'touchMove',
      touchPoints: point(from.x + ((to.x - from.x) * i) / steps, from.y + ((to.y - from.y) * i) / steps),
    });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  await cdp.detach();
}

/** The centre of a locator's box. */
export async function centreOf(loc: {
  boundingBox(): Promise<{ x: number; y: number; width: number; height: number } | null>;
}): Promise<{ x: number; y: number }> {
  const b = await loc.boundingBox();
  if (!b) throw new Error('no box');
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

/** Waits until the given screen's heading is in the accessible layer. */
export async function onScreen(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor({ state: 'attached', timeout: 20000 });
}

/** Presses Tab until the named button has focus (as a keyboard user would), then returns how many presses. */
export async function tabTo(page: Page, name: string | RegExp, max = 40): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el ? (el.getAttribute('aria-label') ?? el.textContent ?? '') : '';
    });
    if (typeof name === 'string' ? focused.trim() === name : name.test(focused)) return i;
  }
  throw new Error(`Tab never reached ${String(name)}`);
}

/** From the title screen to a level, with the keyboard only: Tab and Enter through title, picker and level select. */
export async function openLevel(page: Page, game: string, levelTitle: string, index = 1): Promise<void> {
  await onScreen(page, 'Title screen');
  await tabTo(page, 'Play');
  await page.keyboard.press('Enter');
  await onScreen(page, 'Choose a game');
  await tabTo(page, game);
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: /^1\. / }).waitFor();
  await tabTo(page, `${index}. ${levelTitle}`);
  await page.keyboard.press('Enter');
  await onScreen(page, levelTitle);
}

/** The accessible description (aria-describedby) of the control with the given data-id, as a screen reader reads it. */
export async function describedBy(page: Page, id: string): Promise<string> {
  return page.evaluate((id) => {
    const b = document.querySelector(`.a11y-layer button[data-id="${CSS.escape(id)}"]`);
    return document.getElementById(b?.getAttribute('aria-describedby') ?? '')?.textContent ?? '';
  }, id);
}

/** From the title screen to a game's level select by pressing Enter on Play and on the game's card. */
export async function toLevelSelect(page: Page, game: string): Promise<void> {
  await page.getByRole('button', { name: 'Play', exact: true }).press('Enter');
  await page.getByRole('button', { name: game, exact: true }).press('Enter');
  await page.getByRole('button', { name: /^1\. / }).waitFor();
}

/** Plays the open Cynefin round to its results whatever it asks next (a card to pick up, a domain, a question,
 * Next), pressing the first control of each kind that is on screen: a player who answers without reading. */
export async function playCynefinToResults(page: Page): Promise<void> {
  for (let step = 0; step < 80; step++) {
    if (await page.evaluate(() => document.querySelector('.a11y-layer .a11y-scope:not([inert]) button[data-id="levels"]') !== null)) return;
    const before = await screenSignature(page);
    await page.evaluate(() => {
      const live = '.a11y-layer .a11y-scope:not([inert]) button';
      const pick = ['[data-id^="opt-"]', '[data-id^="domain-"]', '[data-id="card"]', '[data-id="next"]']
        .map((sel) => document.querySelector<HTMLButtonElement>(`${live}${sel}`))
        .find((b) => b && b.getAttribute('aria-disabled') !== 'true');
      pick?.click();
    });
    // The screen answers the press: wait for it to change rather than for a fixed time.
    await page.waitForFunction((b) => {
      const ids = [...document.querySelectorAll('.a11y-layer .a11y-scope:not([inert]) button')]
        .map((x) => `${x.getAttribute('data-id')}:${x.getAttribute('aria-pressed')}`)
        .join(',');
      return `${document.querySelector('.a11y-layer h1')?.textContent ?? ''}|${ids}` !== b;
    }, before);
  }
}

/** The live screen's heading and buttons, to tell when it has changed. */
async function screenSignature(page: Page): Promise<string> {
  return page.evaluate(() => {
    const ids = [...document.querySelectorAll('.a11y-layer .a11y-scope:not([inert]) button')]
      .map((x) => `${x.getAttribute('data-id')}:${x.getAttribute('aria-pressed')}`)
      .join(',');
    return `${document.querySelector('.a11y-layer h1')?.textContent ?? ''}|${ids}`;
  });
}

/** Waits until the screen holds still: the accessible layer's buttons in the same places on consecutive frames
 * (an entrance has finished), and the fonts loaded. */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        const snap = (): string =>
          [...document.querySelectorAll('.a11y-layer button, .a11y-layer [data-id]')]
            .map((e) => {
              const r = e.getBoundingClientRect();
              return `${r.x},${r.y},${r.width},${r.height}`;
            })
            .join(';');
        const first = snap();
        requestAnimationFrame(() => requestAnimationFrame(() => resolve(document.fonts.status === 'loaded' && snap() === first)));
      }),
    undefined,
    { polling: 'raf' },
  );
}

/** A first visit whose save asks for the largest text (the layout audits' hardest case). */
export const LARGEST_TEXT = `localStorage.getItem('learning-arcade/save') || localStorage.setItem('learning-arcade/save', ${JSON.stringify(
  JSON.stringify({
    version: 2,
    settings: { sound: true, music: false, volume: 0.8, reducedMotion: false, textScale: 1.5, lang: 'en' },
    levels: {},
    rounds: {},
  }),
)});`;

/** The sizes every layout audit of the workshop's screens runs at: a projector, a 4:3 screen, a phone held upright. */
export const AUDIT_SIZES = [
  ['projector 1920x1080', 1920, 1080],
  ['4:3 1024x768', 1024, 768],
  ['phone upright 390x844', 390, 844],
] as const;
