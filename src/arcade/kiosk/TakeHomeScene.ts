// The result page a take-home card opens on a visitor's phone: the arcade loaded with a `#r=` fragment shows the
// booth round's result (game, level, score, stars, day) and the skills to take home, in the language the visitor
// played in, with "Play at home" to the title screen. No game runs. A fragment that cannot be read shows a clear
// message and the same button; nothing of the fragment reaches the screen but numbers and names this arcade has.
import { ArcadeScene } from '../../ui/ArcadeScene';
import { SCENES } from '../keys';
import { goTo } from '../flow';
import { svc } from '../services';
import { appendRecap } from '../recap';
import { addButton, addHeader, addText, addTextPanel, drawStars } from '../../ui/widgets';
import { getLang, localize, type LocalText } from '../../core/i18n';
import { formatDay, gameKey, levelKey, type TakeHomeLink, type TakeHomeRead } from '../../core/takeHome';
import type { GameEntry } from '../../games/sdk/types';
import { KIOSK_SCENES } from './keys';
import { K } from './strings';
import { T } from '../strings';

export class TakeHomeScene extends ArcadeScene {
  /** The level's title once the game's levels have loaded; null while they load or when this arcade lacks it. */
  private levelTitle: LocalText | null = null;
  private levelsLoaded = false;

  constructor(private readonly read: TakeHomeRead) {
    super(KIOSK_SCENES.takeHome);
  }

  protected screenName(): string {
    return K('home.screen');
  }

  protected override initialFocus(): string {
    return 'play';
  }

  protected override onEscape(): void {
    this.playAtHome();
  }

  private get link(): TakeHomeLink | null {
    return this.read.ok ? this.read.link : null;
  }

  private get entry(): GameEntry | undefined {
    const link = this.link;
    return link ? svc().games.find((g) => gameKey(g.id) === link.gameKey) : undefined;
  }

  override create(): void {
    super.create();
    const link = this.link;
    const game = this.entry;
    if (!link || !game) return;
    void this.findLevel(game, link.levelKey)
      .catch(() => null)
      .then((title) => {
        this.levelTitle = title;
        this.levelsLoaded = true;
        if (this.dom) this.rebuild();
      });
  }

  /** The level's title: a shipped level, or the short booth round a game makes of one. */
  private async findLevel(game: GameEntry, key: string): Promise<LocalText | null> {
    const levels = (await svc().levels(game.id)).flatMap((l) => (l.ok ? [l.level] : []));
    const found = levels.find((l) => levelKey(l.id) === key);
    if (found) return found.title;
    if (!game.loadBoothRound) return null;
    const trim = await game.loadBoothRound();
    return levels.map(trim).find((l) => levelKey(l.id) === key)?.title ?? null;
  }

  /** To the title screen, in the language of the card; a reload then opens the arcade, not this page again. */
  private playAtHome(): void {
    const lang = getLang();
    if (svc().store.settings.lang !== lang) svc().applySettings(svc().store.updateSettings({ lang }));
    history.replaceState(history.state, '', location.pathname + location.search);
    goTo(this, SCENES.title);
  }

  protected build(): void {
    const L = this.layout;
    const link = this.link;
    const game = this.entry;
    addHeader(this, this.dom!, L, K('home.screen'));
    const bh = L.buttonH;
    const side = !L.portrait && !!game;
    const leftW = side ? Math.min(460, L.body.w * 0.36) : L.body.w;
    let y = L.body.y;
    const cx = L.body.x + leftW / 2;
    if (link && game) {
      const score = addText(this, cx, y, T('results.score', { score: link.score, max: link.maxScore }), {
        size: L.font.title,
        bold: true,
        originX: 0.5,
        align: 'center',
        width: leftW,
      });
      y += score.height + L.gap;
      const starSize = side ? 56 : 40;
      drawStars(this, cx, y + starSize / 2, link.stars, starSize);
      y += starSize + L.gap;
    }
    const play = { id: 'play', label: K('home.play'), style: 'primary' as const, fontSize: L.font.large, onActivate: () => this.playAtHome() };
    let panel;
    if (side) {
      addButton(this, this.dom!, L, { ...play, rect: { x: L.body.x, y, w: leftW, h: bh * 1.2 } });
      panel = { x: L.body.x + leftW + L.pad, y: L.body.y, w: L.body.w - leftW - L.pad, h: L.body.h };
    } else {
      const bw = Math.min(L.body.w, 480);
      const by = L.h - L.pad - bh * 1.2;
      addButton(this, this.dom!, L, { ...play, rect: { x: L.w / 2 - bw / 2, y: by, w: bw, h: bh * 1.2 } });
      panel = { x: L.body.x, y, w: L.body.w, h: by - L.gap - y };
    }
    addTextPanel(
      this,
      this.dom!,
      { id: 'result', rect: panel, title: K(game ? 'home.title' : 'home.badTitle'), bodySize: L.font.body, titleSize: L.font.large },
      (el) => {
        const p = (text: string, cls?: string): void => {
          const e = document.createElement('p');
          e.textContent = text;
          if (cls) e.className = cls;
          el.append(e);
        };
        if (!link || !game) {
          p(K('home.bad'));
          return;
        }
        const gameName = localize(game.title);
        const level = this.levelTitle ? localize(this.levelTitle) : this.levelsLoaded ? K('home.levelUnknown') : K('op.levelLoading');
        p(K('card.result', { game: gameName, level }), 'strong');
        p(K('card.score', { score: link.score, max: link.maxScore, stars: link.stars }));
        p(K('home.day', { day: formatDay(link.day, getLang()) }));
        appendRecap(el);
      },
    );
  }
}
