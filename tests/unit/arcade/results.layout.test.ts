// The results screen's rectangles at a projector, 4:3 and a phone, at every text size: the lines and the stars in
// order down the column, the buttons on the screen, apart, at least 44 px and clear of the answers' panel and of the
// lines (shorter, or two to a row, where the column is crowded), the panel tall enough to read.
import { describe, expect, it } from 'vitest';
import type { Layout } from '../../../src/ui/layout';
import { computeLayout } from '../../../src/ui/layout';
import { minResultsButtonH, resultsColumnW, resultsLayout, type ResultsLayout, type ResultsLines } from '../../../src/arcade/results.layout';
import { SCREENS, named, onScreen, overlaps, tooSmall, textH } from './layoutChecks';

/** Cynefin's headline as the round gives it: two sentences, on two lines. */
const LONG = ['Longest run of fully right cards: 1.', 'Best domain on 2 of 9 cards; second question right on 2 (scored on its own).'];

/** The lines' heights as the scene measures them: a score, a new best and a headline of a few lines (or Cynefin's,
 * six lines in a narrow column at the largest text). */
function lines(L: Layout, o: { newBest: boolean; headline: boolean | 'long' }): ResultsLines {
  const w = resultsColumnW(L);
  const long = LONG.map((t) => textH(t, L.font.body, w)).reduce((a, b) => a + b + 4);
  return {
    score: textH('Score 40 of 60', L.font.title, w, true),
    newBest: o.newBest ? textH('★ New best score!', L.font.large, Infinity, true) : null,
    headline: o.headline === 'long' ? long : o.headline ? textH('You placed most cards in the domain that fits them best.', L.font.body, w) : null,
  };
}

/** Two (again, the level select), three (with the next level, or the recap after the last; or a workshop's export)
 * and four (a booth's: name, card, again, done; a workshop's with the next level or the recap). */
const BUTTONS = [2, 3, 4];

/** The buttons on the screen above its margin, apart, at least 44 px, clear of the answers' panel and under the lines
 * (a headline given a most height is fitted to it). */
function fine(L: Layout, lay: ResultsLayout, headlineH: number): void {
  const rects = { ...named('button', lay.buttons), panel: lay.panel };
  for (const [name, r] of Object.entries(rects)) expect(onScreen(L, r) && r.y + r.h <= L.h - L.pad + 0.5, `${name} ${JSON.stringify(r)}`).toBe(true);
  expect(overlaps(rects)).toEqual([]);
  expect(tooSmall(named('button', lay.buttons))).toEqual([]);
  const top = Math.min(...lay.buttons.map((b) => b.y));
  if (lay.headline) expect(lay.headline.y + Math.min(headlineH, lay.headline.maxH ?? Infinity)).toBeLessThanOrEqual(top - L.gap + 0.5);
}

describe.each(SCREENS)('results at %s', (_name, L) => {
  it.each(BUTTONS)('%i buttons with a new best and Cynefin’s long headline: on screen, apart, clear of the answers and the lines, at least 44 px', (n) => {
    const measured = lines(L, { newBest: true, headline: 'long' });
    const lay = resultsLayout(L, measured, n);
    expect(lay.buttons).toHaveLength(n);
    fine(L, lay, measured.headline!);
  });

  it.each(BUTTONS)('%i buttons with a new best and a headline: on screen, apart, clear of the answers, at least 44 px', (n) => {
    const measured = lines(L, { newBest: true, headline: true });
    const lay = resultsLayout(L, measured, n);
    expect(lay.buttons).toHaveLength(n);
    fine(L, lay, measured.headline!);
    // The answers' panel holds at least its title and a few lines.
    expect(lay.panel.h).toBeGreaterThanOrEqual(L.font.large * 1.5 + L.font.body * 3 * 1.5);
    // The lines come down the column in order, above the first button (beside a wide screen's panel).
    const ys = [lay.score.y, lay.stars.y - lay.stars.size / 2, lay.newBest!.y, lay.headline!.y, lay.buttons[0]!.y];
    expect([...ys].sort((a, b) => a - b)).toEqual(ys);
    if (lay.side) expect(lay.score.x + lay.score.w / 2).toBeLessThanOrEqual(lay.panel.x);
    else expect(lay.headline!.y).toBeLessThan(lay.panel.y);
  });

  it('moves everything up when there is no new best or headline', () => {
    const full = resultsLayout(L, lines(L, { newBest: true, headline: true }), 3);
    const bare = resultsLayout(L, lines(L, { newBest: false, headline: false }), 3);
    expect(bare.newBest).toBeNull();
    expect(bare.headline).toBeNull();
    if (bare.side) expect(bare.buttons[0]!.y).toBeLessThan(full.buttons[0]!.y);
    else expect(bare.panel.h).toBeGreaterThan(full.panel.h);
  });
});

