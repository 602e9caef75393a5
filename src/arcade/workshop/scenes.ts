// The workshop's screens, registered in every arcade: the setup screen is reachable from the ordinary title too
// ("Run a workshop"), and the guide from the level select in workshop mode.
import type Phaser from 'phaser';
import { SetupScene } from './SetupScene';
import { GuideScene } from './GuideScene';

export function withWorkshop(shell: Array<typeof Phaser.Scene>): Array<typeof Phaser.Scene> {
  return [...shell, SetupScene, GuideScene];
}
