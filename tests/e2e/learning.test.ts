// The self-learner's path in a real Chromium: the primer, the before-and-after check taken twice and compared,
// the library holding an explanation met in a round (and found by search), and the closing recap.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { onScreen, open, playCynefinToResults, sharedBrowser, toLevelSelect, URL } from './browser';
import { firstForm } from '../../src/core/check';

const browser = sharedBrowser();
type Question = {
  id: string;
  concept: string;
  prompt: { en: string };
  answer: string;
  options: Array<{ id: string; text: { en: string } }>;
  explanation: { en: string };
};
const check = JSON.parse(readFileSync('src/games/cynefin/check.json', 'utf8')) as {
  concepts: Array<{ id: string; label: { en: string } }>;
  forms: { a: Question[]; b: Question[] };
};
/** A kept seed that makes form A this player's first Cynefin check (the draw is the arcade's own). */
const seedForA = (() => {
  for (let seed = 0; ; seed++) if (firstForm(seed, 'cynefin') === 'a') return seed;
})();
const level1 = JSON.parse(readFileSync('levels/cynefin/01-first-sort.json', 'utf8')) as { cards: Array<{ text: { en: string }; explanation: { en: string } }> };

const live = (page: Page, id: string) => page.locator(`.a11y-layer .a11y-scope:not([inert]) button[data-id="${id}"]`);

/** Answers one form of the check on screen: every question right, or every question with a wrong option. Nothing
 * says right or wrong while it runs: the next question comes at once. */
async function takeCheck(page: Page, form: Question[], right: boolean): Promise<void> {
  await live(page, 'start').click();
  for (let i = 0; i < form.length; i++) {
    const region = page.getByRole('region', { name: `Question ${i + 1} of ${form.length}` });
    await region.waitFor();
    const panel = (await region.textContent()) ?? '';
    const q = form.find((x) => panel.includes(x.prompt.en))!;
    expect(q, `question on screen: ${panel}`).toBeDefined();
    const want = q.options.find((o) => (right ? o.id === q.answer : o.id !== q.answer))!;
    await page.getByRole('button', { name: want.text.en, exact: true }).click();
    // No verdict and no explanation between questions (after the last, the form's end screen comes: its own checks).
    if (i < form.length - 1) {
      await page.getByRole('region', { name: `Question ${i + 2} of ${form.length}` }).waitFor();
      expect(await page.evaluate(() => document.querySelector('.a11y-layer')?.textContent ?? '')).not.toContain(q.explanation.en);
    }
  }
}

describe('the self-learner', () => {
  it('reads the primer, takes form A with no feedback, plays a level, takes form B and sees the gain per concept', async () => {
    const { page, problems, context } = await open(browser(), URL());
    await page.evaluate((seed) => localStorage.setItem('learning-arcade/learning', JSON.stringify({ library: [], checks: {}, formSeed: seed })), seedForA);
    await page.reload();
    await onScreen(page, 'Title screen');
    await toLevelSelect(page, 'Cynefin sorting');
    await page.getByRole('button', { name: 'Primer: the ideas in two minutes' }).click();
    // The primer loads with its game's folder: wait for its text, then read it.
    await page
      .getByRole('region')
      .filter({ hasText: /Snowden/ })
      .first()
      .waitFor({ state: 'attached' });
    await live(page, 'done').click();
    await page.getByRole('button', { name: 'Check what you know first (2 min)' }).click();
    await takeCheck(page, check.forms.a, false);
    // After the first check: thanks, and not a word of how it went.
    const first = (await page.getByRole('region', { name: 'Your check' }).textContent()) ?? '';
    expect(first).toContain('your starting point is saved');
    expect(first).not.toMatch(/ of \d+|right|wrong/i);
    for (const q of check.forms.a) expect(first).not.toContain(q.explanation.en);
    await live(page, 'done').click();
    // A level played through to its results.
    await page.getByRole('button', { name: /^1\. / }).click();
    await playCynefinToResults(page);
    await onScreen(page, 'Results');
    await page.goto(URL());
    await onScreen(page, 'Title screen');
    await toLevelSelect(page, 'Cynefin sorting');
    await page.getByRole('button', { name: /Take the check again|See what you learned/ }).click();
    // The second check is form B: other questions on the same ideas.
    await takeCheck(page, check.forms.b, true);
    const result = (await page.getByRole('region', { name: 'Your check' }).textContent()) ?? '';
    const n = check.forms.b.length;
    expect(result).toContain(`Before you started: 0 of ${check.forms.a.length}. Now: ${n} of ${n}. ${n} more right.`);
    // The gain per concept, then both checks explained question by question.
    expect(result).toContain('Idea by idea');
    for (const k of check.concepts)
      expect(result).toMatch(new RegExp(`${k.label.en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: 0 of \\d+ before, (\\d+) of \\1 now \\(better\\)\\.`));
    for (const q of [...check.forms.a, ...check.forms.b]) expect(result).toContain(q.explanation.en);
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
    const words = card.text.en
      .split(/\s+/)
      .filter((w) => w.length > 6)
      .slice(0, 2)
      .join(' ');
    await page.getByRole('searchbox', { name: 'Search' }).fill(words);
    await page
      .getByRole('status')
      .filter({ hasText: /explanation/ })
      .first()
      .waitFor();
    const other = level1.cards.find((c) => !c.text.en.includes(words.split(' ')[0]!))!.text.en;
    // The list narrows as the search is read: wait for the other card to leave it.
    await expect.poll(async () => (await library.textContent()) ?? '').not.toContain(other);
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
