// A workshop room in a real Chromium: two teams answer the same Cynefin cards before each reveal, the room sees a
// bar per option with the teams' names, the accepted answer, questions and scores; the trainer goes back, blanks
// the screen with a clicker key, skips to the end and jumps back; the session's CSV has each team's answer with
// its time and points. Then the room's own story, placed live, kept in a session level the game plays.
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { AUDIT_SIZES, LARGEST_TEXT, onScreen, open, sharedBrowser, URL } from './browser';
import { auditScreens } from './audit';

const browser = sharedBrowser();
const live = (id: string): string => `.a11y-layer .a11y-scope:not([inert]) [data-id="${id}"]`;

interface RawCard {
  id: string;
  text: { en: string };
  domains: Array<{ domain: string; weight: number }>;
}

async function firstLevel(): Promise<{ id: string; cards: RawCard[] }> {
  return JSON.parse(await readFile('levels/cynefin/01-first-sort.json', 'utf8')) as { id: string; cards: RawCard[] };
}

const NAMES: Record<string, string> = { clear: 'Clear', complicated: 'Complicated', complex: 'Complex', chaotic: 'Chaotic' };

async function answersText(page: Page): Promise<string[]> {
  return page.locator(`${live('answers')} ul.room-bars li`).allTextContents();
}

