// The level select's rectangles at a projector, 4:3 and a phone, at every text size: the learning row, the levels'
// scroll area and the bottom buttons on the screen and apart, the cards inside the area and apart, every target at
// least 44 px; the card's title, status line and stars inside the card; the About panel and its Close.
import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../../src/ui/layout';
import { RING, aboutLayout, cardParts, levelSelectLayout } from '../../../src/arcade/levelSelect.layout';
import { SCREENS, named, onScreen, overlaps, tooSmall } from './layoutChecks';

/** A self-learner's screen (primer and check; open, make, your levels, about), a plain one, and a workshop's (primer,
 * two polls and the recap; five along the bottom with the guide). */
const CASES = [
  { name: 'self-learner', levels: 7, learn: 2, bottom: 4 },
  { name: 'plain', levels: 5, learn: 0, bottom: 2 },
  { name: 'workshop', levels: 6, learn: 4, bottom: 5 },
];

describe.each(SCREENS)('level select at %s', (_name, L) => {
  it.each(CASES)('$name: everything on screen, nothing overlapping, targets at least 44 px', (c) => {
    const lay = levelSelectLayout(L, c);
    // The scroll area keeps room for the cards' focus ring around them: the cards' own area is inside that.
    const s = lay.scroll;
    const levels = { x: s.x + RING, y: s.y + RING, w: s.w - 2 * RING, h: s.h - 2 * RING };
    const fixed = { ...named('learn', lay.learn), levels, ...named('bottom', lay.bottom) };
    for (const [n, r] of Object.entries(fixed)) expect(onScreen(L, r), `${n} ${JSON.stringify(r)}`).toBe(true);
    expect(s.x >= 0 && s.x + s.w <= L.w && s.y + s.h <= L.h).toBe(true);
    expect(overlaps(fixed)).toEqual([]);
    expect(tooSmall({ ...named('learn', lay.learn), ...named('bottom', lay.bottom), ...named('card', lay.cards) })).toEqual([]);
    // The cards, in the area's own coordinates: across its width, apart, and all of them within what it scrolls.
    expect(lay.cards).toHaveLength(c.levels);
    for (const r of lay.cards)
      expect(r.x >= RING && r.x + r.w <= s.w - RING && r.y >= RING && r.y + r.h <= lay.contentH - RING + 0.5, JSON.stringify(r)).toBe(true);
    expect(overlaps(named('card', lay.cards))).toEqual([]);
    // At least one whole card shows without scrolling.
    expect(levels.h).toBeGreaterThanOrEqual(lay.cards[0]!.h);
  });

  it("keeps a card's title, status line and stars inside the card, the status line clear of the stars", () => {
    const card = levelSelectLayout(L, CASES[0]!).cards[0]!;
    const p = cardParts(L, card);
    expect(p.title.x).toBeGreaterThan(card.x);
    expect(p.title.x + p.title.w).toBeLessThan(card.x + card.w);
    expect(p.title.y).toBeGreaterThan(card.y);
    expect(p.status.bottom).toBeLessThan(card.y + card.h);
    expect(p.status.w).toBeGreaterThan(0);
    expect(p.status.x + p.status.w).toBeLessThan(p.starsX - 36);
    expect(p.starsX + 36).toBeLessThan(card.x + card.w);
  });

  it('puts the About panel over the list and Close under it, on screen', () => {
    const a = aboutLayout(L);
    expect(onScreen(L, a.panel)).toBe(true);
    expect(onScreen(L, a.close)).toBe(true);
    expect(overlaps(a)).toEqual([]);
    expect(tooSmall({ close: a.close })).toEqual([]);
  });
});

describe('level select columns and rows', () => {
  it('shows one column upright, two on a 4:3 screen and three on a projector', () => {
    const cols = (w: number, h: number): number => new Set(levelSelectLayout(computeLayout(w, h), CASES[0]!).cards.map((r) => r.x)).size;
    expect(cols(390, 844)).toBe(1);
    expect(cols(1024, 768)).toBe(2);
    expect(cols(1920, 1080)).toBe(3);
  });

  it('splits the bottom buttons in two rows on a phone, and keeps them in one on a wide screen', () => {
    const rows = (w: number, h: number): number => new Set(levelSelectLayout(computeLayout(w, h), CASES[2]!).bottom.map((r) => r.y)).size;
    expect(rows(390, 844)).toBe(2);
    expect(rows(1920, 1080)).toBe(1);
    expect(levelSelectLayout(computeLayout(390, 844), CASES[2]!).bottomSmall).toBe(true);
    expect(levelSelectLayout(computeLayout(1920, 1080), CASES[1]!).bottomSmall).toBe(false);
  });

  it('scrolls when the levels do not fit: what it holds is taller than the area', () => {
    const lay = levelSelectLayout(computeLayout(390, 844, 1.5), { levels: 12, learn: 2, bottom: 4 });
    expect(lay.contentH).toBeGreaterThan(lay.scroll.h);
    const last = lay.cards.at(-1)!;
    expect(last.y + last.h).toBeLessThanOrEqual(lay.contentH);
  });
});
