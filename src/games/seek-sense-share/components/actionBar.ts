// The row of actions at the bottom of the panel (run, brief, clear; or next step, back, results).
import type Phaser from 'phaser';
import type { Rect } from '../../../core/rect';
import type { A11yScope } from '../../../ui/a11y';
import type { Layout } from '../../../ui/layout';
import { addButton } from '../../../ui/widgets';
import { actionRow } from '../layout';
import type { ActionId, ActionView } from '../present';

export function drawActionBar(scene: Phaser.Scene, dom: A11yScope, L: Layout, r: Rect, actions: readonly ActionView[], go: (id: ActionId) => void): void {
  const rects = actionRow(r, actions.length, L.gap);
  actions.forEach((a, i) =>
    addButton(scene, dom, L, { id: a.id, label: a.label, style: a.style, fontSize: L.font.small, rect: rects[i]!, onActivate: () => go(a.id) }),
  );
}
