// The kiosk's screens, registered only in kiosk mode (the ordinary arcade is unchanged): the attract loop in the
// title's place, the PIN, the operator panel, the day's board and the take-home card.
import type Phaser from 'phaser';
import { AttractScene } from './AttractScene';
import { PinScene } from './PinScene';
import { OperatorScene } from './OperatorScene';
import { BoardScene } from './BoardScene';
import { CardScene } from './CardScene';

export { AttractScene };

export function withKiosk(on: boolean, shell: Array<typeof Phaser.Scene>): Array<typeof Phaser.Scene> {
  return on ? [...shell, PinScene, OperatorScene, BoardScene, CardScene] : shell;
}
