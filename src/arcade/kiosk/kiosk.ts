// Kiosk mode at a booth: switched on by `?mode=kiosk`, then held on this device by the operator's PIN. The booth is
// one object, made at start by `openBooth` (main.ts) and held by the services (`svc().booth`, null elsewhere): its
// operator settings, PIN, day's board, statistics and current visitor, with the booth's rules over them. The shell's
// screens ask whether there is a booth and take its flow (rule 12: modes are flows, not forks).
import type Phaser from 'phaser';
import { KioskStore, kioskRequested } from '../../core/kioskSettings';
// The PIN, the board and the health record load only on a booth: every other visitor's start is smaller for it.
import type { PinLock } from '../../core/pin';
import type { Leaderboard } from '../../core/leaderboard';
import type { BoothHealth } from '../../core/boothHealth';
import type { BoothStats } from '../../core/boothStats';
import type { SaveStore } from '../../core/storage';
import { SCENES } from '../keys';
import { browserStore, type Services } from '../services';
import { setRoute, type ResultsData } from '../flow';
import { watchErrors } from './watchErrors';

export interface Visitor {
  /** The nickname this visitor put on the board (offered again after their next round). */
  nickname: string | null;
  /** Rounds this visitor already put on the board (by the results object), so one round is entered once. */
  onBoard: WeakSet<ResultsData>;
  /** When this visitor's current round started (Date.now()), for the booth's statistics. */
  roundStartedAt: number | null;
  /** Rounds already counted as finished in the statistics (the results screen may draw more than once). */
  counted: WeakSet<ResultsData>;
}

/** What the booth needs of the arcade's services: the games, the save and a way to apply settings. */
export type BoothHost = Pick<Services, 'games' | 'applySettings'> & { store: Pick<SaveStore, 'settings' | 'clearRound' | 'updateSettings'> };

/** The booth's records, each kept in this browser's storage. */
export interface BoothRecords {
  store: KioskStore;
  pin: PinLock;
  board: Leaderboard;
  /** The last error caught and the last visitor's round, for the operator panel's health lines. */
  health: BoothHealth;
  /** Counts for the operator: visitors, rounds started and finished, scores and durations (core/boothStats). */
  stats: BoothStats;
}

function freshVisitor(): Visitor {
  return { nickname: null, onBoard: new WeakSet(), roundStartedAt: null, counted: new WeakSet() };
}

export class Booth implements BoothRecords {
  readonly store: KioskStore;
  readonly pin: PinLock;
  readonly board: Leaderboard;
  readonly health: BoothHealth;
  readonly stats: BoothStats;
  visitor: Visitor = freshVisitor();
  /** True between a right PIN and leaving the operator panel. */
  unlocked = false;
  /** The attract loop is showing: nobody is playing, so no idle countdown. */
  onAttract = false;

  constructor(
    records: BoothRecords,
    private readonly host: BoothHost,
    private readonly now: () => number = () => Date.now(),
  ) {
    this.store = records.store;
    this.pin = records.pin;
    this.board = records.board;
    this.health = records.health;
    this.stats = records.stats;
  }

  /**
   * A booth on a totem (a screen much taller than wide) keeps its visitors' controls in the lower two-thirds, within
   * reach of a child or someone seated: the upper third shows only the booth's banner (kiosk/reachBanner).
   */
  reachTop(w: number, h: number): number {
    return h >= 1.4 * w && h >= 900 ? Math.round(h / 3) : 0;
  }

  /** A booth round starts (from the picker, or "Play again"): counted, and its start time kept for its duration. */
  roundStarted(gameId: string): void {
    this.health.recordVisit();
    this.stats.started(gameId);
    this.visitor.roundStartedAt = this.now();
  }

  /** A booth round reached its results: counted once, with its score and duration. */
  roundFinished(d: ResultsData): void {
    if (this.visitor.counted.has(d)) return;
    this.visitor.counted.add(d);
    const started = this.visitor.roundStartedAt ?? this.now();
    this.stats.finished(d.gameId, d.summary.score, d.summary.maxScore, this.now() - started);
    this.visitor.roundStartedAt = null;
  }

