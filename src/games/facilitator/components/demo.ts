// The facilitator role-play on the booth's welcome screen: a few seconds of its booth round being played. The first
// decision's situation comes up in a speech bubble (its first words, as the scenario says them), its choices under it
// as pills, numbered as the game numbers them; a finger takes the best one, the others go, and what happens in the
// room appears under it. Decoration (the welcome screen says the game's name and what it teaches); under reduced
// motion, the chosen move with what happened.
import type Phaser from 'phaser';
import { localize } from '../../../core/i18n';
import type { Rect } from '../../../core/rect';
import type { Layout } from '../../../ui/layout';
import { COLORS } from '../../../ui/theme';
import { addDemoFinger, addText, fitText } from '../../../ui/widgets';
import type { Demo } from '../../sdk/types';
import { clipWords, demoPlan, wordCount } from '../demoPlan';
import type { Scenario } from '../schema';
import { methodKey, strings as t } from '../strings';

/** One loop: the situation, the choices, the tap, what happens, all fades. */
const LOOP_MS = 7600;
/** Words shown of the situation, of a choice and of what happens: enough to read what is at stake. */
const SITUATION_WORDS = 16;
const CHOICE_WORDS = 20;
const REACTION_WORDS = 16;

interface Pill {
  c: Phaser.GameObjects.Container;
  y: number;
}

/** Shows `text` in `o` within w×h: smaller type first, then fewer words (ending in "…") while it still overflows. */
function fitWords(o: Phaser.GameObjects.Text, text: string, most: number, w: number, h: number): Phaser.GameObjects.Text {
  for (let n = Math.min(most, wordCount(text)); ; n--) {
    fitText(o.setText(clipWords(text, n)), w, h);
    if ((o.width <= w && o.height <= h) || n <= 3) return o;
  }
}

/** A choice as a pill: the game's card colours, its number in a badge, its words fitted inside. */
function addPill(scene: Phaser.Scene, L: Layout, r: Rect, n: number, text: string): Pill {
  const rad = r.h / 2;
  const g = scene.add.graphics();
  g.fillStyle(0x000000, 0.25).fillRoundedRect(2, 4, r.w, r.h, rad);
  g.fillStyle(COLORS.surface, 1).fillRoundedRect(0, 0, r.w, r.h, rad);
  const br = Math.max(10, Math.min(rad - 6, Math.round(L.font.small * 0.9)));
  const bx = Math.max(rad * 0.6, br + 8);
  g.fillStyle(COLORS.buttonQuiet, 1).fillCircle(bx, r.h / 2, br);
  const badge = addText(scene, bx, r.h / 2, String(n), { size: L.font.small, bold: true, color: COLORS.onBg, originX: 0.5, originY: 0.5 });
  fitText(badge, br * 1.6, br * 1.8);
  const tx = bx + br + L.gap;
  const tw = r.w - tx - rad * 0.6;
  const label = addText(scene, tx, r.h / 2, '', { size: L.font.body, bold: true, color: COLORS.ink, width: tw, originY: 0.5 });
  fitWords(label, text, CHOICE_WORDS, tw, r.h - 6);
  return { c: scene.add.container(r.x, r.y, [g, badge, label]), y: r.y };
}

