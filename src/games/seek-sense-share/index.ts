// The "Seek, sense, share" game as the arcade sees it: id, names, scene and level loader.
import type { GameEntry } from '../types';
import { SeekSenseShareScene, SSS_SCENE } from './SeekSenseShareScene';
import { loadLevels, parseLevelFile } from './levels';
import { sssStrings } from './strings';

export const seekSenseShareGame: GameEntry = {
  id: 'seek-sense-share',
  title: sssStrings.local('game.title'),
  description: sssStrings.local('game.description'),
  about: sssStrings.local('game.credit'),
  sceneKey: SSS_SCENE,
  scene: SeekSenseShareScene,
  loadLevels,
  parseLevelFile,
};
