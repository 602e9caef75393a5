// The take-home card's QR code, made in the browser with no network (lean-qr): the visitor's result, a short form
// of the closing recap, and the arcade's public address (VITE_PUBLIC_URL at build time, else this app's address).
import { generate, correction } from 'lean-qr';
import { closingRecap } from '../recap';
import { localize } from '../../core/i18n';
import { gameById } from '../services';
import type { ResultsData } from '../flow';
import { K } from './strings';

/** Pixels per QR module on the card's canvas. */
const MODULE_PX = 5;
/** The quiet zone round the code, in modules (the standard asks for 4). */
const QUIET = 4;

/** Where self-learners find the arcade: set at build time, or the address this page was loaded from. */
export function publicUrl(): string {
  const set = (import.meta.env.VITE_PUBLIC_URL as string | undefined)?.trim();
  return set || new URL('./', location.href).href;
}

/** The first sentence of a text, in its language's way of ending sentences. */
function firstSentence(text: string, lang: string): string {
  const seg = new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text)[Symbol.iterator]().next();
  return seg.done ? text : seg.value.segment.trim();
}

/** The text the QR code carries: result, the recap's first sentences, the public address; one line each. */
export function qrText(r: ResultsData): string {
  const game = gameById(r.gameId);
  const lang = document.documentElement.lang || 'en';
  const lines = [
    K('qr.head', { game: game ? localize(game.title) : r.gameId, level: localize(r.level.title) }),
    K('qr.score', { score: r.summary.score, max: r.summary.maxScore, stars: r.summary.stars }),
    K('qr.takeHome'),
    ...(closingRecap()[0]?.points ?? []).map((p) => K('qr.point', { point: firstSentence(p, lang) })),
    K('qr.more', { url: publicUrl() }),
  ];
  return lines.join('\n');
}

/** Draws the code on a canvas, black modules on white with the quiet zone; returns its side in CSS px. */
export function drawQr(canvas: HTMLCanvasElement, text: string): number {
  const code = generate(text, { minCorrectionLevel: correction.M });
  const side = (code.size + 2 * QUIET) * MODULE_PX;
  canvas.width = side;
  canvas.height = side;
  const g = canvas.getContext('2d');
  if (!g) return side;
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, side, side);
  g.fillStyle = '#000000';
  for (let y = 0; y < code.size; y++) {
    for (let x = 0; x < code.size; x++) if (code.get(x, y)) g.fillRect((x + QUIET) * MODULE_PX, (y + QUIET) * MODULE_PX, MODULE_PX, MODULE_PX);
  }
  return side;
}
