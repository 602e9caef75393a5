// The Cynefin layout's rectangles at projector 16:9, 4:3 and phone portrait, at every text size: each inside the
// screen and below the header, none overlapping another on the same screen, every target at least 44 px.
import { describe, expect, it } from 'vitest';
import type { Rect } from '../../../../src/core/rect';
import { computeLayout } from '../../../../src/ui/layout';
import { cynefinLayout, QUADRANT } from '../../../../src/games/cynefin/layout';

const SIZES = [
  ['16:9', 1920, 1080],
  ['4:3', 1024, 768],
  ['phone', 390, 844],
] as const;
const SCALES = [1, 1.25, 1.5];
/** 4 options on most levels, 5 where Confused adds Break it down. */
const OPTIONS = [4, 5];
const MIN_TARGET = 44;

function inside(r: Rect, w: number, h: number, top: number): boolean {
  return r.x >= 0 && r.y >= top && r.x + r.w <= w + 0.5 && r.y + r.h <= h + 0.5 && r.w > 0 && r.h > 0;
}
function overlap(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5;
}
function noneOverlap(named: Record<string, Rect>): string[] {
  const e = Object.entries(named);
  const out: string[] = [];
  for (let i = 0; i < e.length; i++) for (let j = i + 1; j < e.length; j++) if (overlap(e[i]![1], e[j]![1])) out.push(`${e[i]![0]} / ${e[j]![0]}`);
  return out;
}

describe.each(SIZES)('Cynefin layout at %s (%i x %i)', (_name, w, h) => {
  describe.each(SCALES)('text scale %d', (scale) => {
    it.each(OPTIONS)('%i options: everything on screen, nothing overlapping, targets at least 44 px', (n) => {
      const ui = computeLayout(w, h, scale);
      const lay = cynefinLayout(ui, { options: n });
      const top = ui.header.h;
      const placing = { hud: lay.hud, prompt: lay.prompt, card: lay.card, ...lay.quadrants };
      const asking = { hud: lay.hud, feedback: lay.feedback, question: lay.question, ...Object.fromEntries(lay.options.map((r, i) => [`option ${i}`, r])) };
      const answered = { hud: lay.hud, feedback: lay.feedbackNext, next: lay.next };
      for (const [name, r] of Object.entries({ ...placing, ...asking, ...answered, board: lay.board, confused: lay.confused })) {
        expect(inside(r, w, h, top), `${name} ${JSON.stringify(r)}`).toBe(true);
      }
      expect(noneOverlap(placing)).toEqual([]);
      expect(noneOverlap(asking)).toEqual([]);
      expect(noneOverlap(answered)).toEqual([]);
      expect(lay.options).toHaveLength(n);
      // Confused sits on the centre of the board, over the four corners where they meet.
      expect(inside(lay.confused, lay.board.x + lay.board.w, lay.board.y + lay.board.h, lay.board.y)).toBe(true);
      for (const d of Object.keys(QUADRANT) as (keyof typeof QUADRANT)[]) expect(overlap(lay.confused, lay.quadrants[d])).toBe(true);
      for (const [name, r] of Object.entries({
        card: lay.card,
        confused: lay.confused,
        next: lay.next,
        ...lay.quadrants,
        ...Object.fromEntries(lay.options.map((r, i) => [`option ${i}`, r])),
      })) {
        expect(Math.min(r.w, r.h), `${name} is a ${Math.round(r.w)} x ${Math.round(r.h)} target`).toBeGreaterThanOrEqual(MIN_TARGET);
      }
    });
  });

  it('puts the card beside the board on a wide screen and above it on an upright one', () => {
    const lay = cynefinLayout(computeLayout(w, h, 1), { options: 4 });
    if (w > h) expect(lay.card.x + lay.card.w).toBeLessThan(lay.board.x);
    else expect(lay.card.y + lay.card.h).toBeLessThan(lay.board.y);
  });
});
