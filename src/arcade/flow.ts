// Moving between screens: one place that knows which scene follows which, so games never hard-code shell keys.
import type Phaser from 'phaser';
import { SCENES } from './keys';
import { svc, gameById } from './services';
import type { BaseLevel, PlayData } from '../games/types';
import type { RoundSummary } from '../core/round';
import type { LevelIssue } from '../core/levels';

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

export function goTo(scene: Phaser.Scene, key: string, data?: object): void {
  scene.scene.start(key, data);
}

export function startLevel(scene: Phaser.Scene, gameId: string, level: BaseLevel, file: string, resume = false): void {
  const game = gameById(gameId);
  if (!game) return;
  const data: PlayData = { gameId, level, file, resume };
  scene.scene.start(game.sceneKey, data);
}

/** Records the round and shows the results. */
export function finishRound(scene: Phaser.Scene, play: PlayData, summary: RoundSummary): void {
  const { newBest } = svc().store.recordResult(play.gameId, play.level.id, summary.score, summary.stars);
  svc().audio.levelComplete();
  const data: ResultsData = { gameId: play.gameId, level: play.level, file: play.file, summary, newBest };
  scene.scene.start(SCENES.results, data);
}

export function quitToPicker(scene: Phaser.Scene): void {
  scene.scene.stop(SCENES.pause);
  scene.scene.start(SCENES.picker);
}
