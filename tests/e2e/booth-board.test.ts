// The booth's board in a real Chromium, as the operator and visitors meet it: one entry removed from the operator's
// list leaves the board and the welcome screen; an Arabic name keeps the score where it was (the DOM twin isolates
// the name, and the score is measured on screen after it); an invisible name is refused and stacked marks are cut;
// the short round ranks apart; an anonymous board takes scores without names; the moderation screen's layout; at the
// largest text, the PIN screen, the operator panel (its settings scroll) and a refused French name on the board fit.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { LARGEST_TEXT, onScreen, open, sharedBrowser, URL } from './browser';
import { auditScreens } from './audit';

const KIOSK = (): string => `${URL()}?mode=kiosk`;
const browser = sharedBrowser();
const PIN = '2468';
const DAY = new Date(2026, 4, 12, 10, 0);
/** The isolates around every name on the board. */
const FSI = '\u2068';
const PDI = '\u2069';
/** The booth plays Cynefin's first level in full, whatever the defaults: the board under test is that level's. */
const SEED = `if (location.protocol.startsWith('http') && !sessionStorage.getItem('seeded')) { sessionStorage.setItem('seeded', '1'); localStorage.setItem('learning-arcade/kiosk', ${JSON.stringify(JSON.stringify({ games: { cynefin: { offered: true, levelId: 'first-sort', short: false } } }))}); }`;

async function typePin(page: Page, pin: string): Promise<void> {
  for (const d of pin) await page.keyboard.press(d);
  await page.keyboard.press('Enter');
}

/** First start: choose the PIN twice, land on the operator panel, then `inPanel`, then back to the booth. */
async function setUp(page: Page, inPanel: () => Promise<void> = async () => undefined): Promise<void> {
  await page.clock.install({ time: DAY });
  await page.goto(KIOSK());
  await onScreen(page, 'Choose the operator PIN');
  await typePin(page, PIN);
  await typePin(page, PIN);
  await onScreen(page, 'Operator panel');
  await inPanel();
  await page.getByRole('button', { name: 'Back to the booth' }).click();
  await onScreen(page, 'Learning Arcade booth');
}

/** Into the operator panel through the PIN screen (however the welcome screen's door to it looks). */
async function toOperator(page: Page): Promise<void> {
  await page.evaluate(() => {
    const g = (window as unknown as { __arcade: { game: { scene: { getScenes(a: boolean): Array<{ scene: { start(k: string, d: object): void } }> } } } })
      .__arcade.game;
    g.scene.getScenes(true)[0]!.scene.start('KioskPin', { mode: 'check' });
  });
  await onScreen(page, 'Operator PIN');
  await typePin(page, PIN);
  await onScreen(page, 'Operator panel');
}

/** A finished round's results, as the shell shows them (the games' own play is tested in their files). */
async function toResults(page: Page, o: { score: number; levelId?: string; title?: string; screen?: string }): Promise<void> {
  await page.evaluate((o) => {
    const g = (window as unknown as { __arcade: { game: { scene: { getScenes(a: boolean): Array<{ scene: { start(k: string, d: object): void } }> } } } })
      .__arcade.game;
    g.scene.getScenes(true)[0]!.scene.start('Results', {
      gameId: 'cynefin',
      level: { id: o.levelId ?? 'first-sort', title: { en: o.title ?? 'First sort' }, order: 1 },
      file: '01-first-sort.json',
      summary: { score: o.score, maxScore: 60, stars: 2, items: [] },
      newBest: true,
    });
  }, o);
  await onScreen(page, o.screen ?? 'Results');
}

/** The buttons a finger cannot press on the current screen: each scrolled into view (in its scroll area, if any),
 * then not wholly on screen, or with something else on top of its centre (a button under the bottom row, say). */
