// The booth's take-home link and its health panel in a real Chromium: the card's QR code decoded from the canvas's
// pixels (jsqr) is a short link of version 5 at most with modules of 4 mm at each booth size; that link opens the
// result page (result, day, skills) with no game running, in the visitor's language, offline too; a broken or
// hostile link shows a clear message; the operator panel tells the card's address, offline readiness after a
// second load, the version, storage, the last error and the last visitor.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import jsQR from 'jsqr';
import { LARGEST_TEXT, onScreen, open, sharedBrowser, URL } from './browser';
import { auditScreens } from './audit';
import { encodeTakeHome } from '../../src/core/takeHome';

/** The arcade's address as the card prints it (a folder: with its closing slash). */
const HOME = (): string => URL().replace(/\/?$/, '/');
const KIOSK = (): string => `${URL()}?mode=kiosk`;
const browser = sharedBrowser();
const PIN = '2468';
/** 4 mm in CSS px at 96 dpi. */
const FOUR_MM = 4 / 0.2646;
const DAY = new Date(2026, 4, 12, 10, 0);

async function typePin(page: Page, pin: string): Promise<void> {
  for (const d of pin) await page.keyboard.press(d);
  await page.keyboard.press('Enter');
}

/** First start: choose the PIN twice and land on the operator panel. */
async function setPin(page: Page): Promise<void> {
  await onScreen(page, 'Choose the operator PIN');
  await typePin(page, PIN);
  await typePin(page, PIN);
  await onScreen(page, 'Operator panel');
}

/** From the booth's welcome screen into the operator panel. */
async function toPanel(page: Page): Promise<void> {
  await onScreen(page, 'Learning Arcade booth');
  await page.keyboard.press('Control+Alt+o');
  await onScreen(page, 'Operator PIN');
  await typePin(page, PIN);
  await onScreen(page, 'Operator panel');
}

/** A finished round's results, as the shell shows them (the games' own play is tested in their files). */
async function toResults(page: Page): Promise<void> {
  await page.evaluate(() => {
    const g = (window as unknown as { __arcade: { game: { scene: { getScenes(a: boolean): Array<{ scene: { start(k: string, d: object): void } }> } } } })
      .__arcade.game;
    g.scene.getScenes(true)[0]!.scene.start('Results', {
      gameId: 'cynefin',
      level: { id: 'first-sort', title: { en: 'First sort' }, order: 1 },
      file: '01-first-sort.json',
      summary: { score: 42, maxScore: 60, stars: 2, items: [] },
      newBest: true,
    });
  });
  await onScreen(page, 'Results');
}

/** The card's QR code read from its canvas's pixels, with its version and its module's size on screen. */
async function readCard(
  page: Page,
): Promise<{ text: string; version: number; modulePx: number; box: { x: number; y: number; width: number; height: number } }> {
  const img = page.getByRole('img', { name: /QR code: a link to your result/ });
  await img.waitFor({ state: 'attached' });
  const pixels = await page.evaluate(() => {
    const c = document.querySelector<HTMLCanvasElement>('canvas.kiosk-qr')!;
    const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height);
    return { w: d.width, h: d.height, data: Array.from(d.data) };
  });
  const code = jsQR(Uint8ClampedArray.from(pixels.data), pixels.w, pixels.h);
  expect(code).not.toBeNull();
  const box = (await img.boundingBox())!;
  // A code of version v is 17 + 4v modules a side, drawn with a quiet zone of 4 modules each side.
  const modulePx = box.width / (17 + 4 * code!.version + 8);
  return { text: new TextDecoder().decode(Uint8Array.from(code!.binaryData)), version: code!.version, modulePx, box };
}

/** The result page's text panel. */
async function resultText(page: Page, name: string | RegExp): Promise<string> {
  const region = page.getByRole('region', { name });
  await region.waitFor();
  // The page first says the level is loading, then names it once the game's levels are here.
  await page.waitForFunction(() => !/(loading|cargando|chargement)…/.test(document.querySelector('.a11y-layer [role="region"]')?.textContent ?? ''));
  return (await region.textContent()) ?? '';
}

/** Waits until this page's service worker is active: it has precached the whole arcade. */
async function workerActive(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    if (reg.active?.state !== 'activated') await new Promise((r) => reg.active?.addEventListener('statechange', r));
  });
}

