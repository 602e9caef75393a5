// The facilitator role-play as the arcade sees it: id, names, scene and scenario loader.
import type { GameEntry } from '../types';
import { FacilitatorScene, FACILITATOR_SCENE } from './FacilitatorScene';
import { loadLevels, parseLevelFile } from './levels';
import { strings } from './strings';

export const facilitatorGame: GameEntry = {
  id: 'facilitator',
  title: strings.local('game.title'),
  description: strings.local('game.description'),
  about: strings.local('game.about'),
  sceneKey: FACILITATOR_SCENE,
  scene: FacilitatorScene,
  loadLevels,
  parseLevelFile,
};
