// A trainer's own level files in a real Chromium: a valid one is kept across a reload while three broken ones
// (bad JSON, a wrong value deep in a pretty-printed file, markup and an unknown field) are each refused with a
// message naming the line, the column and the field, shown as text; nothing kept is lost.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { onScreen, open, sharedBrowser, toLevelSelect, URL } from './browser';

const browser = sharedBrowser();

type Level = { id: string; title: { en: string }; order: number; cards: Array<{ id: string; domains: Array<{ domain: string }> }> } & Record<string, unknown>;

function shipped(): Level {
  return JSON.parse(readFileSync('levels/cynefin/01-first-sort.json', 'utf8')) as Level;
}

async function openFile(page: Page, name: string, text: string): Promise<void> {
  const button = page.getByRole('button', { name: 'Open a level file…' });
  await button.waitFor();
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), button.press('Enter')]);
  await chooser.setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

/** The error screen's text for a refused file, then back to the level select. */
async function refused(page: Page, name: string, text: string): Promise<string> {
  await openFile(page, name, text);
  await onScreen(page, 'A level could not be opened');
  const shown = (await page.getByRole('region', { name: 'A level could not be opened' }).textContent()) ?? '';
  await page.keyboard.press('Escape');
  await onScreen(page, /choose a level/);
  return shown;
}

/** 1-based line of the first occurrence of `needle` in `text`. */
function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}

describe('a trainer’s own level files', () => {
  it('keeps a valid level across a reload, and refuses three broken ones naming line, column and field', async () => {
    const { page, problems, context } = await open(browser(), URL());
    await onScreen(page, 'Title screen');
    await toLevelSelect(page, 'Cynefin sorting');
    const base = shipped();
    const mine = { ...base, id: 'tuesday-room', title: { en: 'Tuesday room' }, order: 60, cards: base.cards.map((c) => ({ ...c, id: `tue-${c.id}` })) };
    await openFile(page, 'tuesday-room.json', JSON.stringify(mine, null, 2));
    await page.getByRole('button', { name: 'Tuesday room', exact: true }).waitFor();

    // 1. Not JSON: a trailing comma on line 3.
    const broken1 = '{\n  "schemaVersion": 1,\n  "id": "x",\n}\n';
    const t1 = await refused(page, 'comma.json', broken1);
    expect(t1).toContain('comma.json');
    expect(t1).toMatch(/Line 4, column 1/);

    // 2. A wrong value deep in a pretty-printed file: the card's domain, on its own line.
    const wrong = structuredClone(mine) as Level;
    wrong.id = 'tuesday-wrong';
    wrong.cards[2]!.domains[0]!.domain = 'chaos';
    const text2 = JSON.stringify(wrong, null, 2);
    const t2 = await refused(page, 'wrong-domain.json', text2);
    expect(t2).toContain('Field: cards[2].domains[0].domain');
    expect(t2).toContain(`Line ${lineOf(text2, '"chaos"')}, column`);
    expect(t2).toContain('chaos');

    // 3. Markup in the title and a field the format does not have: shown as text, the field named where it is.
    const hostile = { ...structuredClone(mine), id: 'tuesday-markup', title: { en: '<img src=x onerror="window.__pwned=1">Tuesday' }, colour: '<b>red</b>' };
    const text3 = JSON.stringify(hostile, null, 2);
    const t3 = await refused(page, 'markup.json', text3);
    expect(t3).toContain('colour');
    expect(t3).toContain(`Line ${lineOf(text3, '"colour"')}, column`);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

    // The valid level is still kept, after a reload too; the shipped levels still play.
    await page.reload();
    await onScreen(page, 'Title screen');
    await toLevelSelect(page, 'Cynefin sorting');
    await page.getByRole('button', { name: 'Tuesday room', exact: true }).press('Enter');
    await onScreen(page, 'Tuesday room');
    await page.getByRole('button', { name: /^Situation card/ }).waitFor();
    expect(await page.evaluate(() => localStorage.getItem('learning-arcade/own-levels') ?? '')).not.toContain('tuesday-wrong');
    expect(problems).toEqual([]);
    await context.close();
  });
});