async function unreachable(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const out: string[] = [];
    for (const b of document.querySelectorAll<HTMLElement>('.a11y-layer .a11y-scope:not([inert]) button')) {
      b.scrollIntoView({ block: 'nearest' });
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const r = b.getBoundingClientRect();
      const name = (b.getAttribute('aria-label') ?? b.textContent ?? '').slice(0, 40);
      if (r.left < -1 || r.top < -1 || r.right > innerWidth + 1 || r.bottom > innerHeight + 1) out.push(`${name}: off screen`);
      else if (document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2) !== b) out.push(`${name}: covered`);
    }
    return out;
  });
}

/** From the results, a nickname on the board (typed as a keyboard would), then back to the welcome screen. */
async function putOnBoard(page: Page, name: string, done = true): Promise<void> {
  await page.getByRole('button', { name: 'Add my name to today’s board' }).click();
  await onScreen(page, 'Today’s board: Cynefin sorting');
  await page.getByRole('textbox', { name: /Your nickname/ }).fill(name);
  await page.getByRole('button', { name: 'Put me on the board' }).click();
  await page
    .getByText(/is on today’s board, in place/)
    .first()
    .waitFor({ state: 'attached' });
  if (!done) return;
  await page.getByRole('button', { name: 'I’m done' }).click();
  await onScreen(page, 'Learning Arcade booth');
}

/** The names stored on today's board. */
async function storedNames(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (JSON.parse(localStorage.getItem('learning-arcade/kiosk-board') ?? '{"entries":[]}') as { entries: Array<{ name: string }> }).entries.map((e) => e.name),
  );
}

