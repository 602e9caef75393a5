// A trainer's session is never lost in one click: New session asks first and says whether the answers were
// exported, the session before is kept and restored, and a session file is imported (going on from another device)
// or merged (two rooms in one debrief) with nothing counted twice. The CSV opens in a French spreadsheet.
import { describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { onScreen, open, sharedBrowser, URL } from './browser';

const browser = sharedBrowser();
const live = (id: string): string => `.a11y-layer .a11y-scope:not([inert]) [data-id="${id}"]`;

/** Starts a room of two teams, has both answer the first card, reveals it and goes back to the workshop screen. */
async function answerOneCard(page: Page, setup: string, room: string, next = false): Promise<void> {
  await onScreen(page, setup);
  await page.locator(live('start')).click();
  await onScreen(page, room);
  // The room resumes on the card revealed last: on to the next.
  if (next) {
    await page.locator(live('next')).waitFor();
    await page.keyboard.press('n');
  }
  await page.locator(live('option-clear')).click();
  await page.keyboard.press('1');
  await page.keyboard.press('2');
  await page.keyboard.press('r');
  await page.locator(live('next')).waitFor();
  await page.locator(live('back')).click();
  await onScreen(page, setup);
  await page.waitForFunction(() => document.querySelector('button[data-id="export-csv"]')?.getAttribute('aria-disabled') !== 'true');
}

async function download(page: Page, button: string): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.locator(live(button)).click()]);
  return (await readFile((await file.path())!, 'utf8')).replace(/^\ufeff/, '');
}

const said = (page: Page): Promise<string | null> => page.locator('[data-id="session-said"]').textContent();

