// Layout in a real Chromium, from a 16:9 projector to a phone held upright: every control is inside the
// screen and at least 44 CSS px, no canvas text is under 16 px, and the build runs from a sub-path.
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sharedBrowser, onScreen, open, playCynefinToResults, settled } from './browser';
import { auditScreens } from './audit';
import { serve } from '../../scripts/serve.mjs';

const browser = sharedBrowser();

const SIZES = [
  { name: 'projector 1920x1080', width: 1920, height: 1080, textScale: 1 },
  { name: '4:3 1024x768', width: 1024, height: 768, textScale: 1 },
  { name: 'phone upright 390x844', width: 390, height: 844, textScale: 1 },
  { name: 'phone upright 390x844 with the largest text', width: 390, height: 844, textScale: 1.5 },
];

/** A save with the given text size (and anything else of a save's), written before the arcade starts. */
function withTextScale(textScale: number, more: object = {}): string | undefined {
  if (textScale === 1 && Object.keys(more).length === 0) return undefined;
  const save = {
    version: 2,
    settings: { sound: true, music: false, volume: 0.8, reducedMotion: false, textScale, lang: 'en' },
    levels: {},
    rounds: {},
    ...more,
  };
  return `localStorage.setItem('learning-arcade/save', ${JSON.stringify(JSON.stringify(save))});`;
}

/** The live screen's buttons by id: whether each is whole inside the window, without scrolling anything. */
async function inWindow(page: Page): Promise<Record<string, boolean>> {
  return page.evaluate(() =>
    Object.fromEntries(
      [...document.querySelectorAll<HTMLElement>('.a11y-layer .a11y-scope:not([inert]) button')].map((b) => {
        const r = b.getBoundingClientRect();
        return [b.dataset.id ?? '', r.top >= -1 && r.left >= -1 && r.bottom <= innerHeight + 1 && r.right <= innerWidth + 1 && !b.closest('.scroll-area')];
      }),
    ),
  );
}

