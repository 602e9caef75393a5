// The Cynefin sorting game as the arcade sees it: id, names, scene and level loader.
import type { GameEntry } from '../types';
import { CynefinScene, CYNEFIN_SCENE } from './CynefinScene';
import { loadLevels, parseLevelFile } from './levels';
import { t } from './strings';

export const cynefinGame: GameEntry = {
  id: 'cynefin',
  title: t.local('title'),
  description: t.local('description'),
  about: t.local('about'),
  sceneKey: CYNEFIN_SCENE,
  scene: CynefinScene,
  loadLevels,
  parseLevelFile,
};
