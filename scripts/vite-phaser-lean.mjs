// A Vite plugin that builds Phaser from its sources, so only what the arcade uses is bundled (about 200 KB gzip
// against 354 KB for Phaser's prebuilt ESM file, which cannot be tree-shaken).
// In the build only (see apply):
// - `phaser` resolves to src/engine/phaser.js, the arcade's own engine entry;
// - `phaser/src/...` resolves to the package's sources (its `exports` map hides them);
// - Phaser's build flags (`typeof CANVAS_RENDERER` and the like, set by its webpack config) become literals, and
//   the core entry's `global.Phaser = Phaser` is dropped (no global, and `global` is not defined in a browser).
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

const FLAG_RE = new RegExp(`typeof (${Object.keys(PHASER_FLAGS).join('|')})\\b`, 'g');

export function phaserLean() {
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
      if (!code.includes('typeof ') && !code.includes('global.Phaser')) return null;
      return {
        code: code.replace(FLAG_RE, (_, flag) => String(PHASER_FLAGS[flag])).replace(/\bglobal\.Phaser\s*=\s*Phaser;/, ''),
        map: null,
      };
    },
  };
}
