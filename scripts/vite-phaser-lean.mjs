// A Vite plugin that builds Phaser from its sources, so only what the arcade uses is bundled (108 KB gzip against
// 345 KB for Phaser's prebuilt ESM file, which cannot be tree-shaken).
// In the build only (see apply):
// - `phaser` resolves to src/engine/phaser.js, the arcade's own engine entry;
// - `phaser/src/...` resolves to the package's sources (its `exports` map hides them);
// - Phaser's build flags (`typeof CANVAS_RENDERER` and the like, set by its webpack config) become literals, and
//   the core entry's `global.Phaser = Phaser` is dropped (no global, and `global` is not defined in a browser);
// - a few of Phaser's files are edited (EDITS below), to leave out what the arcade never uses.
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const PHASER_DIR = dirname(require.resolve('phaser/package.json'));
const ENTRY = fileURLToPath(new URL('../src/engine/phaser.js', import.meta.url));

/** The flags Phaser's own build defines. The arcade draws on Canvas only (README, Renderer; bench/NOTES.md): no WebGL
 * renderer or shaders in the engine, and no WebGL context at start. */
export const PHASER_FLAGS = {
  CANVAS_RENDERER: true,
  WEBGL_RENDERER: false,
  WEBGL_DEBUG: false,
  EXPERIMENTAL: false,
  PLUGIN_CAMERA3D: false,
  PLUGIN_FBINSTANT: false,
  FEATURE_SOUND: false, // sound is Howler's (src/audio)
};

// Every Text measures its font's ascent and descent on a fresh canvas when made and on each size change (tens of
// canvases for one screen, a good part of the first frame's work); the metrics depend only on the font and the test
// string, so they are measured once per font. The arcade's fonts are system fonts, ready before the first text.
const MEASURE_TEXT = join(PHASER_DIR, 'src/gameobjects/text/MeasureText.js');
const MEASURE_TEXT_CACHED = `var measured = new Map();
module.exports = function (textStyle) {
    var key = textStyle._font + '|' + textStyle.testString + '|' + textStyle.baselineX + '|' + textStyle.baselineY;
    var m = measured.get(key);
    if (!m) { m = MeasureText(textStyle); measured.set(key, m); }
    return { ascent: m.ascent, descent: m.descent, fontSize: m.fontSize };
};
`;

// Phaser's device checks, run when the engine loads, draw on canvases and read the pixels back (a readback from the
// GPU on a real device, slow in software here) to learn what every browser of the arcade's es2022 target has:
// - Features.js makes a WebGL context to tell whether WebGL works, and a 2D one to see whether ImageData is a
//   Uint8ClampedArray (for support32bit). The arcade draws on Canvas, so only a WebGL game's renderer would read the
//   WebGL answer: it is worked out when first read; ImageData's type is known.
// - CanvasFeatures.js decodes two data-URI images and blends them to see whether the canvas has the newer blend
//   modes (read by the Canvas renderer's blend-mode table, and set only if the images had decoded by then: a race),
//   and reads a pixel back to test inverse alpha (read by nothing). Both are true in every such browser.
// About 5 ms of main thread in the start's CPU profiles here (bench/NOTES.md).
const FEATURES = join(PHASER_DIR, 'src/device/Features.js');
const FEATURES_WEBGL = 'Features.webGL = testWebGL();';
const FEATURES_WEBGL_LAZY = `isUint8 = true;

    var webGLTested;

    Object.defineProperty(Features, 'webGL', {
        configurable: true,
        enumerable: true,
        get: function () { if (webGLTested === undefined) { webGLTested = testWebGL(); } return webGLTested; },
        set: function (value) { webGLTested = value; }
    });`;
const CANVAS_FEATURES = join(PHASER_DIR, 'src/device/CanvasFeatures.js');
const CANVAS_FEATURES_TESTS = /CanvasFeatures\.supportNewBlendModes = checkBlendMode\(\);\s*CanvasFeatures\.supportInverseAlpha = checkInverseAlpha\(\);/;
const CANVAS_FEATURES_KNOWN = 'CanvasFeatures.supportNewBlendModes = true; CanvasFeatures.supportInverseAlpha = true;';

// What the arcade never uses, left out of the engine (bench/NOTES.md, issue 25): 548 → 404 KB raw, 146 → 108 KB gzip.
// - Phaser's input: the arcade's input is its accessible DOM layer (ui/a11y), so the game makes no input manager (the
//   context menu it kept off the canvas is kept off by main.ts) and scenes get no input plugin (Phaser skips a default
//   scene plugin that is not registered);
// - sprite animations: the game's animation manager is a bare event emitter, for the one listener the texture
//   manager's own tile sprite adds;
// - the maths namespace's index (every vector, matrix and noise function): only the random generator was wanted
//   from it, by the game's config and the value getter behind text styles; both now share Phaser's maths constants
//   object, where Phaser keeps `RND` too;
// - from the core entry's namespace: Animations, Filters (WebGL only), Input, Structs, the display masks, Layer and
//   Sprite with their factories and creators, and the Loader with its file types (ui/art adds its pictures itself,
//   and no scene loads files: scenes get no loader plugin).
// Each edit names the text it replaces and fails the build if a Phaser update moves it.
const CORE_DROPPED = ['Animations', 'Filters', 'Input', 'Structs', 'Layer', 'Sprite'];
/** The core entry's `Loader` namespace, its file types with it. */
const CORE_LOADER = /^[ \t]*Loader: \{\r?\n[ \t]*FileTypes: \{[^}]*\},?\r?\n[^}]*\},?\r?\n/m;
const phaserFile = (rel) => join(PHASER_DIR, 'src', rel);
/** Each edited file: its edits, and what must not be left in it after them (a use of what an edit took away).
 * @type {Map<string, { edits: Array<[string | RegExp, string]>, left?: RegExp }>} */
