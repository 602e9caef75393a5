// The Cynefin sorting game as the arcade sees it: id, names, scene and level loader.
// Only the names are loaded at start; the rules, the view and the levels come as their own chunk when played.
import { defineGame } from '../sdk/types';
import type { Level } from './schema';
import { names } from './names';

export const CYNEFIN_SCENE = 'CynefinScene';

// Names are read when shown (getters): a language's table loads after this module, when it is chosen.
export const cynefinGame = defineGame<Level>({
  id: 'cynefin',
  get title() {
    return names.local('title');
  },
  get description() {
    return names.local('description');
  },
  get about() {
    return names.local('about');
  },
  sceneKey: CYNEFIN_SCENE,
  // The file names only (translation overlays `*.fr.json` left out): no level is fetched to count them.
  levelCount: Object.keys(import.meta.glob(['../../../levels/cynefin/*.json', '!../../../levels/cynefin/*.*.json'])).length,
  loadScene: async () => (await import('./CynefinScene')).CynefinScene,
  loadLevels: async () => (await import('./levels')).loadLevels(),
  parseLevelFile: async (file, text) => (await import('./levels')).parseLevelFile(file, text),
  loadRoom: async () => (await import('./room')).cynefinRoom,
});
