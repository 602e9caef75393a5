// The before-and-after check's rectangles at a projector, 4:3 and a phone, at every text size: what the check is and
// the end screen over the button at the bottom; the question over its options, every option on the screen, apart,
// tall enough for two lines of its text and at least 44 px; the panel a line's worth when the game has no check.
import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../../../src/ui/layout';
import { checkLayout } from '../../../../src/arcade/learning/check.layout';
import { SCREENS, named, onScreen, overlaps, tooSmall } from '../layoutChecks';

describe.each(SCREENS)('check at %s', (_name, L) => {
  it.each(['full', 'short'] as const)('%s panel: the panel over the button at the bottom, on screen, apart', (panel) => {
    const lay = checkLayout(L, { panel, options: 0 });
    expect(onScreen(L, lay.panel)).toBe(true);
    expect(onScreen(L, lay.bottom)).toBe(true);
    expect(overlaps({ panel: lay.panel, bottom: lay.bottom })).toEqual([]);
    expect(tooSmall({ bottom: lay.bottom })).toEqual([]);
    expect(lay.panel.h).toBeGreaterThanOrEqual(L.font.large * 2);
  });

  // A check's question has three or four options (core/check's schema).
  it.each([3, 4])('a question with %i options: the question over them, every option on screen, apart, two lines tall', (n) => {
    const lay = checkLayout(L, { panel: 'question', options: n });
    const all = { question: lay.panel, ...named('option', lay.options) };
    for (const [k, r] of Object.entries(all)) expect(onScreen(L, r), `${k} ${JSON.stringify(r)}`).toBe(true);
    expect(overlaps(all)).toEqual([]);
    expect(tooSmall(named('option', lay.options))).toEqual([]);
    for (const r of lay.options) expect(r.h).toBeGreaterThanOrEqual(2 * L.font.body * 1.2 + 4);
    // The question shows at least its title and a few lines (it scrolls inside its panel).
    expect(lay.panel.h).toBeGreaterThanOrEqual(L.font.large * 1.2 + L.font.body * 3);
  });
});

describe('check column', () => {
  it('keeps a readable column on a projector, and the loading line at its top left', () => {
    const L = computeLayout(1920, 1080);
    const lay = checkLayout(L, { panel: 'full', options: 0 });
    expect(lay.panel.w).toBe(980);
    expect(lay.panel.x + lay.panel.w / 2).toBeCloseTo(L.w / 2);
    expect(lay.message).toEqual({ x: lay.panel.x, y: L.body.y, w: 980 });
    expect(lay.bottom.w).toBe(420);
    expect(lay.bottomFont).toBe(L.font.large);
  });

  it('gives the options the room they need, and the question what is left', () => {
    const L = computeLayout(1920, 1080);
    const four = checkLayout(L, { panel: 'question', options: 4 });
    const last = four.options.at(-1)!;
    expect(last.y + last.h).toBeCloseTo(L.h - L.pad - L.gap);
    expect(four.panel.y + four.panel.h + L.gap).toBeCloseTo(four.options[0]!.y);
  });
});
