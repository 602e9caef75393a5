// Pause overlay over a running game: resume, restart the level, settings, or quit to the game picker.
import { ArcadeScene } from '../ui/ArcadeScene';
import { SCENES } from './keys';
import { T } from './strings';
import { addButton, addText } from '../ui/widgets';
import { COLORS } from '../ui/theme';
import { quitToPicker } from './flow';

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
    return T('screen.pause');
  }

  protected override initialFocus(): string {
    return 'resume';
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
    const veil = this.add.graphics();
    veil.fillStyle(0x0b1226, 0.9);
    veil.fillRect(0, 0, L.w, L.h);
    const w = Math.min(420, L.w - 4 * L.pad);
    const x = L.w / 2 - w / 2;
    const boxH = L.buttonH * 3 + L.gap * 2 + L.font.title * 2 + 2 * L.pad;
    let y = Math.max(L.pad * 2, L.h / 2 - boxH / 2 + L.pad);
    veil.fillStyle(COLORS.bg, 1).fillRoundedRect(x - L.pad, y - L.pad, w + 2 * L.pad, boxH, 18);
    veil.lineStyle(3, COLORS.accent, 1).strokeRoundedRect(x - L.pad, y - L.pad, w + 2 * L.pad, boxH, 18);
    addText(this, L.w / 2, y, T('screen.pause'), { size: L.font.title, bold: true, originX: 0.5 });
    y += L.font.title * 2;
    const items = [
      { id: 'resume', label: T('pause.resume'), style: 'primary' as const, act: () => this.resume() },
      { id: 'restart', label: T('pause.restart'), style: 'quiet' as const, act: () => this.pd?.onRestart() },
      { id: 'quit', label: T('pause.quit'), style: 'quiet' as const, act: () => quitToPicker(this.scene.get(this.pd?.game ?? SCENES.picker)) },
    ];
    for (const it of items) {
      addButton(this, this.dom!, L, { id: it.id, label: it.label, style: it.style, group: 'pause', rect: { x, y, w, h: L.buttonH }, onActivate: it.act });
      y += L.buttonH + L.gap;
    }
  }
}
