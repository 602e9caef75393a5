// The results screen's extra button in workshop mode: the session's export, on the workshop screen.
import type Phaser from 'phaser';
import { SCENES } from '../keys';
import { goTo, type ResultsData } from '../flow';
import { WORKSHOP_SCENES } from './keys';
import { W } from './strings';
import type { SetupData } from './SetupScene';

export function workshopResultButton(scene: Phaser.Scene, d: ResultsData): { id: string; label: string; style: 'quiet'; go: () => void } {
  const data: SetupData = { from: SCENES.results, fromData: d, focus: 'export-csv' };
  return { id: 'export', label: W('results.export'), style: 'quiet', go: () => goTo(scene, WORKSHOP_SCENES.setup, data) };
}
