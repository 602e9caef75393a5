// The operator panel (behind the PIN): the games and levels offered, their short booth rounds, the idle time, clearing
// today's board, the offline and storage state (a warning when saving fails), a new PIN, back to the booth, and
// exiting kiosk mode, the only way out. The words and what each press does are in ./operator.present, the
// rectangles in ./operator.layout; this screen gathers the booth's state, carries out the presses and draws.
import { appendBlocks } from '../../ui/textList';
import { ArcadeScene } from '../../ui/ArcadeScene';
import { SCENES } from '../keys';
import { goTo } from '../flow';
import { svc } from '../services';
import { onOfflineChange } from '../offline';
import { addButton, addHeader, addScrollArea, addTextPanel, type Scroller } from '../../ui/widgets';
import { a11y, type Rect } from '../../ui/a11y';
import { flash } from '../../ui/flash';
import { getLang, loadLang, localize } from '../../core/i18n';
import { offeredLangs } from '../languages';
import type { LevelLoad } from '../../core/levels';
import type { BaseLevel } from '../../games/sdk/types';
import { boothOf } from './kiosk';
import { healthLines, storageEstimate } from './health';
import { KIOSK_SCENES } from './keys';
import * as P from './operator.present';
import { operatorLayout } from './operator.layout';

type OkLoad = Extract<LevelLoad<BaseLevel>, { ok: true }>;

export class OperatorScene extends ArcadeScene {
  private levels = new Map<string, OkLoad[]>();
  private confirmClear = false;
  /** Exit was pressed once: the bottom row asks before this device stops being a booth. */
  private confirmExit = false;
  /** The browser's storage estimate, read each time the panel opens. */
  private estimate: StorageEstimate | null = null;

  constructor() {
    super(KIOSK_SCENES.operator);
  }

  init(): void {
    this.confirmClear = false;
    this.confirmExit = false;
  }

  /** The operator's screen takes the whole height of a totem (ArcadeScene.withinReach). */
  protected override withinReach(): boolean {
    return false;
  }

  protected screenName(): string {
    return P.operatorTitle();
  }

  protected override initialFocus(): string {
    return 'start';
  }

  protected override onEscape(): void {
    if (this.confirmExit) return this.cancelExit();
    this.leave();
  }

  private cancelExit(): void {
    this.confirmExit = false;
    this.rebuild();
    this.dom?.focus('exit');
  }

  override create(): void {
    // Only after the right PIN (or a PIN just chosen).
    if (!boothOf(svc()).unlocked) {
      goTo(this, SCENES.title);
      return;
    }
    super.create();
    const again = (): void => {
      if (this.dom) this.rebuild();
    };
    this.onShutdown(onOfflineChange(again));
    this.onShutdown(svc().store.onNotice(again));
    this.onShutdown(boothOf(svc()).board.onNotice(again));
    void storageEstimate().then((e) => {
      this.estimate = e;
      again();
    });
    for (const g of svc().games) {
      void svc()
        .levels(g.id)
        .then((loads) => {
          this.levels.set(
            g.id,
            loads.flatMap((l) => (l.ok ? [l] : [])),
          );
          again();
        })
        .catch(() => undefined);
    }
  }

  private leave(): void {
    boothOf(svc()).unlocked = false;
    goTo(this, SCENES.title);
  }

  /** Every day kept, game by game, as a CSV file (papaparse and the download code load with the first export). */
  private async exportStats(): Promise<void> {
    const k = boothOf(svc());
    const rows = k.stats.rows(svc().games.map((g) => g.id));
    const { file, announce } = P.statsExport(rows.length, k.stats.dayKeys()[0]);
    if (file === null) return a11y().announce(announce);
    const [{ default: Papa }, { download }] = await Promise.all([import('papaparse'), import('../../ui/download')]);
    // A byte-order mark, so spreadsheet programs read the file as UTF-8.
    download(file, `\ufeff${Papa.unparse(rows)}`, 'text/csv;charset=utf-8');
    a11y().announce(announce);
  }