export const facilitatorDemo: Demo = (scene, L, area, base, o) => {
  const plan = demoPlan(base as Scenario);
  if (!plan) return;
  const gap = L.gap;
  const pad = area.h < 320 ? 8 : Math.max(12, Math.round(L.font.body * 0.7));
  // The bubble: who speaks (or the method, when the narrator sets the scene), then the situation's first words.
  const tail = Math.round(Math.max(14, L.font.body * 0.8));
  const bubbleMax = area.h * (area.h > 420 ? 0.36 : 0.4);
  // Drawn first, so its words lie on it; its size comes once they are measured.
  const bubble = scene.add.graphics();
  // A short area leaves out who speaks (or the method): the situation's words matter more.
  const who = addText(scene, area.x + pad, area.y + pad, plan.speaker ? localize(plan.speaker) : t(methodKey(plan.method)), {
    size: L.font.small,
    bold: true,
    color: COLORS.inkSoft,
    width: area.w - 2 * pad,
  });
  fitText(who, area.w - 2 * pad, L.font.small * 1.6);
  if (area.h < 480) who.setVisible(false);
  const words = addText(scene, area.x + pad, who.visible ? who.y + who.height + 4 : area.y + pad, '', {
    size: L.font.large,
    color: COLORS.ink,
    width: area.w - 2 * pad,
  });
  fitWords(words, localize(plan.situation), SITUATION_WORDS, area.w - 2 * pad, bubbleMax - tail - (words.y - area.y) - pad);
  const bubbleH = Math.min(bubbleMax - tail, words.y + words.height + pad - area.y);
  bubble.fillStyle(COLORS.surface, 1).fillRoundedRect(area.x, area.y, area.w, bubbleH, 16);
  const tx = area.x + Math.min(area.w * 0.12, 80);
  bubble.fillTriangle(tx, area.y + bubbleH - 1, tx + tail * 1.4, area.y + bubbleH - 1, tx + tail * 0.2, area.y + bubbleH + tail);
  const said = [bubble, who, words];
  // The question the game asks, then the choices as pills, as many as fit the room left.
  let y = area.y + bubbleH + tail + gap;
  const ask = addText(scene, area.x, y, t('label.choices'), { size: L.font.body, bold: true, color: COLORS.onBgSoft, width: area.w });
  const roomy = area.y + area.h - y - ask.height - gap > plan.choices.length * (L.font.body * 2.2 + gap);
  if (roomy) y += ask.height + gap;
  else ask.setVisible(false);
  const ph = Math.min(Math.round(L.font.body * 3.1), (area.y + area.h - y - gap * (plan.choices.length - 1)) / plan.choices.length);
  const pills = plan.choices.map((c, i) => addPill(scene, L, { x: area.x, y: y + i * (ph + gap), w: area.w, h: ph }, i + 1, localize(c)));
  const best = pills[plan.best]!;
  // The chosen pill's ring, as the game rings a card under the pointer.
  const ring = scene.add
    .graphics()
    .lineStyle(4, COLORS.accent, 1)
    .strokeRoundedRect(-3, -3, area.w + 6, ph + 6, ph / 2 + 3);
  best.c.addAt(ring, 1);
  // What happens: a card under the chosen pill, once the others have gone.
  const fy = y + ph + gap;
  const fh = area.y + area.h - fy;
  const verdict = addText(scene, pad, pad, `✓ ${t('debrief.best')}`, { size: L.font.small, bold: true, color: COLORS.right });
  const reaction = addText(scene, pad, verdict.height + pad + 4, '', { size: L.font.body, color: COLORS.ink, width: area.w - 2 * pad });
  fitWords(reaction, localize(plan.reaction), REACTION_WORDS, area.w - 2 * pad, fh - verdict.height - 2 * pad - 4);
  const cardH = Math.min(fh, reaction.y + reaction.height + pad);
  const card = scene.add.graphics().fillStyle(COLORS.surface, 1).fillRoundedRect(0, 0, area.w, cardH, 16);
  card.lineStyle(3, COLORS.right, 1).strokeRoundedRect(0, 0, area.w, cardH, 16);
  const feedback = scene.add.container(area.x, fy, [card, verdict, reaction]);
  // The whole sits in the middle of the area's height, where it leaves room.
  const bottom = Math.max(y + pills.length * (ph + gap) - gap, fy + cardH);
  const dy = Math.max(0, (area.y + area.h - bottom) / 2);
  for (const obj of [bubble, who, words, ask, feedback, ...pills.map((p) => p.c)]) obj.y += dy;
  for (const p of pills) p.y += dy;
  const top = pills[0]!.y;
  const cardY = fy + dy;
  const fr = Math.max(16, L.font.body * 0.9);
  const finger = addDemoFinger(scene, fr);
  const others = pills.filter((p) => p !== best).map((p) => p.c);
  const target = { x: area.x + area.w * 0.62, y: best.y + ph / 2 };
  if (o.still) {
    // One telling frame: the move taken, and what came of it.
    for (const p of others) p.setVisible(false);
    best.c.setY(top);
    finger.setVisible(false);
    return;
  }
  const reset = (): void => {
    for (const s of said) s.setAlpha(0);
    for (const p of pills) p.c.setAlpha(0).setY(p.y);
    ask.setAlpha(0);
    ring.setAlpha(0);
    feedback.setAlpha(0).setY(cardY + 16);
    finger
      .setAlpha(0)
      .setScale(1)
      .setPosition(target.x + area.w * 0.15, area.y + area.h + fr);
  };
  const run = (): void => {
    reset();
    scene.tweens.add({ targets: said, alpha: 1, duration: 400 });
    scene.tweens.add({ targets: ask, alpha: 1, delay: 500, duration: 300 });
    pills.forEach((p, i) => void scene.tweens.add({ targets: p.c, alpha: 1, delay: 600 + i * 150, duration: 300 }));
    scene.tweens.add({ targets: finger, alpha: 1, x: target.x, y: target.y, delay: 1500, duration: 800, ease: 'Sine.easeInOut' });
    scene.tweens.add({ targets: finger, scale: 0.75, delay: 2450, duration: 110, yoyo: true });
    scene.tweens.add({ targets: ring, alpha: 1, delay: 2500, duration: 150 });
    scene.tweens.add({ targets: [finger, ...others], alpha: 0, delay: 2900, duration: 300 });
    scene.tweens.add({ targets: best.c, y: top, delay: 3200, duration: 400, ease: 'Sine.easeInOut' });
    scene.tweens.add({ targets: feedback, alpha: 1, y: cardY, delay: 3600, duration: 400, ease: 'Quad.easeOut' });
    scene.tweens.add({ targets: [...said, ask, best.c, feedback], alpha: 0, delay: LOOP_MS - 600, duration: 450 });
  };
  run();
  // The loop is a tween too, so the screen's rebuild (which kills every tween) ends it with the rest.
  scene.tweens.addCounter({ from: 0, to: 1, duration: LOOP_MS, repeat: -1, onRepeat: run });
};
