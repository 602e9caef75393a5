// The renderer the game starts with (ui/gpu decides from the GPU's name). The bench's bare Phaser app uses the same
// rule, so both draw the same way.
// Finding the GPU's name makes a WebGL context (12–17 ms in software rendering). The page's boot does it once its
// first paint is on screen, while the arcade's code is still arriving (scripts/vite-boot-page.mjs), and leaves the
// name on the page (`data-gl`): the start only reads it. Without it (the dev server, the bench's bare app), the probe
// runs here.
import Phaser from 'phaser';
import { chooseRenderer } from './gpu';

/** The GPU's name as WebGL reports it, "none" without WebGL, "" when the probe itself failed. */
function probeGpu(): string {
  try {
    const c = document.createElement('canvas');
    const gl = c.getContext('webgl2') ?? c.getContext('webgl');
    if (!gl) return 'none';
    const ext = gl.getExtension('WEBGL_debug_renderer_info');
    const name = String(ext ? gl.getParameter(ext.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return name;
  } catch {
    return '';
  }
}

export function pickRenderer(search: string = location.search): number {
  return chooseRenderer(search, () => document.documentElement.dataset.gl ?? probeGpu()) === 'webgl' ? Phaser.WEBGL : Phaser.CANVAS;
}
