// The objectives with each step's verdict and, once it ran, its results and why: real scrolling text over a canvas
// panel, with the text legend under it. Where there is no room, the DOM layer gets one line per objective.
import type Phaser from 'phaser';
import type { Rect } from '../../../core/rect';
import type { A11yScope } from '../../../ui/a11y';
import type { Layout } from '../../../ui/layout';
import { appendMuted, appendRows, type TextRow } from '../../../ui/textList';
import { addTextPanel } from '../../../ui/widgets';
import type { SssView } from '../present';

/** Below this height (in body lines) the list is not drawn, only read out. */
const MIN_LINES = 4.5;

export function drawObjectives(scene: Phaser.Scene, dom: A11yScope, L: Layout, r: Rect, obj: SssView['objectives'], scrollToNews: boolean): void {
  if (r.h < L.font.body * MIN_LINES) {
    for (const row of obj.rows) dom.text(row.line);
    return;
  }
  let news: HTMLLIElement | null = null;
  const sec = addTextPanel(scene, dom, { id: 'objectives', rect: r, title: obj.title, bodySize: L.font.small, titleSize: L.font.body }, (el) => {
    const rows: TextRow[] = obj.rows.map((row) => ({
      ...(row.status && row.statusText
        ? { badge: { text: row.statusText, tone: row.status === 'waiting' || row.status === 'info' ? 'none' : row.status } }
        : {}),
      lines: [{ text: row.text }, ...row.results.flatMap((x) => [{ text: x.answer }, { text: x.why, muted: true }])],
    }));
    const items = appendRows(el, rows);
    obj.rows.forEach((row, i) => {
      if (row.results.length > 0) news = items[i] ?? news;
    });
    appendMuted(el, obj.legend);
  });
  // The step just revealed is scrolled into view (its results are the news).
  const li = news as HTMLLIElement | null;
  if (li && scrollToNews) sec.scrollTop = li.offsetTop - L.gap;
}
