// Rectangles of "What I learned": one text panel over the whole body (the list scrolls inside it, as real DOM that
// zooms and wraps), with the search box at the top at body size and a tap target's height. Pure.
import type { Rect } from '../../core/rect';
import type { Layout } from '../../ui/layout';

/** The smallest tap target, in CSS px: the search box is never shorter. */
const MIN_TARGET = 44;

export interface LibraryLayout {
  panel: Rect;
  /** The search box's text size and least height (CSS px). */
  search: { fontSize: number; minH: number };
}

export function libraryLayout(L: Layout): LibraryLayout {
  return { panel: L.body, search: { fontSize: L.font.body, minH: MIN_TARGET } };
}
