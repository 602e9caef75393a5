// Pure layout of Cynefin sorting: named rectangles for the placing screen (card, board) and the feedback screen
// (feedback, question, options, next) from the screen size and text scale, for 16:9, 4:3 and phone portrait.
// It starts from the arcade's metrics for the size and scale (ui/layout's computeLayout, which the scene already
// has), taken as a plain value so this file stays free of the view.
import type { Rect } from '../../core/rect';

/** What this layout needs of the arcade's layout (ui/layout.ts `Layout` has all of it). */
export interface BaseMetrics {
  w: number;
  h: number;
  portrait: boolean;
  pad: number;
  gap: number;
  font: { small: number; body: number; large: number; title: number };
  /** A standard button's height (>= 44 px). */
  buttonH: number;
  /** Everything below the header. */
  body: Rect;
}

export type QuadrantDomain = 'complex' | 'complicated' | 'chaotic' | 'clear';

/** The usual arrangement: Complex top-left, Complicated top-right, Chaotic bottom-left, Clear bottom-right. */
export const QUADRANT: Record<QuadrantDomain, readonly [col: 0 | 1, row: 0 | 1]> = {
  complex: [0, 0],
  complicated: [1, 0],
  chaotic: [0, 1],
  clear: [1, 1],
};

/** The card column's share of a wide screen, and its widest (a card wider than this reads badly). */
const CARD_SHARE_WIDE = 0.36;
const CARD_MAX_W = 560;
/** The card's share of an upright screen, and its tallest. */
const CARD_SHARE_TALL = 0.36;
const CARD_MAX_H = 300;
/** Confused's circle, as a share of the smaller side of a quadrant. */
const CONFUSED_SHARE = 0.62;
/** Widest Next button; an option button is at most this many standard button heights. */
const NEXT_MAX_W = 420;
/** Widest feedback panel once both verdicts are shown on a wide screen (lines longer than this read badly). */
const FEEDBACK_MAX_W = 1200;
const OPTION_MAX_H = 2.2;
/** Upright: the question and its options take at most this share of the height, the feedback the rest. */
const QUESTION_SHARE_TALL = 0.68;
/** Lines an option's own text (a sentence written for the card) is given at the small size, upright. */
const OPTION_LINES = 3;
/** The smallest option button (the arcade's smallest standard button; tap targets need 44 px). */
const MIN_OPTION_H = 48;
/** Typical lengths (characters) of the prompt and the question, for reserving lines before any text is drawn. */
const PROMPT_CHARS = 36;
const QUESTION_CHARS = 48;

export interface CynefinLayout<B extends BaseMetrics = BaseMetrics> {
  /** Fonts, margins and the header, shared with the arcade. */
  ui: B;
  hud: Rect;
  /** Placing screen. */
  prompt: Rect;
  card: Rect;
  board: Rect;
  quadrants: Record<QuadrantDomain, Rect>;
  /** The bounding square of Confused's circle in the centre of the board (drawn only where the level shows it). */
  confused: Rect;
  /** Asking: the placed card beside (wide) or above (upright) the second question. Revealing: both verdicts
   * (feedbackNext) above the Next button. */
  feedback: Rect;
  feedbackNext: Rect;
  question: Rect;
  options: Rect[];
  next: Rect;
}

/** Height of `lines` lines of text at a font size (Phaser's line height with the arcade's 4 px spacing). */
export function linesHeight(font: number, lines: number): number {
  return Math.ceil(lines * (font * 1.25 + 4));
}

/** Lines a text of about `chars` characters takes in a width (1 to 3). */
function linesFor(chars: number, font: number, width: number): number {
  return Math.max(1, Math.min(3, Math.ceil((chars * 0.55 * font) / Math.max(1, width))));
}

/** The second question's heading size: large on a wide screen, the body size upright. */
export function questionFontOf(ui: Pick<BaseMetrics, 'portrait' | 'font'>): number {
  return ui.portrait ? ui.font.body : ui.font.large;
}

/** `ui` is the arcade's layout for the screen's width, height and text scale; `options` how many answers the
 * second question offers. */
