// Moving between screens: one place that knows which scene follows which, so games never hard-code shell keys.
import type Phaser from 'phaser';
import { SCENES } from './keys';
import { loadArt } from '../ui/art';
import { svc, gameById } from './services';
import type { BaseLevel, PlayData } from '../games/sdk/types';
import type { RoundSummary } from '../core/round';
import type { LevelIssue } from '../core/levels';
import { getLang, loadLang } from '../core/i18n';
import { LAZY_SCREENS, type Back, type ScreenArgs, type ScreenKey } from './screens';

export interface ResultsData {
  gameId: string;
  level: BaseLevel;
  file: string;
  summary: RoundSummary;
  newBest: boolean;
}

export interface ErrorData {
  gameId: string;
  file: string;
  issues: LevelIssue[];
}

/** A mode's flow over the same screens (kiosk mode: no level map); by default each key goes where it says. */
export type Route = (key: string, data?: object) => [string, object | undefined];
let route: Route = (key, data) => [key, data];

export function setRoute(r: Route): void {
  route = r;
}

/**
 * Waits for the player's language in string tables a chunk brought with it (a game's words, a screen's own table):
 * a table made after the language was chosen starts fetching it at once, and the screen must not draw before.
 */
export async function inLang<T>(loaded: T): Promise<T> {
  await loadLang(getLang()).catch(() => undefined);
  return loaded;
}

/** Opens a shell screen with what it expects (arcade/screens.ts); one not yet loaded loads first. */
export function goTo<K extends ScreenKey>(scene: Phaser.Scene, key: K, ...[data]: ScreenArgs<K>): void {
  const [to, with_] = route(key, data as object | undefined);
  const manager = scene.scene.manager;
  const load = LAZY_SCREENS[to as ScreenKey];
  if (manager.keys[to] || !load) {
    scene.scene.start(to, with_);
    return;
  }
  // The chunk's string tables come in the player's language before the screen draws (see inLang).
  void load()
    .then(inLang)
    .then((cls) => {
      if (!manager.keys[to]) manager.add(to, cls, false);
      // The player may have moved on while the chunk loaded; then do not pull them back.
      if (scene.scene.isActive() || scene.scene.isPaused()) scene.scene.start(to, with_);
    });
}

/** Loads and adds screens ahead of their first use (after the first frame: the title does not wait for them). */
export function warmScreens(game: Phaser.Game, keys: ReadonlyArray<ScreenKey | typeof SCENES.pause>): void {
  for (const key of keys) {
    void LAZY_SCREENS[key]?.().then((cls) => {
      if (!game.scene.keys[key]) game.scene.add(key, cls, false);
    });
  }
}

/** Goes back where a screen reached from several places came from (settings, recap, setup), else to `fallback`. */
export function goBack(scene: Phaser.Scene, back: Partial<Back> | undefined, fallback: ScreenKey = SCENES.title): void {
  // The pair was typed together when it was made (Back); goTo cannot see that its two halves still match.
  if (back?.from) goTo(scene, back.from, back.fromData as never);
  else goTo(scene, fallback);
}

/** A mode that plays a level its own way (a workshop room answering together); true when it took the level. */
type LevelStarter = (scene: Phaser.Scene, gameId: string, level: BaseLevel, file: string) => boolean;
let levelStarter: LevelStarter | null = null;

export function setLevelStarter(fn: LevelStarter | null): void {
  levelStarter = fn;
}

/** Starts a level; the game's scene is added to Phaser the first time it is played. */
export async function startLevel(scene: Phaser.Scene, gameId: string, level: BaseLevel, file: string, resume = false): Promise<void> {
  const game = gameById(gameId);
  if (!game) return;
  // A round saved in progress resumes in the game itself.
  if (!resume && levelStarter?.(scene, gameId, level, file)) return;
  const manager = scene.scene.manager;
  if (!manager.keys[game.sceneKey]) {
    const sceneClass = await inLang(await game.loadScene());
    // The player may have moved on while the chunk loaded; then do not pull them back.
    if (!scene.scene.isActive()) return;
    if (!manager.keys[game.sceneKey]) manager.add(game.sceneKey, sceneClass, false);
  }
  // The game's pictures, the first time it is played (the title needs none of them).
  if (game.art) {
    await loadArt(scene, game.art());
    if (!scene.scene.isActive()) return;
  }
  const data: PlayData = { gameId, level, file, resume };
  scene.scene.start(game.sceneKey, data);
}

/** A mode that keeps its own record of rounds (workshop mode: the session's answers per team). */
type RoundListener = (gameId: string, levelId: string, summary: RoundSummary) => void;
let roundListener: RoundListener | null = null;

export function setRoundListener(fn: RoundListener | null): void {
  roundListener = fn;
}

/** Records the round and shows the results. */
export function finishRound(scene: Phaser.Scene, play: PlayData, summary: RoundSummary): void {
  const { newBest } = svc().store.recordResult(play.gameId, play.level.id, summary.score, summary.stars);
  // Every explanation met goes to the learner's library ("What I learned").
  svc().learning.remember(play.gameId, play.level.title, summary.items);
  svc().audio.levelComplete();
  roundListener?.(play.gameId, play.level.id, summary);
  const data: ResultsData = { gameId: play.gameId, level: play.level, file: play.file, summary, newBest };
  goTo(scene, SCENES.results, data);
}

export function quitToPicker(scene: Phaser.Scene): void {
  scene.scene.stop(SCENES.pause);
  goTo(scene, SCENES.picker);
}
