// Draws the arcade's app icon as SVG and renders it to the PNG sizes a web app manifest needs, in the Chromium the
// tests use (scripts/browser.mjs): no download, no image library. Run `node scripts/make-icons.mjs` after changing
// the drawing; public/icons/ is committed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { launchChromium } from './browser.mjs';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icons');
mkdirSync(out, { recursive: true });

/** Three linked city blocks on the arcade's navy; `pad` shrinks the drawing into the maskable safe zone. */
function icon(pad) {
  const s = 512;
  const inner = s - 2 * pad;
  const k = inner / 512;
  const at = (x) => pad + x * k;
  const block = (x, w, h, fill) =>
    `<rect x="${at(x)}" y="${at(380 - h)}" width="${w * k}" height="${h * k}" rx="${10 * k}" fill="${fill}"/>` +
    `<rect x="${at(x + w / 2 - 12)}" y="${at(380 - h + 24)}" width="${24 * k}" height="${24 * k}" fill="#ffd166"/>`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${s}" height="${s}" viewBox="0 0 ${s} ${s}">` +
    `<rect width="${s}" height="${s}" fill="#14213d"/>` +
    `<rect x="${at(40)}" y="${at(380)}" width="${432 * k}" height="${18 * k}" rx="${9 * k}" fill="#2b3b63"/>` +
    block(60, 100, 170, '#4c6fa8') +
    block(206, 100, 250, '#6b8fc9') +
    block(352, 100, 150, '#4c6fa8') +
    `<path d="M${at(110)} ${at(190)} Q ${at(180)} ${at(80)} ${at(256)} ${at(110)} Q ${at(332)} ${at(80)} ${at(402)} ${at(210)}" stroke="#ffb703" stroke-width="${14 * k}" fill="none" stroke-dasharray="${26 * k} ${18 * k}" stroke-linecap="round"/>` +
    `<circle cx="${at(110)}" cy="${at(190)}" r="${18 * k}" fill="#ffb703"/><circle cx="${at(256)}" cy="${at(110)}" r="${18 * k}" fill="#ffb703"/><circle cx="${at(402)}" cy="${at(210)}" r="${18 * k}" fill="#ffb703"/>` +
    `</svg>\n`
  );
}

writeFileSync(join(out, 'icon.svg'), icon(24));
const browser = await launchChromium();
const page = await browser.newPage();
for (const [name, size, pad] of [
  ['icon-192.png', 192, 24],
  ['icon-512.png', 512, 24],
  ['maskable-512.png', 512, 80],
  ['apple-touch-icon.png', 180, 24],
]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<html><body style="margin:0;background:#14213d"><img src="data:image/svg+xml;base64,${Buffer.from(icon(pad)).toString('base64')}" width="${size}" height="${size}" style="display:block"></body></html>`,
  );
  await page.screenshot({ path: join(out, name), clip: { x: 0, y: 0, width: size, height: size } });
  console.log(`${name}: ${size}x${size}`);
}
await browser.close();
