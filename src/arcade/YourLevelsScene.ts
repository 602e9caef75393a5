// "Your levels": a trainer's own level files kept in this browser, for one game: play, export (download the file
// as it was opened) or remove each. The levels also appear, unlocked, on the game's level select. The words are in
// ./yourLevels.present, the rectangles in ./yourLevels.layout; this screen gathers the state and draws.
import { ArcadeScene } from '../ui/ArcadeScene';
import { SCENES } from './keys';
import { addButton, addHeader, addScrollArea, addText } from '../ui/widgets';
import { COLORS } from '../ui/theme';
import { gameById, svc } from './services';
import { goTo, startLevel } from './flow';
import { a11y } from '../ui/a11y';
import type { LevelLoad } from '../core/levels';
import type { BaseLevel } from '../games/sdk/types';
import type { OwnLevel } from '../core/ownLevels';
import { EDITOR_SCENE, hasEditor, type EditorData } from './workshop/editor/keys';
import {
  exportName,
  exportedAnnouncement,
  initialFocus,
  presentYourLevels,
  removedAnnouncement,
  yourLevelsHeading,
  type OwnButtonView,
  type OwnRowView,
} from './yourLevels.present';
import { noneAt, yourLevelsLayout } from './yourLevels.layout';

export interface YourLevelsData {
  gameId: string;
}

export class YourLevelsScene extends ArcadeScene {
  private gameId = '';
  private loads: LevelLoad<BaseLevel>[] = [];
  private kept: OwnLevel[] = [];

  constructor() {
    super(SCENES.yourLevels);
  }

  init(data: YourLevelsData): void {
    this.gameId = data.gameId;
    this.loads = [];
    this.kept = [];
  }

  protected screenName(): string {
    return yourLevelsHeading();
  }

  protected override initialFocus(): string {
    return initialFocus(this.kept.length);
  }

  protected override onEscape(): void {
    this.back();
  }

  override create(): void {
    super.create();
    void this.reload();
  }

  private back(): void {
    goTo(this, SCENES.levels, { gameId: this.gameId });
  }

  private async reload(): Promise<void> {
    this.kept = svc().own.list(this.gameId);
    this.loads = await svc().ownLevels(this.gameId);
    if (this.dom) this.rebuild();
  }

  /** The level editor, on a kept level or (without one) on the draft in progress. */
  private edit(levelId?: string): void {
    const data: EditorData = { gameId: this.gameId, levelId, from: SCENES.yourLevels };
    goTo(this, EDITOR_SCENE, data);
  }

  /** Downloads the file as the trainer opened it (a Blob link, no network). */
  private exportFile(e: OwnLevel): void {
    const url = URL.createObjectURL(new Blob([e.text], { type: 'application/json' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = exportName(e);
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    a11y().announce(exportedAnnouncement(a.download));
  }

  private remove(e: OwnLevel, title: string): void {
    svc().own.remove(this.gameId, e.levelId);
    svc().forgetOwnLevels(this.gameId);
    a11y().announce(removedAnnouncement(title));
    void this.reload();
  }

  protected build(): void {
    const L = this.layout;
    const game = gameById(this.gameId);
    const v = presentYourLevels({ game: game?.title, editor: hasEditor(game), kept: this.kept, loads: this.loads });
    // Games with a level editor: make a new level here, and edit each kept one.
    const make =
      v.make === null
        ? undefined
        : { id: 'make-level', label: v.make, style: 'quiet' as const, rect: { x: 0, y: 0, w: 0, h: 0 }, onActivate: () => this.edit() };
    addHeader(this, this.dom!, L, v.header, { label: v.back, onActivate: () => this.back() }, make);
    if (v.none !== null) {
      const at = noneAt(L);
      addText(this, at.x, at.y, v.none, { size: L.font.body, originX: 0.5, align: 'center', width: at.w });
      this.dom!.text(v.none);
      return;
    }
    const lay = yourLevelsLayout(L, v.rows.length, v.rows[0]?.buttons.length ?? 0);
    const scroll = addScrollArea(this, this.dom!, 'own', lay.scroll, lay.contentH);
    v.rows.forEach((row, i) => {
      const at = lay.rows[i]!;
      // Inside the scroll area: content coordinates, moved with the area as it scrolls.
      scroll.container.add(addText(this, at.title.x, at.title.y, row.title, { size: L.font.body, bold: true, color: COLORS.onBg, width: at.title.w }));
      row.buttons.forEach((b, k) =>
        addButton(this, this.dom!, L, {
          id: b.id,
          label: b.label,
          visibleLabel: b.visibleLabel,
          style: b.primary ? 'primary' : 'quiet',
          disabled: b.disabled,
          rect: at.buttons[k]!,
          scroll,
          onActivate: () => this.press(b, row),
        }),
      );
    });
  }

  private press(b: OwnButtonView, row: OwnRowView): void {
    const load = row.load;
    if (b.action === 'play') {
      if (load?.ok) void startLevel(this, this.gameId, load.level, load.file);
    } else if (b.action === 'edit') this.edit(row.kept.levelId);
    else if (b.action === 'export') this.exportFile(row.kept);
    else this.remove(row.kept, row.title);
  }
}
