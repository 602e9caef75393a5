// The screen's rectangles at projector 16:9, 4:3 and phone upright (and with the largest text): inside the screen,
// not on top of each other, every target at least 44 px.
import { describe, expect, test } from 'vitest';
import type { Rect } from '../../../../src/core/rect';
import { computeLayout } from '../../../../src/ui/layout';
import { actionRow, briefLayout, chooserLayout, MIN_TARGET, playLayout } from '../../../../src/games/seek-sense-share/layout';

const SIZES = [
  { name: '1920x1080', w: 1920, h: 1080, scale: 1 },
  { name: '1024x768', w: 1024, h: 768, scale: 1 },
  { name: '390x844', w: 390, h: 844, scale: 1 },
  { name: '390x844 large text', w: 390, h: 844, scale: 1.5 },
];

const inside = (r: Rect, o: Rect): boolean => r.x >= o.x - 0.5 && r.y >= o.y - 0.5 && r.x + r.w <= o.x + o.w + 0.5 && r.y + r.h <= o.y + o.h + 0.5;
const apart = (a: Rect, b: Rect): boolean => a.x + a.w <= b.x + 0.5 || b.x + b.w <= a.x + 0.5 || a.y + a.h <= b.y + 0.5 || b.y + b.h <= a.y + 0.5;

describe.each(SIZES)('at $name', ({ w, h, scale }) => {
  const L = computeLayout(w, h, scale);
  const screen = { x: 0, y: 0, w, h };

  test('the brief and its start button are on screen, apart, and big enough', () => {
    const b = briefLayout(L);
    expect(inside(b.panel, L.body)).toBe(true);
    expect(inside(b.start, L.body)).toBe(true);
    expect(apart(b.panel, b.start)).toBe(true);
    expect(Math.min(b.start.w, b.start.h)).toBeGreaterThanOrEqual(MIN_TARGET);
  });

  test.each([
    [false, 8],
    [true, 8],
    [false, 40],
    [true, 40],
  ])('network, legend, panel and actions fit without overlap (pair open %s, %i contacts)', (pairOpen, contacts) => {
    const r = playLayout(L, { pairOpen, contacts });
    for (const x of [r.graph, r.panel, r.actions]) expect(inside(x, screen)).toBe(true);
    expect(r.legendBelow).toBe(!L.portrait);
    expect(inside(r.graph, L.body) && inside(r.panel, L.body)).toBe(true);
    expect(apart(r.graph, r.panel)).toBe(true);
    expect(inside(r.actions, r.panel)).toBe(true);
    expect(r.graph.h).toBeGreaterThan(200);
    const row = actionRow(r.actions, 3, L.gap);
    for (const [i, a] of row.entries()) {
      expect(Math.min(a.w, a.h)).toBeGreaterThanOrEqual(MIN_TARGET);
      expect(inside(a, r.actions)).toBe(true);
      for (const b of row.slice(i + 1)) expect(apart(a, b)).toBe(true);
    }
    // The pair chooser (shown only with a pair open) in what is left once budget and heading took their share.
    if (!pairOpen) return;
    const top = r.panel.y + L.font.small * 6;
    const c = chooserLayout(L, r.panel.x, r.panel.w, top, r.actions.y, 3, L.font.small * 1.4);
    for (const [i, b] of c.buttons.entries()) {
      expect(b.h).toBeGreaterThanOrEqual(MIN_TARGET);
      expect(inside(b, r.panel)).toBe(true);
      expect(apart(b, r.actions)).toBe(true);
      for (const o of c.buttons.slice(i + 1)) expect(apart(b, o)).toBe(true);
    }
  });
});

test('upright with little room, the hint gives way and the kinds keep 44 px', () => {
  const L = computeLayout(390, 844, 1.5);
  const c = chooserLayout(L, 0, 300, 100, 100 + 3 * 60, 3, 40);
  expect(c.hint).toBe(false);
  for (const b of c.buttons) expect(b.h).toBeGreaterThanOrEqual(MIN_TARGET);
});
