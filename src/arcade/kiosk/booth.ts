// The booth set: the games the operator offers, each with one level the picker leads straight into (everything
// unlocked, no level map), and a short round where a game offers one (GameEntry.loadBoothRound).
import type Phaser from 'phaser';
import type { BaseLevel, GameEntry } from '../../games/sdk/types';
import type { LevelLoad } from '../../core/levels';
import { boothGame } from '../../core/kioskSettings';
import { svc } from '../services';
import { startLevel } from '../flow';
import { a11y } from '../../ui/a11y';
import type { Booth } from './kiosk';
import { K } from './strings';

/** The games on offer, in the registry's order (all of them when the operator has turned every one off). */
export function boothGames(b: Booth): readonly GameEntry[] {
  const s = b.store.settings;
  const on = svc().games.filter((g) => boothGame(s, g.id).offered);
  return on.length > 0 ? on : svc().games;
}

/** The level played at the booth for a game: the operator's choice, else the first that loads. */
export async function boothLevel(b: Booth, gameId: string): Promise<Extract<LevelLoad<BaseLevel>, { ok: true }> | null> {
  const loads = await svc()
    .levels(gameId)
    .catch(() => []);
  const ok = loads.flatMap((l) => (l.ok ? [l] : []));
  const chosen = boothGame(b.store.settings, gameId).levelId;
  return ok.find((l) => l.level.id === chosen) ?? ok[0] ?? null;
}

/** The round played at the booth for a game: its booth level, made short when the operator chose so. The level's
 * id is the board's: a short round has its own, so it ranks apart. */
export async function boothRound(b: Booth, gameId: string): Promise<{ level: BaseLevel; file: string } | null> {
  const load = await boothLevel(b, gameId);
  if (!load) return null;
  const trim = svc().games.find((g) => g.id === gameId)?.loadBoothRound;
  const short = trim !== undefined && boothGame(b.store.settings, gameId).short;
  return { level: short ? (await trim())(load.level) : load.level, file: load.file };
}

/** From the picker straight into the game's booth level. */
export async function playBooth(scene: Phaser.Scene, b: Booth, gameId: string): Promise<void> {
  const round = await boothRound(b, gameId);
  if (!scene.scene.isActive()) return;
  if (!round) {
    a11y().announce(K('picker.noLevel'), true);
    return;
  }
  // The operator panel tells when the booth last had a visitor, and counts the round.
  b.roundStarted(gameId);
  // A booth round always starts fresh: the last visitor's round was cleared with them.
  await startLevel(scene, gameId, round.level, round.file, false);
}
