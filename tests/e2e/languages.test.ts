// French and Spanish for everything: a player picks the language in the settings, and the shell, the games' words
// and the levels' own texts come in it (level translations from overlay files), kept after a reload.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { onScreen, open, sharedBrowser } from './browser';

const browser = sharedBrowser();
const URL = (): string => process.env.ARCADE_URL ?? '';
const button = (page: Page, id: string) => page.locator(`.a11y-layer .a11y-scope:not([inert]) button[data-id="${id}"]`).first();
const heading = (page: Page): Promise<string> => page.evaluate(() => document.querySelector('.a11y-layer h1')?.textContent ?? '');

const CASES = [
  { lang: 'fr', name: 'Français', title: 'Écran d’accueil', picker: 'Choisir un jeu' },
  { lang: 'es', name: 'Español', title: 'Pantalla de inicio', picker: 'Elige un juego' },
] as const;

describe('playing in French or Spanish', () => {
  for (const c of CASES) {
    it(`switches to ${c.name} in the settings, and the shell, a game and its level speak it, after a reload too`, async () => {
      const { page, problems, context } = await open(browser(), URL());
      await onScreen(page, 'Title screen');
      await button(page, 'settings').click();
      await onScreen(page, 'Settings');
      // The language button goes round the languages on offer: press until ours is named.
      for (let i = 0; i < 4 && !((await button(page, 'lang').textContent()) ?? '').includes(c.name); i++) {
        await button(page, 'lang').click();
        await page.waitForTimeout(300);
      }
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(c.lang);
      await page.reload();
      await page.waitForFunction((t) => document.querySelector('.a11y-layer h1')?.textContent === t, c.title);
      await button(page, 'play').click();
      await page.waitForFunction((t) => document.querySelector('.a11y-layer h1')?.textContent === t, c.picker);
      // The games' own names are in the language too, not only the shell's words.
      const own = JSON.parse(readFileSync(`src/games/cynefin/names/${c.lang}.json`, 'utf8')) as { title: string };
      expect(await button(page, 'game-cynefin').textContent()).toContain(own.title);
      await button(page, 'game-cynefin').click();
      await button(page, 'level-0').waitFor();
      await button(page, 'level-0').click();
      await button(page, 'card').waitFor();
      // The situation on the card is the level's own translation.
      const overlay = JSON.parse(readFileSync(`levels/cynefin/01-first-sort.${c.lang}.json`, 'utf8')) as Record<string, { text: string }>;
      const cardTexts = Object.entries(overlay).filter(([p]) => /^\/cards\/\d+\/text$/.test(p)).map(([, e]) => e.text);
      const card = (await button(page, 'card').textContent()) ?? '';
      expect(cardTexts.some((t) => card.includes(t))).toBe(true);
      // And the game's own words (they load with the game, after the language was chosen) are in it too.
      const words = JSON.parse(readFileSync(`src/games/cynefin/strings/${c.lang}.json`, 'utf8')) as Record<string, string>;
      expect(card.startsWith(words['card.label']!.split('{')[0]!)).toBe(true);
      expect(await heading(page)).not.toBe('');
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});
