// The title screen's rectangles at a projector, 4:3 and a phone, at every text size, with and without a round to
// continue and before and after the picture loads: the buttons on the screen, apart and at least 44 px, under the
// name and promise; the picture between them, or left out where the buttons need its room.
import { describe, expect, it } from 'vitest';
import { computeLayout, type Layout } from '../../../src/ui/layout';
import { nameAt, taglineAt, titleLayout } from '../../../src/arcade/title.layout';
import { SCREENS, named, onScreen, overlaps, tooSmall, textH } from './layoutChecks';

/** The bottom of the promise, as the scene measures it: the name and the promise wrapped at the screen's width (in
 * English, or in French: "Arcade d’apprentissage", "De petits jeux sur la façon dont les villes apprennent les unes des
 * autres"). */
function textBottom(L: Layout, fr = false): number {
  const nameH = textH(fr ? 'Arcade d’apprentissage' : 'Learning Arcade', L.font.hero, nameAt(L).w, true);
  const tag = taglineAt(L, nameH);
  return (
    tag.y +
    textH(
      fr ? 'De petits jeux sur la façon dont les villes apprennent les unes des autres' : 'Short games about how cities learn from each other',
      L.font.large,
      tag.w,
    )
  );
}
const CASES = [
  { name: 'a first visit', continueRound: false, art: true },
  { name: 'a player coming back', continueRound: true, art: true },
  { name: 'before the picture loads', continueRound: true, art: false },
];

describe.each(SCREENS)('title at %s', (_name, L) => {
  it.each(CASES.flatMap((c) => [c, { ...c, name: `${c.name} in French`, fr: true }]))(
    '$name: the buttons on screen, apart, at least 44 px, under the words',
    (c) => {
      const bottom = textBottom(L, 'fr' in c);
      const lay = titleLayout(L, { textBottom: bottom, continueRound: c.continueRound, art: c.art, more: 4 });
      const buttons = { ...(lay.continue ? { continue: lay.continue } : {}), play: lay.play, ...named('more', lay.more) };
      expect(lay.continue !== null).toBe(c.continueRound);
      for (const [n, r] of Object.entries(buttons))
        expect(onScreen(L, r) && r.y > bottom && r.y + r.h <= L.h - L.pad + 0.5, `${n} ${JSON.stringify(r)}`).toBe(true);
      expect(overlaps({ ...buttons, ...(lay.art ? { art: lay.art } : {}) })).toEqual([]);
      expect(tooSmall(buttons)).toEqual([]);
      if (lay.art) {
        expect(lay.art.y).toBeGreaterThan(bottom);
        expect(lay.art.h).toBeGreaterThanOrEqual(40);
        expect(lay.art.x >= 0 && lay.art.x + lay.art.w <= L.w).toBe(true);
      }
      if (!c.art) expect(lay.art).toBeNull();
      if (lay.about) expect(lay.about.y).toBeGreaterThanOrEqual(Math.max(...Object.values(buttons).map((r) => r.y + r.h)));
    },
  );
});

describe('the title’s picture and row', () => {
  it('shows the picture on a projector, and moves the buttons down to make room for it once it loads', () => {
    const L = computeLayout(1920, 1080);
    const before = titleLayout(L, { textBottom: textBottom(L), continueRound: false, art: false, more: 4 });
    const after = titleLayout(L, { textBottom: textBottom(L), continueRound: false, art: true, more: 4 });
    expect(after.art).not.toBeNull();
    expect(after.play.y).toBeGreaterThan(before.play.y);
  });

  it('gives the picture only the room the buttons leave: smaller with Continue, none on a phone with the largest text and Continue', () => {
    const art = (L: Layout, continueRound: boolean) => titleLayout(L, { textBottom: textBottom(L), continueRound, art: true, more: 4 }).art;
    const phone = computeLayout(390, 844, 1.25);
    expect(art(phone, true)!.h).toBeLessThan(art(phone, false)!.h);
    expect(art(computeLayout(390, 844, 1.5), true)).toBeNull();
  });

  it('sets the four buttons side by side on a wide screen and stacks them on a phone', () => {
    const wide = computeLayout(1024, 768);
    expect(new Set(titleLayout(wide, { textBottom: textBottom(wide), continueRound: false, art: true, more: 4 }).more.map((r) => r.y)).size).toBe(1);
    const phone = computeLayout(390, 844);
    expect(new Set(titleLayout(phone, { textBottom: textBottom(phone), continueRound: false, art: true, more: 4 }).more.map((r) => r.x)).size).toBe(1);
  });

  it('on a phone with the largest text and a round to continue, closes the buttons up so the last (Run a workshop) is on screen', () => {
    const L = computeLayout(390, 844, 1.5);
    const lay = titleLayout(L, { textBottom: textBottom(L), continueRound: true, art: true, more: 4 });
    expect(lay.art).toBeNull();
    const buttons = { continue: lay.continue!, play: lay.play, ...named('more', lay.more) };
    for (const [n, r] of Object.entries(buttons)) expect(onScreen(L, r) && r.y + r.h <= L.h - L.pad + 0.5, `${n} ${JSON.stringify(r)}`).toBe(true);
    expect(overlaps(buttons)).toEqual([]);
    expect(tooSmall(buttons)).toEqual([]);
    // In English there is room for their usual heights, one gap apart.
    expect([lay.continue!.h, lay.play.h, lay.more[3]!.h]).toEqual([L.buttonH * 1.5, L.buttonH * 1.2, L.buttonH]);
    expect(lay.play.y - (lay.continue!.y + lay.continue!.h)).toBe(L.gap);
  });

  it('makes the buttons shorter, never under 44 px, where the words leave less room still', () => {
    const L = computeLayout(390, 844, 1.5);
    const lay = titleLayout(L, { textBottom: textBottom(L) + 80, continueRound: true, art: true, more: 4 });
    const buttons = { continue: lay.continue!, play: lay.play, ...named('more', lay.more) };
    for (const [n, r] of Object.entries(buttons)) expect(onScreen(L, r) && r.y + r.h <= L.h - L.pad + 0.5, `${n} ${JSON.stringify(r)}`).toBe(true);
    expect(lay.more[3]!.h).toBeLessThan(L.buttonH);
    expect(overlaps(buttons)).toEqual([]);
    expect(tooSmall(buttons)).toEqual([]);
  });

  it('keeps the usual layout wherever the buttons fit', () => {
    const L = computeLayout(390, 844, 1.25);
    const lay = titleLayout(L, { textBottom: textBottom(L), continueRound: true, art: true, more: 4 });
    expect(lay.art).not.toBeNull();
    expect(lay.play.y - (lay.continue!.y + lay.continue!.h)).toBe(L.gap * 1.5);
  });
});
