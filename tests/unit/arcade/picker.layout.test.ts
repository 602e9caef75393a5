// The game picker's rectangles at a projector, 4:3 and a phone, at every text size, for one game to seven: the cards
// on the screen (or, where they do not all fit, in a scroll area under the header that holds them all), apart, at
// least 44 px and tall enough for their words; inside a card the cover below the description and clear of the
// progress line, both inside the card.
import { describe, expect, it } from 'vitest';
import type { Rect } from '../../../src/core/rect';
import { computeLayout, type Layout } from '../../../src/ui/layout';
import { cardCover, cardProgress, cardText, minCardH, pickerGrid, pickerLayout, type PickerLayout } from '../../../src/arcade/picker.layout';
import { SCREENS, named, onScreen, overlap, overlaps, tooSmall, textH, reachable as checkReachable } from './layoutChecks';

/** The shipped games' names and descriptions, and the fixture game's (the tests' fourth). */
const GAMES = [
  ['Cynefin sorting', 'Read a situation from city work, decide what kind of situation it is and how the city should act, then see how both fared.'],
  ['Seek, sense, share', 'Build your city’s network of ties, then watch a practice come in, get tested while you work out loud, and travel back out.'],
  ['Facilitator role-play', 'Run a peer-learning session between cities, one decision at a time, and see how each move plays out for the room.'],
  ['Fixture game', 'A one-button game that only the tests build in: it proves a new game needs one folder and one line.'],
] as const;
const PROGRESS = '★ 5 levels · 0 of 15 stars';
const game = (i: number) => GAMES[i % GAMES.length]!;

/** Where game i's description ends on its card, as the scene measures it: the title and the description under it. */
function descBottom(L: Layout, card: Rect, i = 0): number {
  const t = cardText(L, card);
  return t.titleY + textH(game(i)[0], L.font.large, t.w, true) + t.descGap + textH(game(i)[1], L.font.body, t.w);
}

const progressH = (L: Layout, w: number): number => textH(PROGRESS, L.font.small, w, true);

/** The picker for `count` games, from their words as measured at the cards' width. */
function layout(L: Layout, count: number): PickerLayout {
  const card = { x: 0, y: 0, w: pickerGrid(L, count).w };
  const words = Array.from({ length: count }, (_, i) => descBottom(L, { ...card, h: 0 }, i) - cardText(L, card).titleY);
  return pickerLayout(L, count, { words: Math.max(0, ...words), progress: progressH(L, cardText(L, card).w) });
}

/** Every card where it can be reached (layoutChecks.reachable). */
function reachable(L: Layout, lay: PickerLayout): void {
  checkReachable(L, lay.scroll, lay.cards, 0.5);
}

describe.each(SCREENS)('picker at %s', (_name, L) => {
  it.each([1, 2, 3, 4, 5, 7])('%i games: the cards reachable, apart, at least 44 px, each with room for its words and progress line', (n) => {
    const lay = layout(L, n);
    expect(lay.cards).toHaveLength(n);
    reachable(L, lay);
    expect(overlaps(named('card', lay.cards))).toEqual([]);
    expect(tooSmall(named('card', lay.cards))).toEqual([]);
    lay.cards.forEach((card, i) => {
      const bottom = descBottom(L, card, i);
      const p = progressH(L, cardText(L, card).w);
      const progress = cardProgress(L, card, bottom, p);
      expect(progress, `card ${i}`).not.toBeNull();
      expect(progress!.y).toBeGreaterThanOrEqual(bottom + L.gap / 2);
      expect(progress!.y + p).toBeLessThanOrEqual(card.y + card.h - L.pad + 0.5);
    });
  });

  it('puts the cover under the description and the progress line at the foot, both inside the card and apart', () => {
    const lay = layout(L, 3);
    lay.cards.forEach((card, i) => {
      const bottom = descBottom(L, card, i);
      const p = progressH(L, cardText(L, card).w);
      const cover = cardCover(L, card, bottom, p);
      const progress = cardProgress(L, card, bottom, p);
      const line = progress && { x: progress.x, y: progress.y, w: progress.w, h: p };
      if (line) expect(line.y + line.h).toBeLessThanOrEqual(card.y + card.h);
      if (cover) {
        expect(cover.x >= card.x && cover.x + cover.w <= card.x + card.w && cover.y + cover.h <= card.y + card.h, JSON.stringify(cover)).toBe(true);
        expect(cover.y).toBeGreaterThan(bottom);
        // Upright, the cover sits at the right and may share the progress line's height; it never covers its words.
        if (line && !L.portrait) expect(overlap(cover, line)).toBe(false);
        if (line && L.portrait) expect(cover.y + cover.h).toBeLessThanOrEqual(line.y + line.h);
      }
    });
  });
});

