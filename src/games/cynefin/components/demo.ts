// Cynefin sorting on the booth's welcome screen: a few seconds of its booth round being played. The round's first
// situation card comes in, a finger takes it to the domain that fits it best, and the verdict pops: what a passer-by
// would do in the first ten seconds, in the game's own colours and words. Decoration (the welcome screen says the
// game's name and what it teaches); under reduced motion, a still end frame: the card, its tile outlined, the verdict.
import type Phaser from 'phaser';
import type { Rect } from '../../../core/rect';
import { localize } from '../../../core/i18n';
import { COLORS } from '../../../ui/theme';
import { addDemoFinger, addText, fitText } from '../../../ui/widgets';
import type { Demo } from '../../sdk/types';
import { BOARD_DOMAINS, type Level } from '../schema';
import { DOMAIN_MARK } from '../present';
import { FILL } from './DomainTile';
import { QUADRANT } from '../layout';
import { t } from '../strings';

/** One loop: the card comes, is carried, lands, the verdict shows, all fades. */
const LOOP_MS = 7600;
/** Words of the card shown: enough to read what kind of situation it is. */
const CARD_WORDS = 16;

function clip(text: string, words: number): string {
  // Spaces only: a no-break space (French, before : ; ! ?) keeps its word and its mark together.
  const w = text.split(/[ \t\n]+/);
  return w.length <= words ? text : `${w.slice(0, words).join(' ')}…`;
}

