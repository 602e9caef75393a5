// The second question and its options: a heading and one card-style button per option, each the option's own text
// (written for the card), shrunk to fit its button.
import type Phaser from 'phaser';
import type { Rect } from '../../../core/rect';
import type { A11yScope } from '../../../ui/a11y';
import { addButton, addText, fitText } from '../../../ui/widgets';
import type { Layout } from '../../../ui/layout';
import type { OptionId } from '../model';
import type { OptionView } from '../present';
import { questionFontOf } from '../layout';

/** Below this many body lines tall, an option's text is drawn at the small size so a long option still fits. */
const BODY_LINES = 3.4;

export function drawOptions(
  scene: Phaser.Scene,
  dom: A11yScope,
  L: Layout,
  heading: Rect,
  rects: Rect[],
  vm: { heading: string; options: OptionView[] },
  onChoose: (choice: OptionId) => void,
): void {
  const q = addText(scene, heading.x, heading.y, vm.heading, { size: questionFontOf(L), bold: true, width: heading.w });
  fitText(q, heading.w, heading.h);
  vm.options.forEach((o, i) => {
    const rect = rects[i];
    if (!rect) return;
    addButton(scene, dom, L, {
      id: `opt-${o.choice}`,
      label: o.label,
      style: 'card',
      group: 'options',
      rect,
      sound: false,
      fontSize: rect.h > L.font.body * BODY_LINES ? L.font.body : L.font.small,
      onActivate: () => onChoose(o.choice),
    });
  });
}