export function cynefinLayout<B extends BaseMetrics>(ui: B, o: { options: number }): CynefinLayout<B> {
  const { body, gap, pad, font, buttonH, portrait } = ui;
  const hud = { x: body.x, y: body.y, w: body.w, h: linesHeight(font.small, portrait ? 2 : 1) };
  const top = hud.y + hud.h + gap;
  const area = { x: body.x, y: top, w: body.w, h: body.y + body.h - top };

  // Wide: card on the left, board on the right. Upright: card above, board below.
  const cardArea = portrait ? { ...area, h: Math.min(area.h * CARD_SHARE_TALL, CARD_MAX_H) } : { ...area, w: Math.min(area.w * CARD_SHARE_WIDE, CARD_MAX_W) };
  const board = portrait
    ? { x: area.x, y: area.y + cardArea.h + gap, w: area.w, h: area.h - cardArea.h - gap }
    : { x: area.x + cardArea.w + pad, y: area.y, w: area.w - cardArea.w - pad, h: area.h };
  const prompt = { x: cardArea.x, y: cardArea.y, w: cardArea.w, h: linesHeight(font.body, linesFor(PROMPT_CHARS, font.body, cardArea.w)) };
  const card = { x: cardArea.x, y: prompt.y + prompt.h + gap, w: cardArea.w, h: cardArea.y + cardArea.h - prompt.y - prompt.h - gap };

  const qw = (board.w - gap) / 2;
  const qh = (board.h - gap) / 2;
  const quadrants = {} as Record<QuadrantDomain, Rect>;
  for (const d of Object.keys(QUADRANT) as QuadrantDomain[]) {
    const [cx, cy] = QUADRANT[d];
    quadrants[d] = { x: board.x + cx * (qw + gap), y: board.y + cy * (qh + gap), w: qw, h: qh };
  }
  const size = Math.min(qw, qh) * CONFUSED_SHARE;
  const confused = { x: board.x + board.w / 2 - size / 2, y: board.y + board.h / 2 - size / 2, w: size, h: size };

  // Feedback screen: wide, the feedback where the card was and the question or Next where the board was;
  // upright, the question (or Next) at the bottom and the feedback above it.
  let feedback: Rect;
  let feedbackNext: Rect;
  let answers: Rect;
  let nextArea: Rect;
  const n = Math.max(1, o.options);
  // Upright, the question is set at the body size: the card above it and four options below need the room.
  const questionFont = questionFontOf(ui);
  if (portrait) {
    const questionH = linesHeight(questionFont, linesFor(QUESTION_CHARS, questionFont, area.w));
    // The share gives way before an option falls under a comfortable tap target.
    const optionNeed = Math.max(buttonH, linesHeight(font.small, OPTION_LINES) + font.small);
    const reserve = Math.max(Math.min(area.h * QUESTION_SHARE_TALL, questionH + gap + n * (optionNeed + gap)), questionH + n * (MIN_OPTION_H + gap));
    answers = { x: area.x, y: area.y + area.h - reserve, w: area.w, h: reserve };
    const nextReserve = buttonH * 1.2 + gap * 2;
    nextArea = { x: area.x, y: area.y + area.h - nextReserve, w: area.w, h: nextReserve };
    feedback = { x: area.x, y: area.y, w: area.w, h: answers.y - gap - area.y };
    feedbackNext = { x: area.x, y: area.y, w: area.w, h: nextArea.y - gap - area.y };
  } else {
    // Asking: the placed card where it was, the question where the board was. Revealing: both verdicts need room,
    // so the feedback spans the screen (at a readable line length) with Next under it.
    feedback = cardArea;
    answers = board;
    const nextReserve = buttonH * 1.2 + gap * 2;
    const fw = Math.min(area.w, FEEDBACK_MAX_W);
    feedbackNext = { x: area.x + (area.w - fw) / 2, y: area.y, w: fw, h: area.h - nextReserve - gap };
    nextArea = { x: area.x, y: area.y + area.h - nextReserve, w: area.w, h: nextReserve };
  }
  const question = { x: answers.x, y: answers.y, w: answers.w, h: linesHeight(questionFont, linesFor(QUESTION_CHARS, questionFont, answers.w)) };
  const cols = portrait || n > 4 ? 1 : 2;
  const rows = Math.ceil(n / cols);
  const optTop = question.y + question.h + gap;
  const optMax = portrait ? Math.max(buttonH * OPTION_MAX_H, linesHeight(font.small, OPTION_LINES) + font.small) : buttonH * OPTION_MAX_H;
  const optH = Math.min(optMax, (answers.y + answers.h - optTop - gap * (rows - 1)) / rows);
  const optW = (answers.w - gap * (cols - 1)) / cols;
  const options = Array.from({ length: n }, (_, i) => ({
    x: answers.x + (i % cols) * (optW + gap),
    y: optTop + Math.floor(i / cols) * (optH + gap),
    w: optW,
    h: optH,
  }));
  const nextW = Math.min(NEXT_MAX_W, nextArea.w);
  const nextH = buttonH * 1.2;
  const next = { x: nextArea.x + (nextArea.w - nextW) / 2, y: nextArea.y + nextArea.h - gap - nextH, w: nextW, h: nextH };
  return { ui, hud, prompt, card, board, quadrants, confused, feedback, feedbackNext, question, options, next };
}
