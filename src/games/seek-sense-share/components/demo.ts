// Seek, sense, share on the booth's welcome screen: a few seconds of its booth round being played. The city and its
// contacts sit where the game puts them, with their names and marks; a finger taps two contacts and their tie appears
// in its kind's pattern, then another; then the practice (a dot) comes home along the ties (SEEK) and the story goes
// out to the audience (SHARE), each tie it crosses lit as the game lights a flow. Decoration (the welcome screen says
// the game's name and what it teaches); under reduced motion, the built network with both flows lit.
import type Phaser from 'phaser';
import { localize } from '../../../core/i18n';
import type { Rect } from '../../../core/rect';
import { COLORS } from '../../../ui/theme';
import { addDemoFinger, addText, fitText } from '../../../ui/widgets';
import type { Demo } from '../../sdk/types';
import { demoPlan, hopsOf } from '../demoPlan';
import { fitGraph, type GraphFrame, type Point } from '../graphLayout';
import { nameOf, start } from '../model';
import { nodesOf } from '../presentNetwork';
import type { Level, Tie } from '../schema';
import { say, sssStrings } from '../strings';
import { NodeLayer } from './networkNodes';
import { drawNodeLabels } from './nodeLabels';
import { FLOW_OK, strokeTie, TIE_STYLE } from './shapes';

/** One loop: two ties made, the practice comes in, the story goes out, all fades. */
const LOOP_MS = 7800;
/** When each part starts, and how long a tie takes to make (to the first contact, to the second, the tie). */
const TIE_AT = 300;
const TIE_MS = 1700;
const SEEK_AT = 3700;
const SHARE_AT = 5200;
/** The dot's whole way, whatever the number of ties it crosses. */
const TRAVEL_MS = 1100;
/** How much wider than high the picture may spread (the game's own frame stops at 1.7). */
const WIDEST = 2.4;

/** A glowing flow under a tie, with the arrow the game puts on it (which way the knowledge went). */
function flowGlow(scene: Phaser.Scene, a: Point, b: Point, kind: Tie['kind'], r: number): Phaser.GameObjects.Graphics {
  const g = scene.add.graphics();
  g.lineStyle(TIE_STYLE[kind].width + 10, FLOW_OK, 0.55);
  g.lineBetween(a.x, a.y, b.x, b.y);
  const mx = (a.x + b.x) / 2;
  const my = (a.y + b.y) / 2;
  const size = Math.max(7, r * 0.45);
  const ang = Math.atan2(b.y - a.y, b.x - a.x);
  const p = (k: number): [number, number] => [mx + Math.cos(ang + k) * size, my + Math.sin(ang + k) * size];
  g.fillStyle(COLORS.bg, 1);
  g.fillCircle(mx, my, size + 3);
  g.fillStyle(FLOW_OK, 1);
  g.fillTriangle(...p(0), ...p(2.5), ...p(-2.5));
  return g.setAlpha(0);
}

const t = (key: Parameters<typeof sssStrings>[0]): string => sssStrings(key);