describe('picker cards', () => {
  it('sets three games side by side on a wide screen and one under another upright', () => {
    expect(new Set(layout(computeLayout(1920, 1080), 3).cards.map((r) => r.y)).size).toBe(1);
    expect(new Set(layout(computeLayout(390, 844), 3).cards.map((r) => r.x)).size).toBe(1);
  });

  it('keeps the usual cards where the words fit them: 560 px tall on a projector, shared out on a phone', () => {
    const wide = computeLayout(1920, 1080);
    expect(layout(wide, 3).cards.map((r) => r.h)).toEqual([560, 560, 560]);
    const phone = computeLayout(390, 844);
    expect(layout(phone, 3).cards[0]!.h).toBeCloseTo((phone.body.h - 2 * phone.gap) / 3);
    expect(layout(phone, 3).scroll).toBeNull();
  });

  it('shows the cover on a projector’s cards and on a phone’s at the normal text size', () => {
    for (const L of [computeLayout(1920, 1080), computeLayout(390, 844)]) {
      const card = layout(L, 3).cards[0]!;
      expect(cardCover(L, card, descBottom(L, card))).not.toBeNull();
      expect(cardProgress(L, card, descBottom(L, card))).not.toBeNull();
    }
  });

  it('leaves the cover out where the description leaves no room for it', () => {
    const L = computeLayout(1024, 768);
    const card = layout(L, 3).cards[0]!;
    expect(cardCover(L, card, card.y + card.h - L.pad * 2)).toBeNull();
    expect(cardProgress(L, card, card.y + card.h - L.font.body)).toBeNull();
  });

  it.each([
    [1920, 1080, 1],
    [1920, 1080, 1.25],
    [1920, 1080, 1.5],
    [1024, 768, 1],
  ])('sets a fourth game on a wide screen two by two, every card on the screen (%i x %i, text %d)', (w, h, scale) => {
    const L = computeLayout(w, h, scale);
    const lay = layout(L, 4);
    expect(lay.scroll).toBeNull();
    for (const r of lay.cards) expect(onScreen(L, r) && r.y + r.h <= L.h - L.pad + 0.5, JSON.stringify(r)).toBe(true);
    expect(overlaps(named('card', lay.cards))).toEqual([]);
    expect(tooSmall(named('card', lay.cards))).toEqual([]);
    expect(new Set(lay.cards.map((r) => r.y)).size).toBe(2);
    expect(new Set(lay.cards.map((r) => r.x)).size).toBe(2);
  });

  it('scrolls cards that the screen cannot hold at the height of their words, all of them reachable', () => {
    const L = computeLayout(1024, 768, 1.5);
    const lay = layout(L, 4);
    expect(lay.scroll).not.toBeNull();
    reachable(L, lay);
    // The first row is where it would be on a screen that does not scroll: under the header.
    expect(lay.scroll!.rect.y + lay.cards[0]!.y).toBe(L.body.y);
    // As many games as there are: rows of three, the last one centred.
    const many = layout(computeLayout(1920, 1080), 8);
    reachable(computeLayout(1920, 1080), many);
    expect(many.cards[6]!.x + many.cards[7]!.x + many.cards[7]!.w).toBeCloseTo(1920, 0);
  });

  it('makes a card tall enough for its words and its progress line', () => {
    const L = computeLayout(1920, 1080, 1.5);
    const need = { words: 600, progress: 40 };
    const h = pickerLayout(L, 3, need).cards[0]!.h;
    expect(h).toBe(minCardH(L, need));
    expect(h).toBeGreaterThan(560);
  });
});
