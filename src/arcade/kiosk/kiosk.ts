// Kiosk mode at a booth: switched on by `?mode=kiosk`, then held on this device by the operator's PIN. One place
// holds the booth's state (operator settings, PIN, day's board, the current visitor); the shell's screens ask
// `isKiosk()` and take the booth's flow (rule 12: modes are flows, not forks).
import type Phaser from 'phaser';
import { KioskStore, kioskRequested } from '../../core/kioskSettings';
// The PIN, the board and the health record load only on a booth: every other visitor's start is smaller for it.
import type { PinLock } from '../../core/pin';
import type { Leaderboard } from '../../core/leaderboard';
import type { BoothHealth } from '../../core/boothHealth';
import type { BoothStats } from '../../core/boothStats';
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

export interface Kiosk {
  store: KioskStore;
  pin: PinLock;
  board: Leaderboard;
  /** The last error caught and the last visitor's round, for the operator panel's health lines. */
  health: BoothHealth;
  /** Counts for the operator: visitors, rounds started and finished, scores and durations (core/boothStats). */
  stats: BoothStats;
  visitor: Visitor;
  /** True between a right PIN and leaving the operator panel. */
  unlocked: boolean;
  /** The attract loop is showing: nobody is playing, so no idle countdown. */
  onAttract: boolean;
}

let kioskState: Kiosk | null = null;
let services: Services | null = null;

function freshVisitor(): Visitor {
  return { nickname: null, onBoard: new WeakSet(), roundStartedAt: null, counted: new WeakSet() };
}

export function isKiosk(): boolean {
  return kioskState !== null;
}

export function kiosk(): Kiosk {
  if (!kioskState) throw new Error('Kiosk mode is off');
  return kioskState;
}

/**
 * Decides at start whether this page is a booth: `?mode=kiosk`, or kiosk mode held from before (set once the PIN
 * is chosen). Must run before the Phaser game is made, since the attract loop replaces the title screen.
 */
export async function initKiosk(s: Services): Promise<boolean> {
  const kv = browserStore();
  const store = new KioskStore(kv);
  if (!kioskRequested(location.search) && !store.settings.active) return false;
  // At once, before anything awaits: the shell's storage notices read it (arcade/notice).
  document.documentElement.classList.add('kiosk');
  const [{ PinLock }, { Leaderboard }, { BoothHealth }, { BoothStats }] = await Promise.all([
    import('../../core/pin'),
    import('../../core/leaderboard'),
    import('../../core/boothHealth'),
    import('../../core/boothStats'),
  ]);
  services = s;
  kioskState = {
    store,
    pin: new PinLock(kv, {
      sha256: (data) => crypto.subtle.digest('SHA-256', data as Uint8Array<ArrayBuffer>),
      randomBytes: (n) => crypto.getRandomValues(new Uint8Array(n)),
      now: () => Date.now(),
    }),
    board: new Leaderboard(kv),
    health: new BoothHealth(kv),
    stats: new BoothStats(kv),
    visitor: freshVisitor(),
    unlocked: false,
    onAttract: false,
  };
  // No level map at the booth: wherever the shell would show one, the booth's picker comes instead.
  setRoute((key, data) => (key === SCENES.levels ? [SCENES.picker, undefined] : [key, data]));
  // From the start, so an error while the booth boots is caught too.
  watchErrors(kioskState.health);
  return true;
}

/**
 * A booth on a totem (a screen much taller than wide) keeps its visitors' controls in the lower two-thirds, within
 * reach of a child or someone seated: the upper third shows only the booth's banner (kiosk/reachBanner).
 */
export function reachTop(w: number, h: number): number {
  return kioskState !== null && h >= 1.4 * w && h >= 900 ? Math.round(h / 3) : 0;
}

/** The booth's guards, idle watch and totem banner, once the game exists. */
export function startKiosk(game: Phaser.Game): void {
  const k = kiosk();
  // Only a booth needs them: their code is not in the start bundle of every other visit.
  void Promise.all([import('./guards'), import('./idleWatch'), import('./reachBanner')]).then(([{ startGuards }, { watchIdle }, { showReachBanner }]) => {
    startGuards();
    if (game.canvas.parentElement) showReachBanner(game.canvas.parentElement);
    watchIdle({
      idleMs: () => k.store.settings.idleSeconds * 1000,
      applies: () => !k.onAttract,
      onReset: () => resetToAttract(game),
    });
  });
}

/** Back to the attract loop from wherever the visitor was (a round, a pause, settings, the operator panel). */
export function resetToAttract(game: Phaser.Game): void {
  for (const s of game.scene.getScenes(false)) {
    if (s.scene.key !== SCENES.title && (s.scene.isActive() || s.scene.isPaused() || s.scene.isSleeping())) game.scene.stop(s.scene.key);
  }
  game.scene.start(SCENES.title);
}

/** A booth round starts (from the picker, or "Play again"): counted, and its start time kept for its duration. */
export function roundStarted(gameId: string): void {
  const k = kiosk();
  k.health.recordVisit();
  k.stats.started(gameId);
  k.visitor.roundStartedAt = Date.now();
}

/** A booth round reached its results: counted once, with its score and duration. */
export function roundFinished(d: ResultsData): void {
  const k = kiosk();
  if (k.visitor.counted.has(d)) return;
  k.visitor.counted.add(d);
  const started = k.visitor.roundStartedAt ?? Date.now();
  k.stats.finished(d.gameId, d.summary.score, d.summary.maxScore, Date.now() - started);
  k.visitor.roundStartedAt = null;
}

/**
 * A new visitor: their round in progress, their settings changes and nickname are cleared; the board and the
 * operator's settings stay. Called each time the attract loop shows.
 */
export function resetVisitor(): void {
  const k = kiosk();
  const s = services;
  k.visitor = freshVisitor();
  k.unlocked = false;
  if (!s) return;
  for (const g of s.games) s.store.clearRound(g.id);
  const base = k.store.settings.baseline;
  if (base && JSON.stringify(base) !== JSON.stringify(s.store.settings)) s.applySettings(s.store.updateSettings(base));
  // A notice left for the last visitor (the operator panel keeps the storage state).
  for (const n of document.querySelectorAll('.notice')) n.remove();
}

/** The PIN is set for the first time: from now on this device stays a booth until the operator exits. */
export function holdKiosk(): void {
  const k = kiosk();
  if (!k.store.settings.active) k.store.update({ active: true, baseline: services?.store.settings ?? null });
}

/** Leaves kiosk mode (operator only): the page reloads as the ordinary arcade. */
export function exitKiosk(): void {
  kioskState?.store.update({ active: false });
  const url = new URL(location.href);
  url.searchParams.delete('mode');
  location.replace(url.href);
}
