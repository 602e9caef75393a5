// The operator's board moderation (behind the PIN, from the operator panel): today's entries, level by level, each
// with a Remove button (pressed twice: the first press asks to confirm), so one bad name leaves the board and the
// welcome screen without clearing everyone else's. The words are in ./boardAdmin.present, the rectangles in
// ./boardAdmin.layout.
import { ArcadeScene } from '../../ui/ArcadeScene';
import { SCENES } from '../keys';
import { goTo } from '../flow';
import { gameById, svc } from '../services';
import { addButton, addHeader, addScrollArea, addText } from '../../ui/widgets';
import { COLORS } from '../../ui/theme';
import { a11y } from '../../ui/a11y';
import { flash } from '../../ui/flash';
import { localize } from '../../core/i18n';
import { sameEntry, type BoardEntry, type RankedEntry } from '../../core/leaderboard';
import { boothOf } from './kiosk';
import { KIOSK_SCENES } from './keys';
import { adminFocus, adminTitle, presentAdmin, removeWords } from './boardAdmin.present';
import { adminLayout } from './boardAdmin.layout';

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
    return adminTitle();
  }

  protected override initialFocus(): string {
    return adminFocus(boothOf(svc()).board.size);
  }

  protected override onEscape(): void {
    this.back();
  }

  override create(): void {
    // Only after the right PIN, like the panel it opens from.
    if (!boothOf(svc()).unlocked) {
      goTo(this, SCENES.title);
      return;
    }
    super.create();
    this.onShutdown(
      boothOf(svc()).board.onNotice(() => {
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

  private remove(e: RankedEntry, name: string): void {
    if (!this.confirming || !sameEntry(this.confirming, e)) {
      this.confirming = e;
      this.rebuild();
      flash(removeWords(name).confirm);
      return;
    }
    this.confirming = null;
    boothOf(svc()).board.remove(e);
    this.rebuild();
    a11y().announce(removeWords(name).removed);
  }

  protected build(): void {
    const L = this.layout;
    const v = presentAdmin({
      entries: boothOf(svc()).board.all(),
      gameTitle: (id) => {
        const game = gameById(id);
        return game ? localize(game.title) : undefined;
      },
      levelTitles: this.titles,
      confirming: this.confirming,
    });
    addHeader(this, this.dom!, L, v.title, { label: v.back, onActivate: () => this.back() });
    const R = adminLayout(
      L,
      v.rows.map((r) => r.heading !== null),
    );
    if (v.empty !== null) {
      addText(this, R.empty.x, R.empty.y, v.empty, { size: L.font.body, originX: 0.5, align: 'center', width: R.empty.w });
      this.dom!.text(v.empty);
      return;
    }
    const scroll = addScrollArea(this, this.dom!, 'entries', R.area, R.contentH);
    v.rows.forEach((row, i) => {
      const at = R.rows[i]!;
      if (row.heading !== null && at.heading)
        scroll.container.add(
          addText(this, at.heading.x, at.heading.y, row.heading, { size: L.font.body, bold: true, color: COLORS.accent, width: at.heading.w }),
        );
      scroll.container.add(addText(this, at.line.x, at.line.y, row.line, { size: L.font.body, originY: 0.5, width: at.line.w }));
      addButton(this, this.dom!, L, {
        ...row.remove,
        group: 'entries',
        rect: at.remove,
        fontSize: L.font.small,
        scroll,
        onActivate: () => this.remove(row.entry, row.name),
      });
    });
  }
}
