// Title screen: the arcade's name, its art, Play and Settings, and for a player coming
// back, Continue: straight into the most recent round in progress.
import Phaser from 'phaser';
import { ArcadeScene } from '../ui/ArcadeScene';
import { SCENES } from './keys';
import { offerUpdate } from './offline';
import { T } from './strings';
import { addButton, addText } from '../ui/widgets';
import { COLORS } from '../ui/theme';
import { ART_KEYS, START_ART, loadArt } from '../ui/art';
import { goTo, startLevel } from './flow';
import { gameById, svc } from './services';
import { localize } from '../core/i18n';
import { isAudience, isWorkshop, takeLanding } from './workshop/workshop';
import { WORKSHOP_SCENES } from './workshop/keys';
import { W } from './workshop/strings';

export class TitleScene extends ArcadeScene {
  constructor() {
    super(SCENES.title);
  }

  protected screenName(): string {
    return T('screen.title');
  }

  protected override initialFocus(): string {
    return svc().store.latestRound()?.levelTitle ? 'continue' : 'play';
  }

  override create(): void {
    super.create();
    // A workshop link lands on the trainer's workshop screen.
    // The audience window (for the projector) waits for the trainer's room instead.
    if (takeLanding()) {
      if (isAudience()) void import('./workshop/room/follow').then(({ awaitRoom }) => awaitRoom(this));
      else goTo(this, WORKSHOP_SCENES.setup);
    }
    // A shell screen is a safe moment to offer a new version (never during a round).
    this.onShutdown(offerUpdate());
    // The picture comes after the title is usable (asked for once the first frame is drawn): its room is kept, so
    // nothing moves when it arrives.
    const loadPicture = (): void =>
      void loadArt(this, START_ART).then((loaded) => {
        if (loaded && this.dom) this.rebuild();
      });
    this.game.events.once(Phaser.Core.Events.POST_RENDER, loadPicture);
    this.onShutdown(() => this.game.events.off(Phaser.Core.Events.POST_RENDER, loadPicture));
    // The first interactive frame, for the benchmark.
    if (performance.getEntriesByName('arcade-interactive').length === 0) requestAnimationFrame(() => performance.mark('arcade-interactive'));
  }

  /** Opens the saved round's level; if it is gone (a renamed file), the game's level select instead. */
  private async continueRound(gameId: string, levelId: string): Promise<void> {
    const loads = [
      ...(await svc()
        .levels(gameId)
        .catch(() => [])),
      ...(await svc()
        .ownLevels(gameId)
        .catch(() => [])),
    ];
    const load = loads.find((l) => l.ok && l.level.id === levelId);
    if (!this.scene.isActive()) return;
    if (load?.ok) await startLevel(this, gameId, load.level, load.file, true);
    else goTo(this, SCENES.levels, { gameId });
  }

  protected build(): void {
    const L = this.layout;
    const cx = L.w / 2;
    let artW = Math.min(L.w - 2 * L.pad, 640, (L.h * 0.32 * 640) / 210);
    let artH = (artW * 210) / 640;
    const top = Math.max(L.pad, L.h * 0.08);
    const title = addText(this, cx, top, T('app.title'), { size: L.font.hero, bold: true, originX: 0.5, align: 'center', width: L.w - 2 * L.pad });
    const tag = addText(this, cx, top + title.height + L.gap, T('app.tagline'), {
      size: L.font.large,
      color: COLORS.onBgSoft,
      originX: 0.5,
      align: 'center',
      width: L.w - 2 * L.pad,
    });
    const artY = tag.y + tag.height + L.gap * 2;
    const bw = Math.min(360, L.w - 2 * L.pad);
    // A player coming back: the latest round in progress, offered at once from the save alone.
    const round = svc().store.latestRound();
    const game = round ? gameById(round.gameId) : undefined;
    const c = round && game && round.levelTitle ? round : undefined;
    // Settings, the library, the recap and the workshop side by side (stacked on a narrow screen).
    const n = 4;
    const stacked = Math.min(L.w - 2 * L.pad, n * 260 + (n - 1) * L.gap) < n * 200;
    // The buttons come first: the picture takes what room is left, and is left out on a crowded screen.
    const buttonsH = (c ? L.buttonH * 1.5 + L.gap * 1.5 : 0) + L.buttonH * 1.2 + L.gap * 1.5 + (stacked ? n * (L.buttonH + L.gap) : L.buttonH);
    const room = L.h - L.pad - buttonsH - L.gap * 3 - artY;
    if (artH > room) {
      artH = Math.max(0, room);
      artW = (artH * 640) / 210;
    }
    if (artH >= 40 && this.textures.exists(ART_KEYS.skyline)) this.add.image(cx, artY, ART_KEYS.skyline).setOrigin(0.5, 0).setDisplaySize(artW, artH);
    else artH = 0;
    let y = artY + artH + L.gap * 3;
    if (c && game && c.levelTitle) {
      const where = T('results.header', { game: localize(game.title), level: localize(c.levelTitle) });
      addButton(this, this.dom!, L, {
        id: 'continue',
        label: T('title.continue', { where }),
        visibleLabel: T('title.continueShort'),
        sublabel: where,
        rect: { x: cx - bw / 2, y, w: bw, h: L.buttonH * 1.5 },
        onActivate: () => void this.continueRound(c.gameId, c.levelId),
      });
      y += L.buttonH * 1.5 + L.gap * 1.5;
    }
    addButton(this, this.dom!, L, {
      id: 'play',
      label: T('title.play'),
      style: c ? 'quiet' : 'primary',
      rect: { x: cx - bw / 2, y, w: bw, h: L.buttonH * 1.2 },
      fontSize: L.font.large,
      onActivate: () => goTo(this, SCENES.picker),
    });
    y += L.buttonH * 1.2 + L.gap * 1.5;
    // Settings, and for the self-learner the library of what they met and the closing recap, side by side.
    const row = [
      { id: 'settings', label: T('title.settings'), go: () => goTo(this, SCENES.settings, { from: SCENES.title }) },
      { id: 'library', label: T('title.library'), go: () => goTo(this, SCENES.library) },
      { id: 'recap', label: T('title.recap'), go: () => goTo(this, SCENES.recap) },
      { id: 'workshop', label: W(isWorkshop() ? 'title.workshop' : 'title.run'), go: () => goTo(this, WORKSHOP_SCENES.setup) },
    ];
    const rowW = Math.min(L.w - 2 * L.pad, n * 260 + (n - 1) * L.gap);
    const cw = stacked ? bw : (rowW - (n - 1) * L.gap) / n;
    row.forEach((b, i) => {
      const rect = stacked
        ? { x: cx - bw / 2, y: y + i * (L.buttonH + L.gap), w: bw, h: L.buttonH }
        : { x: cx - rowW / 2 + i * (cw + L.gap), y, w: cw, h: L.buttonH };
      addButton(this, this.dom!, L, { id: b.id, label: b.label, style: 'quiet', group: 'more', rect, onActivate: b.go });
    });
    y += (stacked ? n * (L.buttonH + L.gap) : L.buttonH) + L.gap * 2;
    if (y < L.h - L.font.small * 3) {
      addText(this, cx, y, T('title.about'), {
        size: L.font.small,
        color: COLORS.onBgSoft,
        originX: 0.5,
        align: 'center',
        width: Math.min(L.w - 2 * L.pad, 640),
      });
    }
  }
}
