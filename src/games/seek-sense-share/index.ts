// The "Seek, sense, share" game as the arcade sees it: id, names, scene and level loader.
// Only the names are loaded at start; the rules, the view and the levels come as their own chunk when played.
import { defineGame, guideIn } from '../sdk/types';

import type { Level } from './schema';
import { names } from './names';

/** The facilitator guide and its translations (docs/), loaded when opened. */
const guides = import.meta.glob('../../../docs/guide-seek-sense-share*.md', { query: '?raw', import: 'default' });

export const SSS_SCENE = 'SeekSenseShareScene';

export const seekSenseShareGame = defineGame<Level>({
  id: 'seek-sense-share',
  names,
  sceneKey: SSS_SCENE,
  // The file names only (translation overlays `*.fr.json` left out): no level is fetched to count them.
  levelCount: Object.keys(import.meta.glob(['../../../levels/seek-sense-share/*.json', '!../../../levels/seek-sense-share/*.*.json'])).length,
  loadScene: async () => (await import('./SeekSenseShareScene')).SeekSenseShareScene,
  loadPrimer: async () => (await import('./primer')).primer(),
  loadCheck: async () => (await import('./check.json')).default,
  loadGuide: (lang) => guideIn(guides, lang),
  loadLevels: async () => (await import('./levels')).loadLevels(),
  parseLevelFile: async (file, text) => (await import('./levels')).parseLevelFile(file, text),
  loadBoothRound: async () => (await import('./booth')).boothRound,
  loadDemo: async () => (await import('./components/demo')).sssDemo,
});
