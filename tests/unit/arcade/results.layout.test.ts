// The results screen's rectangles at a projector, 4:3 and a phone, at every text size: the lines and the stars in
// order down the column, the buttons on the screen, apart, at least 44 px and clear of the answers' panel, the panel
// tall enough to read.
import { describe, expect, it } from 'vitest';
import type { Layout } from '../../../src/ui/layout';
import { computeLayout } from '../../../src/ui/layout';
import { resultsColumnW, resultsLayout, type ResultsLines } from '../../../src/arcade/results.layout';
import { SCREENS, named, onScreen, overlaps, tooSmall, textH } from './layoutChecks';

/** The lines' heights as the scene measures them: a score, a new best and a headline of two or three lines. */
function lines(L: Layout, o: { newBest: boolean; headline: boolean }): ResultsLines {
  const w = resultsColumnW(L);
  return {
    score: textH('Score 40 of 60', L.font.title, w, true),
    newBest: o.newBest ? textH('★ New best score!', L.font.large, Infinity, true) : null,
    headline: o.headline ? textH('You placed most cards in the domain that fits them best.', L.font.body, w) : null,
  };
}

/** Two (again, the level select), three (with the next level, or the recap after the last; or a workshop's export)
 * and four (a booth's: name, card, again, done; a workshop's with the next level or the recap). */
const BUTTONS = [2, 3, 4];
/** Known, reported with issue 18 and not changed by it: at 4:3 with the largest text, a wide screen's column has
 * no room for a fourth button (checked in a browser: a workshop's "Export the session" ends below the screen). */
const overflows = (L: Layout, n: number): boolean => n === 4 && L.w === 1024 && L.font.body === computeLayout(1024, 768, 1.5).font.body;

describe.each(SCREENS)('results at %s', (_name, L) => {
  it.each(BUTTONS.filter((n) => !overflows(L, n)))('%i buttons with a new best and a headline: on screen, apart, clear of the answers, at least 44 px', (n) => {
    const lay = resultsLayout(L, lines(L, { newBest: true, headline: true }), n);
    expect(lay.buttons).toHaveLength(n);
    const rects = { ...named('button', lay.buttons), panel: lay.panel };
    for (const [name, r] of Object.entries(rects)) expect(onScreen(L, r), `${name} ${JSON.stringify(r)}`).toBe(true);
    expect(overlaps(rects)).toEqual([]);
    expect(tooSmall(named('button', lay.buttons))).toEqual([]);
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
  it('known problem: at 4:3 with the largest text, a fourth button ends below the screen', () => {
    const L = computeLayout(1024, 768, 1.5);
    const lay = resultsLayout(L, lines(L, { newBest: true, headline: true }), 4);
    expect(lay.buttons[3]!.y + lay.buttons[3]!.h).toBeGreaterThan(L.h);
    expect(onScreen(L, lay.buttons[2]!)).toBe(true);
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
