// The Cynefin sorting game as the arcade sees it: id, names, scene and level loader.
// Only the names are loaded at start; the rules, the view and the levels come as their own chunk when played.
import { defineGame, guideIn } from '../sdk/types';

import type { GameEditor } from '../sdk/editor';
import type { Level } from './schema';
import { names } from './names';

/** The facilitator guide and its translations (docs/), loaded when opened. */
const guides = import.meta.glob('../../../docs/guide-cynefin*.md', { query: '?raw', import: 'default' });

export const CYNEFIN_SCENE = 'CynefinScene';

export const cynefinGame = defineGame<Level>({
  id: 'cynefin',
  names,
  sceneKey: CYNEFIN_SCENE,
  // The file names only (translation overlays `*.fr.json` left out): no level is fetched to count them.
  levelCount: Object.keys(import.meta.glob(['../../../levels/cynefin/*.json', '!../../../levels/cynefin/*.*.json'])).length,
  loadScene: async () => (await import('./CynefinScene')).CynefinScene,
  loadPrimer: async () => (await import('./primer')).primer(),
  loadCheck: async () => (await import('./check.json')).default,
  loadGuide: (lang) => guideIn(guides, lang),
  loadLevels: async () => (await import('./levels')).loadLevels(),
  parseLevelFile: async (file, text) => (await import('./levels')).parseLevelFile(file, text),
  loadRoom: async () => (await import('./room')).cynefinRoom,
  roomSecondRound: true,
  loadBoothRound: async () => (await import('./booth')).boothRound,
  loadDemo: async () => (await import('./components/demo')).cynefinDemo,
  loadEditor: async () => (await import('./components/editorEntry')).cynefinEditor as GameEditor,
});
