// The bench's stress page (bench/sss-stress.html, opened by `npm run bench`): the real arcade starts the real
// Seek, sense, share scene on a 200-contact, 300-tie network through the shell's own startLevel, then presses the
// scene's own buttons (run, step, back: a full redraw each time) once a second; frames counted in 1-second windows.
import Phaser from 'phaser';
import { startArcade } from '../src/main';
import { startLevel } from '../src/arcade/flow';
import { makeStressLevel } from '../src/games/seek-sense-share/stress';
import { SSS_SCENE } from '../src/games/seek-sense-share/index';

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

/** Presses the first of the scene's buttons that is on screen now, as a player would. */
function press(...ids: string[]): void {
  for (const id of ids) {
    const b = document.querySelector<HTMLButtonElement>(`.a11y-layer .a11y-scope:not([inert]) button[data-id="${id}"]`);
    if (b) return void b.click();
  }
}

/** One real action: run the flow, step through it, and back to building, round and round. */
function act(): void {
  press('start', 'step', 'run', 'back');
}

export async function runStressBench(game: Phaser.Game): Promise<StressResult> {
  // Let the shell finish booting (the title screen is up), then start the level through the shell.
  await waitFor(() => game.isBooted && game.scene.isActive('Title'), 20000);
  const title = game.scene.getScene('Title');
  await startLevel(title, 'seek-sense-share', makeStressLevel(200, 300, 1), 'stress');
  await waitFor(() => game.scene.isActive(SSS_SCENE) && !!document.querySelector('.a11y-layer button[data-id="start"]'), 10000);
  // The brief closes; from here on every second is one real action and one redraw.
  press('start');
  for (let i = 0; i < 10; i++) await nextFrame();
  const idle = await windows(SECONDS, () => undefined);
  const active = await windows(SECONDS, act);
  return {
    fps: round1(median(idle)),
    min: round1(Math.min(...idle)),
    fpsWithActions: round1(median(active)),
    minWithActions: round1(Math.min(...active)),
    seconds: SECONDS,
    renderer: game.config.renderType === Phaser.CANVAS ? 'Canvas' : 'WebGL',
  };
}

const host = document.getElementById('arcade');
if (host) {
  void startArcade(host).then(async (game) => {
    const r = await runStressBench(game);
    (window as unknown as { __benchFps: StressResult }).__benchFps = r;
  });
}
