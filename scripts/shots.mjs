// Screenshots of the shell's screens at projector and phone sizes, for looking at (not a test).
// Usage: npm run build && node scripts/shots.mjs [outdir]
import { launchChromium } from './browser.mjs';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from './serve.mjs';

const out = process.argv[2] ?? '.shots';
mkdirSync(out, { recursive: true });
const s = await serve(process.env.ARCADE_DIST ?? 'dist');
const browser = await launchChromium();
const sizes = [
  ['wide', 1920, 1080],
  ['phone', 390, 844],
];
const steps = (process.env.SHOTS ?? 'title').split(',');
for (const [name, width, height] of sizes) {
  const ctx = await browser.newContext({ viewport: { width, height } });
  const page = await ctx.newPage();
  page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && console.log(name, m.type(), m.text()));
  page.on('pageerror', (e) => console.log(name, 'pageerror', e.message));
  await page.goto(s.url);
  await page.getByRole('heading', { level: 1, name: 'Title screen' }).waitFor({ state: 'attached' });
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(out, `${name}-title.png`) });
  for (const step of steps) {
    if (step === 'title') continue;
    const [kind, arg] = step.split(':');
    if (kind === 'click')
      await page
        .getByRole('button', { name: new RegExp(arg) })
        .first()
        .click();
    if (kind === 'key') await page.keyboard.press(arg);
    if (kind === 'shot') await (await page.waitForTimeout(400), page.screenshot({ path: join(out, `${name}-${arg}.png`) }));
    await page.waitForTimeout(150);
  }
  await ctx.close();
}
await browser.close();
await s.close();
