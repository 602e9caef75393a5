// Facilitator role-play in a real Chromium: the world café played to the debrief with the keyboard only, taking the
// best choice read from the scenario file, with the live region, the order of the choices and Step back checked.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { onScreen, open, openLevel, sharedBrowser, tabTo, toLevelSelect } from './browser';

interface Text {
  en: string;
}
interface Node {
  speaker?: string;
  text?: Text;
  next?: string;
  choices?: Array<{ text: Text; quality: string; next: string }>;
  ending?: { title: Text; text: Text; tone: string };
}
const scenario = JSON.parse(readFileSync('levels/facilitator/world-cafe.json', 'utf8')) as {
  title: Text;
  setting: Text;
  start: string;
  nodes: Record<string, Node>;
  recap: Text[];
};

const browser = sharedBrowser();

async function focused(page: Page): Promise<string> {
  return page.evaluate(() => (document.activeElement?.textContent ?? '').trim());
}

/** The choice buttons in DOM (reading and arrow-key) order, with whether each is disabled. */
async function choiceButtons(page: Page): Promise<Array<{ name: string; disabled: boolean }>> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLButtonElement>('.a11y-layer button[data-group="choices"]')].map((b) => ({
      name: (b.textContent ?? '').trim(),
      disabled: b.getAttribute('aria-disabled') === 'true',
    })),
  );
}

/** The decision whose choices are on screen, found by the texts of its buttons (shown in a shuffled order). */
function decisionOf(names: string[]): [string, Node] {
  const key = (texts: string[]): string => [...texts].sort().join('|');
  const hit = Object.entries(scenario.nodes).find(([, n]) => n.choices && key(n.choices.map((c) => c.text.en)) === key(names));
  if (!hit) throw new Error(`no decision has the choices ${names.join(' / ')}`);
  return hit;
}

async function status(page: Page): Promise<string> {
  return (await page.getByRole('status').textContent()) ?? '';
}

/** Moves focus with the arrow keys within the choices group to the named button, then presses Enter. */
async function chooseByArrows(page: Page, name: string): Promise<void> {
  for (let i = 0; i < 8 && (await focused(page)) !== name; i++) await page.keyboard.press('ArrowDown');
  expect(await focused(page)).toBe(name);
  await page.keyboard.press('Enter');
}

async function openWorldCafe(page: Page): Promise<void> {
  await openLevel(page, 'Facilitator role-play', scenario.title.en);
}

