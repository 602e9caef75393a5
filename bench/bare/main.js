// The yardstick for `npm run bench`: a bare Phaser 4 app (one scene, a title text, 50 images of a texture drawn in
// code) on the full prebuilt ESM Phaser, marking `arcade-interactive` on its first frame after create, as the
// arcade's title screen does. Built by scripts/bench.mjs with its own minimal Vite config (no lean engine).
import Phaser from 'phaser';

// The yardstick's renderer rule, as the arcade had it before it went Canvas-only (2026-12-07): ask WebGL for the GPU's
// name and draw on Canvas where WebGL runs in software (as here, so both draw the same way), else WebGL. Kept as it
// was, so BENCH.md's comparisons over time measure against the same bare app.
function pickRenderer() {
  try {
    const c = document.createElement('canvas');
    const gl = c.getContext('webgl2') ?? c.getContext('webgl');
    if (!gl) return Phaser.CANVAS;
    const ext = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(ext ? gl.getParameter(ext.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return /swiftshader|llvmpipe|basic render|software/i.test(name) ? Phaser.CANVAS : Phaser.WEBGL;
  } catch {
    return Phaser.CANVAS;
  }
}

class Bare extends Phaser.Scene {
  constructor() {
    super('Bare');
  }

  create() {
    const g = this.add.graphics();
    g.fillStyle(0xfca311, 1).fillCircle(16, 16, 16).fillStyle(0x14213d, 1).fillCircle(16, 16, 7);
    g.generateTexture('dot', 32, 32);
    g.destroy();
    const { width } = this.scale;
    this.add.text(width / 2, 40, 'Bare Phaser 4', { fontFamily: 'sans-serif', fontSize: '48px', color: '#ffffff' }).setOrigin(0.5, 0);
    for (let i = 0; i < 50; i++) this.add.image(60 + (i % 10) * ((width - 120) / 9), 160 + Math.floor(i / 10) * 90, 'dot');
    if (performance.getEntriesByName('arcade-interactive').length === 0) requestAnimationFrame(() => performance.mark('arcade-interactive'));
  }
}

const parent = document.getElementById('app');
window.__bare = new Phaser.Game({
  // `?canvas`: the same app drawing on Canvas without asking the GPU first, as the arcade does now (the bench's second,
  // informational yardstick).
  type: new URLSearchParams(location.search).has('canvas') ? Phaser.CANVAS : pickRenderer(),
  parent,
  backgroundColor: '#14213d',
  scale: { mode: Phaser.Scale.RESIZE, width: parent.clientWidth || 800, height: parent.clientHeight || 600 },
  render: { antialiasGL: false, roundPixels: true },
  banner: false,
  scene: [Bare],
});
