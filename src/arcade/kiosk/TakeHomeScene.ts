// The result page a take-home card opens on a visitor's phone: the arcade loaded with a `#r=` fragment shows the
// booth round's result (game, level, score, stars, day) and the skills to take home, in the language the visitor
// played in, with "Play at home" to the title screen. No game runs. A fragment that cannot be read shows a clear
// message and the same button; nothing of the fragment reaches the screen but numbers and names this arcade has.
// The words are in ./takeHome.present, the rectangles in ./takeHome.layout.
import { ArcadeScene } from '../../ui/ArcadeScene';
import { SCENES } from '../keys';
import { goTo } from '../flow';
import { svc } from '../services';
import { appendRecap } from '../recap';
import { addButton, addHeader, addText, addTextPanel, drawStars } from '../../ui/widgets';
import { getLang, localize, type LocalText } from '../../core/i18n';
import { gameKey, levelKey, type TakeHomeLink, type TakeHomeRead } from '../../core/takeHome';
import type { GameEntry } from '../../games/sdk/types';
import { KIOSK_SCENES } from './keys';
import { presentTakeHome, takeHomeTitle } from './takeHome.present';
import { takeHomeColumn, takeHomeLayout } from './takeHome.layout';

export class TakeHomeScene extends ArcadeScene {
  /** The level's title once the game's levels have loaded; null while they load or when this arcade lacks it. */
  private levelTitle: LocalText | null = null;
  private levelsLoaded = false;

  constructor(private readonly read: TakeHomeRead) {
    super(KIOSK_SCENES.takeHome);
  }

  protected screenName(): string {
    return takeHomeTitle();
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
    // The card's language becomes the player's, if it is the one in use (its tables may not have loaded: then the
    // player's own stays).
    const lang = getLang();
    if (lang === this.link?.lang && svc().store.settings.lang !== lang) svc().applySettings(svc().store.updateSettings({ lang }));
    history.replaceState(history.state, '', location.pathname + location.search);
    goTo(this, SCENES.title);
  }

  protected build(): void {
    const L = this.layout;
    const game = this.entry;
    const v = presentTakeHome({
      link: this.link,
      game: game ? localize(game.title) : null,
      level: this.levelTitle ? localize(this.levelTitle) : null,
      levelsLoaded: this.levelsLoaded,
      lang: getLang(),
    });
    addHeader(this, this.dom!, L, v.title);
    // The score is drawn first: the stars and what follows start under it.
    const score = v.score
      ? addText(this, 0, 0, v.score.text, { size: L.font.title, bold: true, originX: 0.5, align: 'center', width: takeHomeColumn(L, true) })
      : null;
    const R = takeHomeLayout(L, { result: v.score !== null, scoreH: score?.height ?? 0 });
    if (v.score && score && R.score && R.stars) {
      score.setPosition(R.score.x, R.score.y);
      drawStars(this, R.stars.x, R.stars.y, v.score.stars, R.stars.size);
    }
    addButton(this, this.dom!, L, { id: 'play', label: v.play, style: 'primary', fontSize: L.font.large, rect: R.play, onActivate: () => this.playAtHome() });
    addTextPanel(this, this.dom!, { id: 'result', rect: R.panel, title: v.panelTitle, bodySize: L.font.body, titleSize: L.font.large }, (el) => {
      for (const line of v.lines) {
        const e = document.createElement('p');
        e.textContent = line.text;
        if (line.strong) e.className = 'strong';
        el.append(e);
      }
      if (v.recap) appendRecap(el);
    });
  }
}