  /**
   * A new visitor: their round in progress, their settings changes and nickname are cleared; the board and the
   * operator's settings stay. Called each time the attract loop shows.
   */
  resetVisitor(): void {
    const s = this.host;
    this.visitor = freshVisitor();
    this.unlocked = false;
    for (const g of s.games) s.store.clearRound(g.id);
    const base = this.store.settings.baseline;
    if (base && JSON.stringify(base) !== JSON.stringify(s.store.settings)) s.applySettings(s.store.updateSettings(base));
    // A notice left for the last visitor (the operator panel keeps the storage state).
    if (typeof document !== 'undefined') for (const n of document.querySelectorAll('.notice')) n.remove();
  }

  /** The PIN is set for the first time: from now on this device stays a booth until the operator exits. */
  hold(): void {
    if (!this.store.settings.active) this.store.update({ active: true, baseline: this.host.store.settings });
  }

  /** Leaves kiosk mode (operator only): the page reloads as the ordinary arcade. */
  exit(): void {
    this.store.update({ active: false });
    const url = new URL(location.href);
    url.searchParams.delete('mode');
    location.replace(url.href);
  }

  /** The booth's guards, idle watch and totem banner, once the game exists. */
  start(game: Phaser.Game): void {
    // Only a booth needs them: their code is not in the start bundle of every other visit.
    void Promise.all([import('./guards'), import('./idleWatch'), import('./reachBanner')]).then(([{ startGuards }, { watchIdle }, { showReachBanner }]) => {
      startGuards();
      if (game.canvas.parentElement) showReachBanner(game.canvas.parentElement);
      watchIdle({
        idleMs: () => this.store.settings.idleSeconds * 1000,
        applies: () => !this.onAttract,
        onReset: () => resetToAttract(game),
      });
    });
  }
}

/**
 * Decides at start whether this page is a booth: `?mode=kiosk`, or kiosk mode held from before (set once the PIN
 * is chosen). The booth is then the services' (`s.booth`). Must run before the Phaser game is made, since the attract
 * loop replaces the title screen.
 */
export async function openBooth(s: Services): Promise<Booth | null> {
  const kv = browserStore();
  const store = new KioskStore(kv);
  if (!kioskRequested(location.search) && !store.settings.active) return null;
  // At once, before anything awaits: the shell's storage notices read it (arcade/notice).
  document.documentElement.classList.add('kiosk');
  const [{ PinLock }, { Leaderboard }, { BoothHealth }, { BoothStats }] = await Promise.all([
    import('../../core/pin'),
    import('../../core/leaderboard'),
    import('../../core/boothHealth'),
    import('../../core/boothStats'),
  ]);
  const pin = new PinLock(kv, {
    sha256: (data) => crypto.subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>),
    randomBytes: (n) => crypto.getRandomValues(new Uint8Array(n)),
    now: () => Date.now(),
  });
  const booth = new Booth({ store, pin, board: new Leaderboard(kv), health: new BoothHealth(kv), stats: new BoothStats(kv) }, s);
  // No level map at the booth: wherever the shell would show one, the booth's picker comes instead.
  setRoute((key, data) => (key === SCENES.levels ? [SCENES.picker, undefined] : [key, data]));
  // From the start, so an error while the booth boots is caught too.
  watchErrors(booth.health);
  s.booth = booth;
  return booth;
}

/** Back to the attract loop from wherever the visitor was (a round, a pause, settings, the operator panel). */
export function resetToAttract(game: Phaser.Game): void {
  for (const s of game.scene.getScenes(false)) {
    if (s.scene.key !== SCENES.title && (s.scene.isActive() || s.scene.isPaused() || s.scene.isSleeping())) game.scene.stop(s.scene.key);
  }
  game.scene.start(SCENES.title);
}

/** The booth, for a screen only a booth shows (the booth's own screens are reached only in kiosk mode). */
export function boothOf(s: Pick<Services, 'booth'>): Booth {
  if (!s.booth) throw new Error('Kiosk mode is off');
  return s.booth;
}
