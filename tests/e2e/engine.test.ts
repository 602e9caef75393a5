// The lean Phaser build (src/engine/phaser.js), Canvas only: every game's first screen draws and works.
// The core build drops namespaces that Phaser's types still claim, so a missing piece only shows here, at run time.
import type Phaser from 'phaser';
import { describe, expect, it } from 'vitest';
import { onScreen, open, sharedBrowser, toLevelSelect, URL } from './browser';

const browser = sharedBrowser();
const GAMES = ['Cynefin sorting', 'Seek, sense, share', 'Facilitator role-play'];

describe('the lean engine', () => {
  it('opens, pauses and quits every game on Canvas, drawing pixels, with no error and no WebGL context', async () => {
    // Any WebGL context the page asks for, on a canvas or an offscreen one, counted before the page's own scripts run.
    const countWebgl = `(() => { window.__webgl = 0;
      for (const C of [HTMLCanvasElement, globalThis.OffscreenCanvas].filter(Boolean)) { const get = C.prototype.getContext;
        C.prototype.getContext = function (kind, ...rest) { if (/webgl/.test(kind)) window.__webgl++; return get.call(this, kind, ...rest); }; } })()`;
    const { page, problems, context } = await open(browser(), URL(), { init: countWebgl });
    await onScreen(page, 'Title screen');
    // Phaser.CANVAS is 1: the arcade draws on Canvas on every device, and makes no WebGL context to decide it.
    expect(await page.evaluate(() => (window as unknown as { __arcade: { game: { config: { renderType: number } } } }).__arcade.game.config.renderType)).toBe(
      1,
    );
    // No input or loader of Phaser's own (scripts/vite-phaser-lean.mjs): the game has no input manager and the title
    // no input or loader plugin, yet a right click on the canvas opens no menu.
    expect(
      await page.evaluate(() => {
        const game = (window as unknown as { __arcade: { game: Phaser.Game } }).__arcade.game;
        const press = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
        game.canvas.dispatchEvent(press);
        const scenes = game.scene.getScenes(true);
        return {
          manager: 'pointers' in game.input,
          plugins: scenes.map((s) => s.input ?? 'none'),
          loaders: scenes.map((s) => s.load ?? 'none'),
          menu: !press.defaultPrevented,
        };
      }),
    ).toEqual({ manager: false, plugins: ['none'], loaders: ['none'], menu: false });
    // A click on a bare part of the canvas leaves the focus where it was (the title's first button).
    const focused = (): Promise<string | undefined> => page.evaluate(() => document.activeElement?.textContent ?? undefined);
    const before = await focused();
    expect(before).toMatch(/\w/);
    await page.mouse.click(4, 4);
    expect(await focused()).toBe(before);
    // Phaser's default textures, drawn by the engine at once (not decoded from images): its keys, sizes and pixels.
    expect(
      await page.evaluate(() => {
        const textures = (window as unknown as { __arcade: { game: { textures: Phaser.Textures.TextureManager } } }).__arcade.game.textures;
        const white = textures.getPixel(1, 1, '__WHITE');
        return ['__DEFAULT', '__MISSING', '__WHITE']
          .map((k) => {
            const f = textures.getFrame(k);
            return `${k} ${f.width}x${f.height}`;
          })
          .concat(`white ${white?.red},${white?.green},${white?.blue},${white?.alpha}`);
      }),
    ).toEqual(['__DEFAULT 32x32', '__MISSING 32x32', '__WHITE 4x4', 'white 255,255,255,255']);
    for (const game of GAMES) {
      await toLevelSelect(page, game);
      await page.getByRole('button', { name: /^1\. / }).press('Enter');
      await page.getByRole('button', { name: 'Pause' }).waitFor();
      // The canvas holds more than its background colour: a flat 1280x800 PNG is about 4 KB; a drawn game is far more.
      const png = await page.locator('canvas').screenshot();
      expect(png.length).toBeGreaterThan(40_000);
      await page.getByRole('button', { name: 'Pause' }).press('Enter');
      await page.getByRole('button', { name: /Quit/ }).press('Enter');
      await onScreen(page, 'Choose a game');
      await page.keyboard.press('Escape');
      await onScreen(page, 'Title screen');
    }
    // No WebGL context over the title and every game's first screen, and no WebGL renderer in the engine: Phaser's
    // shaders (GLSL source, which survives minifying) are not in the engine's file.
    expect(await page.evaluate(() => (window as unknown as { __webgl: number }).__webgl)).toBe(0);
    const engine = await page.evaluate(async () => {
      const file = performance
        .getEntriesByType('resource')
        .map((e) => e.name)
        .find((n) => /\/assets\/phaser-[^/]*\.js$/.test(n));
      return file ? (await fetch(file)).text() : '';
    });
    expect(engine.length).toBeGreaterThan(100_000);
    expect(/gl_FragColor|precision mediump float/.exec(engine)?.[0] ?? 'no shader source').toBe('no shader source');
    expect(problems).toEqual([]);
    await context.close();
  });
});
