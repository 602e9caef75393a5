// The top of the panel: the budget, what just happened, and then the pair chooser (the kinds of tie with their
// costs, or the tie already there), the chosen first end, or the flow step's text. Returns where it ended.
import type Phaser from 'phaser';
import type { Rect } from '../../../core/rect';
import type { A11yScope } from '../../../ui/a11y';
import type { Layout } from '../../../ui/layout';
import { TextStack } from '../../../ui/textStack';
import { addButton } from '../../../ui/widgets';
import { COLORS } from '../../../ui/theme';
import { chooserLayout } from '../layout';
import type { SssView } from '../present';
import type { TieKind } from '../schema';
import { drawBudgetMeters } from './budgetMeters';

export interface PanelHandlers {
  tie(kind: TieKind): void;
  untie(): void;
}

/** Widest the lone "remove tie" button grows. */
const UNTIE_MAX_W = 360;

export function drawSidePanel(scene: Phaser.Scene, dom: A11yScope, L: Layout, r: Rect, bottom: number, view: SssView, h: PanelHandlers): number {
  const col = new TextStack(scene, r.x, drawBudgetMeters(scene, dom, r.x, r.y, r.w, L.font.small, L.gap, view.budget), r.w);
  if (view.note) col.add(view.note.text, { size: L.font.small, bold: true, color: view.note.ok ? 0xa7f3c0 : 0xffc2bd }, L.gap);
  const p = view.panel;
  if (p.kind === 'flow') {
    col.add(p.desc, { size: L.font.small, color: COLORS.onBgSoft }, L.gap);
    if (p.done) col.add(p.done, { size: L.font.small, bold: true }, L.gap);
  } else if (p.kind === 'none') {
    for (const line of p.lines) col.add(line, { size: L.font.small, bold: true }, L.gap * 0.5);
    col.skip(L.gap * 0.5);
  } else if (p.kind === 'from') {
    col.add(p.name, { size: L.font.body, bold: true }, L.gap * 0.5);
    col.add(p.facts, { size: L.font.small, color: COLORS.onBgSoft }, L.gap * 0.5);
    col.add(p.next, { size: L.font.small, bold: true }, L.gap);
  } else {
    // Large text on a phone: the pair's heading may not take more than three lines of the panel.
    col.add(p.heading, { size: L.font.body, bold: true }, L.gap * 0.6, L.font.body * 1.35 * 3);
    if (p.existing) {
      col.add(p.existing.info, { size: L.font.small, color: COLORS.onBgSoft }, L.gap);
      addButton(scene, dom, L, {
        id: 'untie',
        label: p.existing.untie,
        description: p.existing.untieWhy ?? undefined,
        style: p.existing.fixed ? 'quiet' : 'card',
        rect: { x: r.x, y: col.y, w: Math.min(r.w, UNTIE_MAX_W), h: L.buttonH },
        onActivate: h.untie,
      });
      col.skip(L.buttonH + L.gap);
    } else {
      const hint = col.add(p.choose, { size: L.font.small, color: COLORS.onBgSoft }, 0);
      col.skip(-hint.height);
      const rects = chooserLayout(L, r.x, r.w, col.y, bottom, p.options.length, hint.height);
      hint.setVisible(rects.hint);
      p.options.forEach((o, i) =>
        addButton(scene, dom, L, {
          id: o.id,
          label: o.label,
          visibleLabel: o.visibleLabel,
          description: o.why,
          sublabel: L.portrait ? undefined : o.why,
          style: o.ok ? 'card' : 'quiet',
          group: 'kinds',
          sound: false,
          fontSize: L.font.small,
          rect: rects.buttons[i]!,
          onActivate: () => h.tie(o.kind),
        }),
      );
      col.y = rects.bottom;
    }
  }
  return col.y;
}
