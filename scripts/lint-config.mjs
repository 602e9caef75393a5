// Writes .oxlintrc.json: the layers of DESIGN.md as lint rules, with a block per game made from the folders under
// src/games/ (so a new game is covered without editing anything), `**` patterns at every depth, and the engine,
// Howler and storage banned by every path that reaches them. `npm run lint` runs this first; `--check` only says
// whether the file on disk is the one this script would write (the architecture test uses it).
// Usage: node scripts/lint-config.mjs [--check]
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const GAMES_DIR = join('src', 'games');
/** Every game folder: a folder of src/games/ other than the SDK. */
export function gameFolders(root = '.') {
  return readdirSync(join(root, GAMES_DIR), { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'sdk')
    .map((d) => d.name)
    .sort();
}

const ENGINE = [
  { name: 'phaser', message: 'Pure code: no engine (DESIGN.md, rules are pure).' },
  { name: 'howler', message: 'Pure code: no sound library (DESIGN.md, rules are pure).' },
];
const ENGINE_PATHS = ['phaser/**', 'howler/**', '**/engine/**'];
const BROWSER_GLOBALS = (why) => [
  ...['window', 'document', 'navigator', 'location', 'self'].map((name) => ({
    name,
    message: `${why}: no DOM or browser; take what you need as a parameter.`,
  })),
  ...['localStorage', 'sessionStorage', 'indexedDB'].map((name) => ({ name, message: `${why}: storage is injected (a KeyValueStore).` })),
];
const BROWSER_PROPERTIES = (why) =>
  ['localStorage', 'sessionStorage', 'indexedDB', 'document', 'window', 'navigator', 'location'].flatMap((property) =>
    ['globalThis', 'self', 'window'].map((object) => ({ object, property, message: `${why}: no DOM, browser or storage, by any name.` })),
  );

// Phaser calls the arcade's engine cannot make: WebGL-only ones (the arcade draws on Canvas, README, Renderer) and
// ones the built engine leaves out.
const NOT_IN_ENGINE = [
  ...['setTint', 'setTintFill', 'enableFilters', 'setLighting'].map((property) => ({
    property,
    message: "The arcade draws on Canvas (README, Renderer): Phaser's tint, filters and lights are WebGL-only and would do nothing.",
  })),
  // The built engine leaves these out (scripts/vite-phaser-lean.mjs): they would work on the dev server's full Phaser
  // and fail in the build.
  ...['setInteractive', 'anims', 'sprite', 'spritesheet', 'atlas', 'Loader'].map((property) => ({
    property,
    message:
      "Not in the arcade's engine (scripts/vite-phaser-lean.mjs): presses go through the accessible layer (ui/a11y), pictures through ui/art (no scene loads files), and there are no sprites or animations.",
  })),
];

const group = (paths, message) => ({ group: paths, message });
const restrict = (o) => ['error', { ...(o.paths ? { paths: o.paths } : {}), patterns: o.patterns }];

/** Import patterns that reach another game's folder, from a game's top folder, its subfolders, or anywhere. */
function otherGames(games, self) {
  return games.filter((g) => g !== self).flatMap((g) => [`../${g}`, `../${g}/**`, `../../${g}`, `../../${g}/**`, `**/games/${g}`, `**/games/${g}/**`]);
}

const SHELL = ['**/arcade', '**/arcade/**', '**/main', '**/registry'];

export function config(games) {
  const pureGameRules = (g) => ({
    'no-restricted-imports': restrict({
      paths: ENGINE,
      patterns: [
        group([...ENGINE_PATHS, '**/ui/**', '**/audio/**'], "A game's rules are pure: no engine, no view (DESIGN.md rule 1)."),
        group(['./*Scene', './components/**', '**/sdk/GameScene', '**/sdk/host'], "A game's rules are pure: they do not reach its scene or components."),
        group(SHELL, 'A game imports the SDK, ui/ and core/ only: never the shell or the registry.'),
        group(otherGames(games, g), 'A game never imports another game.'),
      ],
    }),
    'no-restricted-globals': ['error', ...BROWSER_GLOBALS("A game's rules are pure")],
    'no-restricted-properties': ['error', ...BROWSER_PROPERTIES("A game's rules are pure")],
  });
  const viewGameRules = (g) => ({
    'no-restricted-imports': restrict({
      patterns: [
        group(SHELL, "A game's view imports the SDK, ui/, core/ and its own folder: never the shell or the registry."),
        group(otherGames(games, g), 'A game never imports another game.'),
        group(['howler', 'howler/**'], 'Sound goes through the GameHost (DESIGN.md rule 11).'),
      ],
    }),
    'no-restricted-globals': [
      'error',
      ...['localStorage', 'sessionStorage', 'indexedDB'].map((name) => ({ name, message: 'The save goes through the GameHost.' })),
    ],
    'no-restricted-properties': [
      'error',
      ...['localStorage', 'sessionStorage', 'indexedDB'].flatMap((property) =>
        ['globalThis', 'self', 'window'].map((object) => ({ object, property, message: 'The save goes through the GameHost.' })),
      ),
      ...NOT_IN_ENGINE,
    ],
  });
  return {
    $schema: './node_modules/oxlint/configuration_schema.json',
    plugins: ['typescript'],
    categories: { correctness: 'error' },
    rules: { 'no-restricted-properties': ['error', ...NOT_IN_ENGINE] },
    ignorePatterns: ['dist/**', 'node_modules/**'],
    overrides: [
      {
        files: ['src/core/**'],
        rules: {
          'no-restricted-imports': restrict({
            paths: ENGINE,
            patterns: [
              group(
                [...ENGINE_PATHS, '**/ui/**', '**/audio/**', '**/games/**', '**/registry', '**/arcade/**', '**/main', '**/phone/**', '**/server/**'],
                'core/ is the bottom layer: it imports nothing above it.',
              ),
            ],
          }),
          'no-restricted-globals': ['error', ...BROWSER_GLOBALS('core/ runs in Node too')],
          'no-restricted-properties': ['error', ...BROWSER_PROPERTIES('core/ runs in Node too')],
        },
      },
      {
        files: ['src/ui/**', 'src/audio/**'],
        rules: {
          'no-restricted-imports': restrict({
            patterns: [
              group(
                ['**/games/**', '**/registry', '**/arcade/**', '**/main'],
                'ui/ and audio/ receive settings and callbacks (ui/context.ts); they import nothing above them.',
              ),
            ],
          }),
        },
      },
      {
        files: ['src/games/sdk/**'],
        rules: {
          'no-restricted-imports': restrict({
            patterns: [
              group(SHELL, 'The games SDK knows no shell (the shell implements GameHost).'),
              group(
                games.flatMap((g) => [`../${g}`, `../${g}/**`, `**/games/${g}`, `**/games/${g}/**`]),
                'The games SDK is what every game stands on: it knows no game.',
              ),
            ],
          }),
        },
      },
      {
        files: ['src/games/registry.ts'],
        rules: {
          'no-restricted-imports': restrict({
            patterns: [
              group(['**/arcade/**', '**/main'], 'The registry lists the games: it imports their entries, never the shell.'),
              group(['./*/*', '!./*/index', '!./sdk/*'], "The registry imports each game's entry (its index) only."),
            ],
          }),
        },
      },
      // Each game: its top-level files are pure (rules, words, geometry, levels, room, editor model); its scene, its
      // index (which loads the scene lazily) and its components/ draw.
      ...games.flatMap((g) => [
        { files: [`src/games/${g}/**`], rules: viewGameRules(g) },
        { files: [`src/games/${g}/*.ts`], rules: pureGameRules(g) },
        { files: [`src/games/${g}/*Scene.ts`, `src/games/${g}/index.ts`], rules: viewGameRules(g) },
      ]),
      {
        files: ['src/arcade/**'],
        rules: {
          'no-restricted-imports': restrict({
            patterns: [
              group(['**/main'], 'main.ts is the composition root: nothing imports it.'),
              group(
                games.flatMap((g) => [`**/games/${g}`, `**/games/${g}/**`]),
                'The shell never names a game: it lists the registry and calls the hooks of GameEntry.',
              ),
            ],
          }),
        },
      },
      // The shell's presenters and layouts are pure, as the games' are: words and geometry from state, tested in Node.
      // (The shell's own rules above are repeated: an override's rule replaces, it does not add.)
      {
        files: ['src/arcade/**/*.present.ts', 'src/arcade/**/*.layout.ts', 'src/arcade/**/present.ts', 'src/arcade/**/layout.ts'],
        rules: {
          'no-restricted-imports': restrict({
            paths: ENGINE,
            patterns: [
              group([...ENGINE_PATHS, '**/audio/**'], "A screen's presenter and layout are pure: no engine, no sound (DESIGN.md rule 1)."),
              group(['**/ui/*', '!**/ui/layout'], "A screen's presenter and layout are pure: of ui/ they take the Layout type only."),
              group(['**/*Scene', '**/services', '**/flow'], "A screen's presenter and layout take state as parameters: no scene, services or flow."),
              group(['**/main'], 'main.ts is the composition root: nothing imports it.'),
              group(
                games.flatMap((g) => [`**/games/${g}`, `**/games/${g}/**`]),
                'The shell never names a game: it lists the registry and calls the hooks of GameEntry.',
              ),
            ],
          }),
          'no-restricted-globals': ['error', ...BROWSER_GLOBALS("A screen's presenter and layout are pure")],
          'no-restricted-properties': ['error', ...BROWSER_PROPERTIES("A screen's presenter and layout are pure")],
        },
      },
      // The live room: the phone page and the server stand on core/ (the room's rules and the shared message
      // schemas) and nothing else of the arcade; the phone page has no engine and no sound library either.
      {
        files: ['src/phone/**'],
        rules: {
          'no-restricted-imports': restrict({
            paths: ENGINE,
            patterns: [
              group(
                [...ENGINE_PATHS, '**/ui/**', '**/audio/**', '**/games/**', '**/registry', '**/arcade/**', '**/main', '**/server/**'],
                'The phone page is small and stands alone: it imports core/ only (DESIGN.md, the layers).',
              ),
            ],
          }),
        },
      },
      {
        files: ['server/**'],
        rules: {
          'no-restricted-imports': restrict({
            paths: ENGINE,
            patterns: [
              group(
                [...ENGINE_PATHS, '**/ui/**', '**/audio/**', '**/games/**', '**/registry', '**/arcade/**', '**/main', '**/phone/**'],
                "The room server runs core's rules and shares its message schemas: it imports core/ only.",
              ),
            ],
          }),
          'no-restricted-globals': ['error', ...BROWSER_GLOBALS('The room server runs in Node')],
        },
      },
      {
        files: ['src/main.ts'],
        rules: {
          'no-restricted-imports': restrict({
            patterns: [
              group(
                games.flatMap((g) => [`**/games/${g}`, `**/games/${g}/**`]),
                'main.ts wires the shell and the registry: it names no game.',
              ),
            ],
          }),
        },
      },
    ],
  };
}

const HEADER = '// Written by scripts/lint-config.mjs from the game folders: edit the script, not this file.\n';
export function render(games) {
  return `${HEADER}${JSON.stringify(config(games), null, 2)}\n`;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const text = render(gameFolders());
  if (process.argv.includes('--check')) {
    const now = readFileSync('.oxlintrc.json', 'utf8');
    if (now !== text) {
      console.error('.oxlintrc.json is not what scripts/lint-config.mjs writes: run it.');
      process.exit(1);
    }
  } else writeFileSync('.oxlintrc.json', text);
}
