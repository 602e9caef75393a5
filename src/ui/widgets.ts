// Canvas widgets that always come with their DOM twin: a button drawn in Phaser is a real <button> too.
import Phaser from 'phaser';
import type { A11yScope, ButtonSpec, Rect } from './a11y';
import { COLORS, FONT, css } from './theme';
import type { Layout } from './layout';
import { uiContext } from './context';

export type ButtonStyle = 'primary' | 'quiet' | 'card';

export interface ButtonOptions extends ButtonSpec {
  style?: ButtonStyle;
  /** Text drawn on the canvas when it differs from the accessible name (e.g. shorter). */
  visibleLabel?: string;
  fontSize?: number;
  /** Extra lines drawn under the label (smaller). */
  sublabel?: string;
  /** Play the select sound on activation (default true). */
  sound?: boolean;
  /** Put the button in a scroll area (rect in the area's content coordinates). */
  scroll?: Scroller;
}

export interface ButtonHandle {
  el: HTMLButtonElement;
  bg: Phaser.GameObjects.Graphics;
  label: Phaser.GameObjects.Text;
  setHighlight(on: boolean): void;
}

function drawButtonBg(g: Phaser.GameObjects.Graphics, r: Rect, style: ButtonStyle, hot: boolean, disabled: boolean): void {
  g.clear();
  const radius = Math.min(14, r.h / 3);
  const fill = disabled
    ? COLORS.locked
    : style === 'primary'
      ? hot
        ? COLORS.buttonHover
        : COLORS.button
      : style === 'card'
        ? hot
          ? 0xfffbef
          : COLORS.surface
        : hot
          ? 0x3b4f80
          : COLORS.buttonQuiet;
  g.fillStyle(0x000000, 0.25);
  g.fillRoundedRect(r.x + 2, r.y + 4, r.w, r.h, radius);
  g.fillStyle(fill, 1);
  g.fillRoundedRect(r.x, r.y, r.w, r.h, radius);
  if (hot && !disabled) {
    g.lineStyle(3, style === 'quiet' ? COLORS.accent : COLORS.ink, 1);
    g.strokeRoundedRect(r.x, r.y, r.w, r.h, radius);
  }
}

export function textColorFor(style: ButtonStyle, disabled = false): string {
  if (disabled) return css(COLORS.onBg);
  return style === 'quiet' ? css(COLORS.onBg) : css(COLORS.ink);
}

export function addButton(scene: Phaser.Scene, dom: A11yScope, layout: Layout, o: ButtonOptions): ButtonHandle {
  const style = o.style ?? 'primary';
  const r = o.rect;
  const bg = scene.add.graphics();
  const size = o.fontSize ?? layout.font.body;
  const text = o.visibleLabel ?? o.label;
  const label = scene.add
    .text(r.x + r.w / 2, r.y + r.h / 2, text, {
      fontFamily: FONT,
      fontSize: `${size}px`,
      fontStyle: style === 'quiet' ? 'normal' : 'bold',
      color: textColorFor(style, o.disabled),
      align: 'center',
      wordWrap: { width: r.w - 16, useAdvancedWrap: false },
      resolution: window.devicePixelRatio || 1,
    })
    .setOrigin(0.5);
  // A sublabel (a one-line description) sits under the label in regular weight.
  const sub = o.sublabel
    ? scene.add
        .text(r.x + r.w / 2, 0, o.sublabel, {
          fontFamily: FONT,
          fontSize: `${Math.max(16, size - 2)}px`,
          color: textColorFor(style, o.disabled),
          align: 'center',
          wordWrap: { width: r.w - 16, useAdvancedWrap: false },
          resolution: window.devicePixelRatio || 1,
        })
        .setOrigin(0.5, 0)
    : null;
  // Shrink a label that would overflow its button rather than cut it (never below 16 px).
  let s = size;
  const total = (): number => label.height + (sub ? sub.height + 4 : 0);
  while ((total() > r.h - 6 || label.width > r.w - 8 || (sub?.width ?? 0) > r.w - 8) && s > 16) {
    s -= 1;
    label.setFontSize(s);
    sub?.setFontSize(Math.max(16, s - 2));
  }
  if (sub) {
    const top = r.y + (r.h - total()) / 2;
    label.setY(top + label.height / 2);
    sub.setY(top + label.height + 4);
  }
  const setHighlight = (on: boolean): void => drawButtonBg(bg, r, style, on, !!o.disabled);
  setHighlight(false);
  const el = dom.button({
    ...o,
    parent: o.scroll?.content,
    onActivate: () => {
      if (o.sound !== false) uiContext().pressed();
      o.onActivate();
    },
    onFocus: () => {
      setHighlight(true);
      o.onFocus?.();
    },
    onBlur: () => {
      if (document.activeElement !== el) setHighlight(false);
      o.onBlur?.();
    },
  });
  if (o.scroll) o.scroll.container.add([bg, label, ...(sub ? [sub] : [])]);
  return { el, bg, label, setHighlight };
}

