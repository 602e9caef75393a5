// Earlier lines: a scrolling DOM panel of who said what, opened at the latest line, with its Close button.
import type Phaser from 'phaser';
import type { A11yScope } from '../../../ui/a11y';
import type { Layout } from '../../../ui/layout';
import { fillBlocks } from '../../../ui/domText';
import { addTextPanel } from '../../../ui/widgets';
import type { ScreenRects } from '../layout';
import type { TranscriptView } from '../present';
import { viewButton } from './dialogue';

/** Returns the panel, so the scene can move focus into it. */
export function drawTranscript(scene: Phaser.Scene, dom: A11yScope, L: Layout, rects: ScreenRects, view: TranscriptView, onClose: () => void): HTMLElement {
  const el = addTextPanel(
    scene,
    dom,
    { id: 'transcript-panel', rect: rects.transcript, title: view.title, bodySize: L.font.small, titleSize: L.font.large },
    (body) => fillBlocks(body, [{ kind: 'said', items: view.entries }]),
  );
  // Open at the latest lines; earlier ones are a scroll away.
  el.scrollTop = el.scrollHeight;
  viewButton(scene, dom, L, view.close, rects.closeTranscript, onClose, true);
  return el;
}
