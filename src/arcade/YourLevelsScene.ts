// "Your levels": a trainer's own level files kept in this browser, for one game: play, export (download the file
// as it was opened) or remove each. The levels also appear, unlocked, on the game's level select.
import { ArcadeScene } from '../ui/ArcadeScene';
import { SCENES } from './keys';
import { T } from './strings';
import { addButton, addHeader, addScrollArea, addText } from '../ui/widgets';
import { COLORS } from '../ui/theme';
import { gameById, svc } from './services';
import { goTo, startLevel } from './flow';
import { localize } from '../core/i18n';
import { a11y } from '../ui/a11y';
import type { LevelLoad } from '../core/levels';
import type { BaseLevel } from '../games/sdk/types';
import type { OwnLevel } from '../core/ownLevels';
import { EDITOR_SCENE, hasEditor, type EditorData } from './workshop/editor/keys';

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
    return T('own.screen');
  }

  protected override initialFocus(): string {
    return this.kept.length > 0 ? 'play-0' : 'back';
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
    a.download = e.file.endsWith('.json') ? e.file : `${e.levelId}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    a11y().announce(T('own.exported', { file: a.download }));
  }

  private remove(e: OwnLevel, title: string): void {
    svc().own.remove(this.gameId, e.levelId);
    svc().forgetOwnLevels(this.gameId);
    a11y().announce(T('own.removed', { title }));
    void this.reload();
  }

  protected build(): void {
    const L = this.layout;
    const game = gameById(this.gameId);
    const editor = hasEditor(gameById(this.gameId));
    // Games with a level editor: make a new level here, and edit each kept one.
    const make = editor
      ? { id: 'make-level', label: T('editor.open'), style: 'quiet' as const, rect: { x: 0, y: 0, w: 0, h: 0 }, onActivate: () => this.edit() }
      : undefined;
    addHeader(this, this.dom!, L, T('own.header', { game: game ? localize(game.title) : '' }), { label: T('nav.back'), onActivate: () => this.back() }, make);
    if (this.kept.length === 0) {
      addText(this, L.w / 2, L.body.y + L.pad, T('own.none'), { size: L.font.body, originX: 0.5, align: 'center', width: Math.min(L.body.w, 700) });
      this.dom!.text(T('own.none'));
      return;
    }
    const rowH = L.buttonH * (L.portrait ? 2.2 : 1.2) + L.gap;
    const scroll = addScrollArea(this, this.dom!, 'own', L.body, this.kept.length * rowH);
    this.kept.forEach((e, i) => {
      const load = this.loads.find((l) => l.file === e.file && (!l.ok || l.level.id === e.levelId));
      const title = load?.ok ? localize(load.level.title) : T('own.broken', { file: e.file });
      const y = i * rowH;
      const w = L.body.w;
      const n = editor ? 4 : 3;
      const bw = L.portrait ? (w - (n - 1) * L.gap) / n : Math.min(180, w / (2 * n));
      // Inside the scroll area: content coordinates, moved with the area as it scrolls.
      const label = addText(this, 0, y + (L.portrait ? 0 : L.buttonH * 0.2), title, {
        size: L.font.body,
        bold: true,
        color: COLORS.onBg,
        width: L.portrait ? w : w - n * (bw + L.gap),
      });
      scroll.container.add(label);
      const by = L.portrait ? y + L.font.body * 1.6 : y;
      const bx = L.portrait ? 0 : w - n * bw - (n - 1) * L.gap;
      const buttons = [
        {
          id: `play-${i}`,
          label: T('own.play', { title }),
          visible: T('own.playShort'),
          go: () => load?.ok && void startLevel(this, this.gameId, load.level, load.file),
          disabled: !load?.ok,
        },
        ...(editor
          ? [{ id: `edit-${i}`, label: T('editor.edit', { title }), visible: T('editor.editShort'), go: () => this.edit(e.levelId), disabled: false }]
          : []),
        { id: `export-${i}`, label: T('own.export', { title }), visible: T('own.exportShort'), go: () => this.exportFile(e), disabled: false },
        { id: `remove-${i}`, label: T('own.remove', { title }), visible: T('own.removeShort'), go: () => this.remove(e, title), disabled: false },
      ];
      buttons.forEach((b, k) =>
        addButton(this, this.dom!, L, {
          id: b.id,
          label: b.label,
          visibleLabel: b.visible,
          style: k === 0 ? 'primary' : 'quiet',
          disabled: b.disabled,
          rect: { x: bx + k * (bw + L.gap), y: by, w: bw, h: L.buttonH },
          scroll,
          onActivate: b.go,
        }),
      );
    });
  }
}
