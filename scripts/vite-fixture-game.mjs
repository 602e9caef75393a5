// For the tests only: with ARCADE_FIXTURE_GAME=1 the build registers the fixture game (tests/fixture-game/) by adding
// one line to src/games/registry.ts, exactly what a new game's author does, so a browser test can show the shell
// taking up a game it has never heard of. Without the variable this plugin does nothing.
const FIXTURE = '../../tests/fixture-game';

/** @returns {import('vite').Plugin} */
export function fixtureGame() {
  const on = process.env.ARCADE_FIXTURE_GAME === '1';
  return {
    name: 'arcade-fixture-game',
    enforce: 'pre',
    transform(code, id) {
      if (!on || !id.replace(/\\/g, '/').endsWith('src/games/registry.ts')) return null;
      const line = /export const GAMES: readonly GameEntry\[\] = \[([^\]]*)\];/;
      if (!line.test(code)) throw new Error('registry.ts no longer lists GAMES on one line: update scripts/vite-fixture-game.mjs');
      return `import { fixtureGame } from '${FIXTURE}';\n${code.replace(line, (_m, list) => `export const GAMES: readonly GameEntry[] = [${list}, fixtureGame];`)}`;
    },
  };
}