export interface TextOptions {
  size?: number;
  color?: number;
  bold?: boolean;
  width?: number;
  align?: 'left' | 'center' | 'right';
  originX?: number;
  originY?: number;
}

export function addText(scene: Phaser.Scene, x: number, y: number, content: string, o: TextOptions = {}): Phaser.GameObjects.Text {
  const t = scene.add.text(x, y, content, {
    fontFamily: FONT,
    fontSize: `${o.size ?? 18}px`,
    fontStyle: o.bold ? 'bold' : 'normal',
    color: css(o.color ?? COLORS.onBg),
    align: o.align ?? 'left',
    wordWrap: o.width ? { width: o.width, useAdvancedWrap: false } : undefined,
    resolution: window.devicePixelRatio || 1,
    lineSpacing: 4,
  });
  t.setOrigin(o.originX ?? 0, o.originY ?? 0);
  return t;
}

/**
 * Shrinks a text until it fits the box (never below `min`, 16 CSS px by default). Basic word wrap never
 * splits a word, so a word wider than the box shows as extra width and is caught here too.
 */
export function fitText(t: Phaser.GameObjects.Text, maxW: number, maxH: number, min = 16): Phaser.GameObjects.Text {
  let size = parseInt(String(t.style.fontSize), 10) || 16;
  while ((t.width > maxW || t.height > maxH) && size > min) {
    size -= 1;
    t.setFontSize(size);
  }
  return t;
}

/** A scrolling region: canvas objects added to `container` (in content coordinates) scroll with the DOM. */
export interface Scroller {
  container: Phaser.GameObjects.Container;
  content: HTMLElement;
}

const scrollTops = new Map<string, number>();

/**
 * A list taller than its area scrolls natively in the DOM layer (wheel, touch, focus); the canvas follows.
 * Content outside the area is covered by whatever the scene draws after it at a higher depth (header, footer),
 * which needs no masks. Scroll position survives a re-layout.
 */
export function addScrollArea(scene: Phaser.Scene, dom: A11yScope, id: string, rect: Rect, contentH: number): Scroller {
  const key = `${scene.scene.key}/${id}`;
  const container = scene.add.container(rect.x, rect.y).setDepth(-2);
  // Covers above and below the area hide content scrolled out of it (the header and footer draw over them).
  const cover = scene.add.graphics().setDepth(-1);
  cover.fillStyle(COLORS.bg, 1);
  cover.fillRect(0, 0, scene.scale.width, rect.y);
  cover.fillRect(0, rect.y + rect.h, scene.scale.width, scene.scale.height - rect.y - rect.h);
  const maxTop = Math.max(0, contentH - rect.h);
  const start = Math.min(scrollTops.get(key) ?? 0, maxTop);
  container.y = rect.y - start;
  const content = dom.scrollArea(id, rect, contentH, start, (top) => {
    scrollTops.set(key, top);
    container.y = rect.y - top;
  });
  return { container, content };
}

export function addPanel(scene: Phaser.Scene, r: Rect, color: number = COLORS.surface, radius = 16): Phaser.GameObjects.Graphics {
  const g = scene.add.graphics();
  g.fillStyle(0x000000, 0.25);
  g.fillRoundedRect(r.x + 3, r.y + 5, r.w, r.h, radius);
  g.fillStyle(color, 1);
  g.fillRoundedRect(r.x, r.y, r.w, r.h, radius);
  return g;
}

/**
 * A block of real, visible, scrolling text over a canvas panel (results, briefs, transcripts): it zooms,
 * scrolls and reads natively. Draws the panel, adds the heading, then lets `fill` add the body.
 */
