// The challenge, before building (and when reopened): the story, the objectives and how to play as real text,
// and the button that starts building.
import type Phaser from 'phaser';
import type { A11yScope } from '../../../ui/a11y';
import type { Layout } from '../../../ui/layout';
import { appendBlocks } from '../../../ui/textList';
import { addButton, addTextPanel } from '../../../ui/widgets';
import { briefLayout } from '../layout';
import type { SssView } from '../present';

export function drawBrief(scene: Phaser.Scene, dom: A11yScope, L: Layout, brief: NonNullable<SssView['brief']>, start: () => void): void {
  const r = briefLayout(L);
  addTextPanel(scene, dom, { id: 'brief', rect: r.panel, title: brief.title, bodySize: L.font.body, titleSize: L.font.large }, (el) =>
    appendBlocks(el, [{ p: brief.story }, { h3: brief.objectivesTitle }, { list: brief.objectives }, { p: brief.howTo, muted: true }]),
  );
  addButton(scene, dom, L, { id: 'start', label: brief.start, rect: r.start, fontSize: L.font.large, onActivate: start });
}
