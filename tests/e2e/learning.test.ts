// The self-learner's path in a real Chromium: the primer, the before-and-after check taken twice and compared,
// the library holding an explanation met in a round (and found by search), and the closing recap.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { onScreen, open, playCynefinToResults, sharedBrowser, toLevelSelect } from './browser';

const browser = sharedBrowser();
const URL = (): string => process.env.ARCADE_URL ?? '';
const check = JSON.parse(readFileSync('levels/checks/cynefin.json', 'utf8')) as {
  questions: Array<{ prompt: { en: string }; answer: string; options: Array<{ id: string; text: { en: string } }> }>;
};
const level1 = JSON.parse(readFileSync('levels/cynefin/01-first-sort.json', 'utf8')) as { cards: Array<{ text: { en: string }; explanation: { en: string } }> };

const live = (page: Page, id: string) => page.locator(`.a11y-layer .a11y-scope:not([inert]) button[data-id="${id}"]`);

/** Answers the check on screen: every question right, or every question with a wrong option. */
async function takeCheck(page: Page, right: boolean): Promise<void> {
  await live(page, 'start').click();
  for (let i = 0; i < check.questions.length; i++) {
    const panel = (await page.getByRole('region', { name: /^Question \d of/ }).textContent()) ?? '';
    const q = check.questions.find((x) => panel.includes(x.prompt.en))!;
    expect(q, `question on screen: ${panel}`).toBeDefined();
    const want = q.options.find((o) => (right ? o.id === q.answer : o.id !== q.answer))!;
    await page.getByRole('button', { name: want.text.en, exact: true }).click();
    await live(page, 'next').click();
  }
}

describe('the self-learner', () => {
  it('reads the primer, takes the check before and after, and sees the change', async () => {
    const { page, problems, context } = await open(browser(), URL());
    await onScreen(page, 'Title screen');
    await toLevelSelect(page, 'Cynefin sorting');
    await page.getByRole('button', { name: 'Primer: the ideas in two minutes' }).click();
    expect((await page.getByRole('region').first().textContent()) ?? '').toMatch(/Snowden/);
    await live(page, 'done').click();
    await page.getByRole('button', { name: 'Check what you know first (2 min)' }).click();
    await takeCheck(page, false);
    expect((await page.getByRole('region', { name: 'Your check' }).textContent()) ?? '').toContain(`0 of ${check.questions.length} right before you start`);
    await live(page, 'done').click();
    // The "before" is kept; the next check is the "after", compared with it.
    await page.getByRole('button', { name: /Take the check again|See what you learned/ }).click();
    await takeCheck(page, true);
    const result = (await page.getByRole('region', { name: 'Your check' }).textContent()) ?? '';
    expect(result).toContain(`Before you started: 0 of ${check.questions.length}. Now: ${check.questions.length} of ${check.questions.length}. ${check.questions.length} more right.`);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('finds an explanation met in a round in “What I learned”, and by searching for it', async () => {
    const { page, problems, context } = await open(browser(), URL());
    await onScreen(page, 'Title screen');
    await toLevelSelect(page, 'Cynefin sorting');
    await page.getByRole('button', { name: /^1\. / }).click();
    await playCynefinToResults(page);
    await onScreen(page, 'Results');
    await page.goto(URL());
    await onScreen(page, 'Title screen');
    await page.getByRole('button', { name: 'What I learned' }).click();
    await onScreen(page, 'What I learned');
    const library = page.getByRole('region', { name: /Every explanation you have met/ });
    const card = level1.cards[0]!;
    expect((await library.textContent()) ?? '').toContain(card.explanation.en);
    // Search narrows the list to what matches.
    const words = card.text.en.split(/\s+/).filter((w) => w.length > 6).slice(0, 2).join(' ');
    await page.getByRole('searchbox', { name: 'Search' }).fill(words);
    await page.getByRole('status').filter({ hasText: /explanation/ }).first().waitFor();
    await page.waitForTimeout(400);
    const text = (await library.textContent()) ?? '';
    expect(text).toContain(card.text.en);
    expect(text).not.toContain(level1.cards.find((c) => !c.text.en.includes(words.split(' ')[0]!))!.text.en);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('shows the closing recap of what the games teach and what makes a learning game work', async () => {
    const { page, problems, context } = await open(browser(), URL());
    await onScreen(page, 'Title screen');
    await page.getByRole('button', { name: 'What to take home' }).click();
    await onScreen(page, 'What to take home');
    const recap = (await page.getByRole('region', { name: 'What to take home' }).textContent()) ?? '';
    expect(recap).toContain('What the three games teach');
    expect(recap).toContain('What makes a learning game work');
    expect(recap).toMatch(/safe-to-fail/);
    await page.keyboard.press('Escape');
    await onScreen(page, 'Title screen');
    expect(problems).toEqual([]);
    await context.close();
  });
});
