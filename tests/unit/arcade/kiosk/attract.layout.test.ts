// The booth's welcome screen laid out at a projector, 4:3, a phone and a 1080x1920 totem (within the visitor's
// reach), at every text size: Touch to play, the slide buttons and the languages on the screen even as it drifts,
// apart, at least 44 px, clear of the operator's corner; the cover and the words between the promise and the
// buttons; the game's name and what it teaches fitting their column; today's best only where there is room.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { computeLayout, type Layout } from '../../../../src/ui/layout';
import type { Rect } from '../../../../src/core/rect';
import {
  OPERATOR_CORNER,
  attractLayout,
  type AttractLayout,
  bestAt,
  bestListAt,
  coverArt,
  demoRect,
  middleTop,
  nameAt,
  taglineAt,
  titleMaxH,
  wordsAt,
  wordsColumn,
  wordsHeight,
  wordsWidth,
} from '../../../../src/arcade/kiosk/attract.layout';
import { SCALES, SIZES, named, overlap, overlaps, textH, tooSmall } from '../layoutChecks';

/** A totem keeps its visitors' controls in its lower two-thirds (kiosk.reachTop): the layout is that part's. */
const TOTEM = { w: 1080, h: 1920, reach: 640 };
const SCREENS: Array<[string, Layout, boolean]> = [
  ...SIZES.flatMap(([name, w, h]) => SCALES.map((s): [string, Layout, boolean] => [`${name} at text ${s}`, computeLayout(w, h, s), false])),
  ...SCALES.map((s): [string, Layout, boolean] => [`totem 1080x1920 at text ${s}`, computeLayout(TOTEM.w, TOTEM.h - TOTEM.reach, s), true]),
];
const names = (game: string): { title: string; description: string } =>
  JSON.parse(readFileSync(`src/games/${game}/names/en.json`, 'utf8')) as { title: string; description: string };
const GAMES = ['cynefin', 'seek-sense-share', 'facilitator'].map(names);
const WELCOME = 'Learning Arcade';
const TAGLINE = 'Short games about how cities learn from each other · Each game takes about 2 minutes';

/** Where the middle starts: under the promise, or at the margin on a totem (the banner above says it). */
function top(L: Layout, totem: boolean): number {
  if (totem) return middleTop(L, null);
  const name = nameAt(L);
  const tag = taglineAt(L, name.y + textH(WELCOME, L.font.title, name.w, true));
  return middleTop(L, tag.y + textH(TAGLINE, L.font.body, tag.w));
}

/** On the screen wherever the drift takes it (at most half the margin, and 14 px, each way). */
function onScreenDrifting(L: Layout, r: Rect): boolean {
  const d = Math.min(14, L.pad / 2);
  return r.w > 0 && r.h > 0 && r.x >= d - 0.5 && r.y >= d - 0.5 && r.x + r.w <= L.w - d + 0.5 && r.y + r.h <= L.h - d + 0.5;
}

/** The operator's corner, in the layout's coordinates (the bottom right of the page, which the layout reaches). */
const corner = (L: Layout): Rect => ({ x: L.w - OPERATOR_CORNER, y: L.h - OPERATOR_CORNER, w: OPERATOR_CORNER, h: OPERATOR_CORNER });

/** The game's words as the scene measures them (a stand-in): the slide's place, the name shrunk to its height (no
 * smaller than 16 px, as fitText), and what it teaches at its size. */
function measured(L: Layout, g: { title: string; description: string }): { count: number; title: number; description: number } {
  const w = wordsWidth(L);
  let size = L.font.hero;
  while (textH(g.title, size, w, true) > titleMaxH(L) && size > 16) size--;
  return { count: textH('Game 1 of 3', L.font.small, w), title: textH(g.title, size, w, true), description: textH(g.description, L.font.large, w) };
}

const lay = (L: Layout, totem: boolean, g = GAMES[0]!): AttractLayout =>
  attractLayout(L, { top: top(L, totem), langs: 3, words: wordsHeight(L, measured(L, g)) });

