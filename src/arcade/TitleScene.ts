// Title screen: the arcade's name, its art, Play and Settings, and for a player coming
// back, Continue: straight into the most recent round in progress. The words are in ./title.present, the rectangles
// in ./title.layout; this screen gathers the state and draws.
import Phaser from 'phaser';
import { ArcadeScene } from '../ui/ArcadeScene';
import { SCENES } from './keys';
import { offerUpdate } from './offline';
import { addButton, addText } from '../ui/widgets';
import { COLORS } from '../ui/theme';
import { ART_KEYS, START_ART, loadArt } from '../ui/art';
import { goTo, startLevel } from './flow';
import { gameById, svc } from './services';
import { WORKSHOP_SCENES } from './workshop/keys';
import { initialFocus, presentTitle, titleHeading, type TitleView } from './title.present';
import { nameAt, taglineAt, titleLayout } from './title.layout';

export class TitleScene extends ArcadeScene {
  constructor() {
    super(SCENES.title);
  }

  protected screenName(): string {
    return titleHeading();
  }

  protected override initialFocus(): string {
    return initialFocus(this.view());
  }

  /** What the screen shows, from the latest round in progress (offered at once from the save alone) and the mode. */
  private view(): TitleView {
    const round = svc().store.latestRound();
    return presentTitle(round && { ...round, game: gameById(round.gameId)?.title }, svc().workshop !== null);
  }

  override create(): void {
    super.create();
    // A workshop link lands on the trainer's workshop screen.
    // The audience window (for the projector) waits for the trainer's room instead.
    const ws = svc().workshop;
    if (ws?.takeLanding()) {
      if (ws.audience) void import('./workshop/room/follow').then(({ awaitRoom }) => awaitRoom(this));
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
    const v = this.view();
    const at = nameAt(L);
    const title = addText(this, at.x, at.y, v.title, { size: L.font.hero, bold: true, originX: 0.5, align: 'center', width: at.w });
    const tagAt = taglineAt(L, title.height);
    const tag = addText(this, tagAt.x, tagAt.y, v.tagline, { size: L.font.large, color: COLORS.onBgSoft, originX: 0.5, align: 'center', width: tagAt.w });
    const lay = titleLayout(L, {
      textBottom: tag.y + tag.height,
      continueRound: v.continue !== null,
      art: this.textures.exists(ART_KEYS.skyline),
      more: v.more.length,
    });
    if (lay.art)
      this.add
        .image(lay.art.x + lay.art.w / 2, lay.art.y, ART_KEYS.skyline)
        .setOrigin(0.5, 0)
        .setDisplaySize(lay.art.w, lay.art.h);
    const c = v.continue;
    if (c && lay.continue) {
      addButton(this, this.dom!, L, {
        id: 'continue',
        label: c.label,
        visibleLabel: c.visibleLabel,
        sublabel: c.sublabel,
        rect: lay.continue,
        onActivate: () => void this.continueRound(c.gameId, c.levelId),
      });
    }
    addButton(this, this.dom!, L, {
      id: 'play',
      label: v.play.label,
      style: v.play.style,
      rect: lay.play,
      fontSize: L.font.large,
      onActivate: () => goTo(this, SCENES.picker),
    });
    // Settings, and for the self-learner the library of what they met and the closing recap, side by side.
    const go: Record<string, () => void> = {
      settings: () => goTo(this, SCENES.settings, { from: SCENES.title }),
      library: () => goTo(this, SCENES.library),
      recap: () => goTo(this, SCENES.recap),
      workshop: () => goTo(this, WORKSHOP_SCENES.setup),
    };
    v.more.forEach((b, i) =>
      addButton(this, this.dom!, L, { id: b.id, label: b.label, style: 'quiet', group: 'more', rect: lay.more[i]!, onActivate: () => go[b.id]?.() }),
    );
    if (lay.about) {
      addText(this, lay.about.x, lay.about.y, v.about, { size: L.font.small, color: COLORS.onBgSoft, originX: 0.5, align: 'center', width: lay.about.w });
    }
  }
}
