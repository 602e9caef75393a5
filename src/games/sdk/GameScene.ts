// Base of every game's view: the level it plays, pause (button and Escape), save and resume of the round,
// restart, and handing the summary to the results screen. Games extend this and stay thin.
import Phaser from 'phaser';
import { ArcadeScene } from '../../ui/ArcadeScene';
import type { BaseLevel, PlayData } from './types';
import { isInvalid, type Invalid, type RoundSummary } from '../../core/round';
import { addHeader } from '../../ui/widgets';
import { localize } from '../../core/i18n';
import { gameHost, type GameSounds } from './host';

export abstract class GameScene<L extends BaseLevel> extends ArcadeScene {
  protected play: PlayData = { gameId: '', level: { id: '', title: { en: '' }, order: 0 }, file: '', resume: false };

  init(data: PlayData): void {
    this.play = data;
  }

  /** The level, parsed by this game's own schema before it reached the shell. */
  protected get level(): L {
    return this.play.level as L;
  }

  protected screenName(): string {
    return localize(this.level.title);
  }

  protected override onEscape(): void {
    this.openPause();
  }

  override create(): void {
    const onPause = (): void => this.dom?.setInert(true);
    const onResume = (): void => {
      this.dom?.setInert(false);
      this.dom?.focus('pause');
    };
    this.events.on(Phaser.Scenes.Events.PAUSE, onPause);
    this.events.on(Phaser.Scenes.Events.RESUME, onResume);
    this.onShutdown(() => {
      this.events.off(Phaser.Scenes.Events.PAUSE, onPause);
      this.events.off(Phaser.Scenes.Events.RESUME, onResume);
    });
    super.create();
  }

  /** The header with the level's name and a Pause button; games call this first in build(). */
  protected addGameHeader(title = localize(this.level.title)): void {
    addHeader(this, this.dom!, this.layout, title, undefined, {
      id: 'pause',
      label: gameHost().pauseLabel(),
      style: 'quiet',
      rect: { x: 0, y: 0, w: 0, h: 0 },
      onActivate: () => this.openPause(),
    });
  }

  /** Sounds for what happened in the round. */
  protected get sounds(): GameSounds {
    return gameHost().sounds;
  }

  protected openPause(): void {
    if (!this.scene.isActive()) return;
    gameHost().openPause(this, () => this.restartLevel());
  }

  /** Saved state of this level's unfinished round, if the player chose to resume it. */
  protected savedState(): unknown {
    return this.play.resume ? gameHost().rounds.loadRound(this.play.gameId, this.level.id) : undefined;
  }

  /**
   * The round to play: the saved one when the player chose to resume it and it passes the game's own check, else a
   * fresh one (a saved round that fails the check is set aside, never lost). The same for every game.
   */
  protected resumeOrStart<S>(resume: (raw: unknown) => S | Invalid<string>, start: () => S): { state: S; resumed: boolean } {
    const saved = this.savedState();
    const resumed = saved === undefined ? null : resume(saved);
    if (resumed !== null && !isInvalid(resumed)) return { state: resumed, resumed: true };
    if (saved !== undefined) this.setSavedStateAside();
    return { state: start(), resumed: false };
  }

  /** A fresh round's seed. */
  protected newSeed(): number {
    return (Math.random() * 2 ** 32) >>> 0;
  }

  /** The saved round failed this game's check: set it aside like any unreadable entry, and play a fresh round. */
  protected setSavedStateAside(): void {
    gameHost().rounds.setRoundAside(this.play.gameId);
  }

  protected saveState(state: unknown): void {
    gameHost().rounds.saveRound(this.play.gameId, this.level.id, state, this.level.title);
  }

  protected restartLevel(): void {
    gameHost().rounds.clearRound(this.play.gameId);
    gameHost().closePause(this);
    this.scene.restart({ ...this.play, resume: false });
  }

  protected finish(summary: RoundSummary): void {
    gameHost().finish(this, this.play, summary);
  }
}