describe('layout from projector to phone', () => {
  for (const size of SIZES) {
    it(`keeps every control on screen, >= 44 px, and text >= 16 px at ${size.name}`, async () => {
      const { page, problems, context } = await open(browser(), process.env.ARCADE_URL ?? '', {
        width: size.width,
        height: size.height,
        init: withTextScale(size.textScale),
      });
      const screens: Array<[string, () => Promise<void>]> = [
        ['title', async () => onScreen(page, 'Title screen')],
        [
          'picker',
          async () => {
            await page.getByRole('button', { name: 'Play', exact: true }).click();
            await onScreen(page, 'Choose a game');
          },
        ],
        [
          'level select',
          async () => {
            await page.getByRole('button', { name: 'Cynefin sorting', exact: true }).click();
            await page.getByRole('button', { name: /^1\. / }).waitFor();
          },
        ],
        [
          'cynefin board',
          async () => {
            await page.getByRole('button', { name: /^1\. / }).click();
            await page.getByRole('button', { name: /^Situation card/ }).waitFor();
          },
        ],
        [
          'cynefin question',
          async () => {
            await page.getByRole('button', { name: 'Place in Complex' }).click();
            await page.locator('.a11y-layer .a11y-scope:not([inert]) button[data-id^="opt-"]').first().waitFor();
          },
        ],
        [
          'pause',
          async () => {
            await page.keyboard.press('Escape');
            await onScreen(page, 'Paused');
          },
        ],
        [
          'settings',
          async () => {
            await page.getByRole('button', { name: 'Quit to the games' }).click();
            await page.getByRole('button', { name: 'Back' }).click();
            await page.getByRole('button', { name: 'Settings' }).click();
            await onScreen(page, 'Settings');
          },
        ],
      ];
      expect(await auditScreens(page, screens)).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  for (const size of SIZES) {
    it(`holds the same for Seek, sense, share and the Facilitator role-play at ${size.name}`, async () => {
      const { page, problems, context } = await open(browser(), process.env.ARCADE_URL ?? '', {
        width: size.width,
        height: size.height,
        init: withTextScale(size.textScale),
      });
      const continueOn = async (): Promise<void> => {
        await page
          .locator('.a11y-layer button', { hasText: /^Continue/ })
          .first()
          .click();
      };
      const screens: Array<[string, () => Promise<void>]> = [
        [
          'sss brief',
          async () => {
            await page.getByRole('button', { name: 'Play', exact: true }).click();
            await page.getByRole('button', { name: 'Seek, sense, share', exact: true }).click();
            await page.getByRole('button', { name: /^1\. / }).click();
            await page.getByRole('button', { name: 'Start building' }).waitFor();
          },
        ],
        [
          'sss network',
          async () => {
            await page.getByRole('button', { name: 'Start building' }).click();
            await page.getByRole('button', { name: 'Taiyuan city team', exact: true }).waitFor();
          },
        ],
        [
          'sss pair',
          async () => {
            await page.getByRole('button', { name: 'Taiyuan city team', exact: true }).click();
            await page.getByRole('button', { name: 'University transport lab', exact: true }).click();
            await page
              .getByRole('button', { name: /^Work team/ })
              .first()
              .waitFor();
          },
        ],
        [
          'facilitator setting',
          async () => {
            await page.keyboard.press('Escape');
            await page.getByRole('button', { name: 'Quit to the games' }).click();
            await page.getByRole('button', { name: 'Facilitator role-play', exact: true }).click();
            await page.getByRole('button', { name: /^1\. / }).click();
            await page
              .locator('.a11y-layer button', { hasText: /^Continue/ })
              .first()
              .waitFor();
          },
        ],
        ['facilitator dialogue', continueOn],
      ];
      expect(await auditScreens(page, screens)).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  // The crowded screens of the shell at the largest text, which the walk above does not reach at these sizes: each
  // control whole in the window (none left to a scroll area), at least 44 px, none on another.
  for (const [width, height] of [
    [1920, 1080],
    [1024, 768],
  ] as const) {
    it(`keeps every settings row, and four results buttons, in the window at ${width}x${height} with the largest text`, async () => {
      // A star on the first level (the next one opens) and a workshop whose teams take turns (its export): four buttons.
      const star = { levels: { 'cynefin/first-sort': { best: 1, stars: 1, attempts: 1, lastPlayed: 1 } } };
      const { page, problems, context } = await open(browser(), `${process.env.ARCADE_URL ?? ''}?mode=workshop&game=cynefin&teams=2&play=turns&lang=en`, {
        width,
        height,
        init: withTextScale(1.5, star),
      });
      const screens: Array<[string, () => Promise<void>]> = [
        [
          'settings',
          async () => {
            await onScreen(page, 'Run a workshop');
            await page.getByRole('button', { name: 'Back' }).first().click();
            await page.getByRole('button', { name: 'Settings' }).click();
            await onScreen(page, 'Settings');
          },
        ],
        [
          'results',
          async () => {
            await page.keyboard.press('Escape');
            await page.getByRole('button', { name: 'Workshop', exact: true }).click();
            await page.getByRole('button', { name: 'Start the workshop' }).click();
            await playCynefinToResults(page);
            await page.locator('.a11y-layer button[data-id="next"]').waitFor();
          },
        ],
      ];
      const report = await auditScreens(page, screens.slice(0, 1));
      const settings = await inWindow(page);
      report.push(...(await auditScreens(page, screens.slice(1))));
      const results = await inWindow(page);
      expect(report).toEqual([]);
      expect(Object.keys(settings)).toContain('progress-load');
      expect(Object.entries(settings).filter(([, ok]) => !ok)).toEqual([]);
      expect(Object.keys(results)).toEqual(expect.arrayContaining(['next', 'again', 'levels', 'export']));
      expect(Object.entries(results).filter(([, ok]) => !ok)).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it('keeps Continue, Play and the four buttons under them in the window on a phone with the largest text', async () => {
    const round = { rounds: { cynefin: { levelId: 'first-sort', state: {}, savedAt: 5, levelTitle: { en: 'First sort' } } } };
    const { page, problems, context } = await open(browser(), process.env.ARCADE_URL ?? '', { width: 390, height: 844, init: withTextScale(1.5, round) });
    expect(await auditScreens(page, [['title', async () => onScreen(page, 'Title screen')]])).toEqual([]);
    const title = await inWindow(page);
    expect(Object.keys(title)).toEqual(['continue', 'play', 'settings', 'library', 'recap', 'workshop']);
    expect(Object.entries(title).filter(([, ok]) => !ok)).toEqual([]);
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.id)).toBe('continue');
    expect(problems).toEqual([]);
    await context.close();
  });

  it('re-lays out when the window turns from landscape to portrait', async () => {
    const { page, problems, context } = await open(browser(), process.env.ARCADE_URL ?? '', { width: 1280, height: 720 });
    await onScreen(page, 'Title screen');
    // The title draws again once its picture has loaded: measure the layout that stays.
    await settled(page);
    const before = await page.getByRole('button', { name: 'Play', exact: true }).boundingBox();
    await page.setViewportSize({ width: 390, height: 844 });
    // The Play button was centred on 1280 px; it is centred on 390 px once the layout is recomputed.
    expect(before!.x + before!.width / 2).toBeCloseTo(640, -1);
    await page.waitForFunction(() => {
      const b = document.querySelector('.a11y-layer button[data-id="play"]')?.getBoundingClientRect();
      return !!b && Math.abs(b.left + b.width / 2 - 195) < 2;
    });
    const after = await page.getByRole('button', { name: 'Play', exact: true }).boundingBox();
    expect(after!.x + after!.width).toBeLessThanOrEqual(390);
    expect(await page.getByRole('button', { name: 'Play', exact: true }).evaluate((b) => b === document.activeElement)).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('runs from a sub-path of a static host', async () => {
    const sub = await serve(process.env.ARCADE_DIST ?? 'dist', 0, '/learning/arcade/');
    try {
      const { page, problems, context } = await open(browser(), sub.url);
      await onScreen(page, 'Title screen');
      await page.getByRole('button', { name: 'Play', exact: true }).click();
      await page.getByRole('button', { name: 'Cynefin sorting', exact: true }).click();
      await page.getByRole('button', { name: /^1\. / }).waitFor();
      expect(problems).toEqual([]);
      await context.close();
    } finally {
      await sub.close();
    }
  });
});