describe('results on a wide screen and upright', () => {
  it('at 4:3 with the largest text, four buttons fit the column under the lines: shorter, with the small text', () => {
    const L = computeLayout(1024, 768, 1.5);
    const measured = lines(L, { newBest: true, headline: true });
    const lay = resultsLayout(L, measured, 4);
    fine(L, lay, measured.headline!);
    expect(lay.buttons[3]!.y + lay.buttons[3]!.h).toBeLessThanOrEqual(L.h - L.pad);
    expect(lay.buttonsSmall).toBe(true);
    expect(lay.headline!.maxH).toBeUndefined();
    for (const b of lay.buttons) expect(b.h).toBeGreaterThanOrEqual(minResultsButtonH(L));
  });

  it('sets the buttons two to a row where even short ones do not fit one under another', () => {
    const L = computeLayout(1024, 768, 1.5);
    const measured = lines(L, { newBest: true, headline: 'long' });
    const lay = resultsLayout(L, measured, 4);
    fine(L, lay, measured.headline!);
    expect(new Set(lay.buttons.map((b) => b.y)).size).toBe(2);
    expect(new Set(lay.buttons.map((b) => b.x)).size).toBe(2);
  });

  it('keeps the usual buttons where they fit', () => {
    for (const L of [computeLayout(1920, 1080), computeLayout(1024, 768), computeLayout(1920, 1080, 1.25)]) {
      const lay = resultsLayout(L, lines(L, { newBest: true, headline: true }), 4);
      expect(lay.buttons.every((b) => b.h === L.buttonH && b.w === resultsColumnW(L))).toBe(true);
      expect(lay.buttonsSmall).toBe(false);
    }
  });

  it('gives the buttons their room at the foot of the column before a headline too long for it, which is fitted above them', () => {
    const L = computeLayout(1024, 768, 1.5);
    const measured = { ...lines(L, { newBest: true, headline: true }), headline: 20 * L.font.body * 1.2 };
    const lay = resultsLayout(L, measured, 4);
    fine(L, lay, measured.headline);
    expect(lay.headline!.maxH).toBeGreaterThan(0);
    expect(lay.buttons.at(-1)!.y + lay.buttons.at(-1)!.h).toBeCloseTo(L.h - L.pad, 0);
  });

  it('puts the buttons under the score beside the answers on a wide screen, and in a row along the bottom upright', () => {
    const wide = computeLayout(1920, 1080);
    const w = resultsLayout(wide, lines(wide, { newBest: true, headline: true }), 3);
    expect(w.side).toBe(true);
    expect(new Set(w.buttons.map((b) => b.x)).size).toBe(1);
    expect(w.buttonsSmall).toBe(false);
    const phone = computeLayout(390, 844);
    const p = resultsLayout(phone, lines(phone, { newBest: true, headline: true }), 3);
    expect(p.side).toBe(false);
    expect(new Set(p.buttons.map((b) => b.y)).size).toBe(1);
    expect(p.buttons[0]!.y).toBeGreaterThan(p.panel.y + p.panel.h);
    expect(p.buttonsSmall).toBe(true);
  });
});