describe('a workshop room answering together', () => {
  it('takes two teams’ answers to each card, shows the room its bars at the reveal and the end, and exports each answer with its time', async () => {
    const level = await firstLevel();
    const card = level.cards[0]!;
    const best = card.domains.find((d) => d.weight === 1)!.domain;
    const wrong = Object.keys(NAMES).find((d) => !card.domains.some((x) => x.domain === d))!;
    const q = '?mode=workshop&game=cynefin&lang=en&teams=2&team=Owls&team=Foxes&timer=on&projector=on&second=off';
    const { page, problems, context } = await open(browser(), `${URL()}${q}`, { width: 1920, height: 1080 });
    await onScreen(page, 'Run a workshop');
    await page.getByRole('button', { name: 'Play: all teams answer each card, then the reveal' }).waitFor();
    await page.getByRole('button', { name: 'Start the workshop' }).click();
    await onScreen(page, 'Workshop room');
    await page.getByRole('heading', { level: 2, name: 'Where does this situation belong?' }).waitFor();
    expect(await page.locator(live('card')).textContent()).toContain(card.text.en);
    expect(await page.locator('.a11y-layer').textContent()).toContain('No team has answered yet');

    // The trainer chooses an answer, then the team that gives it: by key for Owls, by tap for Foxes.
    await page.locator(live(`option-${best}`)).click();
    await page.keyboard.press('1');
    await page.locator(live(`option-${wrong}`)).click();
    await page.locator(live('team-2')).click();
    // Before the reveal the room sees that each team answered, never what: the others may still be deciding.
    await page.getByRole('button', { name: 'Team 1, Owls: answered (hidden until the reveal)' }).waitFor();
    await page.getByRole('button', { name: 'Team 2, Foxes: answered (hidden until the reveal)' }).waitFor();
    expect(await page.locator(live('team-1')).textContent()).not.toContain(NAMES[best]!);
    expect(await page.locator(live('team-2')).textContent()).not.toContain(NAMES[wrong]!);
    expect(await page.locator('.a11y-layer').textContent()).toContain('2 of 2 teams have answered');

    // Page Down (a clicker's "next") reveals: a bar per option, with the teams that chose it.
    await page.keyboard.press('PageDown');
    await page.locator(live('next')).waitFor();
    const bars = await answersText(page);
    expect(bars).toHaveLength(4);
    expect(bars).toContain(`${bars.find((b) => b.includes(NAMES[best]!))!.split(':')[0]}: 1 team (Owls)`);
    expect(bars.find((b) => b.includes(NAMES[best]!))).toMatch(/✓: 1 team \(Owls\)$/);
    expect(bars.find((b) => b.includes(NAMES[wrong]!))).toMatch(/: 1 team \(Foxes\)$/);
    const empty = bars.filter((b) => b.endsWith('no team'));
    expect(empty).toHaveLength(2);
    const widths = await page.locator(`${live('answers')} .room-bar`).evaluateAll((els) => els.map((e) => (e as HTMLElement).style.width));
    expect(widths.filter((w) => w === '100%')).toHaveLength(2);
    const detail = (await page.locator(live('detail')).textContent()) ?? '';
    expect(detail).toContain(`${NAMES[best]} (10 of 10 points)`);
    expect(detail).toContain('For the room');
    expect(await page.locator(`${live('detail')} h3 + ul li`).count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator(live('answers')).textContent()).toContain('1st: Owls, 10 points');

    // Back one step (Page Up): the card is open again with its answers kept; revealed again, it counts once.
    await page.keyboard.press('PageUp');
    await page.locator(live(`option-${best}`)).waitFor();
    await page.getByRole('button', { name: new RegExp(`^Team 1, Owls: answered`) }).waitFor();
    await page.keyboard.press('r');
    await page.locator(live('next')).waitFor();
    expect(await page.locator(live('answers')).textContent()).toContain('1st: Owls, 10 points');
    expect(await page.locator(live('answers')).textContent()).toContain('2nd: Foxes, 0 points');

    // A clicker's B blanks the screen; its full stop brings it back.
    await page.keyboard.press('b');
    await page.locator('[data-id="room-blank"]').waitFor();
    expect(await page.locator('.a11y-layer').evaluate((el) => (el as HTMLElement).inert)).toBe(true);
    await page.keyboard.press('.');
    await page.locator('[data-id="room-blank"]').waitFor({ state: 'detached' });
    // The keys are listed on H.
    await page.keyboard.press('h');
    expect(await page.locator('[data-id="room-help"]').textContent()).toContain('Page Up: back one step');
    await page.keyboard.press('Escape');

    // Next, then skip the rest to the end: the debrief shows the scores and the revealed card's bars again.
    await page.keyboard.press('n');
    await page.getByRole('heading', { level: 1, name: 'Workshop room' }).waitFor({ state: 'attached' });
    for (let i = 1; i < level.cards.length; i++) {
      await page.locator(live('skip')).waitFor();
      await page.keyboard.press('s');
    }
    await page.locator(live('finish')).waitFor();
    const summary = (await page.locator(live('summary')).textContent()) ?? '';
    expect(summary).toContain('1st: Owls, 10 points');
    expect(summary).toContain('Questions for the debrief');
    expect(summary).toContain('1 team (Owls)');
    expect(await page.locator(live('jump-1')).textContent()).toContain('skipped');

    // The trainer jumps back to the first card for discussion: its reveal, as it was.
    await page.locator(live('jump-0')).click();
    await page.locator(live('next')).waitFor();
    expect(await answersText(page)).toEqual(bars);

    // The session's CSV: one row per team for the revealed card, with its points and the time it was given.
    await page.locator(live('cards')).click();
    // The Cards list opens on the card on screen, and goes straight to the end summary too.
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe('jump-0');
    await page.locator('[data-id="room-cards"] [data-id="jump-end"]').click();
    await page.locator(live('finish')).waitFor();
    await page.locator(live('finish')).click();
    await onScreen(page, 'Run a workshop');
    await page.waitForFunction(() => document.querySelector('button[data-id="export-csv"]')?.getAttribute('aria-disabled') !== 'true');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export the session as CSV' }).click()]);
    const rows = Papa.parse<string[]>((await readFile((await download.path())!, 'utf8')).replace(/^\ufeff/, '').trim()).data;
    const body = rows.slice(1).map((r) => ({ team: r[4], item: r[5], answer: r[7], verdict: r[8], points: r[10], at: r[13] }));
    expect(body.map((r) => [r.team, r.item, r.verdict, r.points])).toEqual([
      ['Owls', `${level.id}/${card.id}`, 'right', '10'],
      ['Foxes', `${level.id}/${card.id}`, 'wrong', '0'],
    ]);
    for (const r of body) expect(Number.isNaN(Date.parse(r.at!))).toBe(false);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("keeps the trainer's notes on a card, out of the audience's sight, and prints them in the session report", async () => {
    const q = '?mode=workshop&game=cynefin&lang=en&teams=2&team=Owls&team=Foxes&second=off';
    const { page, problems, context } = await open(browser(), `${URL()}${q}`, { width: 1920, height: 1080 });
    await page.getByRole('button', { name: 'Start the workshop' }).click();
    await onScreen(page, 'Workshop room');
    const audience = await context.newPage();
    await audience.goto(`${URL()}${q}&view=audience`);
    await audience.locator(live('card')).waitFor();
    // T (or the Notes button) opens the notes for the card on screen; they are typed as text.
    await page.keyboard.press('t');
    const field = page.locator('[data-id="notes-text"]');
    await field.waitFor();
    const note = 'Owls argued from the <b>contractor</b> being new: come back to it after card 3.';
    await field.fill(note);
    await page.locator('[data-id="notes-save"]').click();
    await expect.poll(() => page.locator('[aria-live]').allTextContents()).toContain('Notes saved for the session report.');
    // Typed again later, the note opens with what was kept.
    await page.locator(live('notes')).click();
    expect(await field.inputValue()).toBe(note);
    await page.keyboard.press('Escape');
    expect(await audience.locator('body').textContent()).not.toContain('contractor');
    expect(await audience.locator('[data-id="notes"]').count()).toBe(0);
    await page.keyboard.press('r');
    await page.locator(live('next')).waitFor();
    await page.locator(live('cards')).click();
    await page.locator('[data-id="room-cards"] [data-id="jump-end"]').click();
    await page.locator(live('finish')).click();
    await onScreen(page, 'Run a workshop');
    await page.locator(live('new-session')).click();
    await page.getByRole('button', { name: 'Session report (to print)' }).click();
    const report = page.locator('[data-id="room-report"]');
    await report.waitFor();
    expect(await report.locator('.report-note').textContent()).toBe(`Your notes: ${note}`);
    expect(await report.locator('.report-note b').count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('places the room’s own story live, keeps it across a reload, and exports it in a session level kept in Your levels', async () => {
    const story = 'Market traders want the main square back on Sundays; nobody knows how residents will react.';
    const q = '?mode=workshop&game=cynefin&lang=en&teams=1&second=off';
    const { page, problems, context } = await open(browser(), `${URL()}${q}`);
    await onScreen(page, 'Run a workshop');
    await page.getByRole('button', { name: 'Start the workshop' }).click();
    await onScreen(page, 'Workshop room');
    await page.locator(live('story')).click();
    // Empty is refused with a message; markup stays text.
    await page.locator('[data-id="story-add"]').click();
    expect(await page.locator('[data-id="room-story"] .room-error').textContent()).toBe('Write the situation first.');
    await page.locator('[data-id="story-text"]').fill(`${story} <b>now</b>`);
    await page.locator('[data-id="story-add"]').click();
    await page.locator(live('card')).waitFor();
    expect(await page.locator(live('card')).textContent()).toContain(`${story} <b>now</b>`);
    expect(await page.locator(`${live('card')} b`).count()).toBe(0);
    // A reload in the middle keeps the room where it was, the story included.
    // A reload goes straight back to the room, without the setup screen.
    await page.reload();
    await onScreen(page, 'Workshop room');
    await page.getByRole('heading', { level: 1, name: 'Workshop room' }).waitFor({ state: 'attached' });
    await page.locator(live('card')).waitFor();
    expect(await page.locator(live('card')).textContent()).toContain(story);
    // The room (one team) answers; at the reveal the trainer says where it belongs and why.
    await page.locator(live('option-complex')).click();
    await page.locator(live('team-1')).click();
    await page.locator(live('reveal')).click();
    await page.locator('[data-id="place-reveal"]').click();
    expect(await page.locator('[data-id="room-place"] .room-error').textContent()).toBe('Choose where it belongs first.');
    await page.locator('[data-id="place-complex"]').check();
    await page.locator('[data-id="place-why"]').fill('Residents and traders will react in ways no study predicts: try a few Sundays.');
    await page.locator('[data-id="place-reveal"]').click();
    await page.locator(live('next')).waitFor();
    expect(await page.locator(live('detail')).textContent()).toContain('Complex (10 of 10 points): Residents and traders');
    // Straight to the end: the session level is exported and kept in Your levels.
    await page.locator(live('cards')).click();
    await page.locator('[data-id="room-cards"] [data-id="jump-end"]').click();
    await page.locator(live('finish')).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator(live('export-level')).click()]);
    const json = JSON.parse(await readFile((await download.path())!, 'utf8')) as {
      id: string;
      cards: Array<{ text: { en: string }; domains: Array<{ domain: string }> }>;
    };
    expect(download.suggestedFilename()).toBe(`${json.id}.json`);
    const mine = json.cards.find((c) => c.text.en.startsWith('Market traders'));
    expect(mine?.domains[0]?.domain).toBe('complex');
    await page.locator(live('keep-level')).click();
    await page.waitForFunction(() => document.querySelector('[aria-live="polite"]')?.textContent?.includes('kept in Your levels'));
    expect(await page.evaluate(() => localStorage.getItem('learning-arcade/own-levels') ?? '')).toContain('Market traders');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('resumes a room paused before a reload, answering every key again; going back over a reveal takes the card out of the export', async () => {
    const q = '?mode=workshop&game=cynefin&lang=en&teams=2&team=Owls&team=Foxes&second=off';
    const { page, problems, context } = await open(browser(), `${URL()}${q}`);
    await onScreen(page, 'Run a workshop');
    await page.getByRole('button', { name: 'Start the workshop' }).click();
    await onScreen(page, 'Workshop room');
    await page.locator(live('option-clear')).click();
    await page.keyboard.press('1');
    await page.keyboard.press('p');
    await page.locator('[data-id="room-pause"]').waitFor();
    // A reload goes straight back to the room, without the setup screen.
    await page.reload();
    await onScreen(page, 'Workshop room');
    await page.getByRole('button', { name: /^Team 1, Owls: answered/ }).waitFor();
    expect(await page.locator('[data-id="room-pause"]').count()).toBe(0);
    await page.keyboard.press('r');
    await page.locator(live('next')).waitFor();
    // Back over the reveal, then on without revealing: the card is not in the session's answers.
    await page.keyboard.press('PageUp');
    await page.locator(live('reveal')).waitFor();
    await page.locator(live('cards')).click();
    await page.locator('[data-id="room-cards"] [data-id="jump-end"]').click();
    await page.locator(live('finish')).click();
    await onScreen(page, 'Run a workshop');
    await page.locator('[data-id="status"]', { hasText: 'No answers recorded yet.' }).waitFor();
    expect(problems).toEqual([]);
    await context.close();
  });

  it('puts the facilitator’s decisions to the room: the choices as lettered answers, the best revealed with its why', async () => {
    const { page, problems, context } = await open(browser(), `${URL()}?mode=workshop&game=facilitator&lang=en&teams=3&team=Ana&team=Bo&team=Cy`, {
      width: 1024,
      height: 768,
    });
    await onScreen(page, 'Run a workshop');
    await page.getByRole('button', { name: /^Level: 1\. / }).waitFor();
    await page.getByRole('button', { name: 'Start the workshop' }).click();
    await onScreen(page, 'Workshop room');
    await page.getByRole('heading', { level: 2, name: 'What do you do as the facilitator?' }).waitFor();
    const options = page.locator(`.a11y-layer .a11y-scope:not([inert]) button[data-id^="option-"]`);
    expect(await options.count()).toBeGreaterThanOrEqual(2);
    // Each lettered answer says its choice.
    for (const text of await options.allTextContents()) expect(text).toMatch(/^[A-D]: .{10,}/);
    await options.nth(0).click();
    await page.keyboard.press('1');
    await page.keyboard.press('2');
    await options.nth(1).click();
    await page.keyboard.press('3');
    const audit = await auditScreens(page, [
      ['facilitator room answering', async () => undefined],
      [
        'facilitator room reveal',
        async () => {
          await page.keyboard.press('PageDown');
          await page.locator(live('next')).waitFor();
        },
      ],
    ]);
    expect(audit).toEqual([]);
    const bars = await answersText(page);
    expect(bars[0]).toMatch(/^A.*: 2 teams \(Ana and Bo\)$/);
    expect(bars[1]).toMatch(/^B.*: 1 team \(Cy\)$/);
    expect(await page.locator(`${live('answers')} li.v-right`).count()).toBe(1);
    expect(await page.locator(live('detail')).textContent()).toMatch(/\(10 of 10 points\)/);
    // No stories of its own in this game: a decision has its own choices.
    expect(await page.locator(live('story')).count()).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('counts the card’s clock on wall time through a hidden tab, says time is up, and still takes an answer keyed in late', async () => {
    const q = '?mode=workshop&game=cynefin&lang=en&teams=2&team=Owls&team=Foxes&timer=on&projector=on&second=off';
    const { page, problems, context } = await open(browser(), `${URL()}${q}`, { width: 1920, height: 1080, clock: true });
    await onScreen(page, 'Run a workshop');
    await page.getByRole('button', { name: 'Start the workshop' }).click();
    await onScreen(page, 'Workshop room');
    // The sounds the page fetches: time-up has one of its own (two bell strokes), not the end of a level's.
    const fetched: string[] = [];
    page.on('request', (r) => fetched.push(r.url()));
    const status = page.locator('.a11y-layer .a11y-scope:not([inert])').getByText(/teams have answered|No team has answered/);
    await expect.poll(() => status.textContent()).toMatch(/1:(30|29) left/);
    // Forty seconds pass while the page's timers are held (a hidden tab, a machine too busy to run them): the clock
    // shows forty seconds fewer, not the one tick its timer got.
    await page.clock.fastForward('00:40');
    await expect.poll(() => status.textContent()).toMatch(/0:(50|49) left/);
    await page.clock.fastForward('02:00');
    await expect.poll(() => status.textContent()).toContain('Time is up: late answers still count');
    await expect.poll(() => fetched.some((u) => /\/timeup-[\w-]+\.(ogg|mp3)$/.test(u))).toBe(true);
    expect(fetched.some((u) => /\/complete-[\w-]+\.(ogg|mp3)$/.test(u))).toBe(false);
    // The room answered in time; the trainer keys it in after zero: it counts, marked late.
    await page.locator(live('option-clear')).click();
    await page.keyboard.press('1');
    await page.getByRole('button', { name: /^Team 1, Owls: answered/ }).waitFor();
    await expect.poll(() => page.locator('[aria-live]').allTextContents()).toContainEqual(expect.stringMatching(/Owls: .*Clear \(late\)\./));
    await page.keyboard.press('r');
    await page.locator(live('next')).waitFor();
    await expect
      .poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('learning-arcade/workshop-session') ?? '{}').answers?.[0]))
      .toMatchObject({ team: 't1', answer: expect.stringContaining('Clear'), late: true, maxPoints: 10 });
    expect(problems).toEqual([]);
    await context.close();
  });

  for (const [name, width, height] of AUDIT_SIZES) {
    it(`lays out the room at ${name} with eight teams and the largest text: targets of 44 px, nothing off screen or overlapping`, async () => {
      const q = '?mode=workshop&game=cynefin&teams=8&timer=on&projector=on';
      const { page, problems, context } = await open(browser(), `${URL()}${q}`, { width, height, init: LARGEST_TEXT });
      await onScreen(page, 'Run a workshop');
      await page.getByRole('button', { name: /^Level: 1\. / }).waitFor();
      await page.getByRole('button', { name: 'Start the workshop' }).click();
      const screens: Array<[string, () => Promise<void>]> = [
        [
          'room answering',
          async () => {
            await onScreen(page, 'Workshop room');
            await page.locator(live('option-clear')).click();
            for (const k of ['1', '2', '3']) await page.keyboard.press(k);
          },
        ],
        [
          'room reveal',
          async () => {
            await page.keyboard.press('r');
            await page.locator(live('next')).waitFor();
          },
        ],
        [
          'room end',
          async () => {
            await page.keyboard.press('n');
            for (let i = 0; i < 20 && (await page.locator(live('finish')).count()) === 0; i++) {
              await page.locator(live('skip')).click();
            }
            await page.locator(live('finish')).waitFor();
          },
        ],
      ];
      expect(await auditScreens(page, screens)).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it('asks a card’s own second question as a round after its domain, with the moves lettered and each one’s why', async () => {
    const level = JSON.parse(await readFile('levels/cynefin/01-first-sort.json', 'utf8')) as {
      cards: Array<RawCard & { second: { options: Array<{ text: { en: string }; credit: number; why: { en: string } }> } }>;
    };
    const card = level.cards[0]!;
    const best = card.domains.find((d) => d.weight === 1)!.domain;
    const { page, problems, context } = await open(browser(), `${URL()}?mode=workshop&game=cynefin&lang=en&teams=2&team=Owls&team=Foxes`, {
      width: 1920,
      height: 1080,
    });
    await onScreen(page, 'Run a workshop');
    await page.getByRole('button', { name: 'Start the workshop' }).click();
    await onScreen(page, 'Workshop room');
    await page.locator(live(`option-${best}`)).click();
    await page.keyboard.press('1');
    await page.keyboard.press('2');
    await page.keyboard.press('PageDown');
    await page.locator(live('next')).click();
    // The same situation, now with the city's moves to choose from.
    await page.getByRole('heading', { level: 2, name: 'What should the city do now?' }).waitFor();
    expect(await page.locator(live('card')).textContent()).toContain(card.text.en);
    const layer = (await page.locator('.a11y-layer').textContent()) ?? '';
    for (const o of card.second.options) expect(layer).toContain(o.text.en);
    // The teams choose the best move; the reveal names it with its why, and the other moves' why.
    const bestMove = card.second.options.find((o) => o.credit === 1)!;
    const letter = await page.locator(`.a11y-layer .a11y-scope:not([inert]) button[data-id^="option-"]`, { hasText: bestMove.text.en }).getAttribute('data-id');
    await page.locator(live(letter!)).click();
    await page.keyboard.press('1');
    await page.keyboard.press('PageDown');
    await page.locator(live('next')).waitFor();
    const reveal = (await page.locator('.a11y-layer').textContent()) ?? '';
    expect(reveal).toContain(bestMove.why.en);
    for (const o of card.second.options.filter((x) => x.credit === 0)) expect(reveal).toContain(o.why.en);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('runs the game’s check as a room poll at the start and the other form at the end, and shows the room’s gain per concept', async () => {
    type Q = { id: string; prompt: { en: string }; answer: string; options: Array<{ id: string; text: { en: string } }> };
    const check = JSON.parse(await readFile('src/games/cynefin/check.json', 'utf8')) as {
      concepts: Array<{ label: { en: string } }>;
      forms: { a: Q[]; b: Q[] };
    };
    const { page, problems, context } = await open(browser(), `${URL()}?mode=workshop&game=cynefin&lang=en&teams=2&team=Owls&team=Foxes`, {
      width: 1920,
      height: 1080,
    });
    await onScreen(page, 'Run a workshop');
    /** Answers every question of a poll: Owls always right, Foxes right only when `foxesRight`. */
    const answerPoll = async (form: Q[], foxesRight: boolean): Promise<void> => {
      for (let i = 0; i < form.length; i++) {
        const text = (await page.locator(live('card')).textContent()) ?? '';
        const q = form.find((x) => text.includes(x.prompt.en))!;
        expect(q, text).toBeDefined();
        const right = q.options.find((o) => o.id === q.answer)!.text.en;
        const wrong = q.options.find((o) => o.id !== q.answer)!.text.en;
        const button = (t: string) => page.locator(`.a11y-layer .a11y-scope:not([inert]) button[data-id^="option-"]`, { hasText: t });
        await button(right).click();
        await page.keyboard.press('1');
        await button(foxesRight ? right : wrong).click();
        await page.keyboard.press('2');
        await page.keyboard.press('PageDown');
        await page.locator(live('next')).click();
      }
    };
    await page.getByRole('button', { name: 'Room poll: start with the first check' }).click();
    await onScreen(page, 'Workshop room');
    await page.getByRole('heading', { level: 2, name: 'Which answer fits best?' }).waitFor();
    await answerPoll(check.forms.a, false);
    const firstEnd = (await page.locator(live('summary')).textContent()) ?? '';
    expect(firstEnd).toContain("The room's starting point is kept.");
    // The first poll says nothing of who was right, and shows no answer: only that the answers are kept.
    expect(firstEnd).toContain(`Owls: ${check.forms.a.length} answers kept`);
    expect(firstEnd).not.toMatch(/answered right|points/);
    await page.locator(live('finish')).click();
    await onScreen(page, 'Run a workshop');
    // The second poll closes the workshop: other questions, the same ideas, and the change for each idea.
    await page.getByRole('button', { name: 'Room poll: end with the second check' }).click();
    await onScreen(page, 'Workshop room');
    await answerPoll(check.forms.b, true);
    const end = (await page.locator(live('summary')).textContent()) ?? '';
    expect(end).toContain('The room, idea by idea');
    // The second poll is not a contest either: each team's right answers, no points.
    expect(end).toContain(`Owls: ${check.forms.b.length} of ${check.forms.b.length} answered right`);
    for (const k of check.concepts) expect(end).toMatch(new RegExp(`${k.label.en}: 50% of answers right at the start, 100% now \\(50 points\\)`));
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('a reveal that fits the projected screen', () => {
  const panels = (page: Page, ids: string[]) =>
    page.evaluate(
      (list) =>
        list.map((id) => {
          const el = document.querySelector<HTMLElement>(`.a11y-layer .a11y-scope:not([inert]) [data-id="${id}"]`);
          return el
            ? { id, top: el.scrollTop, end: el.scrollTop + el.clientHeight >= el.scrollHeight - 1, more: el.hasAttribute('data-more') }
            : { id, top: 0, end: true, more: false };
        }),
      ids,
    );

  for (const [game, width, height] of [
    ['cynefin', 1920, 1080],
    ['cynefin', 1366, 768],
    ['facilitator', 1920, 1080],
    ['facilitator', 1366, 768],
  ] as const) {
    it(`lets a clicker read every part of every ${game} reveal at ${width}x${height}, eight teams, largest text, before the next card`, async () => {
      const { page, problems, context } = await open(browser(), `${URL()}?mode=workshop&game=${game}&lang=en&teams=8&projector=on&second=on`, {
        width,
        height,
        init: LARGEST_TEXT,
      });
      await onScreen(page, 'Run a workshop');
      await page.locator(live('start')).click();
      await onScreen(page, 'Workshop room');
      let revealed = 0;
      for (let guard = 0; guard < 400 && (await page.locator(live('finish')).count()) === 0; guard++) {
        if ((await page.locator(live('reveal')).count()) > 0) {
          await page.locator(live('reveal')).waitFor();
          await page.keyboard.press('PageDown');
          await page.locator(live('next')).waitFor();
          revealed++;
          continue;
        }
        // At the reveal: the clicker's Page Down reads on while any panel has more, and only then moves to the next card.
        // Scroll events (which update the "more below" cue) come with the next frame.
        await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
        const before = await panels(page, ['card', 'answers', 'detail']);
        await page.keyboard.press('PageDown');
        await expect
          .poll(
            async () =>
              (await page.locator(live('reveal')).count()) + (await page.locator(live('finish')).count()) > 0 ||
              JSON.stringify(await panels(page, ['card', 'answers', 'detail'])) !== JSON.stringify(before),
          )
          .toBe(true);
        if ((await page.locator(live('next')).count()) === 0) {
          for (const p of before) expect(p, `${p.id} read to its end before moving on`).toMatchObject({ end: true, more: false });
        }
      }
      expect(revealed).toBeGreaterThanOrEqual(4);
      await page.locator(live('finish')).waitFor();
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});

describe('the audience window for the projector', () => {
  it('follows the trainer’s room card by card, with the clock, no controls and no answer before the reveal', async () => {
    // The trainer's own window shows the answers (hide=off); the audience's never does before the reveal.
    const q = '?mode=workshop&game=cynefin&lang=en&teams=2&team=Owls&team=Foxes&timer=on&projector=on&second=off&hide=off';
    const { page, problems, context } = await open(browser(), `${URL()}${q}`, { width: 1366, height: 768 });
    await onScreen(page, 'Run a workshop');
    await page.locator(live('start')).click();
    await onScreen(page, 'Workshop room');
    const [audience] = await Promise.all([context.waitForEvent('page'), page.locator(live('audience')).click()]);
    const seen: string[] = [];
    audience.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && seen.push(m.text()));
    await audience.setViewportSize({ width: 1920, height: 1080 });
    await audience.locator(live('card')).waitFor();
    const card1 = await page.locator(live('card')).textContent();
    expect(await audience.locator(live('card')).textContent()).toBe(card1);
    // No trainer's controls on the projector; the clock is there.
    for (const id of ['reveal', 'skip', 'extend', 'cards', 'audience']) expect(await audience.locator(live(id)).count()).toBe(0);
    await expect.poll(() => audience.locator('.a11y-layer').textContent()).toMatch(/No team has answered yet · 1:\d\d left/);

    // The trainer keys in Owls' answer: their own window shows it; the projector shows only that Owls answered.
    await page.locator(live('option-clear')).click();
    await page.keyboard.press('1');
    await page.getByRole('button', { name: /^Team 1, Owls: answered . Clear$/ }).waitFor();
    await expect.poll(() => audience.locator('.a11y-layer').textContent()).toContain('1 of 2 teams has answered');
    expect(await audience.locator(live('team-1')).textContent()).not.toContain('Clear');
    await audience.getByRole('button', { name: 'Team 1, Owls: answered (hidden until the reveal)' }).waitFor();

    // The reveal shows on the projector, with the bars; the next card follows.
    await page.keyboard.press('r');
    await audience.locator(live('answers')).waitFor();
    await expect.poll(() => audience.locator(live('answers')).textContent()).toContain('1 team (Owls)');
    await page.keyboard.press('n');
    await expect.poll(() => audience.locator(live('card')).textContent()).not.toBe(card1);
    expect(await audience.locator(live('card')).textContent()).toBe(await page.locator(live('card')).textContent());
    expect(seen).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });
});
