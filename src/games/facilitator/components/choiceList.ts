// The choices of a decision: numbered cards, locked ones shown disabled with their reason (seeing a door an earlier
// move closed is part of the lesson); a list taller than its room scrolls natively.
import type Phaser from 'phaser';
import type { A11yScope, Rect } from '../../../ui/a11y';
import type { Layout } from '../../../ui/layout';
import { COLORS } from '../../../ui/theme';
import { addButton, addScrollArea, addText, type Scroller } from '../../../ui/widgets';
import { MIN_TEXT, measureHeight } from '../../../ui/textFit';
import { SCROLL_RING } from '../layout';
import type { ChoiceView } from '../present';

const badgeR = (size: number): number => Math.round(size * 0.8);
const textW = (L: Layout, w: number, size: number): number => w - badgeR(size) * 2 - 3 * L.gap;
const subSize = (size: number): number => Math.max(MIN_TEXT, size - 2);

/** Each choice's height at this text size and width (at least a button's height). */
export function choiceHeights(scene: Phaser.Scene, L: Layout, choices: readonly ChoiceView[], size: number, w: number): number[] {
  const tw = textW(L, w, size);
  return choices.map((c) => {
    let h = measureHeight(scene, c.label, size, tw, true);
    if (c.lock) h += 4 + measureHeight(scene, c.lock, subSize(size), tw);
    return Math.max(L.buttonH, Math.ceil(h + 2 * L.gap));
  });
}

function drawChoice(
  scene: Phaser.Scene,
  dom: A11yScope,
  L: Layout,
  r: Rect,
  c: ChoiceView,
  size: number,
  onChoose: (index: number) => void,
  scroll?: Scroller,
): void {
  addButton(scene, dom, L, {
    id: c.id,
    label: c.label,
    // The canvas label is drawn below, left-aligned with a number, so the button's own stays empty.
    visibleLabel: ' ',
    description: c.lock ?? undefined,
    disabled: c.locked,
    style: 'card',
    group: 'choices',
    rect: r,
    scroll,
    onActivate: () => onChoose(c.index),
  });
  const ink = c.locked ? COLORS.onBg : COLORS.ink;
  const br = badgeR(size);
  const g = scene.add.graphics();
  g.fillStyle(c.locked ? COLORS.bg : COLORS.buttonQuiet, 1);
  g.fillCircle(r.x + L.gap + br, r.y + r.h / 2, br);
  const badge = addText(scene, r.x + L.gap + br, r.y + r.h / 2, c.badge, { size: subSize(size), bold: true, color: COLORS.onBg, originX: 0.5, originY: 0.5 });
  const tx = r.x + 2 * L.gap + 2 * br;
  const tw = textW(L, r.w, size);
  const main = addText(scene, tx, r.y, c.label, { size, bold: true, color: ink, width: tw });
  const sub = c.lock ? addText(scene, tx, r.y, c.lock, { size: subSize(size), color: ink, width: tw }) : null;
  const total = main.height + (sub ? 4 + sub.height : 0);
  main.setY(r.y + (r.h - total) / 2);
  sub?.setY(main.y + main.height + 4);
  scroll?.container.add([g, badge, main, ...(sub ? [sub] : [])]);
}

/** Draws the choices in `rects` (content coordinates of a scroll area over `list` when `scroll`). */
export function drawChoiceList(
  scene: Phaser.Scene,
  dom: A11yScope,
  L: Layout,
  o: { id: string; list: Rect; scroll: boolean; rects: readonly Rect[]; heights: readonly number[]; size: number },
  choices: readonly ChoiceView[],
  onChoose: (index: number) => void,
): void {
  let scroller: Scroller | undefined;
  if (o.scroll) {
    const listH = o.heights.reduce((a, b) => a + b, 0) + L.gap * (o.heights.length - 1);
    const ring = SCROLL_RING;
    scroller = addScrollArea(scene, dom, o.id, { x: o.list.x - ring, y: o.list.y - ring, w: o.list.w + 2 * ring, h: o.list.h + ring }, listH + 2 * ring);
  }
  choices.forEach((c, i) => {
    const r = o.rects[i];
    if (r) drawChoice(scene, dom, L, r, c, o.size, onChoose, scroller);
  });
}
