// The operator's board moderation (behind the PIN, from the operator panel): today's entries, level by level, each
// with a Remove button (pressed twice: the first press asks to confirm), so one bad name leaves the board and the
// welcome screen without clearing everyone else's.
import { ArcadeScene } from '../../ui/ArcadeScene';
import { SCENES } from '../keys';
import { goTo } from '../flow';
import { gameById, svc } from '../services';
import { addButton, addHeader, addScrollArea, addText } from '../../ui/widgets';
import { COLORS } from '../../ui/theme';
import { a11y } from '../../ui/a11y';
import { flash } from '../../ui/flash';
import { localize } from '../../core/i18n';
import { isolateName, sameEntry, type BoardEntry, type RankedEntry } from '../../core/leaderboard';
import { T } from '../strings';
import { kiosk } from './kiosk';
import { KIOSK_SCENES } from './keys';
import { K } from './strings';

/** The suffix of a booth's short round's level id (games/<game>/booth.ts). */
const SHORT_SUFFIX = '-short';

export class BoardAdminScene extends ArcadeScene {
  /** The entry whose Remove was pressed once: the next press removes it. */
  private confirming: BoardEntry | null = null;
  /** Level titles by game and level id, once each game's levels have loaded. */
  private readonly titles = new Map<string, string>();

  constructor() {
    super(KIOSK_SCENES.boardAdmin);
  }

  init(): void {
    this.confirming = null;
  }

  /** The operator's screen takes the whole height of a totem (ArcadeScene.withinReach). */
  protected override withinReach(): boolean {
    return false;
  }

  protected screenName(): string {
    return K('admin.screen');
  }

  protected override initialFocus(): string {
    return kiosk().board.size > 0 ? 'remove-0' : 'back';
  }

  protected override onEscape(): void {
    this.back();
  }

  override create(): void {
    // Only after the right PIN, like the panel it opens from.
    if (!kiosk().unlocked) {
      goTo(this, SCENES.title);
      return;
    }
    super.create();
    this.onShutdown(
      kiosk().board.onNotice(() => {
        if (this.dom) this.rebuild();
      }),
    );
    for (const g of svc().games) {
      void svc()
        .levels(g.id)
        .then((loads) => {
          for (const l of loads) if (l.ok) this.titles.set(`${g.id}/${l.level.id}`, localize(l.level.title));
          if (this.dom) this.rebuild();
        })
        .catch(() => undefined);
    }
  }

  private back(): void {
    goTo(this, KIOSK_SCENES.operator);
  }

  /** A level's name for the operator: its title, a short round's as "<title> (short round)", else its id. */
  private levelName(gameId: string, levelId: string): string {
    const title = this.titles.get(`${gameId}/${levelId}`);
    if (title) return title;
    const full = levelId.endsWith(SHORT_SUFFIX) ? this.titles.get(`${gameId}/${levelId.slice(0, -SHORT_SUFFIX.length)}`) : undefined;
    return full ? K('admin.shortRound', { level: full }) : levelId;
  }

  private remove(e: RankedEntry, name: string): void {
    if (!this.confirming || !sameEntry(this.confirming, e)) {
      this.confirming = e;
      this.rebuild();
      flash(K('admin.confirm', { name }));
      return;
    }
    this.confirming = null;
    kiosk().board.remove(e);
    this.rebuild();
    a11y().announce(K('admin.removed', { name }));
  }

  protected build(): void {
    const L = this.layout;
    addHeader(this, this.dom!, L, K('admin.screen'), { label: T('nav.back'), onActivate: () => this.back() });
    const entries = kiosk().board.all();
    if (entries.length === 0) {
      addText(this, L.w / 2, L.body.y + L.pad, K('board.empty'), { size: L.font.body, originX: 0.5, align: 'center', width: Math.min(L.body.w, 700) });
      this.dom!.text(K('board.empty'));
      return;
    }
    const rowH = L.buttonH + L.gap;
    const headH = L.font.body * 2;
    const groups = new Set(entries.map((e) => `${e.gameId}/${e.levelId}`)).size;
    const scroll = addScrollArea(this, this.dom!, 'entries', L.body, entries.length * rowH + groups * headH);
    const w = L.body.w;
    const bw = Math.min(260, w * 0.32);
    let y = 0;
    let group = '';
    entries.forEach((e, i) => {
      const game = gameById(e.gameId);
      const gameName = game ? localize(game.title) : e.gameId;
      const level = this.levelName(e.gameId, e.levelId);
      if (`${e.gameId}/${e.levelId}` !== group) {
        group = `${e.gameId}/${e.levelId}`;
        scroll.container.add(
          addText(this, 0, y + headH * 0.25, K('admin.group', { game: gameName, level }), { size: L.font.body, bold: true, color: COLORS.accent, width: w }),
        );
        y += headH;
      }
      // The name as its own bidi run: a right-to-left name keeps its rank and score in place.
      const name = e.name === '' ? K('admin.noName') : isolateName(e.name);
      const line = addText(this, 0, y + L.buttonH / 2, K('admin.entry', { rank: e.rank, name, score: e.score }), {
        size: L.font.body,
        originY: 0.5,
        width: w - bw - L.gap,
      });
      scroll.container.add(line);
      const asking = this.confirming !== null && sameEntry(this.confirming, e);
      addButton(this, this.dom!, L, {
        id: `remove-${i}`,
        label: asking ? K('admin.confirm', { name }) : K('admin.remove', { name, game: gameName, level }),
        visibleLabel: asking ? K('admin.confirmShort') : K('admin.removeShort'),
        style: asking ? 'primary' : 'quiet',
        group: 'entries',
        rect: { x: w - bw, y, w: bw, h: L.buttonH },
        fontSize: L.font.small,
        scroll,
        onActivate: () => this.remove(e, name),
      });
      y += rowH;
    });
  }
}
