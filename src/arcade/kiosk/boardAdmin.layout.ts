// Rectangles of the operator's board moderation, from the screen's layout: one scroll area under the header, a
// heading above each level's entries, and each entry's line with its Remove button at the right (in the area's own
// coordinates); on an empty board, one centred line. Pure.
import type { Rect } from '../../core/rect';
import type { Layout } from '../../ui/layout';

/** Where a line of text starts: its left (or centre, for the empty board's) edge, its top or middle, its width. */
export interface TextSpot {
  x: number;
  y: number;
  w: number;
}

export interface AdminRowLayout {
  /** The level's heading (top-left), on a row that starts a level. */
  heading: TextSpot | null;
  /** The entry's line, vertically centred on `y`. */
  line: TextSpot;
  remove: Rect;
}

export interface AdminLayout {
  /** The empty board's line, centred on `x`. */
  empty: TextSpot;
  /** The scroll area, and the height of what scrolls in it. */
  area: Rect;
  contentH: number;
  rows: AdminRowLayout[];
}

/** `headings`: for each entry, whether it starts a level (and so has a heading above it). */
export function adminLayout(L: Layout, headings: readonly boolean[]): AdminLayout {
  const rowH = L.buttonH + L.gap;
  const headH = L.font.body * 2;
  const groups = headings.filter(Boolean).length;
  const w = L.body.w;
  const bw = Math.min(260, w * 0.32);
  let y = 0;
  const rows = headings.map((starts) => {
    let heading: TextSpot | null = null;
    if (starts) {
      heading = { x: 0, y: y + headH * 0.25, w };
      y += headH;
    }
    const row = { heading, line: { x: 0, y: y + L.buttonH / 2, w: w - bw - L.gap }, remove: { x: w - bw, y, w: bw, h: L.buttonH } };
    y += rowH;
    return row;
  });
  return {
    empty: { x: L.w / 2, y: L.body.y + L.pad, w: Math.min(L.body.w, 700) },
    area: L.body,
    contentH: headings.length * rowH + groups * headH,
    rows,
  };
}
