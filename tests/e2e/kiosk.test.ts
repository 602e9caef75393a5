// Kiosk mode in a real Chromium: the PIN set on first start and its lockout, the idle countdown and reset on the
// page's clock, "I'm still here", nickname checks and the day's board, and the layout audit of the kiosk's screens
// at the booth's three sizes. The take-home card and the operator panel's health: booth-card.test.ts.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { LARGEST_TEXT, onScreen, open, sharedBrowser, URL } from './browser';
import { auditScreens } from './audit';

const KIOSK = (): string => `${URL()}?mode=kiosk`;
const browser = sharedBrowser();
const PIN = '2468';

async function typePin(page: Page, pin: string): Promise<void> {
  for (const d of pin) await page.keyboard.press(d);
  await page.keyboard.press('Enter');
}

/** First start: choose the PIN twice, land on the operator panel, back to the booth. */
async function setUp(page: Page): Promise<void> {
  await onScreen(page, 'Choose the operator PIN');
  await typePin(page, PIN);
  await typePin(page, PIN);
  await onScreen(page, 'Operator panel');
  await page.getByRole('button', { name: 'Back to the booth' }).click();
  await onScreen(page, 'Learning Arcade booth');
}

/** Every text the canvas draws now, in every running screen (what a sighted visitor sees). */
async function canvasTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    type O = { type: string; text?: string; list?: O[] };
    const out: string[] = [];
    const walk = (o: O): void => {
      if (o.type === 'Text' && o.text) out.push(o.text);
      o.list?.forEach(walk);
    };
    const game = (window as unknown as { __arcade: { game: { scene: { getScenes(a: boolean): Array<{ children: { list: O[] } }> } } } }).__arcade.game;
    for (const sc of game.scene.getScenes(true)) sc.children.list.forEach(walk);
    return out;
  });
}

/** A visitor's screens after a round, as layout audit steps: the results, today's board, the take-home card. */
function afterARound(page: Page): Array<[string, () => Promise<void>]> {
  return [
    ['results', () => toResults(page)],
    [
      'board',
      async () => {
        await page.getByRole('button', { name: 'Add my name to today’s board' }).click();
        await onScreen(page, 'Today’s board: Cynefin sorting');
      },
    ],
    [
      'card',
      async () => {
        await page.getByRole('button', { name: 'My take-home card' }).click();
        await onScreen(page, 'Your take-home card');
      },
    ],
  ];
}

/** Moves the page's clock on a quarter second at a time until the canvas shows what `seen` looks for (7 s at most). */
async function runUntil(page: Page, seen: (texts: string[]) => boolean): Promise<string[]> {
  for (let ms = 0; ms < 7000; ms += 250) {
    const texts = await canvasTexts(page);
    if (seen(texts)) return texts;
    await page.clock.runFor(250);
  }
  return canvasTexts(page);
}

/** A finished round's results, as the shell shows them (the games' own play is tested in their files). */
async function toResults(page: Page, score = 42, screen = 'Results'): Promise<void> {
  await page.evaluate((score) => {
    const g = (window as unknown as { __arcade: { game: { scene: { getScenes(a: boolean): Array<{ scene: { start(k: string, d: object): void } }> } } } })
      .__arcade.game;
    g.scene.getScenes(true)[0]!.scene.start('Results', {
      gameId: 'cynefin',
      // The booth plays Cynefin's booth round (on by default): its level id is the board's.
      level: { id: 'first-sort-short', title: { en: 'First sort (4 cards)' }, order: 1 },
      file: '01-first-sort.json',
      summary: { score, maxScore: 60, stars: 2, items: [] },
      newBest: true,
    });
  }, score);
  await onScreen(page, screen);
}

