// Workshop mode in a real Chromium: a preset link applied (language, teams on the workshop screen, projector colours,
// every level open), a bad and hostile link ignored key by key with a notice and no crash, a workshop link that
// carries mode=kiosk never making a booth, and the session's CSV downloaded and read back with formula-safe cells.
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import { AUDIT_SIZES, onScreen, open, playCynefinToResults, sharedBrowser, URL } from './browser';
import { auditScreens } from './audit';

const browser = sharedBrowser();

describe('workshop mode', () => {
  it('applies a preset link: the workshop screen with its teams, projector colours, every level open', async () => {
    const q = '?mode=workshop&game=cynefin&lang=en&teams=3&team=Red&team=Blue&team=Green&play=turns&timer=on&projector=on';
    const { page, problems, context } = await open(browser(), `${URL()}${q}`, { width: 1920, height: 1080 });
    await onScreen(page, 'Run a workshop');
    // Nothing was ignored: no notice.
    expect(await page.locator('.notice').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('button', { name: 'Game: Cynefin sorting' }).waitFor();
    await page.getByRole('button', { name: 'Language: English' }).waitFor();
    await page.getByRole('button', { name: 'Teams: 3 teams' }).waitFor();
    for (const [i, name] of ['Red', 'Blue', 'Green'].entries())
      expect(await page.getByRole('textbox', { name: `Name of team ${i + 1}` }).inputValue()).toBe(name);
    expect(await page.locator('[data-id="status"]').textContent()).toContain('3 teams: Red, Blue, and Green.');
    await page.getByRole('button', { name: 'Play: teams take turns, one round each' }).waitFor();
    await page.getByRole('button', { name: 'Red plays next', pressed: true }).waitFor();
    // The link as text and as a QR code.
    const link = await page.locator('.ws-link').textContent();
    expect(link).toContain('mode=workshop');
    expect(link).toContain('team=Blue');
    expect(await page.locator('canvas[data-id="workshop-qr"]').count()).toBe(1);
    // Projector colours: the page, the DOM panels and the canvas's background are black; larger text.
    expect(await page.evaluate(() => document.documentElement.classList.contains('projector'))).toBe(true);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(0, 0, 0)');
    const camera = await page.evaluate(() => {
      const g = (
        window as unknown as {
          __arcade: {
            game: { scene: { getScenes(a: boolean): Array<{ cameras: { main: { backgroundColor: { red: number; green: number; blue: number } } } }> } };
          };
        }
      ).__arcade.game;
      const c = g.scene.getScenes(true)[0]!.cameras.main.backgroundColor;
      return [c.red, c.green, c.blue];
    });
    expect(camera).toEqual([0, 0, 0]);
    // Every level is open in workshop mode, without a star on any of them.
    await page.getByRole('button', { name: 'Back' }).first().click();
    await onScreen(page, 'Title screen');
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await page.getByRole('button', { name: 'Cynefin sorting', exact: true }).click();
    await page.getByRole('button', { name: /^1\. / }).waitFor();
    const levels = page.locator('.a11y-layer button[data-id^="level-"]');
    expect(await levels.count()).toBeGreaterThan(1);
    for (const b of await levels.all()) expect(await b.getAttribute('aria-disabled')).not.toBe('true');
    // The facilitator guide, from the level select.
    await page.getByRole('button', { name: 'Facilitator guide' }).click();
    await onScreen(page, 'Facilitator guide: Cynefin sorting');
    await page.getByRole('heading', { name: 'Debrief questions' }).waitFor();
    // Its contents link to each section: a trainer jumps to the debrief questions instead of scrolling 20 screens.
    const contents = page.getByRole('navigation', { name: 'Contents' });
    expect(await contents.getByRole('link').count()).toBeGreaterThan(3);
    await contents.getByRole('link', { name: 'Debrief questions' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Debrief questions');
    const inView = await page.evaluate(() => {
      const h = document.activeElement as HTMLElement;
      const panel = h.closest('[data-id="guide"]') as HTMLElement;
      const top = h.getBoundingClientRect().top - panel.getBoundingClientRect().top;
      // Within a pixel: the scroll lands on fractional positions.
      return top >= -1 && top < panel.clientHeight / 2 && panel.scrollTop > 0;
    });
    expect(inView).toBe(true);
    // On paper: the guide's text alone, all of it.
    await page.evaluate(() => {
      window.print = () => ((window as unknown as { printed: boolean }).printed = true);
    });
    await page.getByRole('button', { name: 'Print the guide' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed?: boolean }).printed)).toBe(true);
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => {
      const panel = document.querySelector<HTMLElement>('[data-id="guide"]')!;
      return {
        overflow: getComputedStyle(panel).overflowY,
        canvas: getComputedStyle(document.querySelector('canvas')!).display,
        full: panel.clientHeight >= panel.scrollHeight - 1,
      };
    });
    expect(printed).toEqual({ overflow: 'visible', canvas: 'none', full: true });
    await page.emulateMedia({ media: 'screen' });
    expect(problems).toEqual([]);
    await context.close();
  });

  it('ignores a bad and hostile link key by key, with a notice, as text only, and never turns on kiosk mode', async () => {
    // A query past 4,000 characters is cut before it is read: the 300 teams come before the huge name.
    const hostile = `team=${encodeURIComponent('<img src=x onerror="window.__pwned=1">')}&${Array.from({ length: 300 }, (_, i) => `team=T${i}`).join('&')}&team=${'W'.repeat(5000)}`;
    const q = `?mode=kiosk&mode=workshop&game=chess&teams=99&timer=maybe&__proto__=x&constructor=1&lang=xx&projector=on&${hostile}`;
    const { page, problems, context } = await open(browser(), `${URL()}${q}`);
    await onScreen(page, 'Run a workshop');
    const notice = page.getByRole('alert').filter({ hasText: 'workshop link' });
    await notice.waitFor();
    const said = (await notice.textContent()) ?? '';
    for (const part of [
      '“mode=kiosk” (kiosk mode needs a link of its own)',
      '“game” (a value it cannot take)',
      '“teams”',
      '“timer”',
      '“__proto__” (not a workshop setting)',
      '“lang”',
    ])
      expect(said).toContain(part);
    // What was good still applies: projector colours, at most 8 teams, names bounded and shown as text.
    expect(await page.evaluate(() => document.documentElement.classList.contains('projector'))).toBe(true);
    const names = await page.locator('input.ws-input').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
    expect(names.length).toBe(8);
    for (const n of names) expect(n.length).toBeLessThanOrEqual(24);
    expect(names[0]).toContain('img src=x');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await page.locator('.a11y-layer img, .notice img').count()).toBe(0);
    // Not a booth: no kiosk class, nothing stored, and mode=kiosk is gone from the address.
    expect(await page.evaluate(() => document.documentElement.classList.contains('kiosk'))).toBe(false);
    expect(await page.evaluate(() => localStorage.getItem('learning-arcade/kiosk'))).toBeNull();
    expect(page.url()).not.toContain('kiosk');
    // Dismissed with OK; the workshop screen still lists what was ignored.
    await notice.getByRole('button', { name: 'OK' }).click();
    expect(await page.locator('[data-id="status"]').textContent()).toContain('“game” (a value it cannot take)');
    // The address now holds the cleaned link: a reload is the same workshop, with nothing left to ignore, and no booth.
    await page.reload();
    await onScreen(page, 'Run a workshop');
    expect(await page.getByRole('heading', { level: 1, name: 'Learning Arcade booth' }).count()).toBe(0);
    expect(await page.locator('.notice').count()).toBe(0);
    expect(await page.locator('input.ws-input').count()).toBe(8);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('records a round for the team that played it and downloads the session as a formula-safe CSV', async () => {
    // Teams taking turns: each plays a whole round of the game itself.
    const q = `?mode=workshop&game=cynefin&teams=2&play=turns&team=${encodeURIComponent('=HYPERLINK("http://x")')}&team=${encodeURIComponent('+Blue')}`;
    const { page, problems, context } = await open(browser(), `${URL()}${q}`);
    await onScreen(page, 'Run a workshop');
    // Nothing to export before a round.
    expect(await page.locator('button[data-id="export-csv"]').getAttribute('aria-disabled')).toBe('true');
    await page.getByRole('button', { name: 'Start the workshop' }).click();
    await page.locator('.ws-clock').waitFor();
    expect(await page.locator('.ws-clock').textContent()).toContain('=HYPERLINK');
    await playCynefinToResults(page);
    await onScreen(page, 'Results');
    // The next team's turn.
    await page.waitForFunction(() => document.querySelector('.ws-clock')?.textContent?.includes('+Blue'));
    // The scoreboard between turns: both teams (the one that has not played yet at 0), and who plays next.
    const board = await page.locator('[data-id="turn-board"] li').allTextContents();
    expect(board).toHaveLength(3);
    expect(board.join('\n')).toMatch(/^1st: =HYPERLINK\("http:\/\/x"\), \d+ points? in 1 round/m);
    expect(board).toContain('+Blue plays next.');
    // A presenter's clicker blanks any workshop screen with B, and any key brings it back, doing nothing else.
    await page.keyboard.press('b');
    await page.locator('[data-id="room-blank"]').waitFor();
    await page.keyboard.press('Escape');
    await page.locator('[data-id="room-blank"]').waitFor({ state: 'detached' });
    await onScreen(page, 'Results');
    await page.getByRole('button', { name: 'Export the session' }).click();
    await onScreen(page, 'Run a workshop');
    const csvButton = page.getByRole('button', { name: 'Export the session as CSV' });
    await page.waitForFunction(() => document.querySelector('button[data-id="export-csv"]')?.getAttribute('aria-disabled') !== 'true');
    const [download] = await Promise.all([page.waitForEvent('download'), csvButton.click()]);
    expect(download.suggestedFilename()).toMatch(/^workshop-cynefin-\d+\.csv$/);
    const text = (await readFile((await download.path())!, 'utf8')).replace(/^\ufeff/, '');
    const rows = Papa.parse<string[]>(text.trim()).data;
    expect(rows[0]).toEqual([
      'session',
      'game',
      'level',
      'team',
      'teamName',
      'itemId',
      'itemTitle',
      'answer',
      'verdict',
      'correct',
      'points',
      'maxPoints',
      'late',
      'at',
    ]);
    expect(rows.length).toBeGreaterThan(1);
    for (const row of rows.slice(1)) {
      expect(row[3]).toBe('t1');
      expect(row[4]).toBe(`'=HYPERLINK("http://x")`);
      for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
    // JSON and xAPI download too.
    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export the session as JSON' }).click()]);
    const rec = JSON.parse(await readFile((await json.path())!, 'utf8'));
    expect(rec.teams.map((t: { name: string }) => t.name)).toEqual(['=HYPERLINK("http://x")', '+Blue']);
    const [xapi] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export the session as xAPI statements' }).click()]);
    const statements = JSON.parse(await readFile((await xapi.path())!, 'utf8'));
    expect(statements.at(-1).verb.id).toBe('http://adlnet.gov/expapi/verbs/completed');
    expect(problems).toEqual([]);
    await context.close();
  });

  for (const [name, width, height] of AUDIT_SIZES) {
    it(`lays out the workshop screens at ${name}: targets of 44 px, nothing off screen or overlapping`, async () => {
      const q = '?mode=workshop&game=cynefin&teams=8&timer=on&projector=on';
      const { page, problems, context } = await open(browser(), `${URL()}${q}`, { width, height });
      const screens: Array<[string, () => Promise<void>]> = [
        [
          'workshop',
          async () => {
            await onScreen(page, 'Run a workshop');
            await page.getByRole('button', { name: /^Level: 1\. / }).waitFor();
          },
        ],
        [
          'guide',
          async () => {
            await page.getByRole('button', { name: 'Facilitator guide' }).click();
            await onScreen(page, 'Facilitator guide: Cynefin sorting');
          },
        ],
        [
          'title',
          async () => {
            await page.getByRole('button', { name: 'Back' }).first().click();
            await onScreen(page, 'Run a workshop');
            await page.getByRole('button', { name: 'Back' }).first().click();
            await onScreen(page, 'Title screen');
          },
        ],
        [
          'level select',
          async () => {
            await page.getByRole('button', { name: 'Play', exact: true }).click();
            await page.getByRole('button', { name: 'Cynefin sorting', exact: true }).click();
            await page.getByRole('button', { name: /^1\. / }).waitFor();
          },
        ],
      ];
      expect(await auditScreens(page, screens)).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it('prints a paper kit for a table exercise: the board, the level’s cards with no answer on them, and a key on its own page', async () => {
    const level = JSON.parse(await readFile('levels/cynefin/01-first-sort.json', 'utf8')) as { title: { en: string }; cards: Array<{ text: { en: string } }> };
    const { page, problems, context } = await open(browser(), `${URL()}?mode=workshop&game=cynefin&level=first-sort&lang=en&teams=2`, {
      width: 1366,
      height: 768,
    });
    await onScreen(page, 'Run a workshop');
    await page.getByRole('button', { name: /^Level: 1\. / }).waitFor();
    await page.locator('.a11y-layer [data-id="guide"]').click();
    await onScreen(page, 'Facilitator guide: Cynefin sorting');
    await page.getByRole('button', { name: /Paper kit for a table exercise/ }).click();
    const kit = page.locator('[data-id="room-paper-kit"]');
    await kit.waitFor();
    expect(await kit.locator('h2').textContent()).toBe(`Paper kit: ${level.title.en}`);
    const areas = await kit.locator('.kit-area h4').allTextContents();
    expect(areas.map((a) => a.replace(/^\S+\s/, ''))).toEqual(expect.arrayContaining(['Clear', 'Complicated', 'Complex', 'Chaotic']));
    const cards = await kit.locator('.kit-card p').allTextContents();
    expect(cards).toEqual(level.cards.map((c) => c.text.en));
    // The cards say nothing of where they belong; the key, on its own page, does.
    expect((await kit.locator('.kit-cards').textContent()) ?? '').not.toMatch(/Clear|Complicated|Chaotic/);
    expect(await kit.locator('.kit-key li').count()).toBe(level.cards.length);
    await page.evaluate(() => {
      window.print = () => ((window as unknown as { printed: boolean }).printed = true);
    });
    await page.getByRole('button', { name: 'Print the kit' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed?: boolean }).printed)).toBe(true);
    await page.evaluate(() => document.documentElement.classList.add('print-kit'));
    await page.emulateMedia({ media: 'print' });
    expect(await kit.locator('.kit-key').evaluate((e) => getComputedStyle(e).breakBefore)).toBe('page');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('canvas')!).display)).toBe('none');
    await page.emulateMedia({ media: 'screen' });
    // Escape closes the kit, and only the kit: the guide stays.
    await page.keyboard.press('Escape');
    await kit.waitFor({ state: 'detached' });
    await onScreen(page, 'Facilitator guide: Cynefin sorting');
    expect(problems).toEqual([]);
    await context.close();
  });
});
