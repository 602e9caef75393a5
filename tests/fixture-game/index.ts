// A tiny game that only the tests build in (scripts/vite-fixture-game.mjs adds its one registry line when
// ARCADE_FIXTURE_GAME=1): one folder and one line, and the shell shows it in the picker, the booth, the workshop,
// the library and the recap with no shell file changed (tests/e2e/fixture-game.test.ts).
import { defineGame, type BaseLevel } from '../../src/games/sdk/types';
import { defineStrings, tables } from '../../src/core/i18n';
import type { LevelLoad } from '../../src/core/levels';
import en from './names/en.json';
import level from './levels/one.json';

const names = defineStrings(tables<typeof en>(en, import.meta.glob(['./names/*.json', '!./names/en.json'], { import: 'default' })));

export const FIXTURE_SCENE = 'FixtureScene';

const ok = (): LevelLoad<BaseLevel>[] => [{ ok: true, file: 'one.json', level: level as BaseLevel }];

export const fixtureGame = defineGame<BaseLevel>({
  id: 'fixture-game',
  names,
  sceneKey: FIXTURE_SCENE,
  levelCount: 1,
  loadScene: async () => (await import('./FixtureScene')).FixtureScene,
  loadLevels: async () => ok(),
  parseLevelFile: async (file) => ({ ok: false, file, issues: [{ file, path: '', message: 'The fixture game takes no files.' }] }),
});