describe.each(SCREENS)('welcome screen at %s', (_name, L, totem) => {
  const controls = (a: AttractLayout): Record<string, Rect> => ({ play: a.play, prev: a.prev, next: a.next, ...named('lang', a.langs) });

  it('keeps Touch to play, the slide buttons and the languages on the screen as it drifts, apart, and at least 44 px', () => {
    const c = controls(lay(L, totem));
    for (const [n, r] of Object.entries(c)) expect(onScreenDrifting(L, r), `${n} ${JSON.stringify(r)}`).toBe(true);
    expect(overlaps(c)).toEqual([]);
    expect(tooSmall(c)).toEqual([]);
  });

  it('keeps every control out of the operator’s corner', () => {
    for (const [n, r] of Object.entries(controls(lay(L, totem)))) expect(overlap(r, corner(L)), n).toBe(false);
  });

  it.each(GAMES)('shows $title: its cover and its words under the promise and above the buttons, apart', (g) => {
    const a = lay(L, totem, g);
    const parts = { ...(a.cover ? { cover: a.cover } : {}), text: a.text, ...controls(a) };
    expect(onScreenDrifting(L, a.text), JSON.stringify(a.text)).toBe(true);
    expect(a.text.y).toBeGreaterThanOrEqual(top(L, totem) - 0.5);
    expect(overlaps(parts)).toEqual([]);
    // Upright the cover gives way to the words; beside them it always has its half.
    if (!L.portrait) expect(a.cover).not.toBeNull();
    if (!a.cover) return;
    expect(onScreenDrifting(L, a.cover), JSON.stringify(a.cover)).toBe(true);
    // A demo plays inside the cover's place; a picture sits in it at its own proportions.
    const inside = (r: Rect): boolean =>
      r.x >= a.cover!.x && r.y >= a.cover!.y && r.x + r.w <= a.cover!.x + a.cover!.w + 0.5 && r.y + r.h <= a.cover!.y + a.cover!.h + 0.5;
    expect(inside(demoRect(a.cover))).toBe(true);
    const art = coverArt(a.cover);
    expect(inside(art)).toBe(true);
    expect(art.w / art.h).toBeCloseTo(310 / 190);
  });

  it.each(GAMES)('fits $title and what it teaches in their column (what it teaches shrunk to 16 px at worst)', (g) => {
    const a = lay(L, totem, g);
    const h = measured(L, g);
    const at = wordsAt(L, a.text, h);
    expect(at.count).toBe(a.text.y);
    expect(at.title).toBeGreaterThan(at.count);
    expect(at.description).toBeGreaterThan(at.title);
    expect(textH(g.description, 16, wordsColumn(L, a.text).w)).toBeLessThanOrEqual(at.descriptionMaxH);
  });
});

describe('welcome screen rows', () => {
  it('puts the languages beside the slide buttons where they fit, named on a wide screen and as codes on a narrow one', () => {
    const wide = attractLayout(computeLayout(1920, 1080), { top: 100, langs: 3, words: 200 });
    expect(new Set([wide.prev.y, wide.next.y, ...wide.langs.map((r) => r.y)]).size).toBe(1);
    expect(wide.langsNamed).toBe(true);
    const four3 = attractLayout(computeLayout(1024, 768, 1.5), { top: 100, langs: 3, words: 200 });
    expect(four3.langs[0]!.y).toBe(four3.prev.y);
    expect(four3.langsNamed).toBe(false);
  });

  it('gives the languages a row of their own above the slide buttons on a phone, where they would be too narrow to tap', () => {
    const L = computeLayout(390, 844);
    const lay = attractLayout(L, { top: 100, langs: 3, words: 200 });
    expect(lay.langs.every((r) => r.y + r.h <= lay.prev.y)).toBe(true);
    expect(lay.langs.every((r) => r.w >= 44)).toBe(true);
    expect(lay.play.y + lay.play.h).toBeLessThanOrEqual(lay.langs[0]!.y);
  });

  it('leaves the row to the slide buttons where the booth offers one language', () => {
    const lay = attractLayout(computeLayout(390, 844), { top: 100, langs: 0, words: 200 });
    expect(lay.langs).toEqual([]);
    expect(lay.play.y + lay.play.h).toBeLessThanOrEqual(lay.prev.y);
  });

  it('shows today’s best only where a heading and a line have room under what the game teaches', () => {
    const L = computeLayout(1920, 1080);
    const text = { x: 1000, y: 200, w: 800, h: 500 };
    const best = bestAt(L, text, 400)!;
    expect(best.y).toBeGreaterThan(400);
    expect(best.y + best.room).toBe(700);
    const list = bestListAt(L, best, 30);
    expect(list.y).toBe(best.y + 34);
    expect(list.maxH).toBe(best.room - 34);
    expect(bestAt(L, text, 700 - L.font.body * 2)).toBeNull();
  });

  it('gives the words their room when upright: the cover keeps its 0.42 of the middle on a totem, gives way on a crowded phone', () => {
    const totem = computeLayout(TOTEM.w, TOTEM.h - TOTEM.reach, 1.5);
    const t = lay(totem, true);
    const mid = t.play.y - totem.gap * 2 - totem.pad;
    expect(t.cover!.h).toBeCloseTo(mid * 0.42);
    // A phone at the largest text: no room for a demo once the words have theirs; the words take the middle.
    const phone = computeLayout(390, 844, 1.5);
    const p = lay(phone, false);
    expect(p.cover).toBeNull();
    expect(p.text.h).toBeCloseTo(p.play.y - phone.gap * 2 - p.text.y);
    // Words that need less leave the cover more, up to its 0.42.
    const few = attractLayout(phone, { top: p.text.y, langs: 3, words: 60 });
    expect(few.cover!.h).toBeCloseTo(p.text.h * 0.42);
  });

  it('centres the words under the cover when upright, beside it on their left otherwise', () => {
    const up = computeLayout(390, 844);
    const upright = attractLayout(up, { top: 100, langs: 3, words: 200 });
    expect(upright.text.y).toBeGreaterThan(upright.cover!.y + upright.cover!.h);
    expect(wordsColumn(up, upright.text)).toMatchObject({ originX: 0.5, align: 'center', x: upright.text.x + upright.text.w / 2 });
    const wide = computeLayout(1920, 1080);
    const beside = attractLayout(wide, { top: 100, langs: 3, words: 200 });
    expect(beside.text.x).toBeGreaterThan(beside.cover!.x + beside.cover!.w);
    expect(wordsColumn(wide, beside.text)).toMatchObject({ originX: 0, align: 'left', x: beside.text.x });
  });
});
