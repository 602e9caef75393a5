// Cynefin sorting in a real Chromium: level 1 played to the results with the keyboard only, answering from
// the level file as a player who knows the model would (the second question asked before the domain's verdict); then the best score is on the level select after a reload.
// Also: drag and drop, restart, Continue, resume, and the timed level's clock surviving a reload.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { centreOf, describedBy, onScreen, open, openLevel, sharedBrowser, tabTo, toLevelSelect, touchDrag } from './browser';

const level = JSON.parse(readFileSync('levels/cynefin/01-first-sort.json', 'utf8')) as {
  title: { en: string };
  cards: Array<{
    text: { en: string };
    domains: Array<{ domain: string; weight: number }>;
    second: { options: Array<{ text: { en: string }; credit: number }> };
  }>;
};
const DOMAIN = { clear: 'Clear', complicated: 'Complicated', complex: 'Complex', chaotic: 'Chaotic', confused: 'Confused' } as Record<string, string>;
/** A second-question option's button, whichever card is on screen. */
const OPTION_BUTTON = '.a11y-layer .a11y-scope:not([inert]) button[data-id^="opt-"]';

const browser = sharedBrowser();
/** Cards in level 5, the timed one. */
const LEVEL5_CARDS = (JSON.parse(readFileSync('levels/cynefin/05-a-day-at-city-hall.json', 'utf8')) as { cards: unknown[] }).cards.length;

async function focused(page: Page): Promise<string> {
  return page.evaluate(() => document.activeElement?.textContent ?? '');
}

/** Every paragraph of the live screen's accessible layer. */
async function liveText(page: Page): Promise<string> {
  return page.evaluate(() => [...document.querySelectorAll('.a11y-layer .a11y-scope:not([inert]) p')].map((p) => p.textContent).join(' '));
}

