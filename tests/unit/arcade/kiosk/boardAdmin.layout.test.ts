// The board moderation's rectangles (the operator's screen: the whole height of a totem) at every booth size and
// text scale: the scroll area under the header, each Remove at least 44 px and clear of its line and of the other
// rows, headings above their levels, and the scrolled height reaching the last row.
import { describe, expect, it } from 'vitest';
import { adminLayout } from '../../../../src/arcade/kiosk/boardAdmin.layout';
import { named, onScreen, overlaps, screens, tooSmall } from './screens';

/** Two levels: three entries, then two. */
const HEADINGS = [true, false, false, true, false];

describe.each(screens(false))('board moderation at %s', (_name, L) => {
  it('scrolls its rows under the header, each Remove clear of its line and at least 44 px', () => {
    const R = adminLayout(L, HEADINGS);
    expect(onScreen(L, R.area)).toBe(true);
    const removes = named(
      'remove',
      R.rows.map((r) => r.remove),
    );
    expect(tooSmall(removes)).toEqual([]);
    expect(overlaps(removes)).toEqual([]);
    for (const r of R.rows) {
      expect(r.line.w).toBeGreaterThan(0);
      expect(r.line.x + r.line.w).toBeLessThan(r.remove.x);
      expect(r.remove.x + r.remove.w).toBeLessThanOrEqual(R.area.w);
      // The line is centred on its button.
      expect(r.line.y).toBe(r.remove.y + r.remove.h / 2);
    }
    const last = R.rows.at(-1)!.remove;
    expect(R.contentH).toBeGreaterThanOrEqual(last.y + last.h);
  });

  it('puts a heading above the first entry of each level only', () => {
    const R = adminLayout(L, HEADINGS);
    expect(R.rows.map((r) => r.heading !== null)).toEqual(HEADINGS);
    const second = R.rows[3]!;
    expect(second.heading!.y).toBeGreaterThan(R.rows[2]!.remove.y + R.rows[2]!.remove.h);
    expect(second.heading!.y).toBeLessThan(second.remove.y);
  });

  it('centres the empty board’s line under the header', () => {
    const R = adminLayout(L, []);
    expect(R.rows).toEqual([]);
    expect(R.empty.x).toBe(L.w / 2);
    expect(R.empty.w).toBeLessThanOrEqual(L.body.w);
    expect(R.empty.y).toBeGreaterThan(L.header.h);
  });
});