export const sssDemo: Demo = (scene, L, area, base, o) => {
  const level = base as Level;
  const plan = demoPlan(level);
  const shown = nodesOf(level, start(level), { briefOpen: false, from: null, to: null, note: null });
  const gap = L.gap;
  // At the top, as the round's panel and caption say them: the tie just made (its kind, then its two ends), then the
  // step being played with its few words; the second part beside the first where the width allows, else under it.
  const head = addText(scene, area.x, area.y, '', { size: L.font.large, bold: true, color: COLORS.accent });
  const line = addText(scene, area.x, area.y, '', { size: L.font.body, color: COLORS.onBg, width: area.w });
  const ends = (tie: Tie): string => localize(say('debrief.tiePlain', { a: nameOf(level, tie.a), b: nameOf(level, tie.b) }));
  // A small area (a phone) keeps the network and names only the step, or the tie's kind.
  const small = area.h < 320;
  const captions = {
    seek: [t('step.seek'), small ? '' : t('step.seek.short')],
    share: [t('step.share'), small ? '' : t('step.share.short')],
    ...Object.fromEntries(plan.tapped.map((tie, i) => [`tie${i}`, [`✓ ${t(`tie.${tie.kind}`)}`, small ? '' : ends(tie)]])),
  } as Record<string, [string, string]>;
  const oneRow = Object.values(captions).every(([a, b]) => {
    head.setText(a);
    line.setText(b);
    return head.width + gap + line.width <= area.w;
  });
  const caption = (key: string): void => {
    const [a, b] = captions[key] ?? ['', ''];
    head.setText(a);
    head.setFontSize(L.font.large);
    line.setText(b).setFontSize(L.font.body);
    fitText(head, area.w, L.font.large * 1.5);
    if (oneRow) line.setPosition(area.x + head.width + gap, area.y + (head.height - line.height) / 2);
    else line.setPosition(area.x, area.y + head.height);
    fitText(line, oneRow ? area.w - head.width - gap : area.w, L.font.body * 2.8);
  };
  const lineH = Math.max(...Object.keys(captions).map((k) => (caption(k), line.text ? line.height : 0)));
  const capH = (oneRow ? head.height : head.height + lineH) + gap;
  const graph: Rect = { x: area.x, y: area.y + capH, w: area.w, h: area.h - capH };
  const labelSize = Math.max(L.font.small, Math.min(L.font.body, Math.round(graph.h / 20)));
  // The network fills the picture: its positions spread over their own extent (the game spreads the whole 0..1
  // square, where a small network leaves most of it empty), with nodes a little larger than the game's.
  const span = (v: number[]): [number, number] => [Math.min(...v), Math.max(0.25, Math.max(...v) - Math.min(...v))];
  const [x0, sx] = span(shown.map((n) => n.pos.x));
  const [y0, sy] = span(shown.map((n) => n.pos.y));
  const nodes = shown.map((n) => ({ ...n, pos: { x: (n.pos.x - x0) / sx, y: (n.pos.y - y0) / sy } }));
  const game = fitGraph(graph, nodes.length, labelSize);
  const r = Math.max(game.r, Math.min(44, Math.min(graph.w, graph.h) * 0.065));
  const more = r - game.r;
  // Room under the lowest node for its name (two lines), which the game's frame leaves for its own smaller nodes.
  const below = Math.max(0, 1.5 * r + 8 + labelSize * 3.2 - (more + game.tap / 2 + labelSize * 2.6));
  const fitted = fitGraph({ x: graph.x + more, y: graph.y + more, w: graph.w - 2 * more, h: graph.h - 2 * more - below }, nodes.length, labelSize);
  // A wide, low area (the totem's upper part) spreads the picture wider than the game's own frame would.
  const box = { ...fitted.box, w: Math.max(fitted.box.w, Math.min(graph.w - 2 * (more + fitted.tap / 2 + 4), fitted.box.h * WIDEST)) };
  box.x = graph.x + (graph.w - box.w) / 2;
  const frame: GraphFrame = {
    ...fitted,
    r,
    box,
    labelW: Math.max(fitted.labelW, Math.min(320, graph.w / 3.2)),
    at: (p) => ({ x: box.x + p.x * box.w, y: box.y + p.y * box.h }),
  };
  const points = new Map<string, Point>(nodes.map((n) => [n.id, frame.at(n.pos)]));
  const at = (id: string): Point => points.get(id) ?? { x: graph.x, y: graph.y };
  // Flows lit under the ties (drawn first, so the ties lie on them), for each step's ties crossed.
  const glows = (paths: string[][]): Phaser.GameObjects.Graphics[] =>
    hopsOf(paths).map((h) => {
      const tie = [...plan.standing, ...plan.tapped].find((x) => (x.a === h.from && x.b === h.to) || (x.a === h.to && x.b === h.from));
      return flowGlow(scene, at(h.from), at(h.to), tie?.kind ?? 'network', frame.r);
    });
  const seekGlow = glows(plan.seek);
  const shareGlow = glows(plan.share);
  const standing = scene.add.graphics();
  for (const tie of plan.standing) strokeTie(standing, at(tie.a), at(tie.b), tie.kind, frame.r);
  const made = plan.tapped.map((tie) => {
    const g = scene.add.graphics();
    strokeTie(g, at(tie.a), at(tie.b), tie.kind, frame.r);
    return g.setAlpha(0);
  });
  // The rings the game draws round the two ends chosen: the first in the accent, the second doubled.
  const ringA = scene.add
    .graphics()
    .lineStyle(5, COLORS.accent, 1)
    .strokeCircle(0, 0, r * 1.3 + 8)
    .setAlpha(0);
  const ringB = scene.add
    .graphics()
    .lineStyle(5, COLORS.onBg, 1)
    .strokeCircle(0, 0, r * 1.3 + 8)
    .lineStyle(2, COLORS.onBg, 1)
    .strokeCircle(0, 0, r * 1.3 + 14);
  ringB.setAlpha(0);
  new NodeLayer(scene, nodes, points, frame).draw(null);
  // The names may hang below the area they are given by this much (drawNodeLabels' slack): keep them inside ours.
  drawNodeLabels(scene, labelSize, nodes, points, frame, { ...graph, h: graph.h - labelSize * 2.6 });
  // The practice: a dot in the star's colour (the star marks who holds it), one for each way it travels at once.
  const dotR = Math.max(9, r * 0.5);
  const dotsFor = (paths: string[][]): Phaser.GameObjects.Graphics[] =>
    paths.map(() => scene.add.graphics().fillStyle(COLORS.star, 1).fillCircle(0, 0, dotR).lineStyle(3, COLORS.ink, 1).strokeCircle(0, 0, dotR).setAlpha(0));
  const seekDots = dotsFor(plan.seek);
  const shareDots = dotsFor(plan.share);
  const fr = Math.max(16, L.font.body * 0.8, r * 1.35);
  const finger = addDemoFinger(scene, fr).setAlpha(0);
  if (o.still) {
    // One telling frame: the network built, the practice come in and the story gone out.
    for (const g of [...made, ...seekGlow, ...shareGlow]) g.setAlpha(1);
    caption('share');
    plan.share.forEach((path, i) => void shareDots[i]!.setPosition(at(path.at(-1)!).x, at(path.at(-1)!).y).setAlpha(1));
    return;
  }
  const fades = [...made, ...seekGlow, ...shareGlow, ...seekDots, ...shareDots, ringA, ringB, finger, head, line];
  const reset = (): void => {
    for (const g of fades) g.setAlpha(0);
    finger.setPosition(graph.x + graph.w * 0.5, graph.y + graph.h + fr).setScale(1);
  };
  /** A tap: the finger presses in and out. */
  const tap = (delay: number): void => void scene.tweens.add({ targets: finger, scale: 0.75, delay, duration: 110, yoyo: true });
  /** The dots along `paths` from `delay`, lighting each tie's glow as they cross it, gone at `gone`. */
  const travel = (paths: string[][], dots: Phaser.GameObjects.Graphics[], lights: Phaser.GameObjects.Graphics[], delay: number, gone: number): void => {
    const hops = hopsOf(paths);
    paths.forEach((path, i) => {
      const dot = dots[i]!;
      const hopMs = TRAVEL_MS / Math.max(1, path.length - 1);
      const first = at(path[0]!);
      scene.tweens.add({ targets: dot, alpha: 1, delay, duration: 150, onStart: () => void dot.setPosition(first.x, first.y) });
      path.slice(1).forEach((id, k) => {
        const p = at(id);
        const when = delay + 150 + k * hopMs;
        scene.tweens.add({ targets: dot, x: p.x, y: p.y, delay: when, duration: hopMs, ease: 'Sine.easeInOut' });
        const lit = lights[hops.findIndex((h) => h.from === path[k] && h.to === id)];
        if (lit) scene.tweens.add({ targets: lit, alpha: 1, delay: when + hopMs * 0.5, duration: 200 });
      });
      scene.tweens.add({ targets: dot, alpha: 0, delay: gone, duration: 200 });
    });
  };
  const run = (): void => {
    reset();
    plan.tapped.forEach((tie, i) => {
      const t0 = TIE_AT + i * TIE_MS;
      const a = at(tie.a);
      const b = at(tie.b);
      scene.tweens.add({ targets: finger, alpha: 1, x: a.x, y: a.y, delay: t0, duration: 500, ease: 'Sine.easeInOut' });
      tap(t0 + 500);
      scene.tweens.add({ targets: ringA, alpha: 1, delay: t0 + 560, duration: 120, onStart: () => void ringA.setPosition(a.x, a.y) });
      scene.tweens.add({ targets: finger, x: b.x, y: b.y, delay: t0 + 780, duration: 450, ease: 'Sine.easeInOut' });
      tap(t0 + 1230);
      scene.tweens.add({ targets: ringB, alpha: 1, delay: t0 + 1290, duration: 120, onStart: () => void ringB.setPosition(b.x, b.y) });
      scene.tweens.add({ targets: made[i], alpha: 1, delay: t0 + 1350, duration: 250 });
      // The tie in words, as the round's panel says it, until the next one (or SEEK) takes its place.
      scene.tweens.add({ targets: [head, line], alpha: 1, delay: t0 + 1350, duration: 200, onStart: () => caption(`tie${i}`) });
      scene.tweens.add({ targets: [ringA, ringB], alpha: 0, delay: t0 + 1550, duration: 150 });
    });
    const built = TIE_AT + plan.tapped.length * TIE_MS;
    scene.tweens.add({ targets: finger, alpha: 0, delay: built - 100, duration: 300 });
    scene.tweens.add({ targets: [head, line], alpha: 0, delay: SEEK_AT - 250, duration: 200 });
    // SEEK: the practice comes home; SHARE: the story goes out (each named only when something moves).
    if (plan.seek.length > 0) {
      scene.tweens.add({ targets: [head, line], alpha: 1, delay: SEEK_AT, duration: 250, onStart: () => caption('seek') });
      scene.tweens.add({ targets: [head, line], alpha: 0, delay: SHARE_AT - 250, duration: 200 });
      travel(plan.seek, seekDots, seekGlow, SEEK_AT + 200, SHARE_AT + 200);
    }
    if (plan.share.length > 0) {
      scene.tweens.add({ targets: [head, line], alpha: 1, delay: SHARE_AT, duration: 250, onStart: () => caption('share') });
      travel(plan.share, shareDots, shareGlow, SHARE_AT + 200, LOOP_MS - 500);
    }
    scene.tweens.add({ targets: [...made, ...seekGlow, ...shareGlow, head, line], alpha: 0, delay: LOOP_MS - 500, duration: 400 });
  };
  run();
  // The loop is a tween too, so the screen's rebuild (which kills every tween) ends it with the rest.
  scene.tweens.addCounter({ from: 0, to: 1, duration: LOOP_MS, repeat: -1, onRepeat: run });
};
