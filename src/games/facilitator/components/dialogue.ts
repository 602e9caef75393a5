// The dialogue box: the line (or the setting, or a consequence) in a panel, then Continue or the choices, then the
// footer with Earlier lines and Step back.
import type Phaser from 'phaser';
import type { A11yScope, Rect } from '../../../ui/a11y';
import type { Layout } from '../../../ui/layout';
import { COLORS } from '../../../ui/theme';
import { addButton, addText } from '../../../ui/widgets';
import { MIN_TEXT, addTextStack, measureHeight } from '../../../ui/textFit';
import { choiceRects, choicesFit, continueRect, lineBudget, type ScreenRects } from '../layout';
import type { ButtonView, FacView } from '../present';
import { choiceHeights, drawChoiceList } from './choiceList';
import { stackPieces } from './ink';

export interface DialogueActions {
  onContinue(): void;
  onChoose(index: number): void;
  onTranscript(): void;
  onBack(): void;
}

/** A quiet or primary button from the presenter's words. */
export function viewButton(scene: Phaser.Scene, dom: A11yScope, L: Layout, b: ButtonView, rect: Rect, go: () => void, primary = false): void {
  addButton(scene, dom, L, {
    id: b.id,
    label: b.label,
    visibleLabel: b.shown,
    disabled: b.disabled,
    style: primary ? 'primary' : 'quiet',
    rect,
    fontSize: primary ? L.font.large : L.font.small,
    onActivate: go,
  });
}

function drawDecision(scene: Phaser.Scene, dom: A11yScope, L: Layout, area: Rect, view: FacView, tagInBox: boolean, on: DialogueActions): void {
  const pieces = stackPieces(L, [...(tagInBox && view.speakerTag ? [view.speakerTag] : []), ...view.block.pieces]);
  let askH = measureHeight(scene, view.ask, L.font.body, area.w, true);
  // Choices come first: try smaller type until they leave room for at least three lines of the prompt.
  let size: number = L.font.body;
  let heights = choiceHeights(scene, L, view.choices, size, area.w);
  for (const next of [L.font.small, MIN_TEXT]) {
    if (choicesFit(L, area, askH, heights) || size <= next) break;
    size = next;
    heights = choiceHeights(scene, L, view.choices, size, area.w);
  }
  // Still too tall (a small phone): the ask gives way on the canvas (the DOM layer keeps it).
  if (!choicesFit(L, area, askH, heights)) askH = 0;
  const used = addTextStack(scene, dom, L, { ...area, h: lineBudget(L, area, askH, heights) }, pieces, view.block.id, view.block.label);
  const r = choiceRects(L, area, used, askH, heights);
  if (r.ask) addText(scene, r.ask.x, r.ask.y, view.ask, { size: L.font.body, bold: true, color: COLORS.onBgSoft, width: r.ask.w });
  dom.text(view.ask);
  drawChoiceList(scene, dom, L, { id: `choices-${view.nodeId}`, list: r.list, scroll: r.scroll, rects: r.choices, heights, size }, view.choices, on.onChoose);
}

/** The dialogue area and its footer. `tagInBox`: the line box names the speaker (wide screens). */
export function drawDialogue(scene: Phaser.Scene, dom: A11yScope, L: Layout, rects: ScreenRects, view: FacView, tagInBox: boolean, on: DialogueActions): void {
  const area = rects.dialogue;
  if (view.mode === 'decision') {
    drawDecision(scene, dom, L, area, view, tagInBox, on);
  } else {
    const pieces = stackPieces(L, [...(tagInBox && view.speakerTag ? [view.speakerTag] : []), ...view.block.pieces]);
    const used = addTextStack(scene, dom, L, { ...area, h: area.h - L.buttonH - L.gap }, pieces, view.block.id, view.block.label);
    if (view.continue) viewButton(scene, dom, L, view.continue, continueRect(L, area, used), on.onContinue, true);
  }
  // Utility row, after the choices in reading order.
  const [transcript, back] = view.footer;
  if (transcript) viewButton(scene, dom, L, transcript, rects.footer[0], on.onTranscript);
  if (back) viewButton(scene, dom, L, back, rects.footer[1], on.onBack);
}
