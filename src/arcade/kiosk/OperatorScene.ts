// The operator panel (behind the PIN): the games and levels offered, the short Cynefin round, the idle time, clearing
// today's board, the offline and storage state (a warning when saving fails), a new PIN, back to the booth, and
// exiting kiosk mode, the only way out.
import { ArcadeScene } from '../../ui/ArcadeScene';
import { SCENES } from '../keys';
import { goTo } from '../flow';
import { svc } from '../services';
import { onOfflineChange } from '../offline';
import { addButton, addHeader, addTextPanel, type ButtonOptions } from '../../ui/widgets';
import { a11y } from '../../ui/a11y';
import { flash } from '../../ui/flash';
import { getLang, loadLang, localize } from '../../core/i18n';
import { offeredLangs } from '../languages';
import { T } from '../strings';
import { boardNames, boothGame, nextBoardNames, nextIdle } from '../../core/kioskSettings';
import type { LevelLoad } from '../../core/levels';
import type { BaseLevel } from '../../games/sdk/types';
import { exitKiosk, kiosk } from './kiosk';
import { healthLines, storageEstimate, type HealthLine } from './health';
import { KIOSK_SCENES } from './keys';
import { K } from './strings';

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
    return K('op.screen');
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
    if (!kiosk().unlocked) {
      goTo(this, SCENES.title);
      return;
    }
    super.create();
    const again = (): void => {
      if (this.dom) this.rebuild();
    };
    this.onShutdown(onOfflineChange(again));
    this.onShutdown(svc().store.onNotice(again));
    this.onShutdown(kiosk().board.onNotice(again));
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
    kiosk().unlocked = false;
    goTo(this, SCENES.title);
  }

  /** Today's statistics in the operator's language: the day, then each game that had a round, then the hours. */
  private statsLines(): HealthLine[] {
    const k = kiosk();
    const lang = getLang();
    const pct = (v: number | null): string => (v === null ? '–' : new Intl.NumberFormat(lang, { style: 'percent' }).format(v));
    const min = (ms: number | null): string =>
      ms === null ? '–' : K('op.statsMinutes', { minutes: new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(ms / 60_000) });
    const day = k.stats.summary();
    const lines: HealthLine[] = [
      { text: K('op.statsToday', { visitors: day.visitors, started: day.started, finished: day.finished, completion: pct(day.completion) }) },
    ];
    if (day.finished > 0) lines.push({ text: K('op.statsAverage', { score: pct(day.averageShare), minutes: min(day.averageMs) }) });
    for (const g of svc().games) {
      const one = k.stats.summary(day.day, g.id);
      if (one.started > 0)
        lines.push({ text: K('op.statsGame', { game: localize(g.title), started: one.started, finished: one.finished, score: pct(one.averageShare) }) });
    }
    if (day.byHour.length > 0) {
      const time = new Intl.DateTimeFormat(lang, { hour: 'numeric' });
      const hours = day.byHour.map(([h, n]) => `${time.format(new Date(2000, 0, 1, h))}: ${n}`).join(', ');
      lines.push({ text: K('op.statsHours', { hours }) });
    }
    return lines;
  }

  /** Every day kept, game by game, as a CSV file (papaparse and the download code load with the first export). */
  private async exportStats(): Promise<void> {
    const k = kiosk();
    const rows = k.stats.rows(svc().games.map((g) => g.id));
    if (rows.length === 0) return a11y().announce(K('op.statsEmpty'));
    const [{ default: Papa }, { download }] = await Promise.all([import('papaparse'), import('../../ui/download')]);
    const file = `booth-statistics-${k.stats.dayKeys()[0]}.csv`;
    // A byte-order mark, so spreadsheet programs read the file as UTF-8.
    download(file, `\ufeff${Papa.unparse(rows)}`, 'text/csv;charset=utf-8');
    a11y().announce(K('op.statsSaved', { file }));
  }

  private storageLine(): string {
    const save = svc().store.notice;
    const board = kiosk().board.notice;
    if (save === 'full' || board === 'full' || save === 'corruptKept') return K('op.storageFull');
    if (save === 'unavailable' || board === 'unavailable' || !kiosk().store.saved) return K('op.storageOff');
    if (board === 'salvaged') return K('op.storageSalvaged');
    return K('op.storageOk');
  }

  protected build(): void {
    const L = this.layout;
    const k = kiosk();
    const s = k.store.settings;
    addHeader(this, this.dom!, L, K('op.screen'));
    const games = svc().games;
    const bh = L.buttonH;
    // Two columns side by side in landscape (games | booth), one above the other in portrait.
    const colW = L.portrait ? L.body.w : (L.body.w - L.pad) / 2;
    const left = { x: L.body.x, y: L.body.y, w: colW };
    const right = L.portrait ? null : { x: L.body.x + colW + L.pad, y: L.body.y, w: colW };
    let y = left.y;
    const add = (col: { x: number; w: number }, yy: number, o: Omit<ButtonOptions, 'rect'>): number => {
      addButton(this, this.dom!, L, { ...o, rect: { x: col.x, y: yy, w: col.w, h: bh }, style: o.style ?? 'quiet', fontSize: o.fontSize ?? L.font.small });
      return yy + bh + L.gap;
    };
    const offeredCount = games.filter((g) => boothGame(s, g.id).offered).length;
    for (const g of games) {
      const bg = boothGame(s, g.id);
      const name = localize(g.title);
      y = add(left, y, {
        id: `offer-${g.id}`,
        label: K('op.offer', { game: name }),
        visibleLabel: K(bg.offered ? 'op.offered' : 'op.notOffered', { game: name }),
        pressed: bg.offered,
        group: 'games',
        style: bg.offered ? 'primary' : 'quiet',
        onActivate: () => {
          if (bg.offered && offeredCount <= 1) return flash(K('op.lastGame'), true);
          k.store.setGame(g.id, { offered: !bg.offered });
          this.rebuild();
        },
      });
      const loads = this.levels.get(g.id);
      const current = loads?.find((l) => l.level.id === bg.levelId) ?? loads?.[0];
      const levelName = current ? localize(current.level.title) : K('op.levelLoading');
      y = add(left, y, {
        id: `level-${g.id}`,
        label: K('op.level', { game: name, level: levelName }),
        visibleLabel: K('op.levelShort', { level: levelName }),
        group: 'games',
        disabled: !loads || loads.length === 0,
        onActivate: () => {
          if (!loads || loads.length === 0) return;
          const i = current ? loads.indexOf(current) : -1;
          const next = loads[(i + 1) % loads.length]!;
          k.store.setGame(g.id, { levelId: next.level.id });
          this.rebuild();
          a11y().announce(K('op.level', { game: name, level: localize(next.level.title) }));
        },
      });
      if (g.loadBoothRound) {
        y = add(left, y, {
          id: `short-${g.id}`,
          label: K('op.short', { game: name }),
          visibleLabel: K('op.shortVisible', { state: K(bg.short ? 'op.on' : 'op.off') }),
          pressed: bg.short,
          group: 'games',
          onActivate: () => {
            k.store.setGame(g.id, { short: !bg.short });
            this.rebuild();
          },
        });
      }
      y += L.gap * 0.5;
    }
    const col = right ?? left;
    let ry = right ? right.y : y + L.gap;
    ry = add(col, ry, {
      id: 'idle',
      label: K('op.idle', { seconds: s.idleSeconds }),
      visibleLabel: K('op.idleShort', { seconds: s.idleSeconds }),
      group: 'booth',
      onActivate: () => {
        const next = nextIdle(s.idleSeconds);
        k.store.update({ idleSeconds: next });
        this.rebuild();
        a11y().announce(K('op.idle', { seconds: next }));
      },
    });
    // The booth's own language, which each new visitor starts in (a visitor may pick another on the welcome screen).
    const langs = offeredLangs();
    const boothLang = s.baseline?.lang ?? svc().store.settings.lang;
    const nextLang = langs[(langs.indexOf(boothLang) + 1) % langs.length] ?? 'en';
    if (langs.length > 1)
      ry = add(col, ry, {
        id: 'booth-lang',
        label: K('op.lang', { lang: T(`lang.${boothLang}`) }),
        group: 'booth',
        onActivate: () => {
          const settings = { ...(s.baseline ?? svc().store.settings), lang: nextLang };
          k.store.update({ baseline: settings });
          svc().applySettings(svc().store.updateSettings({ lang: nextLang }));
          void loadLang(nextLang)
            .catch(() => undefined)
            .then(() => {
              if (this.dom) this.rebuild();
              a11y().announce(K('op.lang', { lang: T(`lang.${nextLang}`) }));
            });
        },
      });
    ry = add(col, ry, {
      id: 'clear',
      label: this.confirmClear ? K('op.clearConfirm') : K('op.clear', { count: k.board.size }),
      group: 'booth',
      onActivate: () => {
        if (!this.confirmClear) {
          this.confirmClear = true;
          this.rebuild();
          return flash(K('op.clearConfirm'));
        }
        k.board.clear();
        this.confirmClear = false;
        this.rebuild();
        a11y().announce(K('op.cleared'));
      },
    });
    ry = add(col, ry, { id: 'pin', label: K('op.pin'), group: 'booth', onActivate: () => goTo(this, KIOSK_SCENES.pin, { mode: 'set' }) });
    ry = add(col, ry, { id: 'stats-csv', label: K('op.statsCsv'), group: 'booth', onActivate: () => void this.exportStats() });
    // Board moderation: remove one entry, or show scores only (no visitor is asked for a name).
    ry = add(col, ry, { id: 'board-admin', label: K('admin.screen'), group: 'booth', onActivate: () => goTo(this, KIOSK_SCENES.boardAdmin) });
    // Names on the board, in turn: typed (and filtered), chosen from a list (nothing to moderate), or scores only.
    ry = add(col, ry, {
      id: 'anonymous',
      label: K('op.names', { mode: boardNames(s) }),
      visibleLabel: K('op.namesVisible', { mode: boardNames(s) }),
      group: 'booth',
      onActivate: () => {
        k.store.update(nextBoardNames(s));
        this.rebuild();
        a11y().announce(K('op.names', { mode: boardNames(k.store.settings) }));
      },
    });
    // Status: the card's address, offline, update, version, storage, errors, visitors, board.
    const storage = this.storageLine();
    const lines: HealthLine[] = this.confirmExit
      ? [{ text: K('op.exitConfirm'), warning: true }]
      : [
          ...healthLines(k.health, this.estimate),
          { text: storage, warning: storage === K('op.storageFull') || storage === K('op.storageOff') },
          { text: K('op.boardCount', { count: k.board.size }) },
          ...this.statsLines(),
        ];
    const bottomY = L.h - L.pad - bh;
    const statusH = bottomY - L.gap - ry;
    if (statusH > L.font.body * 4) {
      addTextPanel(
        this,
        this.dom!,
        { id: 'status', rect: { x: col.x, y: ry, w: col.w, h: statusH }, title: K('op.status'), bodySize: L.font.small, titleSize: L.font.body },
        (el) => {
          const ul = document.createElement('ul');
          for (const line of lines) {
            const li = document.createElement('li');
            li.textContent = line.text;
            if (line.warning) li.className = 'warning';
            ul.append(li);
          }
          el.append(ul);
        },
      );
    } else {
      this.dom!.text(lines.map((l) => l.text).join(' '));
    }
    const half = (L.body.w - L.gap) / 2;
    const rowLeft = { x: L.body.x, y: bottomY, w: half, h: bh };
    const rowRight = { x: L.body.x + half + L.gap, y: bottomY, w: half, h: bh };
    if (this.confirmExit) {
      // Exit asks first. "Stay" takes Exit's place, so a second tap there by mistake keeps the booth; the question
      // itself is said aloud and stands in the status's place.
      addButton(this, this.dom!, L, { id: 'exit-yes', label: K('op.exitYes'), style: 'quiet', rect: rowLeft, onActivate: () => exitKiosk() });
      addButton(this, this.dom!, L, { id: 'exit-no', label: K('op.exitNo'), rect: rowRight, onActivate: () => this.cancelExit() });
      return;
    }
    addButton(this, this.dom!, L, { id: 'start', label: K('op.start'), rect: rowLeft, onActivate: () => this.leave() });
    addButton(this, this.dom!, L, {
      id: 'exit',
      label: K('op.exit'),
      style: 'quiet',
      rect: rowRight,
      onActivate: () => {
        this.confirmExit = true;
        this.rebuild();
        this.dom?.focus('exit-no');
        a11y().announce(K('op.exitConfirm'));
      },
    });
  }
}
