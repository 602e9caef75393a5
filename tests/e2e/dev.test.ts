// `npm start`: the dev server's page, as a developer or a trainer trying their own levels sees it. It runs the full
// prebuilt Phaser and Vite's own injected styles, not the build's page, so it is checked on its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';
import { onScreen, open, sharedBrowser } from './browser';

const browser = sharedBrowser();
let server: ViteDevServer | null = null;

beforeAll(async () => {
  server = await createServer({ configFile: 'vite.config.ts', logLevel: 'error', server: { host: '127.0.0.1', port: 0, strictPort: false } });
  await server.listen();
});
afterAll(async () => {
  await server?.close();
});

describe('the dev server (npm start)', () => {
  it('shows the title with the accessible layer styled over the canvas, and no error or policy violation', async () => {
    const url = server?.resolvedUrls?.local[0];
    if (!url) throw new Error('the dev server gave no address');
    const { page, problems, context } = await open(browser(), url);
    await onScreen(page, 'Title screen');
    await page.getByRole('button', { name: 'Play' }).waitFor();
    // The layer's style came in (Vite injects it as an inline style on the dev server): its buttons sit over the
    // canvas, not as a row of page buttons above it.
    const layout = await page.evaluate(() => {
      const layer = document.querySelector('.a11y-layer');
      const canvas = document.querySelector('canvas');
      return {
        layer: layer ? getComputedStyle(layer).position : 'none',
        canvasTop: canvas?.getBoundingClientRect().top ?? -1,
        policy: document.head.querySelector('meta[http-equiv="Content-Security-Policy"]') !== null,
      };
    });
    expect(layout).toEqual({ layer: 'absolute', canvasTop: 0, policy: true });
    expect(problems).toEqual([]);
    await context.close();
  });
});