describe('the booth’s board', () => {
  it('removes one entry from the operator’s list: it leaves the board and the welcome screen, the others stay', async () => {
    const { page, problems, context } = await open(browser(), 'about:blank', { init: SEED });
    await setUp(page);
    await toResults(page, { score: 30 });
    await putOnBoard(page, 'Ana');
    await toResults(page, { score: 50 });
    await putOnBoard(page, 'Rude Dude');
    await page.getByText(`Today’s best. 1. ${FSI}Rude Dude${PDI}: 50 points. 2. ${FSI}Ana${PDI}: 30 points`).waitFor({ state: 'attached' });
    await toOperator(page);
    await page.getByRole('button', { name: 'Remove names from today’s board' }).click();
    await onScreen(page, 'Remove names from today’s board');
    // One press asks to confirm; nothing is removed yet.
    await page.getByRole('button', { name: `Remove ${FSI}Rude Dude${PDI} from the board of Cynefin sorting: First sort` }).click();
    const confirm = page.getByRole('button', { name: `Press again to remove ${FSI}Rude Dude${PDI}` });
    await confirm.waitFor();
    expect(await storedNames(page)).toEqual(['Ana', 'Rude Dude']);
    await confirm.click();
    await page.getByRole('button', { name: /Rude Dude/ }).waitFor({ state: 'detached' });
    await page.waitForFunction(() => /Removed from today’s board: .Rude Dude./.test(document.querySelector('[aria-live="polite"]')?.textContent ?? ''));
    expect(await page.getByRole('button', { name: /^Remove / }).count()).toBe(1);
    expect(await page.getByRole('button', { name: `Remove ${FSI}Ana${PDI} from the board of Cynefin sorting: First sort` }).count()).toBe(1);
    expect(await storedNames(page)).toEqual(['Ana']);
    // Back at the booth, the welcome screen names Ana first and no longer the removed name, after a reload too.
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await onScreen(page, 'Operator panel');
    await page.getByRole('button', { name: 'Back to the booth' }).click();
    await onScreen(page, 'Learning Arcade booth');
    await page.getByText(`Today’s best. 1. ${FSI}Ana${PDI}: 30 points`).waitFor({ state: 'attached' });
    expect(await page.getByText(/Rude Dude/).count()).toBe(0);
    await page.reload();
    await onScreen(page, 'Learning Arcade booth');
    await page.getByText(`Today’s best. 1. ${FSI}Ana${PDI}: 30 points`).waitFor({ state: 'attached' });
    expect(await page.getByText(/Rude Dude/).count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps an Arabic name from moving the score, numbers each line once, and ranks the short round apart', async () => {
    const { page, problems, context } = await open(browser(), 'about:blank', { init: SEED, width: 1920, height: 1080 });
    await setUp(page);
    await toResults(page, { score: 35 });
    await putOnBoard(page, 'مدينة سلا', false);
    const board = page.getByRole('region', { name: 'Today’s best at Cynefin sorting: First sort' });
    const line = board.locator('li.mine');
    // The DOM twin: the name in its own isolated run, one rank only (the list draws no numbers of its own).
    expect(await line.textContent()).toBe(`1. ${FSI}مدينة سلا${PDI}: 35 points, 2 stars (you)`);
    expect(await board.locator('ol').evaluate((ol) => getComputedStyle(ol).listStyleType)).toBe('none');
    // On screen, left to right: the rank, then the name, then the score, all on one line.
    const at = await line.evaluate((li) => {
      const text = li.firstChild as Text;
      const box = (part: string): DOMRect => {
        const r = document.createRange();
        const i = text.data.indexOf(part);
        r.setStart(text, i);
        r.setEnd(text, i + part.length);
        return r.getBoundingClientRect();
      };
      const rank = box('1.');
      const name = box('مدينة سلا');
      const score = box('35 points');
      return { rankRight: rank.right, nameLeft: name.left, nameRight: name.right, scoreLeft: score.left, tops: [rank.top, name.top, score.top] };
    });
    expect(at.nameLeft).toBeGreaterThanOrEqual(at.rankRight);
    expect(at.scoreLeft).toBeGreaterThan(at.nameRight);
    expect(Math.max(...at.tops) - Math.min(...at.tops)).toBeLessThan(8);
    // The short round has its own ranking: a lower score is first there, and the full level's board is unchanged.
    await page.getByRole('button', { name: 'I’m done' }).click();
    await onScreen(page, 'Learning Arcade booth');
    await page.getByText(`Today’s best. 1. ${FSI}مدينة سلا${PDI}: 35 points`).waitFor({ state: 'attached' });
    await toResults(page, { score: 20, levelId: 'first-sort-short', title: 'First sort (4 cards)' });
    await putOnBoard(page, 'Bo', false);
    const short = page.getByRole('region', { name: 'Today’s best at Cynefin sorting: First sort (4 cards)' });
    expect(await short.locator('li').allTextContents()).toEqual([`1. ${FSI}Bo${PDI}: 20 points, 2 stars (you)`]);
    await page.getByRole('button', { name: 'I’m done' }).click();
    await onScreen(page, 'Learning Arcade booth');
    await page.getByText(`Today’s best. 1. ${FSI}مدينة سلا${PDI}: 35 points`).waitFor({ state: 'attached' });
    expect(await page.getByText(`${FSI}Bo${PDI}`).count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('refuses an invisible name, with a message beside the field, and cuts stacked marks to two', async () => {
    const { page, problems, context } = await open(browser(), 'about:blank', { init: SEED });
    await setUp(page);
    await toResults(page, { score: 42 });
    await page.getByRole('button', { name: 'Add my name to today’s board' }).click();
    await onScreen(page, 'Today’s board: Cynefin sorting');
    const field = page.getByRole('textbox', { name: /Your nickname/ });
    const save = page.getByRole('button', { name: 'Put me on the board' });
    for (const invisible of ['\u3164\u3164\u3164', '\u200b\u200b\u2060', '\u115f\u1160']) {
      await field.fill(invisible);
      await save.click();
      await page
        .getByText('Your nickname shows no letters: it is made of invisible characters. Please type a name people can read.')
        .first()
        .waitFor({ state: 'attached' });
      expect(await field.getAttribute('aria-invalid')).toBe('true');
      expect(await page.locator('#kiosk-board-msg').textContent()).toMatch(/shows no letters/);
    }
    expect(await page.getByRole('region', { name: /Today’s best at/ }).textContent()).toContain('Nobody on today’s board yet.');
    expect(await storedNames(page)).toEqual([]);
    // Fifteen stacked marks: the name goes on with two, so it cannot climb over the line above.
    await field.fill(`Z${'\u0336\u0353\u0317\u0300\u0301'.repeat(3)}oe`);
    await save.click();
    await page
      .getByText(/is on today’s board, in place 1/)
      .first()
      .waitFor({ state: 'attached' });
    const [stored] = await storedNames(page);
    expect([...stored!].filter((c) => /\p{M}/u.test(c))).toHaveLength(2);
    const row = page.getByRole('region', { name: /Today’s best at/ }).locator('li.mine');
    expect(await row.textContent()).toBe(`1. ${FSI}${stored}${PDI}: 42 points, 2 stars (you)`);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('on an anonymous board, takes the score without asking for a name and shows scores only', async () => {
    const { page, problems, context } = await open(browser(), 'about:blank', { init: SEED });
    await setUp(page);
    await toResults(page, { score: 30 });
    await putOnBoard(page, 'Ana');
    await toOperator(page);
    // The names setting goes round: typed, chosen from a list, none (scores only).
    await page.getByRole('button', { name: /^Names on the board: typed by visitors\./ }).click();
    await page.getByRole('button', { name: /^Names on the board: chosen from a list\./ }).click();
    await page.getByRole('button', { name: /^Names on the board: none, scores only\./ }).waitFor();
    await page.getByRole('button', { name: 'Back to the booth' }).click();
    await onScreen(page, 'Learning Arcade booth');
    await page.getByText('Today’s best. 1. 30 points').waitFor({ state: 'attached' });
    expect(await page.getByText(`${FSI}Ana${PDI}`).count()).toBe(0);
    await toResults(page, { score: 42 });
    expect(await page.getByRole('button', { name: 'Add my name to today’s board' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Put my score on today’s board' }).click();
    await onScreen(page, 'Today’s board: Cynefin sorting');
    await page.getByText('Your score is on today’s board, in place 1.').first().waitFor({ state: 'attached' });
    expect(await page.getByRole('textbox').count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Type / }).count()).toBe(0);
    const board = page.getByRole('region', { name: 'Today’s best at Cynefin sorting: First sort' });
    expect(await board.locator('li').allTextContents()).toEqual(['1. 42 points, 2 stars (you)', '2. 30 points, 2 stars']);
    // Once per round: back and in again adds nothing.
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await onScreen(page, 'Results');
    await page.getByRole('button', { name: 'Today’s best' }).click();
    await onScreen(page, 'Today’s board: Cynefin sorting');
    expect(await board.locator('li').count()).toBe(2);
    expect(await storedNames(page)).toEqual(['Ana', '']);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('with names from a list, a visitor is named by a tap: nothing typed, nothing to moderate', async () => {
    const { page, problems, context } = await open(browser(), 'about:blank', { init: SEED, width: 1080, height: 1920 });
    await setUp(page);
    await toOperator(page);
    await page.getByRole('button', { name: /^Names on the board: typed by visitors\./ }).click();
    await page.getByRole('button', { name: /^Names on the board: chosen from a list\./ }).waitFor();
    await page.getByRole('button', { name: 'Back to the booth' }).click();
    await onScreen(page, 'Learning Arcade booth');
    await toResults(page, { score: 36 });
    await page.getByRole('button', { name: 'Add my name to today’s board' }).click();
    await onScreen(page, 'Today’s board: Cynefin sorting');
    expect(await page.getByRole('textbox').count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Type / }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Put me on the board as / }).count()).toBe(12);
    await page.getByRole('button', { name: 'Put me on the board as Heron' }).click();
    await page.getByText(`${FSI}Heron${PDI} is on today’s board, in place 1.`).first().waitFor({ state: 'attached' });
    const board = page.getByRole('region', { name: 'Today’s best at Cynefin sorting: First sort' });
    expect(await board.locator('li').allTextContents()).toEqual([`1. ${FSI}Heron${PDI}: 36 points, 2 stars (you)`]);
    expect(await auditScreens(page, [['board with names from a list', async () => undefined]])).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  for (const [w, h] of [
    [1080, 1920],
    [1366, 768],
  ] as const) {
    it(`lays out the operator panel and the moderation screen at ${w}×${h}: targets of 44 px, nothing off screen or overlapping`, async () => {
      const { page, problems, context } = await open(browser(), 'about:blank', { init: SEED, width: w, height: h });
      await setUp(page);
      for (const [name, score] of [
        ['Ana', 30],
        ['محمد', 40],
        ['Bo', 20],
      ] as const) {
        await toResults(page, { score });
        await putOnBoard(page, name);
      }
      const report = await auditScreens(page, [
        ['operator panel', () => toOperator(page)],
        [
          'moderation',
          async () => {
            await page.getByRole('button', { name: 'Remove names from today’s board' }).click();
            await onScreen(page, 'Remove names from today’s board');
            await page.getByRole('button', { name: /^Remove .*Bo/ }).waitFor();
          },
        ],
        [
          'moderation, confirming',
          async () => {
            await page.getByRole('button', { name: /^Remove .*Bo/ }).click();
            await page.getByRole('button', { name: /^Press again to remove/ }).waitFor();
          },
        ],
      ]);
      expect(report).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  }
  for (const [w, h] of [
    [1920, 1080],
    [1366, 768],
    [390, 844],
  ] as const) {
    it(`fits the PIN screen, the operator panel and a refused French name at the largest text at ${w}×${h}`, async () => {
      const { page, problems, context } = await open(browser(), 'about:blank', {
        init: `${SEED}\nif (location.protocol.startsWith('http')) { ${LARGEST_TEXT} }`,
        width: w,
        height: h,
      });
      await page.clock.install({ time: DAY });
      await page.goto(KIOSK());
      // The PIN screen: Cancel under the keypad's last row (Delete, 0, OK), not over it.
      await onScreen(page, 'Choose the operator PIN');
      const report = await auditScreens(page, [['PIN set', async () => undefined]]);
      await typePin(page, PIN);
      await typePin(page, PIN);
      await onScreen(page, 'Operator panel');
      await page.getByRole('button', { name: /level: First sort/i }).waitFor();
      // The settings scroll above the bottom row: each one can be scrolled to and pressed, none under Exit.
      report.push(...(await auditScreens(page, [['operator panel', async () => undefined]])));
      expect(await unreachable(page)).toEqual([]);
      const area = (await page.locator('.a11y-scope:not([inert]) .scroll-area[data-id="settings"]').boundingBox())!;
      const exit = (await page.getByRole('button', { name: 'Exit kiosk mode' }).boundingBox())!;
      expect(area.y + area.height).toBeLessThanOrEqual(exit.y);
      const status = (await page.getByRole('region', { name: 'Status' }).boundingBox())!;
      expect(status.height).toBeGreaterThan(100);
      await page.getByRole('button', { name: 'Back to the booth' }).click();
      await onScreen(page, 'Learning Arcade booth');
      // A French visitor: a fifth row of keys (the accents), and a refused name's message above them.
      await page.getByRole('button', { name: 'Français' }).click();
      await page.getByRole('button', { name: 'Touchez pour jouer' }).waitFor();
      await toResults(page, { score: 42, screen: 'Résultats' });
      await page.getByRole('button', { name: 'Ajouter mon nom au classement du jour' }).click();
      await page.getByRole('button', { name: 'Taper Ï', exact: true }).waitFor();
      await page.getByRole('textbox').fill('<<>>');
      await page.getByRole('button', { name: 'M’inscrire au classement' }).click();
      await page.locator('#kiosk-board-msg').waitFor({ state: 'attached' });
      report.push(...(await auditScreens(page, [['French name entry, refused', async () => undefined]])));
      expect(report).toEqual([]);
      expect(await unreachable(page)).toEqual([]);
      const board = (await page.getByRole('region', { name: /^Meilleurs scores du jour/ }).boundingBox())!;
      expect(board.height).toBeGreaterThan(100);
      // The keys type, scrolled to or not.
      await page.getByRole('textbox').fill('');
      for (const k of ['L', 'O', 'Ï', 'C']) await page.getByRole('button', { name: `Taper ${k}`, exact: true }).click();
      expect(await page.getByRole('textbox').inputValue()).toBe('Loïc');
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});
