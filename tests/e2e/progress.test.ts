// A self-learner's progress goes with them: saved from Settings to a file, restored on another device (a fresh
// browser), merged with what is there, and a file that is not one is refused with its fault named.
import { describe, expect, it } from 'vitest';
import { readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onScreen, open, sharedBrowser, URL } from './browser';

const browser = sharedBrowser();

const save = {
  version: 2,
  settings: { sound: true, music: false, volume: 0.8, reducedMotion: false, textScale: 1, lang: 'en' },
  levels: { 'cynefin/first-sort': { best: 42, stars: 2, attempts: 3, lastPlayed: 1_700_000_000_000 } },
  rounds: {},
};
const learning = {
  library: [
    {
      gameId: 'cynefin',
      levelTitle: { en: 'First sort' },
      title: { en: 'A garden shed' },
      explanation: { en: 'The rules answer it.' },
      metAt: 1_700_000_000_000,
    },
  ],
  checks: {},
};
const seeded = `localStorage.getItem('learning-arcade/save') || (localStorage.setItem('learning-arcade/save', ${JSON.stringify(JSON.stringify(save))}), localStorage.setItem('learning-arcade/learning', ${JSON.stringify(JSON.stringify(learning))}));`;

describe('progress in a file of the player’s own', () => {
  it('is saved from Settings and restored in a fresh browser, merged with what is there', async () => {
    const first = await open(browser(), URL(), { init: seeded });
    await onScreen(first.page, 'Title screen');
    await first.page.getByRole('button', { name: 'Settings' }).click();
    await onScreen(first.page, 'Settings');
    const [file] = await Promise.all([first.page.waitForEvent('download'), first.page.getByRole('button', { name: 'Save my progress to a file' }).click()]);
    const text = await readFile((await file.path())!, 'utf8');
    expect(JSON.parse(text)).toMatchObject({ kind: 'learning-arcade-progress', levels: save.levels, library: learning.library });
    expect(first.problems).toEqual([]);
    await first.context.close();

    // Another device: nothing saved yet but one level of its own.
    const other = `localStorage.setItem('learning-arcade/save', ${JSON.stringify(JSON.stringify({ ...save, levels: { 'facilitator/fishbowl': { best: 50, stars: 3, attempts: 1, lastPlayed: 1 } } }))})`;
    const second = await open(browser(), URL(), { init: `localStorage.getItem('seeded') || (localStorage.setItem('seeded', '1'), ${other})` });
    const { page } = second;
    await onScreen(page, 'Title screen');
    await page.getByRole('button', { name: 'Settings' }).click();
    await onScreen(page, 'Settings');
    const path = join(tmpdir(), `progress-${Date.now()}.json`);
    // A file that is not a progress file: refused, its fault named, nothing changed.
    await writeFile(path, JSON.stringify({ kind: 'something-else' }));
    let [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Restore progress from a file' }).click()]);
    await chooser.setFiles(path);
    await page
      .locator('[data-id="flash"]')
      .getByText(/is not a progress file of the arcade \(kind: .+\)\. Nothing was changed\./)
      .waitFor();
    await writeFile(path, text);
    [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Restore progress from a file' }).click()]);
    await chooser.setFiles(path);
    await page.locator('[data-id="flash"]').getByText('Progress restored and added to what was here: 1 level, 1 explanation.').waitFor();
    const levels = await page.evaluate(() => JSON.parse(localStorage.getItem('learning-arcade/save')!).levels);
    expect(Object.keys(levels).sort()).toEqual(['cynefin/first-sort', 'facilitator/fishbowl']);
    expect(levels['cynefin/first-sort']).toMatchObject({ best: 42, stars: 2 });
    // What they learned is in their library again.
    await page.getByRole('button', { name: 'Back' }).first().click();
    await onScreen(page, 'Title screen');
    await page.getByRole('button', { name: 'What I learned' }).click();
    await page.getByText('A garden shed').first().waitFor({ state: 'attached' });
    expect(second.problems).toEqual([]);
    await second.context.close();
  });
});
