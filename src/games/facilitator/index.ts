// The facilitator role-play as the arcade sees it: id, names, scene and scenario loader.
// Only the names are loaded at start; the rules, the view and the levels come as their own chunk when played.
import { defineGame, guideIn } from '../sdk/types';

import type { Scenario } from './schema';
import { names } from './names';
import { PORTRAIT_ART } from '../../ui/art';

/** The facilitator guide and its translations (docs/), loaded when opened. */
const guides = import.meta.glob('../../../docs/guide-facilitator*.md', { query: '?raw', import: 'default' });

export const FACILITATOR_SCENE = 'FacilitatorScene';

export const facilitatorGame = defineGame<Scenario>({
  id: 'facilitator',
  names,
  sceneKey: FACILITATOR_SCENE,
  art: () => PORTRAIT_ART,
  // The file names only (translation overlays `*.fr.json` left out): no level is fetched to count them.
  levelCount: Object.keys(import.meta.glob(['../../../levels/facilitator/*.json', '!../../../levels/facilitator/*.*.json'])).length,
  loadScene: async () => (await import('./FacilitatorScene')).FacilitatorScene,
  loadPrimer: async () => (await import('./primer')).primer(),
  loadCheck: async () => (await import('./check.json')).default,
  loadGuide: (lang) => guideIn(guides, lang),
  loadLevels: async () => (await import('./levels')).loadLevels(),
  parseLevelFile: async (file, text) => (await import('./levels')).parseLevelFile(file, text),
  loadRoom: async () => (await import('./room')).facilitatorRoom,
  loadBoothRound: async () => (await import('./booth')).boothRound,
  loadDemo: async () => (await import('./components/demo')).facilitatorDemo,
});
