// The engine's build (scripts/vite-phaser-lean.mjs) leaves out of Phaser what the arcade never uses: its input, its
// sprite animations and its maths index, and a dozen namespaces of the core entry. These tests run the plugin's
// transform on the installed Phaser's own files; tests/e2e/engine.test.ts plays every game on the result.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { phaserLean } from '../../../scripts/vite-phaser-lean.mjs';

const PHASER_SRC = join(dirname(createRequire(import.meta.url).resolve('phaser/package.json')), 'src');
const plugin = phaserLean();
const transform = (code: string, id: string): string | null => {
  const hook = plugin.transform as (code: string, id: string) => { code: string } | null;
  return hook.call({}, code, id)?.code ?? null;
};
/** A Phaser source file as the engine's build reads it. */
const built = (rel: string): string => {
  const id = join(PHASER_SRC, rel);
  const code = readFileSync(id, 'utf8');
  return transform(code, id) ?? code;
};
/** The module paths a file requires. */
const requires = (code: string): string[] => [...code.matchAll(/require\((['"])([^'"]+)\1\)/g)].map((m) => m[2]!);

describe('the lean engine', () => {
  it('makes no input manager and no animation manager: the game requires neither', () => {
    const game = requires(built('core/Game.js'));
    expect(game.filter((r) => /input|animations/.test(r))).toEqual([]);
    // Phaser's own file still has both: the edit is the build's, not the package's.
    expect(requires(readFileSync(join(PHASER_SRC, 'core/Game.js'), 'utf8'))).toEqual(
      expect.arrayContaining(['../input/InputManager', '../animations/AnimationManager']),
    );
  });

  it('keeps the random generator, shared through the maths constants, without the maths index', () => {
    const config = built('core/Config.js');
    const getter = built('utils/object/GetAdvancedValue.js');
    expect(requires(config)).toEqual(expect.arrayContaining(['../math/const', '../math/random-data-generator/RandomDataGenerator']));
    expect(requires(config)).not.toContain('../math/');
    expect(requires(getter)).toContain('../../math/const');
    expect(requires(getter)).not.toContain('../../math');
    expect(config).toContain('PhaserMath.RND = new RandomDataGenerator(');
  });

  it('drops from the core entry the namespaces the arcade never reads, and keeps those it does', () => {
    const core = built('phaser-core.js');
    const req = requires(core);
    for (const gone of [
      './animations',
      './filters',
      './input',
      './structs',
      './display/mask',
      './gameobjects/sprite/Sprite',
      './gameobjects/sprite/SpriteFactory',
      './gameobjects/sprite/SpriteCreator',
      './gameobjects/layer/Layer',
      './gameobjects/layer/LayerFactory',
      './gameobjects/layer/LayerCreator',
      './loader/LoaderPlugin',
      './loader/File',
    ])
      expect(req, gone).not.toContain(gone);
    expect(req.filter((r) => r.startsWith('./loader/'))).toEqual([]);
    for (const kept of ['./core/Game', './scene/Scene', './gameobjects/text/TextFactory', './gameobjects/graphics/GraphicsFactory', './tweens', './time'])
      expect(req, kept).toContain(kept);
  });

  it('stops the build, naming the file, when a Phaser update moves the text an edit replaces', () => {
    const id = join(PHASER_SRC, 'core/Game.js');
    const moved = readFileSync(id, 'utf8').replace("require('../input/InputManager')", "require('../input/InputSystem')");
    expect(() => transform(moved, id)).toThrow(/core\/Game\.js no longer has .*InputManager/);
  });

  it('stops the build when Phaser comes to use more of what the build leaves out', () => {
    const config = join(PHASER_SRC, 'core/Config.js');
    const clamped = readFileSync(config, 'utf8').replace('this.seed = GetValue', 'this.zoom = PhaserMath.Clamp(1, 0, 2);\n        this.seed = GetValue');
    expect(() => transform(clamped, config)).toThrow(/core\/Config\.js still uses what the build leaves out: "PhaserMath\.Clamp/);
    const game = join(PHASER_SRC, 'core/Game.js');
    const pointed = readFileSync(game, 'utf8').replace('this.isBooted = true;', 'this.isBooted = true; this.input.update();');
    expect(() => transform(pointed, game)).toThrow(/still uses what the build leaves out: "\.input\.update/);
  });

  it('edits the core entry as whole lines, leaving no stray line ends', () => {
    expect(built('phaser-core.js')).not.toMatch(/\r(?!\n)/);
  });
});
