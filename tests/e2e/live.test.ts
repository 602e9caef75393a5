// The live room in a real Chromium, served as `npm run live` serves it (the built arcade and the room server on one
// loopback port): a trainer's room screen, an audience window, and three phones in contexts of their own answer
// three Cynefin cards; one phone is closed mid-card and comes back to its seat with its answer; the audience window
// shows the join code and how many answered, never what; every phone's answer reaches the session's exports.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import Papa from 'papaparse';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Server } from '@colyseus/core';
import { AUDIT_SIZES, LARGEST_TEXT, onScreen, open, sharedBrowser } from './browser';
import { auditScreens } from './audit';
import { liveServer } from '../../server/app';

const browser = sharedBrowser();
const live = (id: string): string => `.a11y-layer .a11y-scope:not([inert]) [data-id="${id}"]`;
let server: Server;
let base = '';
let port = 0;

beforeAll(async () => {
  port = await new Promise<number>((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
  server = await liveServer({ dist: process.env.ARCADE_DIST ?? 'dist' });
  await server.listen(port, '127.0.0.1');
  base = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  await server?.gracefullyShutdown(false);
});

interface Phone {
  context: BrowserContext;
  page: Page;
  problems: string[];
}

async function phone(b: Browser, code: string, lang: string, nick = ''): Promise<Phone> {
  const context = await b.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(`${base}/phone/?code=${code}&lang=${lang}`);
  if (nick) await page.locator('#nick').fill(nick);
  await page.locator('#join-go').click();
  await page.locator('#options button').first().waitFor();
  return { context, page, problems };
}

const answer = async (p: Phone, label: string): Promise<void> => {
  await p.page.locator('#options button', { hasText: label }).click();
  await p.page.locator('#options button[aria-pressed="true"]', { hasText: label }).waitFor();
};

async function openLive(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Start the workshop' }).click();
  await onScreen(page, 'Workshop room');
  await page.locator(live('live')).click();
  await page.locator('[data-id="live-open"]').click();
  // The Live room button names the room's code once it is open.
  const button = page.locator(live('live'));
  await page.waitForFunction(() => /[A-Z2-9]{4}-[A-Z2-9]{4}/.test(document.querySelector('.a11y-layer [data-id="live"]')?.textContent ?? ''));
  return /([A-Z2-9]{4})-([A-Z2-9]{4})/
    .exec((await button.textContent()) ?? '')!
    .slice(1)
    .join('');
}

const LABELS = { clear: 'Clear', complicated: 'Complicated', complex: 'Complex', chaotic: 'Chaotic' } as const;

describe('a live room: participants answer from their phones', () => {
  it('runs a presenter, an audience window and three phones through three cards, with a phone dropping and coming back, and exports every answer', async () => {
    const q = '?mode=workshop&game=cynefin&lang=en&teams=2&team=Owls&team=Foxes&second=off';
    const { page, problems, context } = await open(browser(), `${base}/${q}`, { width: 1920, height: 1080 });
    const code = await openLive(page);
    const shown = `${code.slice(0, 4)}-${code.slice(4)}`;
    // The join panel shows the code large, in two groups of four, beside its QR code.
    expect(await page.locator(`${live('join')} .room-join-code`).textContent()).toBe(shown);
    expect(await page.locator(`${live('join')} canvas`).getAttribute('aria-label')).toContain(shown);

    // The audience window: the same browser, kept in step with the trainer's window.
    const audience = await context.newPage();
    await audience.goto(`${base}/${q}&view=audience`);
    await audience.locator(`${live('join')} .room-join-code`).waitFor();
    expect(await audience.locator(`${live('join')} .room-join-code`).textContent()).toBe(shown);

    const b = browser();
    const phones = [await phone(b, code, 'en'), await phone(b, code, 'fr', 'Ana'), await phone(b, code, 'es')];
    // Placed in turn: Owls, Foxes, Owls. The French and Spanish phones speak their own language.
    expect(await phones[0]!.page.locator('#team').textContent()).toContain('Owls');
    expect(await phones[1]!.page.locator('#team').textContent()).toContain('Foxes');
    expect(await phones[1]!.page.locator('html').getAttribute('lang')).toBe('fr');
    expect(await phones[2]!.page.locator('html').getAttribute('lang')).toBe('es');
    await audience.waitForFunction(() => document.querySelector('.a11y-layer')?.textContent?.includes('0 of 3 people answered'));

    // Card 1: Owls split evenly, Foxes one voice. The audience counts, and never names a choice.
    await answer(phones[0]!, LABELS.complex);
    await answer(phones[1]!, LABELS.complex);
    await answer(phones[2]!, LABELS.complicated);
    await audience.waitForFunction(() => document.querySelector('.a11y-layer')?.textContent?.includes('3 of 3 people answered'));
    const seen = (await audience.locator('.a11y-layer').textContent())!;
    expect(seen).toContain('Owls: answered (hidden until the reveal) · 2 of 2');
    expect(seen).not.toMatch(/Owls[^.]*Complex|Foxes[^.]*Complex/);
    // A phone changes its mind before the reveal.
    await answer(phones[2]!, LABELS.complex);
    await page.locator(live('reveal')).click();
    await page.locator(live('next')).waitFor();
    const bars = await page.locator(`${live('answers')} ul.room-bars li`).allTextContents();
    expect(bars.find((t) => t.includes('Complex'))).toMatch(/2 teams \(Owls and Foxes\) · 3 people/);
    // Each phone sees its own result and the why.
    await phones[0]!.page.locator('#reveal:not([hidden]) #yours').waitFor();
    expect(await phones[0]!.page.locator('#yours').textContent()).toMatch(/You answered: .*Complex/);
    expect((await phones[0]!.page.locator('#fits').textContent())!.length).toBeGreaterThan(10);
    expect(await phones[2]!.page.locator('#yours').textContent()).toMatch(/Complex/);

    // Card 2: the Spanish phone answers, then its browser is closed; opened again, it is back in its seat.
    await page.locator(live('next')).click();
    await phones[0]!.page.locator('#status', { hasText: /Card 2 of/ }).waitFor();
    await answer(phones[2]!, LABELS.clear);
    await page.waitForFunction(() => document.querySelector('.a11y-layer')?.textContent?.includes('1 of 3 people answered'));
    await phones[2]!.page.close();
    const again = await phones[2]!.context.newPage();
    await again.goto(`${base}/phone/?code=${code}&lang=es`);
    await again.locator('#options button[aria-pressed="true"]', { hasText: LABELS.clear }).waitFor();
    phones[2]!.page = again;
    await answer(phones[0]!, LABELS.clear);
    await answer(phones[1]!, LABELS.chaotic);
    await page.waitForFunction(() => document.querySelector('.a11y-layer')?.textContent?.includes('3 of 3 people answered'));
    // Still three people: the phone that came back is not counted twice.
    await page.locator(live('reveal')).click();
    await page.locator(live('next')).waitFor();

    // Card 3, then the end.
    await page.locator(live('next')).click();
    await phones[1]!.page.locator('#status', { hasText: /3/ }).waitFor();
    for (const p of phones) await answer(p, LABELS.chaotic);
    await page.waitForFunction(() => document.querySelector('.a11y-layer')?.textContent?.includes('3 of 3 people answered'));
    await page.locator(live('reveal')).click();
    await page.locator(live('next')).waitFor();

    // The session's exports: the teams' answers (their members' majority) and each phone's own.
    await page.locator(live('cards')).click();
    await page.locator('[data-id="room-cards"] [data-id="jump-end"]').click();
    await page.locator(live('finish')).click();
    await onScreen(page, 'Run a workshop');
    await page.waitForFunction(() => document.querySelector('button[data-id="export-csv"]')?.getAttribute('aria-disabled') !== 'true');
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export the session as CSV' }).click()]);
    const rows = Papa.parse<string[]>((await readFile((await csv.path())!, 'utf8')).replace(/^\ufeff/, '').trim()).data;
    const head = rows[0]!;
    const col = (name: string): number => head.indexOf(name);
    const teamRows = rows.slice(1).filter((r) => r[col('person')] === '');
    const personRows = rows.slice(1).filter((r) => r[col('person')] !== '');
    expect(teamRows).toHaveLength(6);
    expect(personRows).toHaveLength(9);
    expect(personRows.filter((r) => r[col('nickname')] === 'Ana')).toHaveLength(3);
    expect(new Set(personRows.map((r) => r[col('person')])).size).toBe(3);
    expect(problems).toEqual([]);
    for (const p of phones) expect(p.problems).toEqual([]);
    await Promise.all(phones.map((p) => p.context.close()));
    await context.close();
  });

  it("returns to the live room after the trainer's reload, and opens it again under the same code after a server restart, the phones rejoining", async () => {
    const q = '?mode=workshop&game=cynefin&lang=en&teams=2&team=Owls&team=Foxes&second=off';
    const { page, problems, context } = await open(browser(), `${base}/${q}`, { width: 1920, height: 1080 });
    const code = await openLive(page);
    const shown = `${code.slice(0, 4)}-${code.slice(4)}`;
    const codeEl = page.locator(`${live('join')} .room-join-code`);
    const p = await phone(browser(), code, 'en');
    await answer(p, LABELS.complicated);
    await page.waitForFunction(() => document.querySelector('.a11y-layer')?.textContent?.includes('1 of 1 person answered'));

    // A clicker's F5: the trainer's window comes back to the same live room, its phone's answer counted.
    await page.reload();
    await onScreen(page, 'Workshop room');
    await codeEl.waitFor();
    expect(await codeEl.textContent()).toBe(shown);
    await page.waitForFunction(() => document.querySelector('.a11y-layer')?.textContent?.includes('1 of 1 person answered'));

    // The server restarts: the trainer's window opens the room again from its record, the phone comes back to it.
    await server.gracefullyShutdown(false);
    await p.page.locator('#conn', { hasText: /not answering/ }).waitFor();
    // The trainer sees it too, on the screen and not only in an announcement.
    await page.waitForFunction(() => document.querySelector('.a11y-layer')?.textContent?.includes('Room server not answering'));
    server = await liveServer({ dist: process.env.ARCADE_DIST ?? 'dist' });
    await server.listen(port, '127.0.0.1');
    await p.page.locator('#conn:empty').waitFor({ state: 'attached', timeout: 20_000 });
    await p.page.locator('#options button[aria-pressed="true"]', { hasText: LABELS.complicated }).waitFor();
    await page.waitForFunction(() => document.querySelector('.a11y-layer')?.textContent?.includes('1 of 1 person answered'));
    expect(await codeEl.textContent()).toBe(shown);
    // The room goes on: the phone changes its answer, the trainer reveals, the phone sees its result.
    await answer(p, LABELS.clear);
    await page.locator(live('reveal')).click();
    await p.page.locator('#reveal:not([hidden]) #yours', { hasText: /Clear/ }).waitFor();
    // The trainer ends the live room: the phone is told it has closed.
    await page.locator(live('live')).click();
    await page.locator('[data-id="live-end"]').click();
    await p.page.locator('#conn', { hasText: /closed/ }).waitFor();
    expect(problems.filter((x) => !/WebSocket|ERR_CONNECTION_REFUSED|Failed to load resource/.test(x))).toEqual([]);
    await p.context.close();
    await context.close();
  });

  for (const [name, width, height] of AUDIT_SIZES) {
    it(`lays out the live room at ${name} with eight teams and the largest text`, async () => {
      const q = '?mode=workshop&game=cynefin&lang=en&teams=8&timer=on&projector=on&second=off';
      const { page, problems, context } = await open(browser(), `${base}/${q}`, { width, height, init: LARGEST_TEXT });
      const code = await openLive(page);
      const p = await phone(browser(), code, 'en');
      await answer(p, LABELS.clear);
      await page.waitForFunction(() => document.querySelector('.a11y-layer')?.textContent?.includes('1 of 1 person answered'));
      expect(
        await auditScreens(page, [
          ['live room answering', async () => undefined],
          ['live room reveal', async () => void (await page.locator(live('reveal')).click(), await page.locator(live('next')).waitFor())],
        ]),
      ).toEqual([]);
      expect(problems).toEqual([]);
      await p.context.close();
      await context.close();
    });
  }

  it("puts the role-play's decision on the phones with each lettered choice's words", async () => {
    const q = '?mode=workshop&game=facilitator&lang=en&teams=2&team=Ana&team=Bo';
    const { page, problems, context } = await open(browser(), `${base}/${q}`, { width: 1920, height: 1080 });
    const code = await openLive(page);
    const p = await phone(browser(), code, 'en');
    const choices = await p.page.locator('#options button').allTextContents();
    expect(choices.length).toBeGreaterThanOrEqual(2);
    // Each choice says what it does, not only its letter.
    for (const c of choices) expect(c.length).toBeGreaterThan(12);
    expect(await p.page.locator('#status').textContent()).toMatch(/Decision 1 of/);
    await p.page.locator('#options button').nth(1).click();
    await page.waitForFunction(() => document.querySelector('.a11y-layer')?.textContent?.includes('1 of 1 person answered'));
    expect(problems).toEqual([]);
    await p.context.close();
    await context.close();
  });

  it('lets a participant join and answer by keyboard alone, with the largest text on a small phone, and says what happened', async () => {
    const q = '?mode=workshop&game=cynefin&lang=en&teams=2&second=off';
    const { page, context } = await open(browser(), `${base}/${q}`, { width: 1280, height: 800 });
    const code = await openLive(page);
    const pc = await browser().newContext({ viewport: { width: 320, height: 640 } });
    const pp = await pc.newPage();
    const problems: string[] = [];
    pp.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && problems.push(m.text()));
    await pp.goto(`${base}/phone/?code=${code}&lang=en`);
    // The largest text a phone offers: everything in rem, so the page grows with it.
    await pp.evaluate(() => document.documentElement.style.setProperty('font-size', '200%', 'important'));
    await pp.locator('#join-go').waitFor();
    // From the QR code the Join button has focus: Enter joins.
    expect(await pp.evaluate(() => document.activeElement?.id)).toBe('join-go');
    await pp.keyboard.press('Enter');
    await pp.locator('#options button').first().waitFor();
    // Tab to the third answer and press Space.
    for (let i = 0; i < 10; i++) {
      await pp.keyboard.press('Tab');
      if ((await pp.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.id)) === 'complex') break;
    }
    await pp.keyboard.press('Space');
    await pp.locator('#options button[aria-pressed="true"][data-id="complex"]').waitFor();
    await pp.waitForFunction(() => /Answer sent/.test(document.querySelector('#live')?.textContent ?? ''));
    // Nothing wider than the screen, every target at least 44 px, the answers in a group named by its legend.
    const layout = await pp.evaluate(() => ({
      wide: document.documentElement.scrollWidth - innerWidth,
      small: [...document.querySelectorAll('button, select, input')].filter((e) => {
        const r = e.getBoundingClientRect();
        return r.width > 0 && (r.height < 44 || r.width < 44);
      }).length,
      legend: document.querySelector('#options')?.closest('fieldset')?.querySelector('legend')?.textContent,
    }));
    expect(layout).toEqual({ wide: 0, small: 0, legend: 'Your answer' });
    expect(problems).toEqual([]);
    await pc.close();
    await context.close();
  });

  it('runs the first check as a live poll, then follows the trainer to the level: the phones stay joined', async () => {
    const q = '?mode=workshop&game=cynefin&lang=en&teams=2&team=Owls&team=Foxes&second=off';
    const { page, problems, context } = await open(browser(), `${base}/${q}`, { width: 1920, height: 1080 });
    await onScreen(page, 'Run a workshop');
    await page.getByRole('button', { name: 'Room poll: start with the first check' }).click();
    await onScreen(page, 'Workshop room');
    await page.locator(live('live')).click();
    await page.locator('[data-id="live-open"]').click();
    await page.waitForFunction(() => /[A-Z2-9]{4}-[A-Z2-9]{4}/.test(document.querySelector('.a11y-layer [data-id="live"]')?.textContent ?? ''));
    const code = /([A-Z2-9]{4})-([A-Z2-9]{4})/
      .exec((await page.locator(live('live')).textContent()) ?? '')!
      .slice(1)
      .join('');
    const p = await phone(browser(), code, 'en');
    expect(await p.page.locator('#status').textContent()).toMatch(/Question 1 of/);
    await p.page.locator('#options button').first().click();
    await page.locator(live('reveal')).click();
    // A first check shows how the room answered, not which answer fits.
    await p.page.locator('#reveal:not([hidden]) #yours').waitFor();
    expect(await p.page.locator('#fits').textContent()).toBe('');
    expect(await p.page.locator('#yours').textContent()).toContain('No answer is marked right here');
    // The trainer leaves the poll for the level: the phone, still joined, gets the level's first card.
    await page.locator(live('cards')).click();
    await page.locator('[data-id="room-cards"] [data-id="jump-end"]').click();
    await page.locator(live('finish')).click();
    await onScreen(page, 'Run a workshop');
    await page.getByRole('button', { name: 'Start the workshop' }).click();
    await onScreen(page, 'Workshop room');
    await page.getByRole('heading', { level: 2, name: 'Where does this situation belong?' }).waitFor();
    await p.page.locator('#status', { hasText: /Card 1 of/ }).waitFor();
    await page.waitForFunction(() => document.querySelector('.a11y-layer')?.textContent?.includes('0 of 1 person answered'));
    await answer(p, LABELS.clear);
    await page.waitForFunction(() => document.querySelector('.a11y-layer')?.textContent?.includes('1 of 1 person answered'));
    expect(problems).toEqual([]);
    await p.context.close();
    await context.close();
  });

  it('opens the live room by itself when the workshop screen asked for answers from phones', async () => {
    const { page, problems, context } = await open(browser(), `${base}/?mode=workshop&game=cynefin&lang=en&teams=2&second=off`, { width: 1366, height: 768 });
    await onScreen(page, 'Run a workshop');
    await page.getByRole('button', { name: 'Answers from phones (live room): off' }).click();
    await page.getByRole('button', { name: 'Answers from phones (live room): on' }).waitFor();
    // The workshop's link carries it, for the trainer's other devices.
    await page.waitForFunction(() => document.querySelector('.a11y-layer')?.textContent?.includes('live=on'));
    await page.getByRole('button', { name: 'Start the workshop' }).click();
    await onScreen(page, 'Workshop room');
    await page.waitForFunction(() => /[A-Z2-9]{4}-[A-Z2-9]{4}/.test(document.querySelector('.a11y-layer [data-id="live"]')?.textContent ?? ''));
    expect(problems).toEqual([]);
    await context.close();
  });
});