describe('a workshop session kept safe', () => {
  it('asks before a new session, keeps the one before to restore, and imports and merges session files without counting twice', async () => {
    const { page, problems, context } = await open(browser(), `${URL()}?mode=workshop&game=cynefin&lang=en&teams=2&team=Owls&team=Foxes&second=off`, {
      width: 1366,
      height: 768,
    });
    await answerOneCard(page, 'Run a workshop', 'Workshop room');
    const json = await download(page, 'export-json');
    expect(JSON.parse(json).answers).toHaveLength(2);

    // Exported: New session says so, and still asks.
    await page.locator(live('new-session')).click();
    const dialog = page.locator('[data-id="room-session"]');
    expect(await dialog.textContent()).toContain('2 answers recorded. All of them are in the last file exported.');
    await page.locator('[data-id="session-new"]').click();
    expect(await dialog.textContent()).toContain('This session is kept as the previous one');
    await page.locator('[data-id="session-cancel"]').click();
    // Escape closes the dialog, not the screen.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await onScreen(page, 'Run a workshop');

    // Another card answered, not exported: the question says the answers would not be in any file.
    await answerOneCard(page, 'Run a workshop', 'Workshop room', true);
    await page.locator(live('new-session')).click();
    expect(await dialog.textContent()).toContain('Not exported since the last answer.');
    await page.locator('[data-id="session-new"]').click();
    expect(await dialog.textContent()).toContain('The 4 answers recorded so far have not been exported.');
    await page.locator('[data-id="session-new-yes"]').click();
    await dialog.waitFor({ state: 'detached' });
    await page.waitForFunction(() => document.querySelector('button[data-id="export-csv"]')?.getAttribute('aria-disabled') === 'true');

    // The session before comes back whole.
    await page.locator(live('new-session')).click();
    await page.getByRole('button', { name: 'Restore the previous session (4 answers)' }).click();
    await expect.poll(() => said(page)).toBe('The previous session is back: 4 answers.');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelector('button[data-id="export-csv"]')?.getAttribute('aria-disabled') !== 'true');

    // Imported again: the answers it has are already here.
    const path = join(tmpdir(), `session-${Date.now()}.json`);
    await writeFile(path, json);
    await page.locator(live('new-session')).click();
    await page.locator('[data-id="session-file"]').setInputFiles(path);
    await expect.poll(() => said(page)).toBe('Nothing new came in from the file, merged with this session.');
    expect(await dialog.textContent()).toContain('4 answers recorded.');

    // A second room's session, whose teams are also t1 and t2: its answers come in beside ours, its teams kept apart.
    const other = JSON.parse(json);
    other.sessionId = 'second-room-0001';
    other.teams = [
      { id: 't1', name: 'Herons' },
      { id: 't2', name: 'Badgers' },
    ];
    for (const a of other.answers) a.answer = 'Complex';
    await writeFile(path, JSON.stringify(other));
    await page.locator('[data-id="session-file"]').setInputFiles(path);
    await expect.poll(() => said(page)).toBe('2 answers came in from the file, merged with this session.');
    // A file that is not a session is refused, with the field that is wrong, and changes nothing.
    await writeFile(path, JSON.stringify({ v: 1, sessionId: 'x' }));
    await page.locator('[data-id="session-file"]').setInputFiles(path);
    await expect.poll(() => said(page)).toMatch(/^This file is not a workshop session \(game: .+\)\. Nothing was changed\.$/);
    await page.keyboard.press('Escape');

    const merged = JSON.parse(await download(page, 'export-json'));
    expect(merged.teams.map((t: { name: string }) => t.name)).toEqual(['Owls', 'Foxes', 'Herons', 'Badgers']);
    expect(merged.answers).toHaveLength(6);
    expect(new Set(merged.answers.map((a: { team: string }) => a.team)).size).toBe(4);

    // The report for the debrief: both rooms' teams scored, each card with how the teams answered it; on paper alone.
    await page.locator(live('new-session')).click();
    await page.getByRole('button', { name: 'Session report (to print)' }).click();
    const report = page.locator('[data-id="room-report"]');
    await report.waitFor();
    const text = (await report.textContent()) ?? '';
    for (const team of ['Owls', 'Foxes', 'Herons', 'Badgers']) expect(text).toContain(team);
    expect(text).toMatch(/Complex: 2 teams \(Herons and Badgers\)/);
    expect(await report.locator('section h4').count()).toBe(2);
    await page.evaluate(() => {
      window.print = () => ((window as unknown as { printed: boolean }).printed = true);
    });
    await page.getByRole('button', { name: 'Print the report' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed?: boolean }).printed)).toBe(true);
    await page.emulateMedia({ media: 'print' });
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('canvas')!).display)).toBe('none');
    expect(await report.locator('.room-box').evaluate((b) => b.scrollHeight <= b.clientHeight + 1)).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('exports a CSV a French spreadsheet opens: semicolons, local time with its offset, and "none" for no answer', async () => {
    const { page, problems, context } = await open(browser(), `${URL()}?mode=workshop&game=cynefin&lang=fr&teams=3&second=off`, { width: 1366, height: 768 });
    await onScreen(page, 'Animer un atelier');
    await page.locator(live('start')).click();
    await onScreen(page, 'Salle de l’atelier');
    await page.locator(live('option-clear')).click();
    await page.keyboard.press('1');
    await page.keyboard.press('r');
    await page.locator(live('next')).waitFor();
    await page.locator(live('back')).click();
    await onScreen(page, 'Animer un atelier');
    await page.waitForFunction(() => document.querySelector('button[data-id="export-csv"]')?.getAttribute('aria-disabled') !== 'true');
    const csv = await download(page, 'export-csv');
    const [head, first, , third] = csv.trim().split('\r\n');
    expect(head).toBe('session;game;level;team;teamName;itemId;itemTitle;answer;verdict;correct;points;maxPoints;late;at');
    expect(first!.split(';')[13]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    expect(third!.split(';').slice(8, 10)).toEqual(['none', 'no']);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('a reload in the middle of a room', () => {
  it('returns to the card it was on, in the level chosen from the level select, without the setup screen', async () => {
    const { page, problems, context } = await open(browser(), `${URL()}?mode=workshop&game=cynefin&lang=en&teams=2&second=off`, { width: 1366, height: 768 });
    await onScreen(page, 'Run a workshop');
    await page.locator(live('start')).click();
    await onScreen(page, 'Workshop room');
    // The trainer leaves level 1 for level 3 through the level select, as a room may.
    await page.locator(live('back')).click();
    await onScreen(page, 'Run a workshop');
    await page.locator(live('back')).click();
    await onScreen(page, 'Title screen');
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await onScreen(page, 'Choose a game');
    await page.getByRole('button', { name: /^Cynefin sorting/ }).click();
    await page.getByRole('button', { name: /^3\. Borderline cases/ }).click();
    await onScreen(page, 'Workshop room');
    await page.locator(live('card')).waitFor();
    const first = await page.locator(live('card')).textContent();
    for (let i = 1; i < 7; i++) {
      await page.locator(live('skip')).waitFor();
      await page.keyboard.press('s');
      await expect.poll(() => page.locator(`${live('card')}`).count()).toBe(1);
    }
    const card = (await page.locator(live('card')).textContent()) ?? '';
    await expect.poll(() => page.evaluate(() => location.search)).toContain('level=borderline-cases');
    // The clicker's F5.
    await page.reload();
    await onScreen(page, 'Workshop room');
    await page.locator(live('card')).waitFor();
    expect(card).not.toBe(first);
    expect(await page.locator(live('card')).textContent()).toBe(card);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('a workshop link naming a level the game does not have', () => {
  it('says so once, and takes it out of the address so a reload does not say it again', async () => {
    const { page, problems, context } = await open(browser(), `${URL()}?mode=workshop&game=cynefin&level=no-such-level&lang=en&colour=red`);
    await onScreen(page, 'Run a workshop');
    // Two notices at once (the link's unknown key, the missing level) sit one above the other, both readable.
    await expect.poll(() => page.locator('.workshop-notice').count()).toBe(2);
    const [a, b] = await page.locator('.workshop-notice').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
    expect(a!.bottom <= b!.top || b!.bottom <= a!.top).toBe(true);
    await expect.poll(() => page.evaluate(() => location.search)).not.toContain('no-such-level');
    await page.reload();
    await onScreen(page, 'Run a workshop');
    await page.locator(live('start')).waitFor();
    expect(await page.locator('.workshop-notice').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('a trainer’s own level in the room', () => {
  it('is offered on the workshop screen, carried in the link by its id, and played by the room', async () => {
    const level = JSON.parse(await readFile('levels/cynefin/01-first-sort.json', 'utf8'));
    level.id = 'our-river-cards';
    level.title = { en: 'Our river cards' };
    level.cards[0].text = { en: 'Our own first situation: the river bank path floods each spring.' };
    const own = [{ gameId: 'cynefin', levelId: level.id, file: 'our-river-cards.json', text: JSON.stringify(level), addedAt: 1 }];
    const init = `localStorage.setItem('learning-arcade/own-levels', ${JSON.stringify(JSON.stringify(own))});`;
    const { page, problems, context } = await open(browser(), `${URL()}?mode=workshop&game=cynefin&level=our-river-cards&lang=en&teams=2&second=off`, { init });
    await onScreen(page, 'Run a workshop');
    await page.getByRole('button', { name: /^Level: \d+\. Our river cards/ }).waitFor();
    // Nothing in the link was refused.
    expect(await page.locator('.workshop-notice').count()).toBe(0);
    expect(await page.evaluate(() => location.search)).toContain('level=our-river-cards');
    await page.locator(live('start')).click();
    await onScreen(page, 'Workshop room');
    await expect.poll(() => page.locator(live('card')).textContent()).toContain('the river bank path floods each spring');
    expect(problems).toEqual([]);
    await context.close();
  });
});
