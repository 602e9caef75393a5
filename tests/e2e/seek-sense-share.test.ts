// Seek, sense, share in a real Chromium, keyboard only: level 1 built from its stored solution, the flow run step
// by step to the results; and a tie the rules refuse is announced with its reason.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { centreOf, describedBy, onScreen, open, openLevel, sharedBrowser, tabTo, touchDrag } from './browser';

interface Named {
  id: string;
  name: { en: string };
}
const level = JSON.parse(readFileSync('levels/seek-sense-share/01-hangzhou-bikes.json', 'utf8')) as {
  title: { en: string };
  city: Named;
  contacts: Named[];
  solution: Array<{ a: string; b: string; kind: 'team' | 'community' | 'network' }>;
};
const KIND = { team: 'Work team', community: 'Community of practice', network: 'Social network' } as const;
const nameOf = (id: string): string => (id === level.city.id ? level.city : level.contacts.find((c) => c.id === id)!).name.en;

const browser = sharedBrowser();

async function focused(page: Page): Promise<string> {
  return page.evaluate(() => (document.activeElement?.textContent ?? '').trim());
}

/** Arrow keys move along the contacts (one group); stops on the named one. */
async function arrowTo(page: Page, name: string, key = 'ArrowRight'): Promise<void> {
  for (let i = 0; i <= level.contacts.length + 1; i++) {
    if ((await focused(page)) === name || (await focused(page)).startsWith(name)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`arrow keys never reached ${name} (at ${await focused(page)})`);
}

async function pressed(page: Page, name: string): Promise<boolean> {
  return (await page.getByRole('button', { name, exact: true }).getAttribute('aria-pressed')) === 'true';
}

async function status(page: Page, text: string | RegExp): Promise<void> {
  await page
    .getByRole('status')
    .filter({ hasText: text })
    .waitFor({ state: 'attached', timeout: 5000 })
    .catch(async (e: unknown) => {
      throw new Error(`status never said ${String(text)}; it says "${await page.getByRole('status').textContent()}" (${String(e)})`);
    });
}

/** From the title screen to level 1's network, past the brief, with the keyboard. */
async function startLevel1(page: Page): Promise<void> {
  await openLevel(page, 'Seek, sense, share', level.title.en);
  // The brief comes first, with its Start button focused.
  await page.getByRole('region', { name: 'The challenge' }).waitFor({ state: 'attached' });
  expect(await focused(page)).toBe('Start building');
  await page.keyboard.press('Enter');
  await page.getByRole('button', { name: nameOf(level.city.id), exact: true }).waitFor();
  expect(await focused(page)).toBe(nameOf(level.city.id));
}

/** Chooses the two ends with Enter (first end kept between ties) and the kind from the panel. */
async function tie(page: Page, a: string, b: string, kind: keyof typeof KIND): Promise<void> {
  if (!(await pressed(page, nameOf(a)))) {
    await arrowTo(page, nameOf(a));
    await page.keyboard.press('Enter');
  }
  await arrowTo(page, nameOf(b));
  await page.keyboard.press('Enter');
  // Focus jumps to the tie kinds; arrow keys move among them.
  expect(await focused(page)).toMatch(/^Work team: /);
  await arrowTo(page, KIND[kind], 'ArrowDown');
}

describe('Seek, sense, share', () => {
  it('builds level 1 from its solution, runs SEEK, SENSE and SHARE, and reaches the results with a star', async () => {
    const { page, problems, context } = await open(browser(), URL());
    await startLevel1(page);
    for (const t of level.solution) {
      await tie(page, t.a, t.b, t.kind);
      await page.keyboard.press('Enter');
      await status(page, `Tied ${nameOf(t.a)} and ${nameOf(t.b)}: ${KIND[t.kind]}.`);
      // Focus is back on the contact just tied, and its description lists the new tie.
      expect(await focused(page)).toBe(nameOf(t.b));
    }
    const desc = await describedBy(page, `node-${level.city.id}`);
    for (const t of level.solution) expect(desc).toContain(nameOf(t.b));
    await tabTo(page, 'Run the flow');
    await page.keyboard.press('Enter');
    await status(page, /Choose Next step/);
    expect(await focused(page)).toBe('Next step');
    for (const [n, step] of [
      [1, 'SEEK'],
      [2, 'SENSE'],
      [3, 'SHARE'],
    ] as const) {
      await page.keyboard.press('Enter');
      await status(page, `Step ${n} of 3: ${step} ✓ Worked`);
    }
    expect(await focused(page)).toBe('See the results');
    await page.keyboard.press('Enter');
    await onScreen(page, 'Results');
    const scoreText = await page.evaluate(() => [...document.querySelectorAll('.a11y-layer p')].map((p) => p.textContent).join(' '));
    const stars = Number(/(\d) of 3 stars/.exec(scoreText)?.[1] ?? 0);
    expect(stars).toBeGreaterThanOrEqual(1);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('announces a refused tie with its reason, and keeps the budget', async () => {
    const { page, problems, context } = await open(browser(), URL());
    await startLevel1(page);
    // Two work teams spend 4 of the 5 goodwill; the wary commission asks one more for any tie, so 2 for a community.
    await tie(page, level.city.id, 'hangzhou', 'team');
    await page.keyboard.press('Enter');
    await status(page, /^Tied /);
    await tie(page, level.city.id, 'cyclists', 'team');
    await page.keyboard.press('Enter');
    await status(page, /1 goodwill left/);
    await tie(page, level.city.id, 'province', 'community');
    // The panel already says why before the player tries it (the button's description), and says it again after.
    const why = await describedBy(page, 'kind-community');
    expect(why).toBe('✗ Not enough goodwill left for this tie.');
    await page.keyboard.press('Enter');
    await status(page, 'Not done: Not enough goodwill left for this tie. 4 time and 1 goodwill left.');
    // Nothing was built: the commission still has no tie to the city.
    const desc = await describedBy(page, 'node-province');
    expect(desc).not.toContain('community of practice with');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('also ties by dragging from one contact to another', async () => {
    const { page, problems, context } = await open(browser(), URL());
    await startLevel1(page);
    const centre = async (name: string): Promise<{ x: number; y: number }> => {
      const b = (await page.getByRole('button', { name, exact: true }).boundingBox())!;
      return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    };
    const a = await centre(nameOf(level.city.id));
    const b = await centre(nameOf('hangzhou'));
    await page.mouse.move(a.x, a.y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(a.x + ((b.x - a.x) * i) / 10, a.y + ((b.y - a.y) * i) / 10);
    await page.mouse.up();
    await status(page, `Tie ${nameOf(level.city.id)} with ${nameOf('hangzhou')}: choose the kind of tie.`);
    expect(await focused(page)).toMatch(/^Work team: /);
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('Seek, sense, share by touch', () => {
  for (const size of [
    { name: 'a phone', width: 390, height: 844 },
    { name: 'a booth screen', width: 1920, height: 1080 },
  ]) {
    it(`ties two contacts by dragging a finger from one to the other on ${size.name}`, async () => {
      const { page, problems, context } = await open(browser(), URL(), { width: size.width, height: size.height, touch: true });
      await startLevel1(page);
      const a = await centreOf(page.getByRole('button', { name: nameOf(level.city.id), exact: true }));
      const b = await centreOf(page.getByRole('button', { name: nameOf('hangzhou'), exact: true }));
      await touchDrag(page, a, b);
      await status(page, `Tie ${nameOf(level.city.id)} with ${nameOf('hangzhou')}: choose the kind of tie.`);
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});

function URL(): string {
  return process.env.ARCADE_URL ?? '';
}
