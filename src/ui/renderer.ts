// Which renderer to start: WebGL where the GPU is real, Canvas where WebGL runs in software (SwiftShader,
// llvmpipe, Microsoft Basic Render), which is far slower there. `?renderer=webgl|canvas` overrides. The bench's
// bare Phaser app uses the same rule, so both draw the same way.
import Phaser from 'phaser';

export function pickRenderer(search: string = location.search): number {
  const forced = new URLSearchParams(search).get('renderer');
  if (forced === 'webgl') return Phaser.WEBGL;
  if (forced === 'canvas') return Phaser.CANVAS;
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
