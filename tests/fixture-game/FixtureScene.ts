// The fixture game's one screen: a button that finishes the round with one explained item, so the results, the
// library and the workshop's record see a round of a game the shell has never heard of.
import { GameScene } from '../../src/games/sdk/GameScene';
import { addButton } from '../../src/ui/widgets';
import { FIXTURE_SCENE } from './index';
import type { BaseLevel } from '../../src/games/sdk/types';

export class FixtureScene extends GameScene<BaseLevel> {
  constructor() {
    super(FIXTURE_SCENE);
  }

  protected build(): void {
    const L = this.layout;
    this.addGameHeader();
    const w = Math.min(420, L.body.w);
    addButton(this, this.dom!, L, {
      id: 'finish-fixture',
      label: 'Finish the fixture round',
      rect: { x: L.w / 2 - w / 2, y: L.body.y + L.pad, w, h: L.buttonH },
      onActivate: () =>
        this.finish({
          score: 10,
          maxScore: 10,
          stars: 3,
          items: [
            {
              title: { en: 'The fixture item' },
              verdict: 'right',
              answer: { en: 'Done' },
              explanation: { en: 'A fixture explanation, met in a round of a game the shell does not know.' },
              concept: { en: 'Fixtures' },
            },
          ],
        }),
    });
  }
}
