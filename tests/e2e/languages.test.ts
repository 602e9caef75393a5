// French and Spanish for everything: a player picks the language in the settings, and the shell, the games' words
// and the levels' own texts come in it (level translations from overlay files), kept after a reload.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { onScreen, open, playCynefinToResults, sharedBrowser, URL } from './browser';
import { auditScreens } from './audit';

const browser = sharedBrowser();
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
        const was = (await button(page, 'lang').textContent()) ?? '';
        await button(page, 'lang').click();
        await page.waitForFunction((w) => (document.querySelector('.a11y-layer .a11y-scope:not([inert]) button[data-id="lang"]')?.textContent ?? w) !== w, was);
      }
      // The language's tables load, then the page switches: wait for it.
      await page.waitForFunction((l) => document.documentElement.lang === l, c.lang);
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
      const cardTexts = Object.entries(overlay)
        .filter(([p]) => /^\/cards\/\d+\/text$/.test(p))
        .map(([, e]) => e.text);
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

/** A save in a language at the largest text size, written before the arcade starts. */
function savedIn(lang: string): string {
  const save = { version: 2, settings: { sound: true, music: false, volume: 0.8, reducedMotion: false, textScale: 1.5, lang }, levels: {}, rounds: {} };
  return `localStorage.setItem('learning-arcade/save', ${JSON.stringify(JSON.stringify(save))});`;
}

describe('French and Spanish on a phone with the largest text', () => {
  for (const c of CASES) {
    it(`plays a Cynefin level to its results in ${c.name} at 390x844, every screen passing the layout audit`, async () => {
      const { page, problems, context } = await open(browser(), URL(), { width: 390, height: 844, init: savedIn(c.lang) });
      const opt = page.locator('.a11y-layer .a11y-scope:not([inert]) button[data-id^="opt-"]').first();
      const screens: Array<[string, () => Promise<void>]> = [
        ['title', async () => onScreen(page, c.title)],
        [
          'picker',
          async () => {
            await button(page, 'play').click();
            await onScreen(page, c.picker);
          },
        ],
        [
          'level select',
          async () => {
            await button(page, 'game-cynefin').click();
            await button(page, 'level-0').waitFor();
          },
        ],
        [
          'check intro',
          async () => {
            await button(page, 'check').click();
            await button(page, 'start').waitFor();
          },
        ],
        [
          'check question',
          async () => {
            await button(page, 'start').click();
            await button(page, 'opt-0').waitFor();
          },
        ],
        [
          'level select again',
          async () => {
            await page.keyboard.press('Escape');
            await button(page, 'level-0').waitFor();
          },
        ],
        [
          'board',
          async () => {
            await button(page, 'level-0').click();
            await button(page, 'card').waitFor();
          },
        ],
        [
          'second question',
          async () => {
            await button(page, 'domain-complex').click();
            await opt.waitFor();
          },
        ],
        [
          'reveal',
          async () => {
            await opt.click();
            await button(page, 'next').waitFor();
          },
        ],
        [
          'results',
          async () => {
            await playCynefinToResults(page);
            await button(page, 'levels').waitFor();
          },
        ],
      ];
      expect(await auditScreens(page, screens)).toEqual([]);
      // Every word on the results screen is in the chosen language: no English verdict words.
      expect(await heading(page)).not.toBe('Results');
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  for (const c of CASES) {
    it(`opens Seek, sense, share and the facilitator role-play in ${c.name} at 390x844, every screen passing the layout audit`, async () => {
      const { page, problems, context } = await open(browser(), URL(), { width: 390, height: 844, init: savedIn(c.lang) });
      const live = (sel: string) => page.locator(`.a11y-layer .a11y-scope:not([inert]) ${sel}`).first();
      const screens: Array<[string, () => Promise<void>]> = [
        [
          'sss brief',
          async () => {
            await onScreen(page, c.title);
            await button(page, 'play').click();
            await button(page, 'game-seek-sense-share').click();
            await button(page, 'level-0').click();
            await button(page, 'start').waitFor();
          },
        ],
        [
          'sss network',
          async () => {
            await button(page, 'start').click();
            await live('button[data-id^="node-"]').waitFor();
          },
        ],
        [
          'facilitator setting',
          async () => {
            await page.keyboard.press('Escape');
            await button(page, 'quit').click();
            await button(page, 'game-facilitator').click();
            await button(page, 'level-0').click();
            await live('button').waitFor();
            await page.waitForFunction(() => document.querySelector('.a11y-layer h1')?.textContent !== '');
          },
        ],
      ];
      expect(await auditScreens(page, screens)).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});
