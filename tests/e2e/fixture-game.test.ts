// A game the shell has never heard of, added the way a new game's author adds one (a folder, tests/fixture-game/,
// and one registry line, which `npm run build:fixture` adds): the picker, a round to its results, the library, the
// recap, the workshop and the booth all take it up, with no shell file changed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { serve } from '../../scripts/serve.mjs';
import { LARGEST_TEXT, onScreen, open, sharedBrowser } from './browser';
import { auditScreens } from './audit';

const browser = sharedBrowser();
let url = '';
let close: (() => Promise<void>) | null = null;

beforeAll(async () => {
  if (!existsSync('dist-fixture/index.html')) throw new Error('dist-fixture/ is missing: run `npm run build:fixture` first (npm test does).');
  const s = await serve('dist-fixture');
  url = s.url;
  close = s.close;
});
afterAll(async () => {
  await close?.();
});

const live = (page: Page, id: string) => page.locator(`.a11y-layer .a11y-scope:not([inert]) [data-id="${id}"]`).first();

describe('a new game is one folder and one line', () => {
  it('shows in the picker, plays to its results, and its explanation is in the library and its line in the recap', async () => {
    const { page, problems, context } = await open(browser(), url);
    await onScreen(page, 'Title screen');
    await live(page, 'play').click();
    await onScreen(page, 'Choose a game');
    await page.getByRole('button', { name: 'Fixture game', exact: true }).click();
    await page.getByRole('button', { name: /^1\. The only level/ }).click();
    await page.getByRole('button', { name: 'Finish the fixture round' }).click();
    await onScreen(page, 'Results');
    await page.goto(url);
    await onScreen(page, 'Title screen');
    await live(page, 'library').click();
    await onScreen(page, 'What I learned');
    expect(await page.locator('.a11y-layer').textContent()).toContain('A fixture explanation, met in a round of a game the shell does not know.');
    await page.goto(url);
    await onScreen(page, 'Title screen');
    await live(page, 'recap').click();
    // The recap gathers each game's lines as it opens (each game's recap loads with it).
    await page.locator('.a11y-layer').getByText("A fixture game's line in the recap: a new game brings its own.").first().waitFor({ state: 'attached' });
    expect(problems).toEqual([]);
    await context.close();
  });

  // A fourth game: on a wide screen the cards go two by two, all in the window; where the screen cannot hold them at
  // the height of their words they scroll natively, each one reachable and pressable.
  for (const [width, height, largest, scrolls] of [
    [1920, 1080, false, false],
    [1920, 1080, true, false],
    [1024, 768, false, false],
    [1024, 768, true, true],
    [390, 844, true, true],
  ] as const) {
    it(`takes a fourth card in the picker at ${width}x${height}${largest ? ' with the largest text' : ''}`, async () => {
      const { page, problems, context } = await open(browser(), url, { width, height, init: largest ? LARGEST_TEXT : undefined });
      const report = await auditScreens(page, [
        [
          'picker',
          async () => {
            await onScreen(page, 'Title screen');
            await live(page, 'play').click();
            await onScreen(page, 'Choose a game');
          },
        ],
      ]);
      expect(report).toEqual([]);
      const cards = page.locator('.a11y-layer .a11y-scope:not([inert]) button[data-id^="game-"]');
      expect(await cards.count()).toBe(4);
      // Each card, brought into view as a keyboard's focus or a finger's scroll would: whole in the window, under the
      // header; without a scroll area, all of them at once.
      expect(await page.locator('.a11y-layer .scroll-area[data-id="games"]').count()).toBe(scrolls ? 1 : 0);
      for (const card of await cards.all()) {
        const box = await card.evaluate((b) => {
          b.scrollIntoView({ block: 'nearest' });
          const r = b.getBoundingClientRect();
          return { top: r.top, bottom: r.bottom, left: r.left, right: r.right };
        });
        expect(box.top >= 60 && box.bottom <= height + 1 && box.left >= -1 && box.right <= width + 1, JSON.stringify(box)).toBe(true);
      }
      await page.getByRole('button', { name: 'Fixture game', exact: true }).click();
      await page.getByRole('button', { name: /^1\. The only level/ }).waitFor();
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it('is offered by the workshop screen from a link that names it', async () => {
    const { page, problems, context } = await open(browser(), `${url}?mode=workshop&game=fixture-game&lang=en`);
    await onScreen(page, 'Run a workshop');
    await page.getByRole('button', { name: 'Game: Fixture game' }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('is offered at the booth', async () => {
    const { page, problems, context } = await open(browser(), `${url}?mode=kiosk`);
    await onScreen(page, 'Choose the operator PIN');
    for (const pin of ['2468', '2468']) {
      for (const d of pin) await page.keyboard.press(d);
      await page.keyboard.press('Enter');
    }
    await onScreen(page, 'Operator panel');
    await page.getByRole('button', { name: 'Back to the booth' }).click();
    await onScreen(page, 'Learning Arcade booth');
    await page.getByRole('button', { name: 'Touch to play' }).click();
    await page
      .getByRole('button', { name: /Fixture game/ })
      .first()
      .waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });
});
