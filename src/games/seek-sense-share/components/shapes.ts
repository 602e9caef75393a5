// The drawn vocabulary of the network: each tie kind's width, pattern and colour, each node kind's colour and
// shape, and the shapes themselves. Every meaning has a shape or pattern too, so nothing relies on colour alone.
import Phaser from 'phaser';
import type { TieKind } from '../schema';
import type { Point } from '../graphLayout';

export const TIE_STYLE: Record<TieKind, { color: number; width: number; pattern: 'solid' | 'dash' | 'dot' }> = {
  team: { color: 0xffd166, width: 7, pattern: 'solid' },
  community: { color: 0x7fdcc4, width: 4, pattern: 'dash' },
  network: { color: 0xc9d3e6, width: 2.5, pattern: 'dot' },
};
/** Local government (the city's units and peer cities: red dots) are circles, other stakeholders rounded squares, the city a hexagon. */
export const NODE_COLOR = { inside: 0xf4a09c, outside: 0x8ecae6, city: 0xffb703 } as const;
export const FLOW_OK = 0x5fd08a;
export const FLOW_FAIL = 0xff6b6b;
export const GOODWILL_COLOR = 0x7fdcc4;
/** The city is drawn this much larger than a contact. */
export const CITY_SCALE = 1.3;

/** Draws one tie in its kind's pattern, from edge to edge of its nodes: solid, dashed or dotted. */
export function strokeTie(g: Phaser.GameObjects.Graphics, a: Point, b: Point, kind: TieKind, inset: number): void {
  const style = TIE_STYLE[kind];
  const len = Math.hypot(b.x - a.x, b.y - a.y);
  if (len <= 2 * inset) return;
  const ux = (b.x - a.x) / len;
  const uy = (b.y - a.y) / len;
  const x0 = a.x + ux * inset;
  const y0 = a.y + uy * inset;
  const span = len - 2 * inset;
  if (style.pattern === 'solid') {
    g.lineStyle(style.width, style.color, 1);
    g.lineBetween(x0, y0, x0 + ux * span, y0 + uy * span);
  } else if (style.pattern === 'dash') {
    g.lineStyle(style.width, style.color, 1);
    for (let d = 0; d < span; d += 20) {
      const e = Math.min(span, d + 12);
      g.lineBetween(x0 + ux * d, y0 + uy * d, x0 + ux * e, y0 + uy * e);
    }
  } else {
    g.fillStyle(style.color, 1);
    for (let d = 2; d < span; d += 9) g.fillCircle(x0 + ux * d, y0 + uy * d, style.width * 0.75);
  }
}

export function hexagon(c: Point, r: number): Phaser.Math.Vector2[] {
  return Array.from({ length: 6 }, (_, k) => new Phaser.Math.Vector2(c.x + r * Math.cos((Math.PI / 3) * k), c.y + r * Math.sin((Math.PI / 3) * k)));
}

export function starPoints(cx: number, cy: number, size: number): Phaser.Math.Vector2[] {
  return Array.from({ length: 10 }, (_, k) => {
    const a = -Math.PI / 2 + (k * Math.PI) / 5;
    const rad = k % 2 === 0 ? size / 2 : size / 4.4;
    return new Phaser.Math.Vector2(cx + Math.cos(a) * rad, cy + Math.sin(a) * rad);
  });
}

export function diamond(cx: number, cy: number, b: number): Phaser.Math.Vector2[] {
  return [new Phaser.Math.Vector2(cx, cy - b), new Phaser.Math.Vector2(cx + b, cy), new Phaser.Math.Vector2(cx, cy + b), new Phaser.Math.Vector2(cx - b, cy)];
}
