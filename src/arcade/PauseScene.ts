// Pause overlay over a running game: resume, restart the level, or quit to the game picker. The words are in
// ./pause.present, the rectangles in ./pause.layout; this screen draws them over a veil.
import { ArcadeScene } from '../ui/ArcadeScene';
import { SCENES } from './keys';
import { addButton, addText } from '../ui/widgets';
import { COLORS } from '../ui/theme';
import { quitToPicker } from './flow';
import { presentPause, type PauseChoice } from './pause.present';
import { pauseLayout } from './pause.layout';

export interface PauseData {
  /** Key of the paused game scene. */
  game: string;
  onRestart: () => void;
}

export class PauseScene extends ArcadeScene {
  private pd: PauseData | null = null;

  constructor() {
    super(SCENES.pause);
  }

  init(data: PauseData): void {
    this.pd = data;
  }

  protected screenName(): string {
    return presentPause().heading;
  }

  protected override initialFocus(): string {
    return presentPause().focus;
  }

  protected override onEscape(): void {
    this.resume();
  }

  override create(): void {
    // Scenes render in list order and games are registered after the shell: draw the overlay above them.
    this.scene.bringToTop();
    super.create();
    // The overlay shows the paused game through a veil, so keep the camera transparent.
    this.cameras.main.transparent = true;
    this.cameras.main.setBackgroundColor('rgba(0,0,0,0)');
  }

  private resume(): void {
    const key = this.pd?.game;
    this.scene.stop();
    // The game scene makes its DOM layer interactive again on RESUME.
    if (key) this.scene.resume(key);
  }

  protected build(): void {
    const L = this.layout;
    const v = presentPause();
    const veil = this.add.graphics();
    veil.fillStyle(0x0b1226, 0.9);
    veil.fillRect(0, 0, L.w, L.h);
    const heading = addText(this, L.w / 2, 0, v.heading, {
      size: L.font.title,
      bold: true,
      originX: 0.5,
      align: 'center',
      width: Math.min(420, L.w - 4 * L.pad),
    });
    const lay = pauseLayout(L, { items: v.items.length, headingH: heading.height });
    heading.setY(lay.heading.y);
    const b = lay.box;
    veil.fillStyle(COLORS.bg, 1).fillRoundedRect(b.x, b.y, b.w, b.h, 18);
    veil.lineStyle(3, COLORS.accent, 1).strokeRoundedRect(b.x, b.y, b.w, b.h, 18);
    const act: Record<PauseChoice, () => void> = {
      resume: () => this.resume(),
      restart: () => this.pd?.onRestart(),
      quit: () => quitToPicker(this.scene.get(this.pd?.game ?? SCENES.picker)),
    };
    v.items.forEach((it, i) =>
      addButton(this, this.dom!, L, { id: it.id, label: it.label, style: it.style, group: 'pause', rect: lay.buttons[i]!, onActivate: act[it.id] }),
    );
  }
}
