// Canvas texts stacked down a column: each added under the last, with a gap, wrapped to the column's width.
import type Phaser from 'phaser';
import { addText, fitText, type TextOptions } from './widgets';

export class TextStack {
  constructor(
    private readonly scene: Phaser.Scene,
    readonly x: number,
    public y: number,
    readonly w: number,
  ) {}

  /** Adds a text at the current y and moves y below it by its height and `gap`; `maxH` shrinks it to fit. */
  add(content: string, o: TextOptions, gap: number, maxH?: number): Phaser.GameObjects.Text {
    const t = addText(this.scene, this.x, this.y, content, { ...o, width: this.w });
    if (maxH !== undefined) fitText(t, this.w, maxH);
    this.y += t.height + gap;
    return t;
  }

  /** Moves y down without drawing. */
  skip(h: number): void {
    this.y += h;
  }
}