  /** Everything the panel shows, from the booth's state. */
  private view(): P.OperatorView {
    const k = boothOf(svc());
    const games = svc().games;
    const day = k.stats.summary();
    return P.presentOperator({
      settings: k.store.settings,
      games: games.map((g) => {
        const levels = this.levels.get(g.id)?.map((l) => ({ id: l.level.id, title: localize(l.level.title) }));
        return { id: g.id, title: localize(g.title), hasShort: !!g.loadBoothRound, ...(levels ? { levels } : {}) };
      }),
      langs: offeredLangs(),
      playerLang: svc().store.settings.lang,
      boardSize: k.board.size,
      confirmClear: this.confirmClear,
      confirmExit: this.confirmExit,
      health: healthLines(k.health, this.estimate),
      storage: { save: svc().store.notice, board: k.board.notice, saved: k.store.saved },
      stats: { day, games: games.map((g) => ({ title: localize(g.title), summary: k.stats.summary(day.day, g.id) })) },
      lang: getLang(),
    });
  }

  /** Carries out a press. */
  private act(a: P.OperatorAction): void {
    const k = boothOf(svc());
    switch (a.type) {
      case 'none':
        return;
      case 'refuse':
        return flash(a.message, true);
      case 'offer':
        k.store.setGame(a.gameId, { offered: a.offered });
        return this.rebuild();
      case 'level':
        k.store.setGame(a.gameId, { levelId: a.levelId });
        this.rebuild();
        return a11y().announce(a.announce);
      case 'short':
        k.store.setGame(a.gameId, { short: a.short });
        return this.rebuild();
      case 'idle':
        k.store.update({ idleSeconds: a.seconds });
        this.rebuild();
        return a11y().announce(a.announce);
      case 'lang': {
        const settings = { ...(k.store.settings.baseline ?? svc().store.settings), lang: a.lang };
        k.store.update({ baseline: settings });
        svc().applySettings(svc().store.updateSettings({ lang: a.lang }));
        void loadLang(a.lang)
          .catch(() => undefined)
          .then(() => {
            if (this.dom) this.rebuild();
            a11y().announce(P.langAnnouncement(a.lang));
          });
        return;
      }
      case 'askClear':
        this.confirmClear = true;
        this.rebuild();
        return flash(a.message);
      case 'clear':
        k.board.clear();
        this.confirmClear = false;
        this.rebuild();
        return a11y().announce(a.announce);
      case 'pin':
        return goTo(this, KIOSK_SCENES.pin, { mode: 'set' });
      case 'statsCsv':
        return void this.exportStats();
      case 'boardAdmin':
        return goTo(this, KIOSK_SCENES.boardAdmin);
      case 'names':
        k.store.update(a.next);
        this.rebuild();
        return a11y().announce(a.announce);
      case 'start':
        return this.leave();
      case 'askExit':
        this.confirmExit = true;
        this.rebuild();
        this.dom?.focus('exit-no');
        return a11y().announce(a.announce);
      case 'exit':
        return boothOf(svc()).exit();
      case 'stay':
        return this.cancelExit();
    }
  }

  protected build(): void {
    const L = this.layout;
    const v = this.view();
    addHeader(this, this.dom!, L, v.title);
    const R = operatorLayout(L, { games: v.games.map((g) => g.length), booth: v.booth.length });
    const button = (b: P.OperatorButton, rect: Rect, o: { fontSize?: number; scroll?: Scroller } = {}): void => {
      const { action, ...rest } = b;
      addButton(this, this.dom!, L, { ...rest, rect, ...o, onActivate: () => this.act(action) });
    };
    // The settings scroll natively where they do not fit (text at 1.5, a phone); the bottom row stays put.
    const area = R.area;
    const scroll = R.scrolls ? addScrollArea(this, this.dom!, 'settings', area, R.contentH) : undefined;
    const listed = (b: P.OperatorButton, at: Rect): void =>
      button(b, scroll ? at : { ...at, x: area.x + at.x, y: area.y + at.y }, { fontSize: L.font.small, scroll });
    v.games.forEach((buttons, i) => buttons.forEach((b, j) => listed(b, R.games[i]![j]!)));
    v.booth.forEach((b, i) => (R.boothInArea ? listed(b, R.booth[i]!) : button(b, R.booth[i]!, { fontSize: L.font.small })));
    if (R.status) {
      addTextPanel(this, this.dom!, { id: 'status', rect: R.status, title: v.statusTitle, bodySize: L.font.small, titleSize: L.font.body }, (el) =>
        appendBlocks(el, [{ list: v.status }]),
      );
    } else {
      this.dom!.text(v.status.map((l) => l.text).join(' '));
    }
    button(v.bottom[0], R.bottom[0]);
    button(v.bottom[1], R.bottom[1]);
  }
}