describe('Cynefin sorting', () => {
  it('plays level 1 to the results with the keyboard only, and keeps the best score after a reload', async () => {
    const { page, problems, context } = await open(browser(), URL());
    await openLevel(page, 'Cynefin sorting', level.title.en);
    for (let i = 0; i < level.cards.length; i++) {
      // The card has focus: read it, pick it up with Enter, then Tab to the domain and place it.
      const name = await focused(page);
      expect(name).toMatch(/^Situation card: /);
      const card = level.cards.find((c) => name.includes(c.text.en));
      expect(card, `card on screen: ${name}`).toBeDefined();
      await page.keyboard.press('Enter');
      const best = card!.domains.find((d) => d.weight === 1)!.domain;
      await tabTo(page, `Place in ${DOMAIN[best]}`);
      await page.keyboard.press('Enter');
      // Placed, not judged: the second question comes first, with focus on its first option and no verdict shown.
      await page
        .getByRole('status')
        .filter({ hasText: `You placed it in ${DOMAIN[best]}.` })
        .waitFor({ state: 'attached' });
      // The card's own moves, one of them focused; the player reads them and picks the best.
      const moves = card!.second.options.map((o) => o.text.en);
      expect(moves).toContain(await focused(page));
      expect(await liveText(page)).not.toMatch(/Right\.|Not quite|best fit|Why not/);
      await tabTo(page, card!.second.options.find((o) => o.credit === 1)!.text.en);
      await page.keyboard.press('Enter');
      // Then both verdicts, and why the tempting neighbour is not it.
      await page.getByRole('status').filter({ hasText: /Right/ }).waitFor({ state: 'attached' });
      expect(await liveText(page)).toMatch(/You chose .*Why not \w+\?.*✓ Best move\. /s);
      expect(await focused(page)).toMatch(i === level.cards.length - 1 ? 'See the results' : 'Next card');
      await page.keyboard.press('Enter');
    }
    await onScreen(page, 'Results');
    const details = (await page.getByRole('region', { name: 'Your answers, one by one' }).textContent()) ?? '';
    for (const c of level.cards) expect(details).toContain(c.text.en);
    const scoreText = await page.evaluate(() => [...document.querySelectorAll('.a11y-layer p')].map((p) => p.textContent).join(' '));
    expect(scoreText).toContain('3 of 3 stars');
    await page.reload();
    await onScreen(page, 'Title screen');
    await toLevelSelect(page, 'Cynefin sorting');
    const first = page.getByRole('button', { name: `1. ${level.title.en}` });
    await first.waitFor();
    const desc = await describedBy(page, 'level-0');
    expect(desc).toMatch(/Best \d+, 3 of 3 stars/);
    // Level 2 is now open.
    expect(await page.getByRole('button', { name: /^2\. / }).getAttribute('aria-disabled')).toBeNull();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('places a card by dragging it onto a domain with the mouse or a finger', async () => {
    const { page, problems, context } = await open(browser(), URL(), { width: 1280, height: 800 });
    await onScreen(page, 'Title screen');
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await page.getByRole('button', { name: 'Cynefin sorting', exact: true }).click();
    await page.getByRole('button', { name: /^1\. / }).click();
    const card = await page.getByRole('button', { name: /^Situation card/ }).boundingBox();
    const target = await page.getByRole('button', { name: 'Place in Chaotic' }).boundingBox();
    await page.mouse.move(card!.x + card!.width / 2, card!.y + card!.height / 2);
    await page.mouse.down();
    await page.mouse.move(card!.x + card!.width / 2 + 40, card!.y + card!.height / 2 + 20, { steps: 3 });
    await page.mouse.move(target!.x + target!.width / 2, target!.y + target!.height / 2, { steps: 8 });
    await page.mouse.up();
    // The card was placed: the screen names the domain it landed in (no verdict yet) and asks the second question.
    await page.getByRole('status').filter({ hasText: 'You placed it in Chaotic.' }).waitFor({ state: 'attached' });
    await page.locator(OPTION_BUTTON).first().waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  for (const size of [
    { name: 'a phone', width: 390, height: 844 },
    { name: 'a booth screen', width: 1920, height: 1080 },
  ]) {
    it(`places a card by dragging it with a finger on ${size.name}`, async () => {
      const { page, problems, context } = await open(browser(), URL(), { width: size.width, height: size.height, touch: true });
      await onScreen(page, 'Title screen');
      await page.getByRole('button', { name: 'Play', exact: true }).click();
      await page.getByRole('button', { name: 'Cynefin sorting', exact: true }).click();
      await page.getByRole('button', { name: /^1\. / }).click();
      const card = await centreOf(page.getByRole('button', { name: /^Situation card/ }));
      const target = await centreOf(page.getByRole('button', { name: 'Place in Chaotic' }));
      await touchDrag(page, card, target);
      await page.getByRole('status').filter({ hasText: 'You placed it in Chaotic.' }).waitFor({ state: 'attached' });
      await page.locator(OPTION_BUTTON).first().waitFor();
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it('places a card by dragging it with a finger on a booth totem, where the screen starts below the booth’s banner', async () => {
    const { page, problems, context } = await open(browser(), `${URL()}?mode=kiosk`, { width: 1080, height: 1920, touch: true });
    await onScreen(page, 'Choose the operator PIN');
    for (let i = 0; i < 2; i++) {
      for (const d of '2468') await page.keyboard.press(d);
      await page.keyboard.press('Enter');
    }
    await page.getByRole('button', { name: 'Back to the booth' }).click();
    await page.getByRole('button', { name: 'Touch to play' }).click();
    await page.getByRole('button', { name: 'Cynefin sorting', exact: true }).click();
    const card = await centreOf(page.getByRole('button', { name: /^Situation card/ }));
    const target = await centreOf(page.getByRole('button', { name: 'Place in Chaotic' }));
    expect(card.y).toBeGreaterThan(1920 / 3);
    await touchDrag(page, card, target);
    // The booth's short round asks one question a card: the verdict comes at once.
    await page.getByRole('status').filter({ hasText: 'You chose Chaotic.' }).waitFor({ state: 'attached' });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('restarts the level from the pause menu with an empty score', async () => {
    const { page, problems, context } = await open(browser(), URL());
    await onScreen(page, 'Title screen');
    await toLevelSelect(page, 'Cynefin sorting');
    await page.getByRole('button', { name: /^1\. / }).press('Enter');
    await page.getByRole('button', { name: 'Place in Clear' }).press('Enter');
    await page.locator(OPTION_BUTTON).first().press('Enter');
    await page.getByRole('button', { name: 'Next card' }).press('Enter');
    await page.getByText(`Card 2 of ${level.cards.length}`, { exact: false }).first().waitFor({ state: 'attached' });
    await page.keyboard.press('Escape');
    await onScreen(page, 'Paused');
    await page.getByRole('button', { name: 'Restart the level' }).press('Enter');
    await page.getByRole('button', { name: /^Situation card/ }).waitFor();
    const hud = await page.locator('.a11y-layer .a11y-scope:not([inert]) p').first().textContent();
    expect(hud).toBe(`Card 1 of ${level.cards.length} · Score 0`);
    expect(await page.getByRole('heading', { name: 'Paused' }).count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('offers Continue on the title screen after a reload, straight back into the round', async () => {
    const { page, problems, context } = await open(browser(), URL());
    await onScreen(page, 'Title screen');
    await toLevelSelect(page, 'Cynefin sorting');
    await page.getByRole('button', { name: /^1\. / }).press('Enter');
    await page.getByRole('button', { name: 'Place in Complicated' }).press('Enter');
    await page.reload();
    await onScreen(page, 'Title screen');
    const cont = page.getByRole('button', { name: `Continue where you left off: Cynefin sorting: ${level.title.en}` });
    await cont.waitFor();
    await cont.press('Enter');
    await onScreen(page, level.title.en);
    await page.locator(OPTION_BUTTON).first().waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('resumes a round in progress after a reload, and pauses with Escape', async () => {
    const { page, problems, context } = await open(browser(), URL());
    await onScreen(page, 'Title screen');
    await toLevelSelect(page, 'Cynefin sorting');
    await page.getByRole('button', { name: /^1\. / }).press('Enter');
    await onScreen(page, level.title.en);
    const name = await focused(page);
    await page.getByRole('button', { name: /^Place in Clear$/ }).press('Enter');
    await page.keyboard.press('Escape');
    await onScreen(page, 'Paused');
    await page.getByRole('button', { name: 'Quit to the games' }).press('Enter');
    await onScreen(page, 'Choose a game');
    await page.reload();
    await toLevelSelect(page, 'Cynefin sorting');
    const desc = await describedBy(page, 'level-0');
    expect(desc).toContain('Round in progress');
    await page.getByRole('button', { name: /^1\. / }).press('Enter');
    await onScreen(page, level.title.en);
    // The placed card is remembered: the second question is asked, not the first card again.
    await page.locator(OPTION_BUTTON).first().waitFor();
    expect(name).toMatch(/^Situation card/);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps the clock of a timed round resumed after a reload', async () => {
    // Levels 1 to 4 already played, so level 5, the timed one, is open.
    const played = Object.fromEntries(
      ['first-sort', 'kinds-of-practice', 'borderline-cases', 'what-kind-of-learning'].map((id) => [
        `cynefin/${id}`,
        { best: 100, stars: 2, attempts: 1, lastPlayed: 1 },
      ]),
    );
    const save = {
      version: 2,
      settings: { sound: false, music: false, volume: 0.8, reducedMotion: false, textScale: 1, lang: 'en' },
      levels: played,
      rounds: {},
    };
    // Guarded: the page starts on about:blank (to install the clock first), where storage is denied.
    const init = `if (location.protocol.startsWith('http') && !localStorage.getItem('learning-arcade/save')) localStorage.setItem('learning-arcade/save', ${JSON.stringify(JSON.stringify(save))});`;
    const { page, problems, context } = await open(browser(), 'about:blank', { init });
    await page.clock.install();
    await page.goto(URL());
    const secondsLeft = () =>
      page.evaluate(
        () =>
          (JSON.parse(localStorage.getItem('learning-arcade/save') ?? '{}') as { rounds?: { cynefin?: { state?: { secondsLeft?: number } } } }).rounds?.cynefin
            ?.state?.secondsLeft,
      );
    const hud = () => page.locator('.a11y-layer .a11y-scope:not([inert]) p').first().textContent();
    await onScreen(page, 'Title screen');
    await toLevelSelect(page, 'Cynefin sorting');
    await page.getByRole('button', { name: '5. A day at city hall' }).press('Enter');
    await onScreen(page, 'A day at city hall');
    expect(await hud()).toBe(`Card 1 of ${LEVEL5_CARDS} · Score 0 · 8:00 left`);
    // Half a minute of play on the page's clock: the round is saved with its clock running down.
    await page.clock.runFor(30_000);
    // The accessible layer's HUD follows the canvas's every second.
    expect(await hud()).toMatch(new RegExp(`^Card 1 of ${LEVEL5_CARDS} · Score 0 · 7:[23]\\d left$`));
    const before = (await secondsLeft()) ?? 480;
    expect(before).toBeLessThanOrEqual(455);
    expect(before).toBeGreaterThan(440);
    await page.reload();
    await onScreen(page, 'Title screen');
    const left = (await secondsLeft())!;
    expect(left).toBeLessThanOrEqual(before);
    await page.getByRole('button', { name: 'Continue where you left off: Cynefin sorting: A day at city hall' }).press('Enter');
    await onScreen(page, 'A day at city hall');
    // The resumed round shows the time it was saved with, not a fresh 7:00.
    expect(await hud()).toBe(`Card 1 of ${LEVEL5_CARDS} · Score 0 · ${Math.floor(left / 60)}:${String(left % 60).padStart(2, '0')} left`);
    await page.clock.runFor(10_000);
    const after = (await secondsLeft())!;
    expect(after).toBeLessThan(left);
    expect(after).toBeGreaterThanOrEqual(left - 11);
    expect(problems).toEqual([]);
    await context.close();
  });
});

function URL(): string {
  return process.env.ARCADE_URL ?? '';
}