describe('take-home link', () => {
  for (const [w, h, largest] of [
    [1366, 768, false],
    [1920, 1080, false],
    [1080, 1920, false],
    // At the largest text a laptop has no room for 4 mm modules under the header: the code takes the whole height.
    [1366, 768, true],
  ] as const) {
    it(`prints at ${w}×${h}${largest ? ' at the largest text' : ''} a short link of version 5 at most, with 4 mm modules, beside the card's text`, async () => {
      const { page, problems, context } = await open(browser(), 'about:blank', {
        width: w,
        height: h,
        ...(largest ? { init: `if (location.protocol.startsWith('http')) { ${LARGEST_TEXT} }` } : {}),
      });
      await page.clock.install({ time: DAY });
      await page.goto(KIOSK());
      await setPin(page);
      await page.getByRole('button', { name: 'Back to the booth' }).click();
      await onScreen(page, 'Learning Arcade booth');
      await toResults(page);
      await page.getByRole('button', { name: 'My take-home card' }).click();
      await onScreen(page, 'Your take-home card');
      const card = await readCard(page);
      expect(card.text).toMatch(new RegExp(`^${HOME().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}#r=[0-9A-Z.]{16,28}$`));
      expect(card.text.length).toBeLessThan(HOME().length + 32);
      expect(card.version).toBeLessThanOrEqual(5);
      expect(card.modulePx).toBeGreaterThanOrEqual(FOUR_MM);
      // The code is on screen and clear of the text and every button.
      const others = await page.evaluate(() =>
        [...document.querySelectorAll('.a11y-layer button, .a11y-layer .panel-text')].map((e) => e.getBoundingClientRect().toJSON() as DOMRect),
      );
      const b = card.box;
      expect(b.x >= 0 && b.y >= 0 && b.x + b.width <= w && b.y + b.height <= h).toBe(true);
      for (const o of others) expect(b.x + b.width <= o.x || o.x + o.width <= b.x || b.y + b.height <= o.y || o.y + o.height <= b.y).toBe(true);
      expect(await auditScreens(page, [['card', async () => undefined]])).toEqual([]);
      // The card's text still carries the result, the whole recap and the address.
      const text = (await page.getByRole('region', { name: 'Your take-home card' }).textContent()) ?? '';
      expect(text).toContain('Score 42 of 60, 2 stars of 3');
      expect(text).toContain('What makes a learning game work');
      expect(text).toContain(`Keep learning on your own at ${HOME()}`);
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it('opens, from the decoded card, the result page with the result and the skills, and no game', async () => {
    const booth = await open(browser(), 'about:blank', { width: 1366, height: 768 });
    await booth.page.clock.install({ time: DAY });
    await booth.page.goto(KIOSK());
    await setPin(booth.page);
    await booth.page.getByRole('button', { name: 'Back to the booth' }).click();
    await toResults(booth.page);
    await booth.page.getByRole('button', { name: 'My take-home card' }).click();
    await onScreen(booth.page, 'Your take-home card');
    const { text: link } = await readCard(booth.page);
    expect(booth.problems).toEqual([]);
    await booth.context.close();
    // A visitor's phone opens the link.
    const { page, problems, context } = await open(browser(), link, { width: 390, height: 844, touch: true });
    await onScreen(page, 'Your booth result');
    // The level's title comes once the game's levels have loaded.
    await page.getByRole('region', { name: 'Your result' }).getByText('Cynefin sorting: First sort', { exact: true }).waitFor();
    const text = await resultText(page, 'Your result');
    expect(text).toContain('Score 42 of 60, 2 stars of 3');
    expect(text).toContain('Played at the booth on May 12, 2026');
    expect(text).toContain('A clear situation needs the known procedure');
    expect(text).toContain('What makes a learning game work');
    // Only the result page runs: no game, no title behind it.
    const running = await page.evaluate(() =>
      (window as unknown as { __arcade: { game: { scene: { getScenes(a: boolean): Array<{ scene: { key: string } }> } } } }).__arcade.game.scene
        .getScenes(true)
        .map((s) => s.scene.key),
    );
    expect(running).toEqual(['KioskTakeHome']);
    // Play at home: the title screen, and the address no longer opens the result.
    await page.getByRole('button', { name: 'Play at home' }).click();
    await onScreen(page, 'Title screen');
    expect(new globalThis.URL(page.url()).hash).toBe('');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('opens in the visitor’s language, offline too, and fits a phone and a laptop', async () => {
    const payload = encodeTakeHome({ gameId: 'cynefin', levelId: 'first-sort-short', score: 17, maxScore: 20, stars: 3, lang: 'fr', day: '2026-05-12' });
    const link = `${HOME()}#r=${payload}`;
    const { page, problems, context } = await open(browser(), link, { width: 390, height: 844, touch: true });
    await onScreen(page, 'Votre résultat au stand');
    // The short booth round is found by its key too, with its own title.
    await page
      .getByRole('region', { name: 'Votre résultat' })
      .getByText(/^Tri Cynefin\s:\sPremier tri \(4 cartes\)$/)
      .waitFor();
    const text = await resultText(page, 'Votre résultat');
    expect(text).toMatch(/Score\s:\s17 sur 20, 3 étoiles sur 3/);
    expect(text).toContain('Joué au stand le 12 mai 2026');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('fr');
    // Offline: the service worker serves the page, the fragment stays on the phone.
    await workerActive(page);
    await context.setOffline(true);
    await page.reload();
    await onScreen(page, 'Votre résultat au stand');
    expect(await resultText(page, 'Votre résultat')).toContain('Joué au stand le 12 mai 2026');
    await context.setOffline(false);
    const report = await auditScreens(page, [
      ['result, phone', () => resultText(page, 'Votre résultat').then(() => undefined)],
      [
        'result, laptop',
        async () => {
          await page.setViewportSize({ width: 1366, height: 768 });
          // Side by side now: the result's text to the right of the score and the button.
          await page.waitForFunction(() => (document.querySelector('.a11y-layer .panel-text')?.getBoundingClientRect().left ?? 0) > 300);
        },
      ],
    ]);
    expect(report).toEqual([]);
    // Playing on keeps the card's language.
    await page.getByRole('button', { name: 'Jouer chez vous' }).click();
    await onScreen(page, 'Écran d’accueil');
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('learning-arcade/save') ?? '{}').settings?.lang)).toBe('fr');
    expect(problems.filter((p) => !/ERR_INTERNET_DISCONNECTED/.test(p))).toEqual([]);
    await context.close();
  });

  it('shows a clear message, as text only, for a broken or hostile link', async () => {
    const { page, problems, context } = await open(browser(), 'about:blank', { width: 390, height: 844 });
    for (const fragment of ['#r=<img src=x onerror=window.__hit=1>', '#r=1.ZZ.ZZZZ.1.2.1.EN.1', `#r=${'9'.repeat(5000)}`]) {
      // From another page each time: a change of fragment alone would not load the page again.
      await page.goto('about:blank');
      await page.goto(`${HOME()}${fragment}`);
      await onScreen(page, 'Your booth result');
      const text = await resultText(page, 'This link cannot be read');
      expect(text).toContain('This link does not hold a result this arcade can read');
      expect(text).not.toMatch(/img|ZZZZ|999/);
      expect(await page.locator('.a11y-layer img').count()).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __hit?: number }).__hit)).toBeUndefined();
      expect(await auditScreens(page, [['broken link', async () => undefined]])).toEqual([]);
    }
    await page.getByRole('button', { name: 'Play at home' }).click();
    await onScreen(page, 'Title screen');
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('operator panel health', () => {
  it('tells the card’s address, offline readiness after a second load, the version, storage, the last error and the last visitor', async () => {
    const { page, problems, context } = await open(browser(), KIOSK(), { width: 1366, height: 768 });
    await setPin(page);
    const status = page.getByRole('region', { name: 'Status' });
    await status.waitFor();
    const first = (await status.textContent()) ?? '';
    expect(first).toContain(`The card links to: ${HOME()}`);
    expect(first).toContain('Warning: no public address was set when the arcade was built');
    expect(first).toContain('Warning: this is a local address');
    expect(first).toContain('No error caught.');
    expect(first).toContain('No visitor yet.');
    // The second load: the worker installed on the first is active; no first-install event comes now.
    await workerActive(page);
    await page.reload();
    await toPanel(page);
    await page.waitForFunction(() => /Storage: .+ used, .+ free\./.test(document.querySelector('[data-id="status"]')?.textContent ?? ''));
    const second = (await status.textContent()) ?? '';
    expect(second).toContain('Offline: ready. Every game works with no network.');
    expect(second).toContain('Version 0.1.0');
    // A visitor plays; an error and a rejected promise come later: the panel keeps the last, across a reload.
    await page.getByRole('button', { name: 'Back to the booth' }).click();
    await page.getByRole('button', { name: 'Touch to play' }).click();
    await onScreen(page, 'Choose a game');
    await page
      .getByRole('button', { name: /Cynefin sorting/ })
      .first()
      .click();
    await page.getByRole('heading', { level: 1, name: /First sort/ }).waitFor({ state: 'attached' });
    await page.evaluate(() => {
      setTimeout(() => {
        throw new Error('Boom for the panel');
      });
    });
    await page.waitForFunction(() => (localStorage.getItem('learning-arcade/kiosk-health') ?? '').includes('Boom for the panel'));
    await page.reload();
    await toPanel(page);
    const third = (await status.textContent()) ?? '';
    expect(third).toMatch(/Last error \(\d{1,2}:\d{2}\s?[AP]M\): Uncaught Error: Boom for the panel/);
    expect(third).toMatch(/Last visitor: \d{1,2}:\d{2}\s?[AP]M\./);
    await page.evaluate(() => void Promise.reject(new TypeError('Rejected for the panel')));
    await page.waitForFunction(() => (localStorage.getItem('learning-arcade/kiosk-health') ?? '').includes('Rejected for the panel'));
    await page.getByRole('button', { name: 'Back to the booth' }).click();
    await toPanel(page);
    expect(await status.textContent()).toContain('TypeError: Rejected for the panel');
    expect(problems.filter((p) => !/Boom for the panel|Rejected for the panel/.test(p))).toEqual([]);
    await context.close();
  });
});
