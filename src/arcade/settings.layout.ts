// Rectangles of the settings screen, from the screen's layout and the number of rows. Pure: one column of rows up to
// 560 px wide, centred under the header; the volume row split into −, the value and +; the note under the rows.
import type { Rect } from '../core/rect';
import type { Layout } from '../ui/layout';

export interface SettingsLayout {
  rows: Rect[];
  /** The note under the last row: centred on x, its top at y, wrapping at w. */
  note: { x: number; y: number; w: number };
}

export function settingsLayout(L: Layout, count: number): SettingsLayout {
  const w = Math.min(560, L.body.w);
  const x = L.w / 2 - w / 2;
  const rows: Rect[] = [];
  let y = L.body.y;
  for (let i = 0; i < count; i++, y += L.buttonH + L.gap) rows.push({ x, y, w, h: L.buttonH });
  return { rows, note: { x: L.w / 2, y, w } };
}

/** The volume row: a − and a + button at least 64 px wide at either end, the value between them. */
export function volumeRow(L: Layout, row: Rect): { down: Rect; value: Rect; up: Rect } {
  const small = Math.max(64, row.h * 1.4);
  return {
    down: { x: row.x, y: row.y, w: small, h: row.h },
    value: { x: row.x + small + L.gap, y: row.y, w: row.w - 2 * (small + L.gap), h: row.h },
    up: { x: row.x + row.w - small, y: row.y, w: small, h: row.h },
  };
}
