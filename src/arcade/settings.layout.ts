// Rectangles of the settings screen, from the screen's layout, the number of rows and the height of the note under
// them. Pure: one column of rows up to 560 px wide, centred under the header; the volume row split into −, the value
// and +; the note under the rows. Rows that do not fit at their usual height get shorter, down to a height that still
// holds a line of their words; where even that does not fit, the rows and the note scroll under the header.
import type { Rect } from '../core/rect';
import type { Layout } from '../ui/layout';

export interface SettingsLayout {
  /** In the screen's coordinates, or in the scroll area's content coordinates when the rows scroll. */
  rows: Rect[];
  /** The note under the last row: centred on x, its top at y, wrapping at w. */
  note: { x: number; y: number; w: number };
  /** Null: every row is on the screen. Else the area the rows and the note scroll in, and the height they take. */
  scroll: { rect: Rect; contentH: number } | null;
}

/** The shortest a row gets before the rows scroll instead: a line of its words with room around it. */
export function minRowH(L: Layout): number {
  return Math.max(48, Math.round(L.font.body * 1.9));
}

/** `noteH`: how tall the note under the rows came out (0: no note). */
export function settingsLayout(L: Layout, count: number, noteH = 0): SettingsLayout {
  const w = Math.min(560, L.body.w);
  const x = L.w / 2 - w / 2;
  const noteRoom = noteH > 0 ? L.gap + noteH : 0;
  const room = L.body.h - noteRoom - (count - 1) * L.gap;
  const squeezed = Math.floor(room / count);
  // Even at their shortest the rows do not fit: the screen under the header scrolls, the rows at their usual height.
  const scrolls = squeezed < minRowH(L);
  const h = scrolls ? L.buttonH : Math.min(L.buttonH, squeezed);
  const top = scrolls ? L.body.y - L.header.h : L.body.y;
  const rows: Rect[] = [];
  let y = top;
  for (let i = 0; i < count; i++, y += h + L.gap) rows.push({ x, y, w, h });
  const note = { x: L.w / 2, y, w };
  const area = { x: 0, y: L.header.h, w: L.w, h: L.h - L.header.h };
  return { rows, note, scroll: scrolls ? { rect: area, contentH: y - L.gap + noteRoom + L.pad } : null };
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
