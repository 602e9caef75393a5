// The Cynefin level editor in a real Chromium: a level made in the editor (a field's message shown and then gone once
// fixed, a card with part credit, a card moved up), saved to Your levels, played to its results, exported as a file
// and that file opened again from the level select; the draft surviving a reload and a full storage; the layout.
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { onScreen, open, playCynefinToResults, sharedBrowser, toLevelSelect, URL } from './browser';
import { auditScreens } from './audit';
import { addCard, newDraft, setLevel, toFileText, updateCard, updateDomain, updateOption, type Draft } from '../../src/games/cynefin/editor';

const browser = sharedBrowser();

/** What a screen reader says after a field's name: its hint and its message (aria-describedby). */
async function description(page: Page, field: string): Promise<string> {
  return page.evaluate((field) => {
    const el = document.querySelector(`[data-field="${CSS.escape(field)}"]`);
    const ids = (el?.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
    return ids
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ')
      .trim();
  }, field);
}

async function invalid(page: Page, field: string): Promise<string | null> {
  return page.locator(`[data-field="${field}"]`).getAttribute('aria-invalid');
}

/** Fills in card n (1-based) completely: a clear-cut card unless told otherwise. */
async function fillCard(page: Page, n: number, situation: string): Promise<void> {
  const card = page.getByRole('group', { name: `Card ${n}`, exact: true });
  await card.getByRole('textbox', { name: 'Situation on the card' }).fill(situation);
  await card.getByRole('combobox', { name: 'Domain 1' }).selectOption('clear');
  await card.getByRole('textbox', { name: 'Why domain 1 fits' }).fill('The rule book already answers it.');
  await card.getByRole('textbox', { name: 'Explanation shown after the card is placed' }).fill('Every fact matches a category the rules cover.');
  // The second question: three moves this city could make, the first the best (it fits Clear).
  const moves = [
    'Check the rule book and answer the resident today.',
    'Ask a consultant to review the whole procedure first.',
    'Try two ways of answering and keep the better one.',
  ];
  for (const [j, text] of moves.entries()) {
    const move = card.getByRole('group', { name: `Move ${j + 1} of card ${n}`, exact: true });
    await move.getByRole('textbox', { name: `Move ${j + 1}` }).fill(text);
    await move.getByRole('textbox', { name: 'Why this move fits or misses' }).fill(j === 0 ? 'The rule already covers it.' : 'Nothing here calls for it.');
  }
  await card
    .getByRole('group', { name: `Move 1 of card ${n}`, exact: true })
    .getByRole('combobox', { name: 'Right move for a reader who chose' })
    .selectOption('clear');
  await card.getByRole('textbox', { name: 'What the best move is, and why' }).fill('Check the facts, match the category, act.');
  await card.getByRole('combobox', { name: 'Tempting neighbour domain' }).selectOption('complicated');
  await card.getByRole('textbox', { name: 'Why the neighbour is not the best fit' }).fill('No specialist is needed.');
}

async function openEditor(page: Page): Promise<void> {
  await toLevelSelect(page, 'Cynefin sorting');
  await page.getByRole('button', { name: 'Make a level' }).click();
  await onScreen(page, 'Level editor');
  await page.getByRole('textbox', { name: 'Title' }).waitFor();
}

/** A complete six-card level made with the editor's own model, as kept under Your levels. */
function keptLevel(): string {
  let d: Draft = setLevel(newDraft(0), { title: 'Kept for the layout' });
  for (let i = 0; i < 6; i++) {
    if (i > 0) d = addCard(d);
    d = updateCard(d, i, {
      text: `Card ${i + 1}`,
      explanation: 'Because.',
      secondExplanation: 'Because.',
      temptingDomain: 'complicated',
      temptingWhy: 'Not needed.',
    });
    d = updateDomain(d, i, 0, { domain: 'clear', why: 'Rules.' });
    for (const j of [0, 1, 2]) d = updateOption(d, i, j, { text: `Move ${j + 1}`, why: 'Because.', ...(j === 0 ? { fits: 'clear' } : {}) });
  }
  const entry = { gameId: 'cynefin', levelId: d.id, file: `${d.id}.json`, text: toFileText(d), addedAt: 0 };
  return `localStorage.setItem('learning-arcade/own-levels', ${JSON.stringify(JSON.stringify([entry]))});`;
}

describe('the Cynefin level editor', () => {
  it('makes a level, saves it, plays it to its results, exports it and opens the export from the level select', async () => {
    const { page, problems, context } = await open(browser(), URL());
    await onScreen(page, 'Title screen');
    await openEditor(page);
    // The editor opens on the title, and the id follows it.
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.field)).toBe('title');
    await page.keyboard.type('Bins and buses');
    expect(await page.getByRole('textbox', { name: 'Level id' }).inputValue()).toBe('bins-and-buses');
    // An id of the trainer's own with capitals and a space: named beside the field; emptied, it follows the title again.
    const id = page.getByRole('textbox', { name: 'Level id' });
    await id.fill('Bins Buses');
    expect(await invalid(page, 'id')).toBe('true');
    expect(await description(page, 'id')).toMatch(/"Bins Buses"/);
    await id.fill('');
    await page.keyboard.press('Tab');
    expect(await id.inputValue()).toBe('bins-and-buses');
    expect(await invalid(page, 'id')).toBeNull();

    // The title in French too: the English one shows as the French field's placeholder until it is written.
    await page.getByRole('combobox', { name: 'Language of the texts' }).selectOption('fr');
    expect(await page.getByRole('textbox', { name: 'Title' }).getAttribute('placeholder')).toBe('Bins and buses');
    await page.getByRole('textbox', { name: 'Title' }).fill('Poubelles et bus');
    await page.getByRole('combobox', { name: 'Language of the texts' }).selectOption('en');
    expect(await page.getByRole('textbox', { name: 'Title' }).inputValue()).toBe('Bins and buses');

    await fillCard(page, 1, 'Bins on Elm Street are collected late: the route sheet puts the street last.');
    // A card without an explanation: the message is beside that field, read with it, and goes once it is written.
    const explanation = page.getByRole('group', { name: 'Card 1', exact: true }).getByRole('textbox', { name: 'Explanation shown after the card is placed' });
    await explanation.fill('');
    await page.locator('[data-field="cards[0].explanation"] + .ed-msg, [data-field="cards[0].explanation"] ~ .ed-msg').first().waitFor();
    expect(await invalid(page, 'cards[0].explanation')).toBe('true');
    expect(await description(page, 'cards[0].explanation')).toMatch(/explanation of card 1/i);
    await explanation.fill('The route sheet already says which street comes first.');
    expect(await invalid(page, 'cards[0].explanation')).toBeNull();
    expect(await description(page, 'cards[0].explanation')).toBe('');

    // Add a card with the keyboard: the focus goes to the new card's situation.
    await page.getByRole('button', { name: 'Add a card' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('group', { name: 'Card 2', exact: true }).waitFor();
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.field)).toBe('cards[1].text');
    await fillCard(page, 2, 'A storm closes the ring road at rush hour and nobody knows for how long.');
    // Card 2 is not clear-cut: chaotic first, with part credit for complex.
    const two = page.getByRole('group', { name: 'Card 2', exact: true });
    await two.getByRole('combobox', { name: 'Domain 1' }).selectOption('chaotic');
    await two.getByRole('button', { name: 'Add a domain with part credit to card 2' }).click();
    await two.getByRole('combobox', { name: 'Domain 2' }).selectOption('complex');
    await two.getByRole('textbox', { name: 'Why domain 2 fits' }).fill('Once the road is safe, what works is found by trying.');
    // Its moves follow: the best one fits Chaotic, and the Complex reading's move earns the same half.
    await two
      .getByRole('group', { name: 'Move 1 of card 2', exact: true })
      .getByRole('combobox', { name: 'Right move for a reader who chose' })
      .selectOption('chaotic');
    const second = two.getByRole('group', { name: 'Move 2 of card 2', exact: true });
    await second.getByRole('combobox', { name: 'Right move for a reader who chose' }).selectOption('complex');
    expect(await page.locator('.ed-status').textContent()).toMatch(/to fix/);
    await second.getByRole('textbox', { name: 'Credit (0 to 1)' }).fill('0.5');
    expect(await page.locator('.ed-status').textContent()).toMatch(/to fix/);
    for (let n = 3; n <= 6; n++) {
      await page.getByRole('button', { name: 'Add a card' }).click();
      await fillCard(page, n, `Routine case number ${n}: a form arrives complete and the rule covers it.`);
    }
    // Card 2 moved to the top: it is first in the file.
    await page.getByRole('button', { name: 'Move card 2 up' }).click();
    expect(await page.getByRole('group', { name: 'Card 1', exact: true }).getByRole('textbox', { name: 'Situation on the card' }).inputValue()).toMatch(
      /^A storm/,
    );
    await page.locator('.ed-status', { hasText: 'Ready: save it, play it or export it.' }).waitFor();

    await page.getByRole('button', { name: 'Save to Your levels' }).click();
    await page.locator('.ed-status', { hasText: 'Bins and buses is kept in this browser' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export as a file' }).click()]);
    expect(download.suggestedFilename()).toBe('bins-and-buses.json');
    const exported = await readFile((await download.path())!, 'utf8');
    const level = JSON.parse(exported) as {
      id: string;
      title: { en: string };
      cards: Array<{ text: { en: string }; domains: Array<{ domain: string; weight: number }> }>;
    };
    expect(level.id).toBe('bins-and-buses');
    expect(level.title).toEqual({ en: 'Bins and buses', fr: 'Poubelles et bus' });
    expect(level.cards).toHaveLength(6);
    expect(level.cards[0]!.text.en).toMatch(/^A storm/);
    expect(level.cards[0]!.domains).toEqual([
      expect.objectContaining({ domain: 'chaotic', weight: 1 }),
      expect.objectContaining({ domain: 'complex', weight: 0.5 }),
    ]);

    // Back to the level select; from Your levels, Edit opens the kept level in the editor.
    await page.getByRole('button', { name: 'Back' }).first().click();
    await page.getByRole('button', { name: 'Your levels' }).click();
    await onScreen(page, 'Your levels');
    await page.getByRole('button', { name: 'Edit Bins and buses in the level editor' }).click();
    await onScreen(page, 'Level editor');
    expect(await page.getByRole('textbox', { name: 'Title' }).inputValue()).toBe('Bins and buses');
    await page.getByRole('group', { name: 'Card 6', exact: true }).waitFor();
    await page.locator('.ed-status', { hasText: 'Ready' }).waitFor();

    await page.getByRole('button', { name: 'Play now' }).click();
    await onScreen(page, 'Bins and buses');
    // The deck is dealt shuffled (the game's rule): the card on top is one of the level's own.
    expect(await page.getByRole('button', { name: /^Situation card/ }).textContent()).toMatch(/A storm|Bins on Elm Street|Routine case number/);
    await playCynefinToResults(page);
    await onScreen(page, 'Results');

    // Removed from Your levels, then opened again from the exported file: playable as before.
    await page.getByRole('button', { name: 'Choose a level' }).click();
    await page.getByRole('button', { name: 'Bins and buses', exact: true }).waitFor();
    await page.getByRole('button', { name: 'Your levels' }).click();
    await onScreen(page, 'Your levels');
    await page.getByRole('button', { name: 'Remove Bins and buses from this browser' }).click();
    await page.getByText(/No level of your own is kept/).waitFor({ state: 'attached' });
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /^1\. / }).waitFor();
    expect(await page.getByRole('button', { name: 'Bins and buses', exact: true }).count()).toBe(0);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open a level file…' }).click()]);
    await chooser.setFiles({ name: 'bins-and-buses.json', mimeType: 'application/json', buffer: Buffer.from(exported) });
    const opened = page.getByRole('button', { name: 'Bins and buses', exact: true });
    await opened.waitFor();
    await opened.click();
    await onScreen(page, 'Bins and buses');
    await page.getByRole('button', { name: /^Situation card/ }).waitFor();

    // From the editor straight into a workshop (the draft kept from before): the level is kept again, and the
    // workshop screen opens with it chosen.
    await page.goto(URL());
    await onScreen(page, 'Title screen');
    await openEditor(page);
    expect(await page.getByRole('textbox', { name: 'Title' }).inputValue()).toBe('Bins and buses');
    await page.locator('.ed-status', { hasText: 'Ready' }).waitFor();
    await page.getByRole('button', { name: 'Run in a workshop' }).click();
    await onScreen(page, 'Run a workshop');
    await page.getByRole('button', { name: /^Level: \d+\. Bins and buses/ }).waitFor();
    expect(await page.evaluate(() => location.search)).toContain('level=bins-and-buses');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('keeps the draft across a reload, and goes on when storage is full', async () => {
    const { page, problems, context } = await open(browser(), URL());
    await onScreen(page, 'Title screen');
    await openEditor(page);
    await page.getByRole('textbox', { name: 'Title' }).fill('Half written');
    await page.getByRole('group', { name: 'Card 1', exact: true }).getByRole('textbox', { name: 'Situation on the card' }).fill('A first card, not finished.');
    await page.reload();
    await onScreen(page, 'Title screen');
    await openEditor(page);
    expect(await page.getByRole('textbox', { name: 'Title' }).inputValue()).toBe('Half written');
    expect(await page.getByRole('group', { name: 'Card 1', exact: true }).getByRole('textbox', { name: 'Situation on the card' }).inputValue()).toBe(
      'A first card, not finished.',
    );
    // A reopened draft shows what it still lacks; Save puts the focus on the way on (too few cards: Add a card).
    await page.getByRole('button', { name: 'Save to Your levels' }).click();
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.id)).toBe('add-card');
    expect(await invalid(page, 'cards[0].domains[0].domain')).toBe('true');

    // What the trainer types is text, never markup.
    await page.getByRole('textbox', { name: 'Summary (optional)' }).fill('<img src=x onerror="window.__pwned=1">');
    await page.getByRole('button', { name: 'Add a card' }).click();
    expect(await page.getByRole('textbox', { name: 'Summary (optional)' }).inputValue()).toContain('<img');
    expect(await page.locator('.a11y-layer img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

    // Storage full: typing goes on, the draft is said not to be kept.
    await page.evaluate(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('full', 'QuotaExceededError');
      };
    });
    await page.getByRole('textbox', { name: 'Title' }).fill('Half written, still');
    await page.locator('.ed-status', { hasText: 'no room to keep the draft' }).waitFor();
    expect(await page.getByRole('textbox', { name: 'Title' }).inputValue()).toBe('Half written, still');
    expect(problems).toEqual([]);
    await context.close();
  });

  for (const [name, width, height, textScale] of [
    ['projector 1920x1080 with the largest text', 1920, 1080, 1.5],
    ['4:3 1024x768 with the largest text', 1024, 768, 1.5],
    ['phone upright 390x844 with the largest text', 390, 844, 1.5],
  ] as const) {
    it(`lays out the editor and the screens that lead to it at ${name}`, async () => {
      const save = { version: 2, settings: { sound: true, music: false, volume: 0.8, reducedMotion: false, textScale, lang: 'en' }, levels: {}, rounds: {} };
      const init = `localStorage.setItem('learning-arcade/save', ${JSON.stringify(JSON.stringify(save))}); ${keptLevel()}`;
      const { page, problems, context } = await open(browser(), URL(), { width, height, init });
      await onScreen(page, 'Title screen');
      const screens: Array<[string, () => Promise<void>]> = [
        ['level select', async () => toLevelSelect(page, 'Cynefin sorting')],
        [
          'your levels',
          async () => {
            await page.getByRole('button', { name: 'Your levels' }).click();
            await page.getByRole('button', { name: 'Edit Kept for the layout in the level editor' }).waitFor();
          },
        ],
        [
          'editor on a kept level',
          async () => {
            await page.getByRole('button', { name: 'Edit Kept for the layout in the level editor' }).click();
            await page.getByRole('group', { name: 'Card 6', exact: true }).waitFor();
          },
        ],
        [
          'editor, new level',
          async () => {
            await page.getByRole('button', { name: 'Start a new level' }).click();
            await page.getByRole('button', { name: /Press again/ }).click();
            await page.getByRole('group', { name: 'Card 2', exact: true }).waitFor({ state: 'detached' });
          },
        ],
        [
          'editor with two cards, part credit and every message',
          async () => {
            await page.getByRole('button', { name: 'Add a card' }).click();
            await page.getByRole('button', { name: 'Add a domain with part credit to card 2' }).click();
            await page.getByRole('button', { name: 'Save to Your levels' }).click();
            await page.locator('.ed-msg:not([hidden])').first().waitFor();
          },
        ],
      ];
      expect(await auditScreens(page, screens)).toEqual([]);
      // Nothing of the form spills out of the screen sideways.
      expect(await page.evaluate(() => document.querySelector('.ed-form')!.scrollWidth <= document.querySelector('.ed-form')!.clientWidth)).toBe(true);
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});
