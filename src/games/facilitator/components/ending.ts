// The ending: its tone, title and text, the score per role as bars with numbers and words, the method's steps,
// and Debrief, Restart, Step back and Earlier lines. Upright phones put the words in one scrolling panel.
import type Phaser from 'phaser';
import type { A11yScope, Rect } from '../../../ui/a11y';
import type { Layout } from '../../../ui/layout';
import { COLORS } from '../../../ui/theme';
import { addPanel, addText } from '../../../ui/widgets';
import { fillBlocks, type DomBlock } from '../../../ui/domText';
import { addTextStack, measureWidth } from '../../../ui/textFit';
import { barH, type ScreenRects } from '../layout';
import type { EndingView } from '../present';
import { viewButton } from './dialogue';
import { stackPieces } from './ink';

export interface EndingActions {
  onDebrief(): void;
  onRestart(): void;
  onBack(): void;
  onTranscript(): void;
}

function scoresPanel(scene: Phaser.Scene, dom: A11yScope, L: Layout, box: Rect, view: EndingView): void {
  addPanel(scene, box);
  let y = box.y + L.pad;
  const head = addText(scene, box.x + L.pad, y, view.scoresTitle, { size: L.font.body, bold: true, color: COLORS.ink });
  y += head.height + L.gap;
  const rowH = Math.round(L.font.body * 1.5) + L.gap;
  const nameW = Math.max(...view.rows.map((r) => measureWidth(scene, r.name, L.font.body, true)));
  // Every bar has the same length, so the rows compare at a glance.
  const valW = Math.max(...view.rows.map((r) => measureWidth(scene, r.valueText, L.font.body, r.bold)));
  for (const row of view.rows) {
    addText(scene, box.x + L.pad, y, row.name, { size: L.font.body, bold: true, color: COLORS.ink });
    const val = addText(scene, box.x + box.w - L.pad, y, row.valueText, { size: L.font.body, bold: row.bold, color: COLORS.ink, originX: 1 });
    const bx = box.x + L.pad + nameW + L.gap;
    const bw = Math.max(24, box.x + box.w - L.pad - valW - L.gap - bx);
    const bh = barH(L);
    const by = y + (val.height - bh) / 2;
    const g = scene.add.graphics();
    g.fillStyle(COLORS.surfaceAlt, 1);
    g.fillRoundedRect(bx, by, bw, bh, bh / 2);
    g.lineStyle(1, COLORS.inkSoft, 1);
    g.strokeRoundedRect(bx, by, bw, bh, bh / 2);
    if (row.value > 0) {
      g.fillStyle(COLORS.buttonQuiet, 1);
      g.fillRoundedRect(bx, by, Math.max(bh, (bw * row.value) / 100), bh, bh / 2);
    }
    y += rowH;
  }
  dom.text(view.scoresSaid);
}

const recapBlocks = (v: EndingView): DomBlock[] => [
  { kind: 'heading', level: 3, text: v.recapHeading },
  { kind: 'list', ordered: true, items: v.steps },
  { kind: 'heading', level: 3, text: v.servesHeading },
  { kind: 'para', text: v.serves },
];

function buttons(scene: Phaser.Scene, dom: A11yScope, L: Layout, rects: readonly Rect[], view: EndingView, on: EndingActions): void {
  const go: Record<string, () => void> = { debrief: on.onDebrief, restart: on.onRestart, back: on.onBack, transcript: on.onTranscript };
  view.buttons.forEach((b, i) => {
    const r = rects[i];
    if (r) viewButton(scene, dom, L, b, r, go[b.id] ?? (() => {}), b.id === 'debrief');
  });
}

export function drawEnding(scene: Phaser.Scene, dom: A11yScope, L: Layout, rects: ScreenRects, view: EndingView, on: EndingActions): void {
  const e = rects.ending;
  if (e.scores && e.recap) {
    const used = addTextStack(scene, dom, L, e.story, stackPieces(L, view.block.pieces), view.block.id, view.block.label);
    // The scores follow the words, so a short ending leaves no gap between them.
    scoresPanel(scene, dom, L, { ...e.scores, y: e.story.y + used + L.gap }, view);
    addPanel(scene, e.recap);
    dom.panel('recap', e.recap, view.recapTitle, (el) => {
      el.style.setProperty('--text-body', `${L.font.body}px`);
      fillBlocks(el, recapBlocks(view));
    });
  } else {
    addPanel(scene, e.story);
    dom.panel('ending', e.story, view.block.label, (el) => {
      el.style.setProperty('--text-body', `${L.font.small}px`);
      fillBlocks(el, [
        ...view.block.pieces.map((p): DomBlock =>
          p.size === 'large' ? { kind: 'heading', level: 2, text: p.text, size: L.font.large } : { kind: 'para', text: p.text, bold: p.bold },
        ),
        { kind: 'heading', level: 3, text: view.scoresTitle },
        { kind: 'list', ordered: false, items: view.scoreLines },
        ...recapBlocks(view),
      ]);
    });
  }
  buttons(scene, dom, L, e.buttons, view, on);
}
