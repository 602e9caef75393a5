// The facilitator's layout, in Node: every rectangle inside the screen, regions that do not overlap, buttons of
// at least 44 px, and meters that make room for their measured text, at 16:9, 4:3 and a phone held upright.
import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../../../src/ui/layout';
import type { Rect } from '../../../../src/core/rect';
import { METER_MIN_BAR, choiceRects, meterGrid, screenRects } from '../../../../src/games/facilitator/layout';

const SIZES = [
  { name: '16:9', w: 1920, h: 1080 },
  { name: '4:3', w: 1024, h: 768 },
  { name: 'phone upright', w: 390, h: 844 },
];
const inside = (r: Rect, w: number, h: number): boolean => r.x >= 0 && r.y >= 0 && r.x + r.w <= w + 0.5 && r.y + r.h <= h + 0.5;
const overlap = (a: Rect, b: Rect): boolean => a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5;
const noOverlaps = (rs: Rect[]): string[] => {
  const out: string[] = [];
  rs.forEach((a, i) => rs.forEach((b, j) => j > i && overlap(a, b) && out.push(`${i}/${j}`)));
  return out;
};
/** Short English meter texts, and the pseudo-locale's 40% longer ones (a wide clock value). */
const NEEDS = { en: [110, 90, 90, 90, 100, 170], pseudo: [170, 130, 130, 130, 150, 290] };

describe('facilitator layout', () => {
  for (const s of SIZES) {
    const L = computeLayout(s.w, s.h);
    for (const [lang, needs] of Object.entries(NEEDS)) {
      it(`${s.name} (${lang}): meters fit their text, inside the screen, and do not overlap`, () => {
        const m = meterGrid(L, needs);
        expect(m.cells).toHaveLength(6);
        m.cells.forEach((c, i) => {
          expect(inside(c, s.w, s.h)).toBe(true);
          // The value sits beside a bar of at least METER_MIN_BAR: the need already holds both.
          expect(c.w + 0.5).toBeGreaterThanOrEqual(needs[i]!);
        });
        expect(noOverlaps(m.cells)).toEqual([]);
        expect(m.area.y + m.area.h).toBeLessThanOrEqual(s.h * 0.3);
      });
    }
    it(`${s.name}: regions inside the screen, under the meters, apart, with buttons >= 44 px`, () => {
      const m = meterGrid(L, NEEDS.pseudo);
      const r = screenRects(L, m.area.h);
      const all = [r.stage, r.nameplate, r.dialogue, ...r.footer, r.transcript, r.closeTranscript, r.ending.story, ...r.ending.buttons];
      for (const x of all) expect(inside(x, s.w, s.h), JSON.stringify(x)).toBe(true);
      for (const x of all) expect(x.y).toBeGreaterThanOrEqual(m.area.y + m.area.h);
      for (const b of [...r.footer, r.closeTranscript, ...r.ending.buttons]) {
        expect(b.h).toBeGreaterThanOrEqual(44);
        expect(b.w).toBeGreaterThanOrEqual(44);
      }
      // Upright, the portrait and the name sit inside the speaker row; wide, the name is under the room.
      if (L.portrait) expect(inside({ ...r.nameplate, x: r.nameplate.x - r.stage.x, y: r.nameplate.y - r.stage.y }, r.stage.w, r.stage.h)).toBe(true);
      expect(noOverlaps([r.stage, ...(L.portrait ? [] : [r.nameplate]), r.dialogue, ...r.footer])).toEqual([]);
      expect(noOverlaps([r.transcript, r.closeTranscript])).toEqual([]);
      expect(
        noOverlaps([r.ending.story, ...(r.ending.scores ? [r.ending.scores] : []), ...(r.ending.recap ? [r.ending.recap] : []), ...r.ending.buttons]),
      ).toEqual([]);
      if (L.portrait) expect(r.portrait && inside(r.portrait, s.w, s.h)).toBe(true);
      else expect(r.stage.x + r.stage.w).toBeLessThanOrEqual(r.dialogue.x);
    });
    it(`${s.name}: choices stack under the line, and scroll when they do not fit`, () => {
      const r = screenRects(L, meterGrid(L, NEEDS.en).area.h);
      const fit = choiceRects(L, r.dialogue, 100, 30, [60, 60, 60]);
      expect(fit.scroll).toBe(false);
      expect(fit.ask!.y).toBeGreaterThanOrEqual(r.dialogue.y + 100);
      expect(noOverlaps([fit.ask!, ...fit.choices])).toEqual([]);
      for (const c of fit.choices) expect(inside(c, s.w, s.h)).toBe(true);
      const long = choiceRects(L, r.dialogue, 100, 30, [400, 400, 400]);
      expect(long.scroll).toBe(true);
      expect(long.list.y + long.list.h).toBeLessThanOrEqual(r.dialogue.y + r.dialogue.h);
    });
  }
  it('4:3 in the pseudo-locale gives the clock room for its value beside a bar', () => {
    const m = meterGrid(computeLayout(1024, 768), NEEDS.pseudo);
    expect(m.cells[5]!.w).toBeGreaterThanOrEqual(NEEDS.pseudo[5]!);
    expect(NEEDS.pseudo[5]! - METER_MIN_BAR).toBeGreaterThan(0);
  });
});
