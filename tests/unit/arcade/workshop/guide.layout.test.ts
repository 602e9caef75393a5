// The facilitator guide's rectangles at a projector, 4:3 and a phone, at every text size: the guide's panel over
// its buttons (Done and Print; the paper kit too from the workshop screen), on screen, apart, at least 44 px, the
// panel a readable column on a wide screen.
import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../../../src/ui/layout';
import { guideLayout } from '../../../../src/arcade/workshop/guide.layout';
import { SCREENS, named, onScreen, overlaps, tooSmall } from '../layoutChecks';

describe.each(SCREENS)('facilitator guide at %s', (_name, L) => {
  it.each([2, 3])('with %i buttons: the panel over them, everything on screen, apart, targets at least 44 px', (n) => {
    const lay = guideLayout(L, n);
    const all = { panel: lay.panel, ...named('button', lay.buttons) };
    for (const [k, r] of Object.entries(all)) expect(onScreen(L, r), `${k} ${JSON.stringify(r)}`).toBe(true);
    expect(overlaps(all)).toEqual([]);
    expect(tooSmall(named('button', lay.buttons))).toEqual([]);
    // The guide shows a good part of itself before it scrolls.
    expect(lay.panel.h).toBeGreaterThan(L.h / 2);
  });
});

describe('facilitator guide column', () => {
  it('keeps the guide to a readable 1000 px on a projector, its buttons centred under it', () => {
    const L = computeLayout(1920, 1080);
    const lay = guideLayout(L, 3);
    expect(lay.panel.w).toBe(1000);
    expect(lay.panel.x + lay.panel.w / 2).toBe(L.w / 2);
    const row = lay.buttons;
    expect((row[0]!.x + row.at(-1)!.x + row.at(-1)!.w) / 2).toBeCloseTo(L.w / 2);
    expect(row.every((b) => b.w <= 420)).toBe(true);
    expect(lay.buttonFont).toBeUndefined();
  });

  it('uses the whole width on a phone, and the small text on Print and the paper kit', () => {
    const L = computeLayout(390, 844);
    const lay = guideLayout(L, 3);
    expect(lay.panel.w).toBe(L.body.w);
    expect(lay.buttonFont).toBe(L.font.small);
  });
});
