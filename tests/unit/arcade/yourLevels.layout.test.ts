// The rectangles of "Your levels" at a projector, 4:3 and a phone, at every text size: each row's buttons inside the
// scroll area, apart from each other, from the other rows and from the row's title, every button at least 44 px.
import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../../src/ui/layout';
import { noneAt, yourLevelsLayout } from '../../../src/arcade/yourLevels.layout';
import { SCREENS, named, onScreen, overlaps, tooSmall, textH } from './layoutChecks';

describe.each(SCREENS)('your levels at %s', (_name, L) => {
  it.each([3, 4])('%i buttons a row: inside the list, apart, clear of the titles, at least 44 px', (n) => {
    const lay = yourLevelsLayout(L, 5, n);
    expect(onScreen(L, lay.scroll)).toBe(true);
    const all = lay.rows.flatMap((r, i) => r.buttons.map((b, k) => [`row ${i} button ${k}`, b] as const));
    for (const [name, b] of all) expect(b.x >= 0 && b.x + b.w <= lay.scroll.w + 0.5 && b.y >= 0 && b.y + b.h <= lay.contentH + 0.5, name).toBe(true);
    expect(overlaps(Object.fromEntries(all))).toEqual([]);
    expect(tooSmall(Object.fromEntries(all))).toEqual([]);
    for (const [i, r] of lay.rows.entries()) {
      // The title, one line of the longest kept name, beside or above its buttons, never under them.
      const title = { x: r.title.x, y: r.title.y, w: r.title.w, h: textH('A level of my own', L.font.body, r.title.w, true) };
      expect(overlaps({ title, ...named('button', r.buttons) }), `row ${i}`).toEqual([]);
    }
  });
});

describe('your levels, wide and upright', () => {
  it('puts the buttons beside the title on a wide screen and under it upright, across the width', () => {
    const wide = yourLevelsLayout(computeLayout(1920, 1080), 2, 4).rows[0]!;
    expect(wide.buttons[0]!.x).toBeGreaterThanOrEqual(wide.title.x + wide.title.w);
    const phone = computeLayout(390, 844);
    const up = yourLevelsLayout(phone, 2, 4).rows[0]!;
    expect(up.buttons[0]!.y).toBeGreaterThan(up.title.y);
    expect(up.buttons.at(-1)!.x + up.buttons.at(-1)!.w).toBeCloseTo(phone.body.w);
  });

  it('scrolls a long list, and shows the line for no level under the header', () => {
    const L = computeLayout(1024, 768);
    const lay = yourLevelsLayout(L, 40, 3);
    expect(lay.contentH).toBeGreaterThan(lay.scroll.h);
    expect(noneAt(L).y).toBeGreaterThan(L.header.h);
  });
});
