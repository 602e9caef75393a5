// The results screen's buttons at a booth: put a name on today's board, the take-home card, play again, and done
// (back to the attract loop for the next visitor). No next level: the operator chose the level.
import type Phaser from 'phaser';
import { SCENES } from '../keys';
import { goTo, startLevel, type ResultsData } from '../flow';
import type { Booth } from './kiosk';
import { KIOSK_SCENES } from './keys';
import { K } from './strings';
import { T } from '../strings';

export interface ResultButton {
  id: string;
  label: string;
  style: 'primary' | 'quiet';
  go: () => void;
}

export function kioskResultButtons(scene: Phaser.Scene, b: Booth, d: ResultsData): ResultButton[] {
  // The results of a booth round: counted once in the operator's statistics.
  b.roundFinished(d);
  const named = b.visitor.onBoard.has(d);
  // An anonymous board takes the score without a name.
  const put = b.store.settings.anonymousBoard ? K('results.score') : K('results.name');
  return [
    { id: 'name', label: named ? K('attract.best') : put, style: 'primary', go: () => goTo(scene, KIOSK_SCENES.board, { result: d }) },
    { id: 'card', label: K('results.card'), style: 'quiet', go: () => goTo(scene, KIOSK_SCENES.card, { result: d }) },
    {
      id: 'again',
      label: T('results.again'),
      style: 'quiet',
      go: () => {
        b.roundStarted(d.gameId);
        void startLevel(scene, d.gameId, d.level, d.file);
      },
    },
    { id: 'done', label: K('results.done'), style: 'quiet', go: () => goTo(scene, SCENES.title) },
  ];
}
