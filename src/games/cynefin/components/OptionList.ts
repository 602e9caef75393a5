// The second question and its options: a heading and one card-style button per option, its description under
// the label where the button is tall enough (always in the button's accessible description).
import type Phaser from 'phaser';
import type { Rect } from '../../../core/rect';
import type { A11yScope } from '../../../ui/a11y';
import { addButton, addText, fitText } from '../../../ui/widgets';
import type { Layout } from '../../../ui/layout';
import type { SecondChoice } from '../model';
import type { OptionView } from '../present';

/** A button shows its description when it is at least this many body lines tall. */
const DESC_LINES = 3.4;

export function drawOptions(
  scene: Phaser.Scene,
  dom: A11yScope,
  L: Layout,
  heading: Rect,
  rects: Rect[],
  vm: { heading: string; options: OptionView[] },
  onChoose: (choice: SecondChoice) => void,
): void {
  const q = addText(scene, heading.x, heading.y, vm.heading, { size: L.font.large, bold: true, width: heading.w });
  fitText(q, heading.w, heading.h);
  vm.options.forEach((o, i) => {
    const rect = rects[i];
    if (!rect) return;
    const showDesc = rect.h > L.font.body * DESC_LINES;
    addButton(scene, dom, L, {
      id: `opt-${o.choice}`,
      label: o.label,
      description: o.description,
      sublabel: showDesc ? o.description : undefined,
      style: 'card',
      group: 'options',
      rect,
      sound: false,
      fontSize: showDesc ? L.font.small : L.font.body,
      onActivate: () => onChoose(o.choice),
    });
  });
}
