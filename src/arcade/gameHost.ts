// The shell's side of games/sdk/host: what a game may ask of it (sounds, its round in progress, pause, finish).
import type Phaser from 'phaser';
import type { GameHost } from '../games/sdk/host';
import type { PauseData } from './PauseScene';
import { SCENES } from './keys';
import { T } from './strings';
import { finishRound } from './flow';
import { LAZY_SCREENS } from './screens';
import type { Services } from './services';

export function createGameHost(s: Services): GameHost {
  return {
    sounds: s.audio,
    rounds: s.store,
    pauseLabel: () => T('pause.button'),
    openPause(scene: Phaser.Scene, onRestart: () => void) {
      const data: PauseData = { game: scene.scene.key, onRestart };
      scene.scene.pause();
      const manager = scene.scene.manager;
      // Loaded once the title was drawn (main.ts); a player quicker than that waits for its chunk.
      if (manager.keys[SCENES.pause]) scene.scene.launch(SCENES.pause, data);
      else
        void LAZY_SCREENS.Pause?.().then((cls) => {
          if (!manager.keys[SCENES.pause]) manager.add(SCENES.pause, cls, false);
          scene.scene.launch(SCENES.pause, data);
        });
    },
    closePause(scene: Phaser.Scene) {
      scene.scene.stop(SCENES.pause);
    },
    finish: finishRound,
  };
}
