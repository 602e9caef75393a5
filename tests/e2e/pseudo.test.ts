// The pseudo-locale (?lang=pseudo): every text about 40% longer, accented and bracketed, through the layout audit
// at projector, 4:3 and phone sizes, so overflow shows before any translator starts. Navigation is by control id,
// since every accessible name is pseudo-translated too.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { open, sharedBrowser } from './browser';
import { auditScreens } from './audit';

const browser = sharedBrowser();
const SIZES = [
  { name: 'projector 1920x1080', width: 1920, height: 1080 },
  { name: '4:3 1024x768', width: 1024, height: 768 },
  { name: 'phone upright 390x844', width: 390, height: 844 },
];

const button = (page: Page, id: string) => page.locator(`.a11y-layer .a11y-scope:not([inert]) button[data-id="${id}"]`).first();
const press = async (page: Page, id: string): Promise<void> => {
  await button(page, id).waitFor();
  await button(page, id).click();
};

describe('the pseudo-locale', () => {
  it('translates what the player sees and reads', async () => {
    const { page, problems, context } = await open(browser(), `${process.env.ARCADE_URL ?? ''}?lang=pseudo`);
    await button(page, 'play').waitFor();
    const name = (await button(page, 'play').textContent()) ?? '';
    expect(name).toMatch(/^\[Þĺáý/);
    expect(await page.evaluate(() => document.querySelector('.a11y-layer h1')?.textContent ?? '')).toMatch(/^\[Ţíţĺé/);
    expect(problems).toEqual([]);
    await context.close();
  });

  for (const size of SIZES) {
    it(`passes the layout audit at ${size.name}`, async () => {
      const { page, problems, context } = await open(browser(), `${process.env.ARCADE_URL ?? ''}?lang=pseudo`, { width: size.width, height: size.height });
      const screens: Array<[string, () => Promise<void>]> = [
        ['title', async () => button(page, 'play').waitFor()],
        ['picker', async () => press(page, 'play')],
        [
          'level select',
          async () => {
            await press(page, 'game-cynefin');
            await button(page, 'level-0').waitFor();
          },
        ],
        [
          'cynefin board',
          async () => {
            await press(page, 'level-0');
            await button(page, 'card').waitFor();
          },
        ],
        [
          'cynefin question',
          async () => {
            await press(page, 'domain-complex');
            await page.locator('.a11y-layer button[data-id^="opt-"]').first().waitFor();
          },
        ],
        [
          'pause',
          async () => {
            await page.keyboard.press('Escape');
            await button(page, 'resume').waitFor();
          },
        ],
        [
          'settings',
          async () => {
            await press(page, 'quit');
            await press(page, 'back');
            await press(page, 'settings');
            await button(page, 'sound').waitFor();
          },
        ],
        [
          'sss brief',
          async () => {
            await press(page, 'back');
            await press(page, 'play');
            await press(page, 'game-seek-sense-share');
            await press(page, 'level-0');
            await button(page, 'pause').waitFor();
          },
        ],
        [
          'facilitator',
          async () => {
            await page.keyboard.press('Escape');
            await press(page, 'quit');
            await press(page, 'game-facilitator');
            await press(page, 'level-0');
            await button(page, 'pause').waitFor();
          },
        ],
      ];
      expect(await auditScreens(page, screens)).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  }
});
