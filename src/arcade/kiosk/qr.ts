// The take-home card's QR code, made in the browser with no network (lean-qr): a short link, the arcade's public
// address (VITE_PUBLIC_URL at build time, else this app's address) with the visitor's result in its fragment
// (core/takeHome), which a phone opens on the result page. Version 5 at most, drawn with modules of at least 4 mm.
import { generate, correction, type Bitmap2D } from 'lean-qr';
import { getLang } from '../../core/i18n';
import { dayKey } from '../../core/leaderboard';
import { takeHomeUrl, type TakeHomeResult } from '../../core/takeHome';
import type { ResultsData } from '../flow';

/** Canvas pixels per module of a workshop link's code (CSS scales it to its box). */
const WORKSHOP_MODULE_PX = 5;
/** The largest QR version the card uses: 37 modules a side, which still fit a laptop's screen at 4 mm each. */
const MAX_VERSION = 5;
/** The quiet zone round the code, in modules (the standard asks for 4). */
export const QR_QUIET = 4;
/** 4 mm in CSS px (1 CSS px is 0.2646 mm at 96 dpi), rounded up to whole pixels so modules stay sharp. */
export const MIN_MODULE_PX = Math.ceil(4 / 0.2646);

/** Where self-learners find the arcade: set at build time, or the address this page was loaded from. */
export function publicUrl(): string {
  return publicUrlSet() || new URL('./', location.href).href;
}

/** The address set at build time (VITE_PUBLIC_URL), or '' when the build had none. */
export function publicUrlSet(): string {
  return ((import.meta.env.VITE_PUBLIC_URL as string | undefined) ?? '').trim();
}

/** The result as the card's link carries it: the language the visitor played in and the booth's day. */
function takeHome(r: ResultsData): TakeHomeResult {
  const max = Math.max(0, Math.round(r.summary.maxScore));
  return {
    gameId: r.gameId,
    levelId: r.level.id,
    score: Math.min(max, Math.max(0, Math.round(r.summary.score))),
    maxScore: max,
    stars: r.summary.stars,
    lang: getLang(),
    day: dayKey(Date.now()),
  };
}

/** The card's link: the public address with the result in the fragment (the address alone if that cannot be). */
export function cardUrl(r: ResultsData): string {
  try {
    return takeHomeUrl(publicUrl(), takeHome(r));
  } catch {
    return publicUrl();
  }
}

function code(text: string): Bitmap2D | null {
  try {
    return generate(text, { minCorrectionLevel: correction.L, maxVersion: MAX_VERSION });
  } catch {
    return null;
  }
}

/** The card's code: the link, or the public address alone when the address is too long for both (the panel warns). */
export function cardCode(url: string): Bitmap2D | null {
  return code(url) ?? code(url.split('#')[0]!);
}

/** Whether a result fits in the code beside this address (the operator panel warns when it does not). */
export function resultFits(address: string): boolean {
  const longest: TakeHomeResult = { gameId: 'g', levelId: 'l', score: 36 ** 4 - 1, maxScore: 36 ** 4 - 1, stars: 3, lang: 'en', day: '2147-01-01' };
  try {
    return code(takeHomeUrl(address, longest)) !== null;
  } catch {
    return false;
  }
}

/** Draws a code on a canvas, black modules on white with the quiet zone, `unit` canvas pixels a module. */
function paint(canvas: HTMLCanvasElement, qr: Bitmap2D, unit: number): void {
  const side = (qr.size + 2 * QR_QUIET) * unit;
  canvas.width = side;
  canvas.height = side;
  const g = canvas.getContext('2d');
  if (!g) return;
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, side, side);
  g.fillStyle = '#000000';
  for (let y = 0; y < qr.size; y++) {
    for (let x = 0; x < qr.size; x++) if (qr.get(x, y)) g.fillRect((x + QR_QUIET) * unit, (y + QR_QUIET) * unit, unit, unit);
  }
}

/** The card's code, `px` CSS px a module in whole device pixels, so no module blurs into its neighbour. */
export function drawCardQr(canvas: HTMLCanvasElement, qr: Bitmap2D, px: number): void {
  paint(canvas, qr, Math.max(1, Math.round(px * (window.devicePixelRatio || 1))));
}

/** Draws any text's code (the workshop link), scaled to its box by CSS. */
export function drawQr(canvas: HTMLCanvasElement, text: string): void {
  paint(canvas, generate(text, { minCorrectionLevel: correction.M }), WORKSHOP_MODULE_PX);
}