export const cynefinDemo: Demo = (scene, L, area, base, o) => {
  const level = base as Level;
  const card = level.cards[0];
  if (!card) return;
  const best = [...card.domains].sort((a, b) => b.weight - a.weight)[0]!.domain;
  const gap = L.gap;
  // The board below, the card above it.
  const cardH = Math.min(area.h * 0.34, L.font.body * 6);
  const board: Rect = { x: area.x, y: area.y + cardH + gap, w: area.w, h: area.h - cardH - gap };
  const qw = (board.w - gap) / 2;
  const qh = (board.h - gap) / 2;
  const tiles = new Map<string, Rect>();
  /** How tall each tile's name came out (at most a tile's height). */
  let nameH = 0;
  let glow: Phaser.GameObjects.Graphics | null = null;
  for (const d of BOARD_DOMAINS) {
    const [col, row] = QUADRANT[d];
    const q = { x: board.x + col * (qw + gap), y: board.y + row * (qh + gap), w: qw, h: qh };
    tiles.set(d, q);
    scene.add
      .graphics()
      .fillStyle(FILL[d], 1)
      .fillRoundedRect(q.x, q.y, q.w, q.h, 14)
      .lineStyle(2, COLORS.inkSoft, 1)
      .strokeRoundedRect(q.x, q.y, q.w, q.h, 14);
    // The tile the card lands on lights up, as the game's does under a dragged card.
    if (d === best) glow = scene.add.graphics().lineStyle(6, COLORS.ink, 1).strokeRoundedRect(q.x, q.y, q.w, q.h, 14);
    const name = addText(scene, q.x + q.w / 2, q.y + q.h / 2, `${DOMAIN_MARK[d]} ${t(`domain.${d}`)}`, {
      size: L.font.body,
      bold: true,
      color: COLORS.ink,
      originX: 0.5,
      originY: 0.5,
      align: 'center',
      width: q.w - 16,
    });
    fitText(name, q.w - 16, q.h - 8);
    nameH = Math.max(nameH, name.height);
  }
  const target = tiles.get(best)!;
  // The card: a surface with its words, carried as one container.
  const cw = Math.min(area.w, 520);
  const home = { x: area.x + (area.w - cw) / 2, y: area.y };
  const c = scene.add.container(home.x, home.y);
  const bg = scene.add
    .graphics()
    .fillStyle(COLORS.surface, 1)
    .fillRoundedRect(0, 0, cw, cardH, 14)
    .lineStyle(3, COLORS.accent, 1)
    .strokeRoundedRect(0, 0, cw, cardH, 14);
  const words = addText(scene, 14, 12, clip(localize(card.text), CARD_WORDS), { size: L.font.body, color: COLORS.ink, width: cw - 28 });
  fitText(words, cw - 28, cardH - 24);
  c.add([bg, words]);
  // The verdict, under the tile's name where the tile has room for both; else (a phone) where the card was, so it
  // never hides the name of the domain the card went to (the tile's outline shows which).
  const verdict = addText(scene, 0, 0, `✓ ${t('demo.right')}`, { size: L.font.large, bold: true, color: COLORS.right, originX: 0.5, originY: 0.5 });
  const pw = verdict.width + 28;
  const ph = verdict.height + 14;
  const below = target.y + target.h / 2 + nameH / 2 + 6 + ph / 2;
  const inTile = below + ph / 2 <= target.y + target.h - 4 && pw <= target.w - 8;
  if (inTile) verdict.setPosition(target.x + target.w / 2, below);
  else verdict.setPosition(area.x + area.w / 2, area.y + cardH / 2);
  const pill = scene.add.graphics().fillStyle(COLORS.surface, 1);
  pill.fillRoundedRect(verdict.x - pw / 2, verdict.y - ph / 2, pw, ph, ph / 2);
  pill.setDepth(1);
  verdict.setDepth(2);
  // Where the card goes: onto its tile, smaller, where it fades as the tile takes it.
  const s = Math.min(1, (target.w * 0.7) / cw);
  const land = { x: target.x + (target.w - cw * s) / 2, y: target.y + (target.h - cardH * s) / 2 };
  const finger = addDemoFinger(scene, Math.max(14, L.font.body * 0.8));
  finger.setPosition(home.x + cw / 2, home.y + cardH / 2);
  if (o.still) {
    // The end frame: the situation above the board (unless the verdict has its place), its tile outlined, the verdict.
    c.setAlpha(inTile ? 1 : 0);
    finger.setVisible(false);
    return;
  }
  const reset = (): void => {
    c.setPosition(home.x, home.y - 20)
      .setScale(1)
      .setAlpha(0);
    finger.setPosition(home.x + cw * 0.7, home.y + cardH + gap * 3).setAlpha(0);
    verdict.setAlpha(0);
    pill.setAlpha(0);
    glow?.setAlpha(0);
  };
  reset();
  const carry = { x: land.x + (cw * s) / 2, y: land.y + (cardH * s) / 2 };
  const run = (): void => {
    reset();
    scene.tweens.add({ targets: c, alpha: 1, y: home.y, duration: 600, ease: 'Quad.easeOut' });
    scene.tweens.add({ targets: finger, alpha: 1, x: home.x + cw / 2, y: home.y + cardH / 2, delay: 1500, duration: 700, ease: 'Sine.easeInOut' });
    scene.tweens.add({ targets: c, x: land.x, y: land.y, scale: s, delay: 2500, duration: 1300, ease: 'Sine.easeInOut' });
    scene.tweens.add({ targets: finger, x: carry.x, y: carry.y, delay: 2500, duration: 1300, ease: 'Sine.easeInOut' });
    scene.tweens.add({ targets: glow, alpha: 1, delay: 3300, duration: 300 });
    scene.tweens.add({ targets: [finger, c], alpha: 0, delay: 3900, duration: 400 });
    scene.tweens.add({ targets: [verdict, pill], alpha: 1, delay: 4100, duration: 300 });
    scene.tweens.add({ targets: [verdict, pill, glow], alpha: 0, delay: LOOP_MS - 700, duration: 500 });
  };
  run();
  // The loop is a tween too, so the screen's rebuild (which kills every tween) ends it with the rest.
  scene.tweens.addCounter({ from: 0, to: 1, duration: LOOP_MS, repeat: -1, onRepeat: run });
};
