// One domain on the board: a coloured quadrant (or Confused's circle in the centre) with its name and cue,
// and its button in the accessible layer. Colour is never the only cue: each name carries a mark too.
import type Phaser from 'phaser';
import type { Rect } from '../../../core/rect';
import type { A11yScope } from '../../../ui/a11y';
import { addText, fitText } from '../../../ui/widgets';
import { COLORS } from '../../../ui/theme';
import type { Layout } from '../../../ui/layout';
import type { Domain } from '../model';
import type { DomainView } from '../present';
import { QUADRANT, type QuadrantDomain } from '../layout';

export const FILL: Record<Domain, number> = { complex: 0xcfe8d5, complicated: 0xcfe0f5, chaotic: 0xf6d3cf, clear: 0xfbeccb, confused: 0xe3dcef };
const RADIUS = 16;
/** Share of a quadrant's smaller side kept clear of its cue text where Confused sits in the centre. */
const CENTRE_CLEARANCE = 0.22;
/** The smallest size of Confused's short cue inside its circle (the arcade's smallest readable canvas text). */
const MIN_CUE_FONT = 16;

/** One size for all four quadrant names: the largest at which the longest fits its quadrant. */
export function quadrantTitleSize(scene: Phaser.Scene, L: Layout, titles: string[], q: Rect): number {
  let size = L.portrait ? L.font.body : L.font.large;
  for (const title of titles) {
    const probe = addText(scene, 0, 0, title, { size, bold: true });
    fitText(probe, q.w - 2 * L.pad, q.h);
    size = Math.min(size, parseInt(String(probe.style.fontSize), 10));
    probe.destroy();
  }
  return size;
}

export interface DomainTileOptions {
  titleSize: number;
  /** Confused is on the board: quadrant names move to the outer corners, clear of the centre. */
  withCentre: boolean;
  onActivate(): void;
}

export function drawDomainTile(scene: Phaser.Scene, dom: A11yScope, L: Layout, q: Rect, vm: DomainView, o: DomainTileOptions): void {
  const g = scene.add.graphics();
  const round = vm.domain === 'confused';
  const draw = (hot: boolean): void => {
    g.clear();
    g.fillStyle(FILL[vm.domain], 1);
    if (round) g.fillCircle(q.x + q.w / 2, q.y + q.h / 2, q.w / 2);
    else g.fillRoundedRect(q.x, q.y, q.w, q.h, RADIUS);
    g.lineStyle(hot ? 5 : 2, hot ? COLORS.ink : COLORS.inkSoft, 1);
    if (round) g.strokeCircle(q.x + q.w / 2, q.y + q.h / 2, q.w / 2);
    else g.strokeRoundedRect(q.x, q.y, q.w, q.h, RADIUS);
  };
  draw(false);
  if (round) {
    const inner = q.w * 0.74;
    const title = addText(scene, q.x + q.w / 2, q.y + q.h / 2, vm.title, {
      size: L.font.body,
      bold: true,
      color: COLORS.ink,
      originX: 0.5,
      originY: 0.5,
      align: 'center',
      width: inner,
    });
    fitText(title, inner, q.h * 0.6);
    // Its short cue under the name where the circle has room (never below the smallest readable size).
    if (vm.shortCue) {
      const cue = addText(scene, q.x + q.w / 2, 0, vm.shortCue, {
        size: Math.max(MIN_CUE_FONT, Math.round(L.font.small * 0.85)),
        color: COLORS.inkSoft,
        originX: 0.5,
        align: 'center',
        width: inner,
      });
      const blockH = title.height + 2 + cue.height;
      if (blockH <= q.h * 0.7) {
        title.setY(q.y + q.h / 2 - blockH / 2 + title.height / 2);
        cue.setY(q.y + q.h / 2 - blockH / 2 + title.height + 2);
      } else cue.destroy();
    }
  } else {
    const [cx, cy] = QUADRANT[vm.domain as QuadrantDomain];
    const inner = q.w - 2 * L.pad - (o.withCentre ? Math.min(q.w, q.h) * CENTRE_CLEARANCE : 0);
    const align = o.withCentre ? (cx === 0 ? 'left' : 'right') : 'center';
    const ox = align === 'left' ? 0 : align === 'right' ? 1 : 0.5;
    const x = align === 'left' ? q.x + L.pad : align === 'right' ? q.x + q.w - L.pad : q.x + q.w / 2;
    const title = addText(scene, x, 0, vm.title, { size: o.titleSize, bold: true, color: COLORS.ink, originX: ox, align, width: q.w - 2 * L.pad });
    fitText(title, q.w - 2 * L.pad, q.h * 0.4);
    const cue = addText(scene, x, 0, vm.cue, { size: L.font.small, color: COLORS.inkSoft, originX: ox, align, width: inner });
    const blockH = title.height + 4 + cue.height;
    const fits = blockH <= q.h - 2 * L.pad;
    cue.setVisible(fits);
    // Top quadrants read from the top; bottom ones sit on their bottom edge, away from the centre.
    const top = cy === 0 || !o.withCentre ? q.y + L.pad * 0.8 : q.y + q.h - L.pad * 0.8 - (fits ? blockH : title.height);
    title.setY(top);
    cue.setY(top + title.height + 4);
  }
  dom.button({
    id: `domain-${vm.domain}`,
    label: vm.label,
    description: vm.cue,
    group: 'domains',
    rect: q,
    onActivate: o.onActivate,
    onFocus: () => draw(true),
    onBlur: () => draw(false),
  });
}
