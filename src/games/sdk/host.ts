// What a game may use of the shell, as an interface the shell implements and the composition root hands in
// (main.ts, setGameHost). Games import this, never arcade/: the shell can change without touching a game.
import type Phaser from 'phaser';
import type { LocalText } from '../../core/i18n';
import type { RoundSummary } from '../../core/round';
import type { PlayData } from './types';

/** Sounds named for what happened in the game (DESIGN.md rule 11). */
export interface GameSounds {
  select(): void;
  correct(): void;
  wrong(): void;
}

/** Where a game keeps its round in progress; the save store behind it belongs to the shell. */
export interface RoundStore {
  loadRound(gameId: string, levelId: string): unknown;
  saveRound(gameId: string, levelId: string, state: unknown, levelTitle?: LocalText): void;
  clearRound(gameId: string): void;
  setRoundAside(gameId: string): void;
}

export interface GameHost {
  sounds: GameSounds;
  rounds: RoundStore;
  /** The Pause button's label in the player's language. */
  pauseLabel(): string;
  /** Pauses the game scene and shows the shell's pause menu; Restart calls onRestart. */
  openPause(scene: Phaser.Scene, onRestart: () => void): void;
  /** Closes the pause menu, if open (before a restart). */
  closePause(scene: Phaser.Scene): void;
  /** The round is over: the shell records it and shows the results. */
  finish(scene: Phaser.Scene, play: PlayData, summary: RoundSummary): void;
}

let host: GameHost | null = null;

export function setGameHost(h: GameHost): void {
  host = h;
}

export function gameHost(): GameHost {
  if (!host) throw new Error('The game host is not set: main.ts sets it before any game runs');
  return host;
}