export function addTextPanel(
  scene: Phaser.Scene,
  dom: A11yScope,
  o: { id: string; rect: Rect; title: string; bodySize: number; titleSize: number },
  fill: (el: HTMLElement) => void,
): HTMLElement {
  addPanel(scene, o.rect);
  return dom.panel(o.id, o.rect, o.title, (el) => {
    el.style.setProperty('--text-body', `${o.bodySize}px`);
    const h = document.createElement('h2');
    h.textContent = o.title;
    h.style.fontSize = `${o.titleSize}px`;
    h.style.margin = '0 0 0.5em';
    el.append(h);
    fill(el);
  });
}

/** Five-point star path; filled for earned, outlined for not, so stars read without colour. */
export function drawStars(scene: Phaser.Scene, cx: number, cy: number, earned: number, size: number, onDark = true): Phaser.GameObjects.Graphics {
  const g = scene.add.graphics();
  const gap = size * 0.35;
  const total = 3 * size + 2 * gap;
  for (let i = 0; i < 3; i++) {
    const x = cx - total / 2 + size / 2 + i * (size + gap);
    const pts: Phaser.Math.Vector2[] = [];
    for (let k = 0; k < 10; k++) {
      const a = -Math.PI / 2 + (k * Math.PI) / 5;
      const rad = k % 2 === 0 ? size / 2 : size / 4.4;
      pts.push(new Phaser.Math.Vector2(x + Math.cos(a) * rad, cy + Math.sin(a) * rad));
    }
    if (i < earned) {
      g.fillStyle(COLORS.star, 1);
      g.fillPoints(pts, true);
      g.lineStyle(2, onDark ? 0xffffff : COLORS.ink, 1);
      g.strokePoints(pts, true);
    } else {
      g.lineStyle(2, onDark ? COLORS.onBgSoft : COLORS.inkSoft, 1);
      g.strokePoints(pts, true);
    }
  }
  return g;
}

/** The title bar (layout.header: across the top, or a screen's column of it): screen title, and a Back button on
 * the left when there is somewhere to go back to. */
export function addHeader(
  scene: Phaser.Scene,
  dom: A11yScope,
  layout: Layout,
  title: string,
  back?: { label: string; onActivate: () => void },
  right?: ButtonOptions,
): void {
  const h = layout.header;
  const g = scene.add.graphics();
  g.fillStyle(0x0e1830, 1);
  g.fillRect(h.x, h.y, h.w, h.h);
  g.fillStyle(COLORS.accent, 1);
  g.fillRect(h.x, h.y + h.h - 4, h.w, 4);
  const bw = Math.min(Math.max(96, layout.font.body * 5.5), h.w * 0.27);
  const bh = Math.min(h.h - 16, layout.buttonH);
  const side = back || right ? bw + layout.pad * 1.5 : layout.pad;
  const titleW = h.w - 2 * side;
  const t = addText(scene, h.x + h.w / 2, h.y + h.h / 2, title, {
    size: layout.portrait ? layout.font.large : layout.font.title,
    bold: true,
    originX: 0.5,
    originY: 0.5,
    align: 'center',
    width: titleW,
  });
  fitText(t, titleW, h.h - 10);
  // Still too tall at the smallest size (a long title in French on a phone): cut at a word, with an ellipsis. The
  // screen's heading in the accessible layer keeps the whole title.
  const words = title.split(' ');
  while (t.height > h.h - 10 && words.length > 1) {
    words.pop();
    t.setText(`${words.join(' ')}…`);
  }
  if (back) {
    addButton(scene, dom, layout, {
      id: 'back',
      label: back.label,
      visibleLabel: `‹ ${back.label}`,
      rect: { x: h.x + layout.pad, y: h.y + (h.h - bh) / 2, w: bw, h: bh },
      style: 'quiet',
      onActivate: back.onActivate,
    });
  }
  if (right) {
    addButton(scene, dom, layout, { ...right, rect: { x: h.x + h.w - layout.pad - bw, y: h.y + (h.h - bh) / 2, w: bw, h: bh } });
  }
}

/**
 * A demo's finger (the booth's welcome screen shows each game being played): a soft ring of radius `r` at 0,0, moved
 * by the demo's tweens. Graphics, as the engine's custom build has no circle object.
 */
export function addDemoFinger(scene: Phaser.Scene, r: number): Phaser.GameObjects.Graphics {
  return scene.add.graphics().fillStyle(0xffffff, 0.55).fillCircle(0, 0, r).lineStyle(4, COLORS.ink, 0.9).strokeCircle(0, 0, r).setDepth(3);
}