const EDITS = new Map([
  [
    phaserFile('phaser-core.js'),
    {
      edits: [
        ...CORE_DROPPED.map((key) => /** @type {[RegExp, string]} */ ([new RegExp(`^[ \\t]*${key}: require\\([^)]*\\),?\\r?\\n`, 'gm'), ''])),
        [/^[ \t]*Display: \{ Masks: require\('\.\/display\/mask'\) \},?\r?\n/m, ''],
        [CORE_LOADER, ''],
      ],
    },
  ],
  [
    phaserFile('core/Game.js'),
    {
      edits: [
        ["var InputManager = require('../input/InputManager');", 'var InputManager = function () {};'],
        ["var AnimationManager = require('../animations/AnimationManager');", "var AnimationManager = require('eventemitter3');"],
      ],
      left: /\.(input|anims)\.\w/,
    },
  ],
  [
    phaserFile('core/Config.js'),
    {
      edits: [
        [
          "var PhaserMath = require('../math/');",
          "var PhaserMath = require('../math/const');\nvar RandomDataGenerator = require('../math/random-data-generator/RandomDataGenerator');",
        ],
        ['new PhaserMath.RandomDataGenerator(', 'new RandomDataGenerator('],
      ],
      left: /PhaserMath\.(?!RND\b)/,
    },
  ],
  [
    phaserFile('utils/object/GetAdvancedValue.js'),
    { edits: [["var MATH = require('../../math');", "var MATH = require('../../math/const');"]], left: /MATH\.(?!RND\b)/ },
  ],
]);

/** Applies a file's edits, each of which must find its text, and checks that nothing it took away is still used (a
 * Phaser update that moved the text, or that uses more of what was taken out, stops the build). */
function applyEdits(code, id, { edits, left }) {
  for (const [from, to] of edits) {
    const edited = code.replace(from, to);
    if (edited === code) throw new Error(`vite-phaser-lean: ${id} no longer has ${String(from)}`);
    code = edited;
  }
  const use = left?.exec(code);
  if (use) throw new Error(`vite-phaser-lean: ${id} still uses what the build leaves out: "${code.slice(use.index, use.index + 40)}"`);
  return code;
}

const FLAG_RE = new RegExp(`typeof (${Object.keys(PHASER_FLAGS).join('|')})\\b`, 'g');

export function phaserLean() {
  /** The edited files the build went through: all of them or none (a build without the engine). */
  const edited = new Set();
  return {
    name: 'phaser-lean',
    enforce: 'pre',
    // Only the build: the dev server cannot serve Phaser's CommonJS sources unbundled, so `npm start` runs the full
    // prebuilt Phaser. The browser tests and the bench run the built, lean arcade.
    apply: 'build',
    resolveId(id) {
      if (id === 'phaser') return ENTRY;
      if (id.startsWith('phaser/src/')) return join(PHASER_DIR, id.slice('phaser/'.length));
      return null;
    },
    transform(code, id) {
      if (!id.startsWith(join(PHASER_DIR, 'src'))) return null;
      if (id === MEASURE_TEXT) return { code: code.replace(/module\.exports = MeasureText;\s*$/, MEASURE_TEXT_CACHED), map: null };
      if (id === CANVAS_FEATURES) {
        if (!CANVAS_FEATURES_TESTS.test(code)) throw new Error(`vite-phaser-lean: ${CANVAS_FEATURES} no longer runs its two tests as before`);
        return { code: code.replace(CANVAS_FEATURES_TESTS, CANVAS_FEATURES_KNOWN), map: null };
      }
      if (id === FEATURES) {
        if (!code.includes(FEATURES_WEBGL)) throw new Error(`vite-phaser-lean: ${FEATURES} no longer has "${FEATURES_WEBGL}"`);
        return { code: code.replace(FEATURES_WEBGL, FEATURES_WEBGL_LAZY), map: null };
      }
      const file = EDITS.get(id);
      if (file) {
        code = applyEdits(code, id, file);
        edited.add(id);
      } else if (!code.includes('typeof ') && !code.includes('global.Phaser')) return null;
      return {
        code: code.replace(FLAG_RE, (_, flag) => String(PHASER_FLAGS[flag])).replace(/\bglobal\.Phaser\s*=\s*Phaser;/, ''),
        map: null,
      };
    },
    buildEnd(error) {
      // An edited file that the build never read under that name would leave its edits undone, silently.
      const missed = [...EDITS.keys()].filter((f) => !edited.has(f));
      if (!error && edited.size > 0 && missed.length > 0) throw new Error(`vite-phaser-lean: the build never read ${missed.join(', ')}`);
    },
  };
}
