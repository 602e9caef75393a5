// Entry point: starts the services and one Phaser game whose scenes are the shell plus every registered game.
import './core/zodConfig';
import Phaser from 'phaser';
import { initA11y } from './ui/a11y';
import { initServices } from './arcade/services';
import { BootScene } from './arcade/BootScene';
import { TitleScene } from './arcade/TitleScene';
import { PickerScene } from './arcade/PickerScene';
import { LevelSelectScene } from './arcade/LevelSelectScene';
import { ResultsScene } from './arcade/ResultsScene';
import { SettingsScene } from './arcade/SettingsScene';
import { ErrorScene } from './arcade/ErrorScene';
import { PauseScene } from './arcade/PauseScene';
import { COLORS } from './ui/theme';

/** WebGL in software (SwiftShader, llvmpipe, Microsoft Basic Render) is far slower than Canvas: use Canvas there. */
export function pickRenderer(): number {
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

export function createArcade(parent: HTMLElement): Phaser.Game {
  initA11y(parent);
  const services = initServices();
  const renderer = new URLSearchParams(location.search).get('renderer');
  const game = new Phaser.Game({
    type: renderer === 'webgl' ? Phaser.WEBGL : renderer === 'canvas' ? Phaser.CANVAS : pickRenderer(),
    parent,
    backgroundColor: COLORS.bg,
    scale: { mode: Phaser.Scale.RESIZE, width: parent.clientWidth || 800, height: parent.clientHeight || 600 },
    audio: { noAudio: true },
    render: { antialiasGL: false, roundPixels: true },
    banner: false,
    disableContextMenu: true,
    input: { keyboard: false },
    scene: [BootScene, TitleScene, PickerScene, LevelSelectScene, ResultsScene, SettingsScene, ErrorScene, PauseScene, ...services.games.map((g) => g.scene)],
  });
  return game;
}

const host = document.getElementById('arcade');
if (host) {
  const game = createArcade(host);
  // Exposed for the benchmark and browser tests (counts of listeners, textures, scenes).
  (window as unknown as { __arcade: Phaser.Game }).__arcade = game;
}
