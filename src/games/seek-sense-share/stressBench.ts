// `?bench=sss-stress`: the real Seek, sense, share scene drawing a 200-contact, 300-tie network, one real action a
// second (run, steps, back: a full redraw each time), frames counted for 5 seconds in 1-second windows.
import Phaser from 'phaser';
import type { PlayData } from '../types';
import { makeStressLevel } from './stress';
import { SeekSenseShareScene, SSS_SCENE } from './SeekSenseShareScene';

const SECONDS = 5;

function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(resolve));
}

async function waitFor(ok: () => boolean, ms: number): Promise<void> {
  const until = performance.now() + ms;
  while (!ok() && performance.now() < until) await nextFrame();
}

export interface StressResult {
  /** Median frames a second while the network is on screen and the player reads it. */
  fps: number;
  min: number;
  /** Median while one real action a second (run, step, back) redraws the whole network. */
  fpsWithActions: number;
  minWithActions: number;
  seconds: number;
  renderer: string;
}

async function windows(count: number, each: () => void): Promise<number[]> {
  const out: number[] = [];
  for (let w = 0; w < count; w++) {
    each();
    const start = performance.now();
    let frames = 0;
    while (performance.now() - start < 1000) {
      await nextFrame();
      frames++;
    }
    out.push((frames * 1000) / (performance.now() - start));
  }
  return out;
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const round1 = (x: number): number => Math.round(x * 10) / 10;

export async function runStressBench(game: Phaser.Game): Promise<StressResult> {
  // Let the shell finish booting (the title screen is up), then put the scene in its place.
  await waitFor(() => game.isBooted && game.scene.isActive('Title'), 20000);
  for (const s of game.scene.getScenes(true)) game.scene.stop(s.scene.key);
  const level = makeStressLevel(200, 300, 1);
  const data: PlayData = { gameId: 'seek-sense-share', level, file: 'stress', resume: false };
  if (!game.scene.keys[SSS_SCENE]) game.scene.add(SSS_SCENE, SeekSenseShareScene, false);
  game.scene.start(SSS_SCENE, data);
  await waitFor(() => game.scene.isActive(SSS_SCENE), 10000);
  const scene = game.scene.getScene(SSS_SCENE) as SeekSenseShareScene;
  // The brief closes and the flow starts: from here on every second is one real action and one redraw.
  scene.benchStep();
  for (let i = 0; i < 10; i++) await nextFrame();
  const idle = await windows(SECONDS, () => undefined);
  const active = await windows(SECONDS, () => scene.benchStep());
  return {
    fps: round1(median(idle)),
    min: round1(Math.min(...idle)),
    fpsWithActions: round1(median(active)),
    minWithActions: round1(Math.min(...active)),
    seconds: SECONDS,
    renderer: game.config.renderType === Phaser.CANVAS ? 'Canvas' : 'WebGL',
  };
}