describe('kiosk mode', () => {
  it('asks before leaving kiosk mode, with Stay where Exit was, and Escape keeps the booth', async () => {
    const { page, problems, context } = await open(browser(), KIOSK());
    await onScreen(page, 'Choose the operator PIN');
    await typePin(page, PIN);
    await typePin(page, PIN);
    await onScreen(page, 'Operator panel');
    const exit = page.getByRole('button', { name: 'Exit kiosk mode', exact: true });
    // The panel's buttons come as it is drawn: the test waits for the one it measures (under load it can lag).
    await exit.waitFor();
    const exitBox = await exit.boundingBox();
    await exit.click();
    // Nothing has changed yet: the panel asks, and the button under the finger is now the one that keeps the booth.
    await page
      .getByText(/^Exit kiosk mode\? This device becomes the ordinary arcade/)
      .first()
      .waitFor();
    const stay = page.getByRole('button', { name: 'Stay a booth' });
    await expect.poll(() => stay.evaluate((b) => b === document.activeElement)).toBe(true);
    // Measured in the page, as the panel is now: it may be drawn again (a storage estimate arriving) between calls.
    await expect
      .poll(() =>
        stay.evaluate((b) => {
          const r = b.getBoundingClientRect();
          return r.x + r.width / 2;
        }),
      )
      .toBeCloseTo(exitBox!.x + exitBox!.width / 2, -1);
    await stay.click();
    await exit.waitFor();
    await exit.click();
    await page.keyboard.press('Escape');
    await exit.waitFor();
    expect(await page.getByRole('heading', { level: 1, name: 'Operator panel' }).count()).toBe(1);
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('learning-arcade/kiosk') ?? '{}').active)).toBe(true);
    // Confirmed: the ordinary arcade, and it stays so after a reload.
    await exit.click();
    await page.getByRole('button', { name: 'Yes, exit kiosk mode' }).click();
    await onScreen(page, 'Title screen');
    await page.reload();
    await onScreen(page, 'Title screen');

    // The way back, from Settings, with the operator's PIN: a booth again, and it stays one after a reload.
    await page.getByRole('button', { name: 'Settings' }).click();
    await onScreen(page, 'Settings');
    await page.getByRole('button', { name: 'Back to kiosk mode (operator PIN)' }).click();
    await onScreen(page, 'Operator PIN');
    await page.getByText('Enter the operator PIN to make this device a booth again').first().waitFor();
    await typePin(page, PIN);
    await onScreen(page, 'Operator panel');
    await page.getByRole('button', { name: 'Back to the booth' }).click();
    await onScreen(page, 'Learning Arcade booth');
    await page.goto(page.url().replace(/\?.*$/, ''));
    await onScreen(page, 'Learning Arcade booth');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows the operator why a change is refused, not only to a screen reader: the last game on offer stays', async () => {
    const { page, problems, context } = await open(browser(), KIOSK());
    await onScreen(page, 'Choose the operator PIN');
    await typePin(page, PIN);
    await typePin(page, PIN);
    await onScreen(page, 'Operator panel');
    const offered = page.locator('.a11y-layer .a11y-scope:not([inert]) button[data-id^="offer-"][aria-pressed="true"]');
    const ids = await offered.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!));
    expect(ids.length).toBeGreaterThanOrEqual(2);
    for (const id of ids.slice(0, -1)) await page.locator(`.a11y-layer .a11y-scope:not([inert]) [data-id="${id}"]`).click();
    await expect.poll(() => offered.count()).toBe(1);
    await offered.click();
    const flash = page.locator('[data-id="flash"]');
    await flash.waitFor();
    expect(await flash.textContent()).toBe('At least one game stays on offer.');
    expect(await flash.isVisible()).toBe(true);
    expect(await offered.count()).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('sells the games while nobody plays: each one’s round being played in turn, the 2-minute promise, and nothing standing still all day', async () => {
    const { page, problems, context } = await open(browser(), 'about:blank', { width: 1920, height: 1080 });
    await page.clock.install();
    await page.goto(KIOSK());
    await setUp(page);
    // The promise, for screen readers too (the canvas says it beside the arcade's name).
    await page.getByText('Each game takes about 2 minutes').first().waitFor({ state: 'attached' });
    expect(await page.getByText('Game 1 of 3').count()).toBeGreaterThan(0);
    // Cynefin's demo: its board and the booth round's first situation, in the game's own words, being placed.
    const cynefinCard = (JSON.parse(readFileSync('levels/cynefin/01-first-sort.json', 'utf8')) as { cards: { text: { en: string } }[] }).cards;
    await expect
      .poll(() => canvasTexts(page), { timeout: 20000 })
      .toEqual(expect.arrayContaining(['◇ Complex', '▢ Complicated', '✶ Chaotic', '○ Clear', '✓ Right']));
    const texts = await canvasTexts(page);
    expect(cynefinCard.some((c) => texts.some((t) => t.endsWith('…') && c.text.en.startsWith(t.slice(0, 40))))).toBe(true);
    const before = await page.getByRole('button', { name: 'Touch to play' }).boundingBox();
    // The loop turns by itself: the next game after eight seconds.
    await page.clock.runFor(8200);
    await page.getByText('Game 2 of 3').first().waitFor({ state: 'attached' });
    // Seek, sense, share's: the booth network with its people and places, ties made, then the practice coming home.
    expect(await runUntil(page, (t) => t.includes('SEEK'))).toEqual(expect.arrayContaining(['Your town', 'Partner city', 'SEEK']));
    await page.clock.runFor(8200);
    await page.getByText('Game 3 of 3').first().waitFor({ state: 'attached' });
    // The facilitator's: the first decision in the speaker's words, a choice taken, and what it does in the room.
    expect(await runUntil(page, (t) => t.includes('✓ Best move'))).toEqual(expect.arrayContaining(['What do you do?', '✓ Best move']));
    // Minutes later the whole screen stands a few pixels away (burn-in), still wholly on screen.
    await page.clock.fastForward(4 * 60_000);
    await page.clock.runFor(8200);
    const after = await page.getByRole('button', { name: 'Touch to play' }).boundingBox();
    expect(Math.abs(after!.x - before!.x) + Math.abs(after!.y - before!.y)).toBeGreaterThanOrEqual(4);
    expect(await auditScreens(page, [['welcome, drifted', async () => undefined]])).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('asks for a PIN on first start, stores only a salted hash, and locks after five wrong tries across a reload', async () => {
    const { page, problems, context } = await open(browser(), 'about:blank');
    await page.clock.install();
    await page.goto(KIOSK());
    await setUp(page);
    const stored = await page.evaluate(() => localStorage.getItem('learning-arcade/kiosk-pin') ?? '');
    expect(stored).not.toContain(PIN);
    expect(JSON.parse(stored)).toMatchObject({ v: 1, fails: 0 });
    // Held: the page without ?mode=kiosk is still the booth.
    await page.goto(URL());
    await onScreen(page, 'Learning Arcade booth');
    await page.keyboard.press('Control+Alt+o');
    await onScreen(page, 'Operator PIN');
    for (let i = 1; i <= 4; i++) {
      await typePin(page, '1111');
      await page
        .getByText(`Wrong PIN. ${5 - i} ${5 - i === 1 ? 'try' : 'tries'} left`)
        .first()
        .waitFor({ state: 'attached' });
    }
    await typePin(page, '1111');
    await page
      .getByText(/Too many wrong tries/)
      .first()
      .waitFor({ state: 'attached' });
    expect(await page.getByRole('button', { name: 'Digit 5' }).getAttribute('aria-disabled')).toBe('true');
    // A reload does not reset the lock; the right PIN is refused while it lasts.
    await page.reload();
    await onScreen(page, 'Learning Arcade booth');
    await page.keyboard.press('Control+Alt+o');
    await onScreen(page, 'Operator PIN');
    await page
      .getByText(/Too many wrong tries/)
      .first()
      .waitFor({ state: 'attached' });
    await typePin(page, PIN);
    expect(await page.getByRole('heading', { level: 1, name: 'Operator panel' }).count()).toBe(0);
    await page.clock.fastForward(61_000);
    await page.waitForFunction(() => document.querySelector('button[data-id="key-5"]')?.getAttribute('aria-disabled') !== 'true');
    await typePin(page, PIN);
    await onScreen(page, 'Operator panel');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('counts down after the idle time, keeps a player who says so, and clears a player who left', async () => {
    const { page, problems, context } = await open(browser(), 'about:blank');
    await page.clock.install();
    await page.goto(KIOSK());
    await setUp(page);
    await page.getByRole('button', { name: 'Touch to play' }).click();
    await onScreen(page, 'Choose a game');
    // The player makes the text larger: a change to undo for the next visitor.
    await page.getByRole('button', { name: 'Settings' }).click();
    await onScreen(page, 'Settings');
    await page.getByRole('button', { name: /Text size/ }).click();
    await page.getByRole('button', { name: 'Text size: large' }).waitFor();
    await page.clock.fastForward(91_000);
    const dialog = page.getByRole('alertdialog', { name: 'Are you still there?' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toMatch(/starts over for the next visitor in (2\d|30) seconds/);
    // Announced to screen readers, and the button has focus.
    await page.waitForFunction(() => /Are you still there\?/.test(document.querySelector('[aria-live="assertive"]')?.textContent ?? ''));
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('I’m still here');
    // Focus is on it: a keyboard press answers, as a tap would.
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await page.clock.fastForward(60_000);
    expect(await page.getByRole('alertdialog').count()).toBe(0);
    await onScreen(page, 'Settings');
    // A tap on it answers too, and goes no further: nothing under it is pressed.
    await page.clock.fastForward(35_000);
    await dialog.waitFor();
    await page.getByRole('button', { name: 'I’m still here' }).click();
    await dialog.waitFor({ state: 'detached' });
    await onScreen(page, 'Settings');
    await page.getByRole('button', { name: 'Text size: large' }).waitFor();
    await page.clock.fastForward(60_000);
    // Gone: countdown, then back to the attract loop with the settings undone.
    await page.clock.fastForward(35_000);
    await dialog.waitFor();
    await page.clock.fastForward(31_000);
    await onScreen(page, 'Learning Arcade booth');
    expect(await page.getByRole('alertdialog').count()).toBe(0);
    const scale = await page.evaluate(() => JSON.parse(localStorage.getItem('learning-arcade/save') ?? '{}').settings?.textScale);
    expect(scale).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('checks nicknames, shows them as text only, and starts a new board the next day', async () => {
    const { page, problems, context } = await open(browser(), 'about:blank');
    await page.clock.install({ time: new Date(2026, 4, 12, 10, 0) });
    await page.goto(KIOSK());
    await setUp(page);
    await toResults(page);
    await page.getByRole('button', { name: 'Add my name to today’s board' }).click();
    await onScreen(page, 'Today’s board: Cynefin sorting');
    const field = page.getByRole('textbox', { name: /Your nickname/ });
    const save = page.getByRole('button', { name: 'Put me on the board' });
    const tries: Array<[string, RegExp]> = [
      ['<b>Ana</b>', /only letters, digits/],
      ['<img src=x onerror=alert(1)>', /at most 16 characters/],
      ['x'.repeat(300), /at most 16 characters/],
      ['Ana 😀', /only letters, digits/],
      ['A', /at least 2/],
      ['FÜCK', /not allowed/],
    ];
    for (const [name, message] of tries) {
      await field.fill(name);
      await save.click();
      await page.getByText(message).first().waitFor({ state: 'attached' });
      expect(await field.getAttribute('aria-invalid')).toBe('true');
    }
    // On-screen keys type too.
    await field.fill('');
    for (const k of ['Z', 'O', 'E']) await page.getByRole('button', { name: `Type ${k}`, exact: true }).click();
    expect(await field.inputValue()).toBe('Zoe');
    await field.fill('Zoë-2');
    await save.click();
    // The name is its own bidi run (U+2068 ... U+2069) wherever it stands in a sentence.
    await page.getByText('\u2068Zoë-2\u2069 is on today’s board, in place 1.').first().waitFor({ state: 'attached' });
    const board = page.getByRole('region', { name: 'Today’s best at Cynefin sorting: First sort' });
    expect(await board.textContent()).toContain('1. \u2068Zoë-2\u2069: 42 points, 2 stars (you)');
    expect(await page.locator('.panel-text img').count()).toBe(0);
    // The attract loop shows it, until the next day.
    await page.getByRole('button', { name: 'I’m done' }).click();
    await onScreen(page, 'Learning Arcade booth');
    await page.getByText('Today’s best. 1. \u2068Zoë-2\u2069: 42 points').waitFor({ state: 'attached' });
    await page.clock.setSystemTime(new Date(2026, 4, 13, 8, 0));
    await page.reload();
    await onScreen(page, 'Learning Arcade booth');
    await page
      .getByText(/No names on today’s board yet/)
      .first()
      .waitFor({ state: 'attached' });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('sets a corrupt board entry aside and keeps the rest', async () => {
    const day = new Date(2026, 4, 12, 10, 0);
    const good = { gameId: 'cynefin', levelId: 'first-sort-short', name: 'Ana', score: 30, stars: 1, at: day.getTime() };
    const board = { v: 1, day: '2026-05-12', entries: [good, { ...good, name: '<script>x</script>' }, 'junk'] };
    const init = `if (location.protocol.startsWith('http') && !sessionStorage.getItem('seeded')) { sessionStorage.setItem('seeded', '1'); localStorage.setItem('learning-arcade/kiosk-board', ${JSON.stringify(JSON.stringify(board))}); }`;
    const { page, problems, context } = await open(browser(), 'about:blank', { init });
    await page.clock.install({ time: day });
    await page.goto(KIOSK());
    await setUp(page);
    await page.getByText('Today’s best. 1. \u2068Ana\u2069: 30 points').waitFor({ state: 'attached' });
    const aside = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('learning-arcade/kiosk-board.corrupt.')).length);
    expect(aside).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps storage trouble from the visitor: no notice over the round, a badge in a corner for the operator', async () => {
    const { page, problems, context } = await open(browser(), KIOSK());
    await setUp(page);
    await page.getByRole('button', { name: 'Touch to play' }).click();
    await onScreen(page, 'Choose a game');
    await page.getByRole('button', { name: 'Cynefin sorting', exact: true }).click();
    const card = page.getByRole('button', { name: /^Situation card/ });
    await card.waitFor();
    // A long day fills the browser's storage.
    await page.evaluate(() => {
      for (let i = 0, size = 256 * 1024; size >= 1;) {
        try {
          localStorage.setItem(`filler-${i++}`, 'x'.repeat(size));
        } catch {
          size = Math.floor(size / 2);
        }
      }
    });
    await card.press('Enter');
    await page.locator('.a11y-layer button[data-id^="domain-"]').first().press('Enter');
    const badge = page.locator('.op-badge');
    await badge.waitFor({ state: 'attached' });
    expect(await badge.getAttribute('title')).toMatch(/storage is full/);
    expect(await badge.evaluate((b) => getComputedStyle(b).pointerEvents)).toBe('none');
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(await page.locator('.notice').count()).toBe(0);
    // The round goes on: the move is revealed, and the game's own Pause is there.
    expect(await page.locator('.a11y-layer .a11y-scope:not([inert]) button[data-id="pause"]').count()).toBe(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('counts visitors and rounds for the operator, and exports them as CSV with nothing about a person', async () => {
    const { page, problems, context } = await open(browser(), KIOSK());
    await setUp(page);
    // Two visitors: one plays a round to its results (by the shell's results screen), one walks away mid-round.
    for (const finish of [true, false]) {
      await page.getByRole('button', { name: 'Touch to play' }).click();
      await onScreen(page, 'Choose a game');
      await page.getByRole('button', { name: 'Cynefin sorting', exact: true }).click();
      await page.getByRole('button', { name: /^Situation card/ }).waitFor();
      if (finish) {
        await toResults(page, 45);
        await page.getByRole('button', { name: 'I’m done' }).click();
      } else {
        await page.evaluate(() =>
          (window as unknown as { __arcade: { game: { scene: { getScenes(a: boolean): Array<{ scene: { start(k: string): void } }> } } } }).__arcade.game.scene
            .getScenes(true)[0]!
            .scene.start('Title'),
        );
      }
      await onScreen(page, 'Learning Arcade booth');
    }
    await page.keyboard.press('Control+Alt+o');
    await onScreen(page, 'Operator PIN');
    await typePin(page, PIN);
    await onScreen(page, 'Operator panel');
    const status = page.getByRole('region', { name: 'Status' });
    const text = (await status.textContent()) ?? '';
    expect(text).toContain('Today: 2 visitors; 2 rounds started, 1 finished (50%)');
    expect(text).toContain('Average score 75%');
    expect(text).toContain('Cynefin sorting: 2 started, 1 finished, average score 75%');
    expect(text).toMatch(/Visitors per hour today: \d+ ?[AP]?M?: 2/);
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Booth statistics (CSV)' }).click()]);
    const csv = readFileSync((await file.path())!, 'utf8').replace(/^\ufeff/, '');
    const [head, row, ...rest] = csv.trim().split(/\r?\n/);
    expect(head).toBe('day,game,visitors_that_day,rounds_started,rounds_finished,completion_percent,average_score_percent,average_minutes');
    expect(row).toMatch(/^\d{4}-\d{2}-\d{2},cynefin,2,2,1,50,75,\d+\.\d$/);
    expect(rest).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('tells the operator the truth after a scripted day of 30 visitors: per game, per hour, finished and walked away', async () => {
    const { page, problems, context } = await open(browser(), 'about:blank');
    const nine = new Date(2026, 5, 3, 9, 0);
    await page.clock.install({ time: nine });
    await page.goto(KIOSK());
    await setUp(page);
    const games = [
      { id: 'cynefin', name: 'Cynefin sorting', score: 45 },
      { id: 'seek-sense-share', name: 'Seek, sense, share', score: 30 },
      { id: 'facilitator', name: 'Facilitator role-play', score: 54 },
    ];
    const perHour = new Map<number, number>();
    for (let i = 0; i < 30; i++) {
      // A visitor every 16 minutes from 9:00, the three games in turn; one in five walks away mid-round.
      await page.clock.setSystemTime(new Date(nine.getTime() + i * 16 * 60_000));
      const at = new Date(nine.getTime() + i * 16 * 60_000).getHours();
      perHour.set(at, (perHour.get(at) ?? 0) + 1);
      const g = games[i % 3]!;
      await page.getByRole('button', { name: 'Touch to play' }).click();
      await onScreen(page, 'Choose a game');
      await page.getByRole('button', { name: g.name, exact: true }).click();
      await page.waitForFunction(() => [...document.querySelectorAll('.a11y-scope:not([inert]) h1')].some((e) => e.textContent !== 'Choose a game'));
      if (i % 5 === 4) {
        // Walked away: the idle countdown runs out and the booth starts over.
        await page.clock.fastForward(91_000);
        await page.getByRole('alertdialog', { name: 'Are you still there?' }).waitFor();
        await page.clock.fastForward(31_000);
      } else {
        await page.clock.fastForward(80_000);
        await page.evaluate(
          ({ id, score }) =>
            (
              window as unknown as { __arcade: { game: { scene: { getScenes(a: boolean): Array<{ scene: { start(k: string, d: object): void } }> } } } }
            ).__arcade.game.scene
              .getScenes(true)[0]!
              .scene.start('Results', {
                gameId: id,
                level: { id: `${id}-booth`, title: { en: 'Booth round' }, order: 1 },
                file: 'booth.json',
                summary: { score, maxScore: 60, stars: 2, items: [] },
                newBest: false,
              }),
          g,
        );
        await onScreen(page, 'Results');
        await page.getByRole('button', { name: 'I’m done' }).click();
      }
      await onScreen(page, 'Learning Arcade booth');
    }
    await page.keyboard.press('Control+Alt+o');
    await onScreen(page, 'Operator PIN');
    await typePin(page, PIN);
    await onScreen(page, 'Operator panel');
    const text = (await page.getByRole('region', { name: 'Status' }).textContent()) ?? '';
    expect(text).toContain('Today: 30 visitors; 30 rounds started, 24 finished (80%)');
    // (8 × 75% + 8 × 50% + 8 × 90%) / 24 rounds, each 80 s or a little more.
    expect(text).toMatch(/Average score 72%; average round 1\.[34] min/);
    expect(text).toContain('Cynefin sorting: 10 started, 8 finished, average score 75%');
    expect(text).toContain('Seek, sense, share: 10 started, 8 finished, average score 50%');
    expect(text).toContain('Facilitator role-play: 10 started, 8 finished, average score 90%');
    const hours = text.match(/Visitors per hour today: ([^\n]*?)(?=Cynefin|Seek|Facilitator|$)/)?.[1] ?? '';
    expect(hours.match(/: \d+/g)?.map((m) => Number(m.slice(2)))).toEqual([...perHour.values()]);
    expect([...perHour.values()].reduce((a, b) => a + b)).toBe(30);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('offers the visitor a language on the welcome screen, for their visit; the booth’s own is set in the panel', async () => {
    const { page, problems, context } = await open(browser(), KIOSK());
    await setUp(page);
    await page.getByRole('button', { name: 'Español' }).click();
    await page.getByRole('button', { name: 'Toca para jugar' }).click();
    await onScreen(page, 'Elige un juego');
    // The next visitor starts in the booth's language; the operator sets it in the panel.
    await page.evaluate(() => (window as unknown as { __arcade: { game: { scene: { start(k: string): void } } } }).__arcade.game.scene.start('Title'));
    await page.getByRole('button', { name: 'Touch to play' }).waitFor();
    await page.keyboard.press('Control+Alt+o');
    await onScreen(page, 'Operator PIN');
    await typePin(page, PIN);
    await onScreen(page, 'Operator panel');
    await page.getByRole('button', { name: 'Booth language: English' }).click();
    await page.getByRole('button', { name: 'Langue du stand : Français' }).waitFor();
    expect(await page.evaluate(() => JSON.parse(localStorage.getItem('learning-arcade/kiosk') ?? '{}').baseline?.lang)).toBe('fr');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('gives a French visitor the accented letters their name needs on the on-screen keys, and they fit the screen', async () => {
    const { page, problems, context } = await open(browser(), KIOSK(), { width: 1366, height: 768 });
    await setUp(page);
    await page.getByRole('button', { name: 'Français' }).click();
    await page.getByRole('button', { name: 'Touchez pour jouer' }).waitFor();
    await toResults(page, 42, 'Résultats');
    await page.getByRole('button', { name: 'Ajouter mon nom au classement du jour' }).click();
    const keys = page.getByRole('button', { name: 'Taper Ï', exact: true });
    await keys.waitFor();
    // The extra row still fits the booth's laptop screen: 44 px targets, nothing off screen or overlapping.
    expect(await auditScreens(page, [['name entry in French', async () => undefined]])).toEqual([]);
    for (const k of ['L', 'O', 'Ï', 'C']) await page.getByRole('button', { name: `Taper ${k}`, exact: true }).click();
    await page.getByRole('button', { name: 'M’inscrire au classement' }).click();
    await expect
      .poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('learning-arcade/kiosk-board') ?? '{}').entries?.map((e: { name: string }) => e.name)))
      .toEqual(['Loïc']);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps the operator’s door out of the visitors’ way: no button, a three-second press in the corner opens the PIN', async () => {
    const { page, problems, context } = await open(browser(), 'about:blank', { width: 1920, height: 1080 });
    await page.clock.install();
    await page.goto(KIOSK());
    await setUp(page);
    expect(await page.getByRole('button', { name: /Operator/ }).count()).toBe(0);
    // A visitor's tap, or a press let go too soon, in the corner does nothing.
    await page.mouse.move(1900, 1060);
    await page.mouse.down();
    await page.clock.runFor(1000);
    await page.mouse.up();
    await page.clock.runFor(5000);
    expect(await page.getByRole('heading', { level: 1, name: 'Operator PIN' }).count()).toBe(0);
    // Held for three seconds: the PIN screen.
    await page.mouse.down();
    await page.clock.runFor(3100);
    await page.mouse.up();
    await onScreen(page, 'Operator PIN');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('catches the browser Back button', async () => {
    const { page, problems, context } = await open(browser(), KIOSK());
    await setUp(page);
    await page.getByRole('button', { name: 'Touch to play' }).click();
    await onScreen(page, 'Choose a game');
    await page.goBack({ timeout: 2000 }).catch(() => null);
    expect(page.url()).toContain('mode=kiosk');
    await onScreen(page, 'Choose a game');
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).overscrollBehaviorY)).toBe('none');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps every visitor control in the lower two-thirds of a 1080×1920 totem, at the largest text, with the booth’s name above', async () => {
    const [w, h] = [1080, 1920];
    const { page, problems, context } = await open(browser(), KIOSK(), { width: w, height: h, init: LARGEST_TEXT });
    await setUp(page);
    const toPicker = async (): Promise<void> => {
      await page.keyboard.press('Escape');
      await onScreen(page, 'Paused');
      await page.getByRole('button', { name: 'Quit to the games' }).click();
      await onScreen(page, 'Choose a game');
    };
    const reach = h / 3;
    const report = await auditScreens(
      page,
      [
        ['attract', async () => undefined],
        [
          'picker',
          async () => {
            await page.getByRole('button', { name: 'Touch to play' }).click();
            await onScreen(page, 'Choose a game');
          },
        ],
        [
          'Cynefin round',
          async () => {
            await page.getByRole('button', { name: 'Cynefin sorting', exact: true }).click();
            await page.getByRole('button', { name: /^Situation card/ }).waitFor();
          },
        ],
        ['pause', () => page.keyboard.press('Escape').then(() => onScreen(page, 'Paused'))],
        ...afterARound(page),
        [
          'Seek, sense, share round',
          async () => {
            await page.getByRole('button', { name: 'I’m done' }).click();
            await onScreen(page, 'Learning Arcade booth');
            await page.getByRole('button', { name: 'Touch to play' }).click();
            await onScreen(page, 'Choose a game');
            await page.getByRole('button', { name: 'Seek, sense, share', exact: true }).click();
            await page.waitForFunction(() => [...document.querySelectorAll('.a11y-scope:not([inert]) h1')].some((e) => e.textContent !== 'Choose a game'));
          },
        ],
        [
          'Facilitator round',
          async () => {
            await toPicker();
            await page.getByRole('button', { name: 'Facilitator role-play', exact: true }).click();
            await page.waitForFunction(() => [...document.querySelectorAll('.a11y-scope:not([inert]) h1')].some((e) => e.textContent !== 'Choose a game'));
          },
        ],
      ],
      { reach },
    );
    expect(report).toEqual([]);
    // Above the reach: the booth's name and promise, and nothing to press.
    await toPicker();
    await page.getByRole('button', { name: /Back/ }).first().click();
    await onScreen(page, 'Learning Arcade booth');
    const banner = await page.evaluate(() => {
      const b = document.querySelector<HTMLElement>('.reach-banner')!;
      return { text: b.textContent, height: b.getBoundingClientRect().height, hidden: b.getAttribute('aria-hidden') };
    });
    expect(banner).toEqual({ text: expect.stringContaining('Each game takes about 2 minutes'), height: Math.round(reach), hidden: 'true' });
    // The operator's panel is for one adult who knows the booth: it takes the whole height, and the banner goes.
    await page.keyboard.press('Control+Alt+o');
    await onScreen(page, 'Operator PIN');
    await typePin(page, PIN);
    await onScreen(page, 'Operator panel');
    await page.getByRole('button', { name: 'Back to the booth' }).waitFor();
    const top = await page.evaluate(() =>
      Math.min(...[...document.querySelectorAll('.a11y-scope:not([inert]) button')].map((b) => b.getBoundingClientRect().top)),
    );
    expect(top).toBeLessThan(reach);
    expect(await page.evaluate(() => document.querySelector('.reach-banner')!.getBoundingClientRect().height)).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  for (const [w, h] of [
    [1920, 1080],
    [1080, 1920],
    [1366, 768],
  ] as const) {
    it(`lays out the kiosk screens at ${w}×${h}: targets of 44 px, nothing off screen or overlapping`, async () => {
      const { page, problems, context } = await open(browser(), KIOSK(), { width: w, height: h });
      const report = await auditScreens(page, [
        ['PIN set', () => onScreen(page, 'Choose the operator PIN')],
        [
          'operator panel',
          async () => {
            await typePin(page, PIN);
            await typePin(page, PIN);
            await onScreen(page, 'Operator panel');
            await page.getByRole('button', { name: /level: First sort/i }).waitFor();
          },
        ],
        [
          'attract',
          async () => {
            await page.getByRole('button', { name: 'Back to the booth' }).click();
            await onScreen(page, 'Learning Arcade booth');
          },
        ],
        [
          'picker',
          async () => {
            await page.getByRole('button', { name: 'Touch to play' }).click();
            await onScreen(page, 'Choose a game');
          },
        ],
        ...afterARound(page),
        [
          'PIN check',
          async () => {
            await page.getByRole('button', { name: 'I’m done' }).click();
            await onScreen(page, 'Learning Arcade booth');
            await page.keyboard.press('Control+Alt+o');
            await onScreen(page, 'Operator PIN');
          },
        ],
      ]);
      expect(report).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});