describe('Facilitator role-play', () => {
  it('plays the world café to the debrief with the keyboard only, announcing lines, with Step back', async () => {
    const { page, problems, context } = await open(browser(), URL());
    await openWorldCafe(page);
    // The setting comes first, then the first line is announced with its speaker; Continue has focus each time.
    await page.getByRole('status').filter({ hasText: scenario.setting.en }).waitFor({ state: 'attached' });
    expect(await focused(page)).toBe('Continue');
    await page.keyboard.press('Enter');
    const first = scenario.nodes[scenario.start]!;
    await page.getByRole('status').filter({ hasText: first.text!.en }).waitFor({ state: 'attached' });
    expect(await status(page)).toContain('Karim Benali');
    expect(await focused(page)).toBe('Continue');

    let steppedBack = false;
    const seen: string[] = [];
    for (let step = 0; step < 80; step++) {
      const name = await focused(page);
      if (name === 'Debrief') break;
      if (name === 'Continue') {
        const before = await status(page);
        await page.keyboard.press('Enter');
        // Every Continue brings a new announcement (a consequence or the next line).
        await page.waitForFunction((b) => (document.querySelector('[role="status"]')?.textContent ?? '') !== b, before);
        continue;
      }
      // A decision: the choices are buttons right after the line, in the round's shuffled order; the best one is
      // found by its text in the level file, never by its place.
      const buttons = await choiceButtons(page);
      expect(buttons.length).toBeGreaterThanOrEqual(2);
      const [id, node] = decisionOf(buttons.map((b) => b.name));
      seen.push(id);
      // The line is announced with its choices (the live region is emptied, then filled, so it is read again).
      await page.getByRole('status').filter({ hasText: node.text!.en }).waitFor({ state: 'attached' });
      const qualityOf = (name: string): string => node.choices!.find((c) => c.text.en === name)!.quality;
      const best = buttons.findIndex((b) => qualityOf(b.name) === 'best');
      const pick = buttons[best]?.disabled ? buttons.findIndex((b) => !b.disabled) : best;
      if (!steppedBack && seen.length === 3) {
        // Take a poor move, see its consequence, then step back to this very decision.
        const poor = buttons.findIndex((b) => !b.disabled && qualityOf(b.name) === 'poor');
        await chooseByArrows(page, buttons[poor]!.name);
        await page.getByRole('status').filter({ hasText: 'What happens' }).waitFor({ state: 'attached' });
        await tabTo(page, 'Step back');
        await page.keyboard.press('Enter');
        await page.getByRole('status').filter({ hasText: node.text!.en }).waitFor({ state: 'attached' });
        expect((await choiceButtons(page)).map((b) => b.name)).toEqual(buttons.map((b) => b.name));
        steppedBack = true;
      }
      await chooseByArrows(page, buttons[pick]!.name);
      await page.getByRole('status').filter({ hasText: 'What happens' }).waitFor({ state: 'attached' });
      expect(await focused(page)).toBe('Continue');
    }
    expect(steppedBack).toBe(true);
    expect(seen.length).toBeGreaterThanOrEqual(12);
    expect(await focused(page)).toBe('Debrief');

    // The ending: its title, the score per role and the method's steps are on the screen.
    const ending = Object.values(scenario.nodes).find((n) => n.ending?.tone === 'good')!.ending!;
    expect(await status(page)).toContain(ending.title.en);
    const layer = (await page.locator('.a11y-layer').textContent()) ?? '';
    expect(layer).toContain('Score per role');
    expect(layer).toMatch(/Architect: \d+ of 100/);
    const recap = (await page.getByRole('region', { name: 'The steps of the method' }).textContent()) ?? '';
    for (const step of scenario.recap) expect(recap).toContain(step.en);
    expect(recap).toContain('Where it fits in seek, sense, share');
    expect(recap).toContain('A world café serves sense and share');

    // The transcript opens, reads back earlier lines and closes again.
    await tabTo(page, 'Read earlier lines');
    await page.keyboard.press('Enter');
    const transcript = (await page.getByRole('region', { name: 'Earlier lines' }).textContent()) ?? '';
    expect(transcript).toContain(first.text!.en);
    await tabTo(page, 'Close the earlier lines');
    await page.keyboard.press('Enter');
    expect(await focused(page)).toBe('Read earlier lines');

    await tabTo(page, 'Debrief');
    await page.keyboard.press('Enter');
    await onScreen(page, 'Results');
    const details = (await page.getByRole('region', { name: 'Your answers, one by one' }).textContent()) ?? '';
    for (const id of seen) expect(details).toContain(scenario.nodes[id]!.text!.en);
    const scoreText = await page.evaluate(() => [...document.querySelectorAll('.a11y-layer p')].map((p) => p.textContent).join(' '));
    expect(scoreText).toContain('3 of 3 stars');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('resumes a session after a reload at the consequence of the last choice, and Escape closes the earlier lines', async () => {
    const { page, problems, context } = await open(browser(), URL());
    await openWorldCafe(page);
    await page.getByRole('button', { name: 'Continue' }).press('Enter');
    await page.getByRole('status').filter({ hasText: scenario.nodes[scenario.start]!.text!.en }).waitFor({ state: 'attached' });
    await page.getByRole('button', { name: 'Continue' }).press('Enter');
    const decision = scenario.nodes[scenario.nodes[scenario.start]!.next!]!;
    const firstChoice = decision.choices![0]!;
    await page.getByRole('button', { name: firstChoice.text.en }).waitFor();
    const shown = (await choiceButtons(page)).map((b) => b.name);
    await page.getByRole('button', { name: firstChoice.text.en }).press('Enter');
    await page.getByRole('status').filter({ hasText: 'What happens' }).waitFor({ state: 'attached' });
    // Escape closes the earlier lines rather than pausing; a second Escape pauses.
    await page.getByRole('button', { name: 'Read earlier lines' }).press('Enter');
    await page.getByRole('region', { name: 'Earlier lines' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('region', { name: 'Earlier lines' }).waitFor({ state: 'detached' });
    await page.keyboard.press('Escape');
    await onScreen(page, 'Paused');
    await page.getByRole('button', { name: 'Quit to the games' }).press('Enter');
    await onScreen(page, 'Choose a game');
    await page.reload();
    await toLevelSelect(page, 'Facilitator role-play');
    await page.getByRole('button', { name: /^1\. / }).press('Enter');
    await onScreen(page, scenario.title.en);
    await page.getByRole('status').filter({ hasText: 'What happens' }).waitFor({ state: 'attached' });
    expect(await focused(page)).toBe('Continue');
    // Step back is offered: the choice was remembered across the reload.
    expect(await page.getByRole('button', { name: 'Step back' }).getAttribute('aria-disabled')).toBeNull();
    // Stepping back after the reload shows the decision's choices in the order dealt before it.
    await page.getByRole('button', { name: 'Step back' }).press('Enter');
    await page.getByRole('status').filter({ hasText: decision.text!.en }).waitFor({ state: 'attached' });
    expect((await choiceButtons(page)).map((b) => b.name)).toEqual(shown);
    expect(problems).toEqual([]);
    await context.close();
  });
});

function URL(): string {
  return process.env.ARCADE_URL ?? '';
}
