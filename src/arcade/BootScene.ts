// The loading screen, while the player's language loads (when it is not English), then the first screen. It draws
// nothing of its own: the page's own loading copy (index.html), in the player's language and already announced, stays
// over the canvas until the next screen is drawn (main.ts afterFirstFrame).
import Phaser from 'phaser';
import { SCENES } from './keys';
import { svc } from './services';

export class BootScene extends Phaser.Scene {
  constructor() {
    super(SCENES.boot);
  }

  create(): void {
    // The screen listed after this one in the game's scenes: the title, the booth's attract loop under the title's
    // key, or a take-home result.
    const next = this.scene.manager.getAt(1)?.scene.key ?? SCENES.title;
    // A language's tables that cannot load (a broken network, a cache gone) leave the arcade in English, not on a
    // loading screen that never ends.
    // Only while still on screen: the booth's idle watch may have taken the screen back to the attract loop meanwhile.
    const go = (): void => {
      if (this.sys.isActive()) this.scene.start(next);
    };
    svc().ready.then(go, go);
  }
}
