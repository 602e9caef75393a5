// The layers of DESIGN.md are enforced by the linter (oxlint, .oxlintrc.json), which `npm test` runs; these tests
// show that it passes on the tree and fails, naming the rule and the file, on each kind of forbidden import.
// Also: every game folder with rules carries its schema, level loader and newcomer notes.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { gameFolders, render } from '../../scripts/lint-config.mjs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const OXLINT = join(ROOT, 'node_modules', '.bin', 'oxlint');
const rel = (abs: string) => relative(ROOT, abs).split('\\').join('/');

/** Runs oxlint with the project's config on a folder; returns its exit code and output. */
function lint(dir: string, config = join(ROOT, '.oxlintrc.json')): { code: number; out: string } {
  try {
    return { code: 0, out: execFileSync(OXLINT, ['-c', config, dir], { cwd: dirname(config), encoding: 'utf8' }) };
  } catch (e) {
    const err = e as { status: number; stdout: string; stderr: string };
    return { code: err.status, out: `${err.stdout}${err.stderr}` };
  }
}

describe('the layers, as the linter enforces them', () => {
  it('the source tree passes', () => {
    const r = lint('src');
    expect(r.out).toMatch(/Found 0 warnings and 0 errors/);
    expect(r.code).toBe(0);
  });

  // A scratch project with the real config and one deliberately bad file in the folder named.
  const scratch = mkdtempSync(join(tmpdir(), 'arcade-lint-'));
  copyFileSync(join(ROOT, '.oxlintrc.json'), join(scratch, '.oxlintrc.json'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const probe = (file: string, code: string): { code: number; out: string } => {
    const full = join(scratch, file);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, code);
    try {
      return lint(full, join(scratch, '.oxlintrc.json'));
    } finally {
      rmSync(full);
    }
  };

  it.each([
    // Deep paths, which one-level patterns once let through.
    ['src/core/bad.ts', "import { qr } from '../arcade/kiosk/qr';\nexport const x = qr;\n", 'no-restricted-imports'],
    ['src/ui/bad.ts', "import { renderForm } from '../arcade/workshop/editor/form';\nexport const x = renderForm;\n", 'no-restricted-imports'],
    [
      'src/games/cynefin/components/Bad.ts',
      "import { shape } from '../../seek-sense-share/components/shapes';\nexport const x = shape;\n",
      'no-restricted-imports',
    ],
    ['src/games/sdk/bad.ts', "import { drawCard } from '../cynefin/components/CardView';\nexport const x = drawCard;\n", 'no-restricted-imports'],
    ['src/games/cynefin/model.ts', "import { draw } from '../../arcade/workshop/room/draw';\nexport const x = draw;\n", 'no-restricted-imports'],
    // The SDK's exception for games does not open the scene base to a game's rules.
    ['src/games/cynefin/model.ts', "import { GameScene } from '../sdk/GameScene';\nexport const x = GameScene;\n", 'no-restricted-imports'],
    // The registry and the composition root have rules too; no game reaches the registry.
    ['src/games/registry.ts', "import { svc } from '../arcade/services';\nexport const x = svc;\n", 'no-restricted-imports'],
    ['src/games/registry.ts', "import { apply } from './cynefin/model';\nexport const x = apply;\n", 'no-restricted-imports'],
    ['src/main.ts', "import { apply } from './games/cynefin/model';\nexport const x = apply;\n", 'no-restricted-imports'],
    ['src/games/facilitator/present.ts', "import { GAMES } from '../registry';\nexport const x = GAMES;\n", 'no-restricted-imports'],
    ['src/games/facilitator/components/bad.ts', "import { GAMES } from '../../registry';\nexport const x = GAMES;\n", 'no-restricted-imports'],
    // The engine, Howler and storage by every path.
    ['src/games/cynefin/present.ts', "import { Howl } from 'howler/dist/howler';\nexport const x = Howl;\n", 'no-restricted-imports'],
    ['src/games/cynefin/present.ts', "import Phaser from '../../engine/phaser.js';\nexport const x = Phaser;\n", 'no-restricted-imports'],
    ['src/core/bad.ts', "import Phaser from '../engine/phaser.js';\nexport const x = Phaser;\n", 'no-restricted-imports'],
    ['src/core/bad.ts', 'export const x = globalThis.localStorage;\n', 'no-restricted-properties'],
    ['src/games/cynefin/model.ts', 'export const x = () => window.sessionStorage;\n', 'no-restricted-globals'],
    ['src/games/cynefin/components/Bad.ts', 'export const x = () => globalThis.localStorage;\n', 'no-restricted-properties'],
    // The shell never names a game.
    ['src/arcade/bad.ts', "import { levelSchema } from '../games/cynefin/schema';\nexport const x = levelSchema;\n", 'no-restricted-imports'],
    ['src/arcade/kiosk/bad.ts', "import { t } from '../../games/facilitator/strings';\nexport const x = t;\n", 'no-restricted-imports'],
    ['src/core/bad.ts', "import Phaser from 'phaser';\nexport const x = Phaser;\n", 'no-restricted-imports'],
    ['src/core/bad.ts', "import { a11y } from '../ui/a11y';\nexport const x = a11y;\n", 'no-restricted-imports'],
    ['src/core/bad.ts', 'export const x = localStorage.getItem("k");\n', 'no-restricted-globals'],
    ['src/ui/bad.ts', "import { svc } from '../arcade/services';\nexport const x = svc;\n", 'no-restricted-imports'],
    ['src/games/sdk/bad.ts', "import { svc } from '../../arcade/services';\nexport const x = svc;\n", 'no-restricted-imports'],
    ['src/games/cynefin/bad.ts', "import { t } from '../facilitator/strings';\nexport const x = t;\n", 'no-restricted-imports'],
    ['src/games/facilitator/CoolScene.ts', "import { goTo } from '../../arcade/flow';\nexport const x = goTo;\n", 'no-restricted-imports'],
    ['src/games/seek-sense-share/model.ts', "import Phaser from 'phaser';\nexport const x = Phaser;\n", 'no-restricted-imports'],
    ['src/games/seek-sense-share/model.ts', 'export const w = () => document.title;\n', 'no-restricted-globals'],
    ['src/games/facilitator/standing.ts', "import { a11y } from '../../ui/a11y';\nexport const x = a11y;\n", 'no-restricted-imports'],
    ['src/games/cynefin/present.ts', "import { svc } from '../../arcade/services';\nexport const x = svc;\n", 'no-restricted-imports'],
    ['src/arcade/bad.ts', "import { createArcade } from '../main';\nexport const x = createArcade;\n", 'no-restricted-imports'],
    // The shell's presenters and layouts are pure, as the games' are.
    ['src/arcade/title.present.ts', "import Phaser from 'phaser';\nexport const x = Phaser;\n", 'no-restricted-imports'],
    ['src/arcade/kiosk/board.layout.ts', "import { addText } from '../../ui/widgets';\nexport const x = addText;\n", 'no-restricted-imports'],
    ['src/arcade/results.present.ts', "import { svc } from './services';\nexport const x = svc;\n", 'no-restricted-imports'],
    ['src/arcade/workshop/room/present.ts', "import { RoomScene } from './RoomScene';\nexport const x = RoomScene;\n", 'no-restricted-imports'],
    ['src/arcade/settings.present.ts', 'export const x = () => localStorage.getItem("k");\n', 'no-restricted-globals'],
    ['src/arcade/picker.layout.ts', 'export const x = () => window.innerWidth;\n', 'no-restricted-globals'],
    // The arcade draws on Canvas: Phaser's WebGL-only tint, filters and lights, in a game's view or the shell's.
    ['src/games/cynefin/components/Bad.ts', 'export const x = (t: { setTint: (c: number) => void }) => t.setTint(0xff0000);\n', 'no-restricted-properties'],
    // What the built engine leaves out, which the dev server's full Phaser would still run.
    ['src/games/cynefin/components/Bad.ts', 'export const x = (g: { setInteractive: () => void }) => g.setInteractive();\n', 'no-restricted-properties'],
    ['src/arcade/Bad.ts', 'export const x = (s: { anims: unknown }) => s.anims;\n', 'no-restricted-properties'],
    ['src/ui/bad.ts', 'export const x = (t: { enableFilters: () => void }) => t.enableFilters();\n', 'no-restricted-properties'],
    // The live room: the phone page and the room server stand on core/ only.
    ['src/phone/bad.ts', "import { svc } from '../arcade/services';\nexport const x = svc;\n", 'no-restricted-imports'],
    ['src/phone/bad.ts', "import Phaser from 'phaser';\nexport const x = Phaser;\n", 'no-restricted-imports'],
    ['src/phone/bad.ts', "import { a11y } from '../ui/a11y';\nexport const x = a11y;\n", 'no-restricted-imports'],
    ['server/bad.ts', "import { LiveControl } from '../src/arcade/workshop/room/liveControl';\nexport const x = LiveControl;\n", 'no-restricted-imports'],
    ['server/bad.ts', "import { ui } from '../src/phone/view';\nexport const x = ui;\n", 'no-restricted-imports'],
    ['server/bad.ts', 'export const x = () => window.location;\n', 'no-restricted-globals'],
    ['src/core/bad.ts', "import { LiveRoom } from '../../server/liveRoom';\nexport const x = LiveRoom;\n", 'no-restricted-imports'],
  ])('fails %s importing what its layer must not (%#)', (file, code, rule) => {
    const r = probe(file, code);
    expect(r.code).not.toBe(0);
    expect(r.out).toContain(rule);
    expect(r.out).toContain(file.split('/').pop());
  });

  it('the config on disk is the one written from the game folders (npm run lint writes it)', () => {
    expect(readFileSync(join(ROOT, '.oxlintrc.json'), 'utf8')).toBe(render(gameFolders(ROOT)));
  });

  it('covers a new game folder, its components included, with no config written by hand', () => {
    // The config the script writes once a game folder "newgame" exists.
    const dir = mkdtempSync(join(tmpdir(), 'arcade-newgame-'));
    try {
      writeFileSync(join(dir, '.oxlintrc.json'), render([...gameFolders(ROOT), 'newgame']).replace(/^\/\/.*\n/, ''));
      const bad = join(dir, 'src/games/newgame/components/Bad.ts');
      mkdirSync(dirname(bad), { recursive: true });
      writeFileSync(bad, "import { goTo } from '../../../arcade/flow';\nexport const x = goTo;\n");
      const other = join(dir, 'src/games/newgame/rules.ts');
      writeFileSync(other, "import { apply } from '../cynefin/model';\nexport const x = apply;\n");
      const r = lint(join(dir, 'src'), join(dir, '.oxlintrc.json'));
      expect(r.code).not.toBe(0);
      expect(r.out).toContain('Bad.ts');
      expect(r.out).toContain('rules.ts');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('lets a screen’s presenter and layout take the Layout type and core/', () => {
    const r = probe(
      'src/arcade/kiosk/board.layout.ts',
      "import type { Layout } from '../../ui/layout';\nimport type { Rect } from '../../core/rect';\nexport const f = (L: Layout): Rect => L.body;\n",
    );
    expect(r.out).not.toContain('no-restricted-imports');
    expect(r.code).toBe(0);
  });

  it('lets a game import the SDK, ui/ and core/', () => {
    const r = probe(
      'src/games/cynefin/GoodScene.ts',
      "import { GameScene } from '../sdk/GameScene';\nimport { addText } from '../../ui/widgets';\nimport { localize } from '../../core/i18n';\nexport const x = [GameScene, addText, localize];\n",
    );
    expect(r.code).toBe(0);
  });
});

describe('game folders', () => {
  const GAMES = join(ROOT, 'src', 'games');
  const gameDirs = readdirSync(GAMES, { withFileTypes: true })
    .filter((d) => d.isDirectory() && d.name !== 'sdk')
    .map((d) => join(GAMES, d.name));
  const withModel = gameDirs.filter((d) => existsSync(join(d, 'model.ts')));

  it('there is at least one game with rules', () => {
    expect(withModel.length).toBeGreaterThan(0);
  });

  it.each(withModel.map((d) => [rel(d), d] as const))('%s has schema.ts, levels.ts and NOTES.md next to model.ts', (_name, dir) => {
    const missing = ['schema.ts', 'levels.ts', 'NOTES.md'].filter((f) => !existsSync(join(dir, f)));
    expect(missing, `${rel(dir)}/ has model.ts but is missing: ${missing.join(', ')}`).toEqual([]);
  });
});

describe('what the built engine leaves out (scripts/vite-phaser-lean.mjs)', () => {
  // Phaser's types still offer a scene's loader, and the dev server's full Phaser still runs it: the build has none,
  // so a scene's preload would be skipped and `this.load` would throw, in the build only.
  const LOADER_USE = /\bpreload\s*\([^)]*\)\s*(:\s*\w+\s*)?\{|\b(this|scene|sys|s)\.load\.\w|\.sys\.load\b|\bpack\s*:\s*\{\s*files/;

  it('no scene loads files through Phaser: pictures come through ui/art', () => {
    const src = join(ROOT, 'src');
    const found = readdirSync(src, { recursive: true })
      .map(String)
      .filter((f) => f.endsWith('.ts') && LOADER_USE.test(readFileSync(join(src, f), 'utf8')));
    expect(found).toEqual([]);
  });

  it('the check sees a scene preload and a use of the loader', () => {
    for (const bad of [
      'preload(): void {\n  this.add.text(0, 0, "x");\n}',
      'this.load.image("k", "u.png");',
      'scene.load.svg("k", "u.svg");',
      'this.sys.load.start();',
    ])
      expect(LOADER_USE.test(bad), bad).toBe(true);
    expect(LOADER_USE.test('await t.load(getLang());')).toBe(false);
  });
});
