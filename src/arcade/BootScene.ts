// Loading screen: shown while the player's language loads (if it is not English), then the title.
import Phaser from 'phaser';
import { SCENES } from './keys';
import { svc } from './services';
import { T } from './strings';
import { COLORS, FONT, css } from '../ui/theme';
import { a11y } from '../ui/a11y';

export class BootScene extends Phaser.Scene {
  constructor() {
    super(SCENES.boot);
  }

  preload(): void {
    this.cameras.main.setBackgroundColor(COLORS.bg);
    const { width: w, height: h } = this.scale;
    const bw = Math.min(480, w * 0.8);
    const bar = this.add.graphics();
    const label = this.add
      .text(w / 2, h / 2 - 40, T('loading.label', { percent: 0 }), { fontFamily: FONT, fontSize: '20px', color: css(COLORS.onBg) })
      .setOrigin(0.5);
    const draw = (p: number): void => {
      bar.clear();
      bar.lineStyle(3, COLORS.onBg, 1);
      bar.strokeRoundedRect(w / 2 - bw / 2, h / 2, bw, 28, 10);
      bar.fillStyle(COLORS.accent, 1);
      bar.fillRoundedRect(w / 2 - bw / 2 + 4, h / 2 + 4, Math.max(0, (bw - 8) * p), 20, 7);
      label.setText(T('loading.label', { percent: Math.round(p * 100) }));
    };
    draw(0);
    a11y().announce(T('loading.label', { percent: 0 }));
    this.load.on(Phaser.Loader.Events.PROGRESS, draw);
    // Nothing else to wait for: even the title's picture loads after the title is up (ui/art.ts loadArt).
  }

  create(): void {
    this.load.off(Phaser.Loader.Events.PROGRESS);
    // No level data here: a game's levels load when the game is chosen, so the title needs nothing else.
    // The player's language first (its tables load now, if it is not English), then the first screen: the one listed
    // after this in the game's scenes (the title, the booth's attract loop under the title's key, or a take-home result).
    const next = this.scene.manager.getAt(1)?.scene.key ?? SCENES.title;
    void svc().ready.then(() => this.scene.start(next));
  }
}
