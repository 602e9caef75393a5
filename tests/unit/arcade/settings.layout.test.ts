// The settings screen's rectangles at a projector, 4:3 and a phone, at every text size: every row on the screen (or,
// where even the shortest rows do not fit, in a scroll area under the header that holds them all), one under another,
// apart and at least 44 px; the volume's −, value and + inside their row, apart; the note under.
import { describe, expect, it } from 'vitest';
import { computeLayout, type Layout } from '../../../src/ui/layout';
import { minRowH, settingsLayout, volumeRow, type SettingsLayout } from '../../../src/arcade/settings.layout';
import { SCREENS, named, onScreen, overlaps, tooSmall, reachable as checkReachable } from './layoutChecks';

/** Six rows (sound, music, volume, motion, text, language), eight with the progress files, nine on a former booth. */
const ROWS = [6, 8, 9];

/** Every row where it can be reached (layoutChecks.reachable). */
function reachable(L: Layout, lay: SettingsLayout): void {
  checkReachable(L, lay.scroll, lay.rows);
}

describe.each(SCREENS)('settings at %s', (_name, L) => {
  it.each(ROWS)('%i rows: reachable, apart, at least 44 px', (n) => {
    const lay = settingsLayout(L, n);
    expect(lay.rows).toHaveLength(n);
    reachable(L, lay);
    expect(overlaps(named('row', lay.rows))).toEqual([]);
    expect(tooSmall(named('row', lay.rows))).toEqual([]);
    expect(lay.note.y).toBeGreaterThanOrEqual(lay.rows.at(-1)!.y + lay.rows.at(-1)!.h);
  });

  it('keeps the note on the screen under the rows', () => {
    const lay = settingsLayout(L, 8, L.font.small * 3);
    reachable(L, lay);
    const bottom = lay.note.y + L.font.small * 3;
    if (lay.scroll) expect(bottom).toBeLessThanOrEqual(lay.scroll.contentH);
    else expect(bottom).toBeLessThanOrEqual(L.h - L.pad + 0.5);
  });

  it('splits the volume row into −, the value and +, inside the row and apart', () => {
    const row = settingsLayout(L, 6).rows[2]!;
    const v = volumeRow(L, row);
    for (const r of Object.values(v)) expect(r.x >= row.x - 0.5 && r.x + r.w <= row.x + row.w + 0.5 && r.y === row.y && r.h === row.h).toBe(true);
    expect(overlaps(v)).toEqual([]);
    expect(tooSmall(v)).toEqual([]);
    expect(v.down.x).toBeLessThan(v.value.x);
    expect(v.value.x).toBeLessThan(v.up.x);
  });
});

describe('settings with the largest text', () => {
  it.each([
    [1920, 1080],
    [1024, 768],
  ])('at %i x %i all eight rows are on the screen (Restore progress from a file too), shorter, apart, at least 44 px', (w, h) => {
    const L = computeLayout(w, h, 1.5);
    const lay = settingsLayout(L, 8);
    expect(lay.scroll).toBeNull();
    for (const r of lay.rows) expect(onScreen(L, r) && r.y + r.h <= L.h - L.pad + 0.5, JSON.stringify(r)).toBe(true);
    expect(overlaps(named('row', lay.rows))).toEqual([]);
    expect(tooSmall(named('row', lay.rows))).toEqual([]);
    expect(lay.rows[7]!.h).toBeLessThan(L.buttonH);
    expect(lay.rows[7]!.h).toBeGreaterThanOrEqual(minRowH(L));
  });

  it('keeps the usual row height wherever the rows fit', () => {
    for (const L of [computeLayout(1920, 1080), computeLayout(1024, 768), computeLayout(390, 844, 1.5)])
      expect(settingsLayout(L, 8).rows.map((r) => r.h)).toEqual(Array(8).fill(L.buttonH));
  });

  it('scrolls rows that do not fit even at their shortest, at their usual height, all of them reachable', () => {
    const L = computeLayout(1024, 768, 1.5);
    const lay = settingsLayout(L, 12, L.font.small * 2);
    expect(lay.scroll).not.toBeNull();
    reachable(L, lay);
    expect(lay.rows.every((r) => r.h === L.buttonH)).toBe(true);
    expect(overlaps(named('row', lay.rows))).toEqual([]);
    // The first row is where it is without scrolling: under the header, as on a screen that does not scroll.
    expect(lay.scroll!.rect.y + lay.rows[0]!.y).toBe(L.body.y);
    expect(lay.note.y + L.font.small * 2).toBeLessThanOrEqual(lay.scroll!.contentH);
  });
});
