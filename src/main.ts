// Entry point: starts the services and one Phaser game whose scenes are the shell plus every registered game.
import './core/zodConfig';
// The accessible layer's style: in a build it is written into the page after the page frame's (src/ui/boot.css,
// scripts/vite-boot-page.mjs); on the dev server it comes with this import.
import './ui/arcade.css';
import Phaser from 'phaser';
import { initA11y } from './ui/a11y';
import { initServices, svc } from './arcade/services';
import { BootScene } from './arcade/BootScene';
import { TitleScene } from './arcade/TitleScene';
import { COLORS } from './ui/theme';
import { configureUi } from './ui/context';
import { setGameHost } from './games/sdk/host';
import { createGameHost } from './arcade/gameHost';
import { startOffline } from './arcade/offline';
import { warmScreens } from './arcade/flow';
import { loadMessageParser } from './core/i18n';
import { SCENES } from './arcade/keys';

import { openBooth } from './arcade/kiosk/kiosk';
import { mayBeTakeHome } from './core/takeHomePrefix';
import { openWorkshop, showNotice } from './arcade/workshop/workshop';

/** Runs `fn` once the first screen is drawn (the loading screen, which draws nothing, does not count): what the title
 * does not need waits until the title is up. */
export function afterFirstFrame(game: Phaser.Game, fn: () => void): void {
  const onFrame = (): void => {
    if (game.scene.isActive(SCENES.boot)) game.events.once(Phaser.Core.Events.POST_RENDER, onFrame);
    else setTimeout(fn);
  };
  game.events.once(Phaser.Core.Events.POST_RENDER, onFrame);
}

export async function createArcade(parent: HTMLElement): Promise<Phaser.Game> {
  initA11y(parent);
  const services = initServices({ pseudoLocale: new URLSearchParams(location.search).get('lang') === 'pseudo' });
  configureUi({
    // Projector colours in workshop mode bring larger text (the player's own size when it is larger still).
    textScale: () => services.workshop?.textScale(services.store.settings.textScale) ?? services.store.settings.textScale,
    reducedMotion: () => services.store.settings.reducedMotion,
    pressed: () => services.audio.select(),
    reachTop: (w, h) => services.booth?.reachTop(w, h) ?? 0,
  });
  setGameHost(createGameHost(services));
  // A workshop link (`?mode=workshop&…`) first: it never switches kiosk mode on (a `mode=kiosk` that is not a booth's
  // own link is taken out of the address), and a device held as a booth stays one (arcade/workshop).
  // The booth and the workshop are objects the services hold for the screens (svc().booth, svc().workshop).
  const workshop = openWorkshop(services);
  // `?mode=kiosk` (or kiosk mode held from before): the attract loop takes the title's place (arcade/kiosk).
  const booth = await openBooth(services);
  // The notice's words have plurals: they wait for the message parser (it is not in the start bundle).
  if (workshop)
    void loadMessageParser().then(
      () => showNotice(workshop.ignoredText()),
      () => showNotice(workshop.ignoredText()),
    );
  // A take-home card's link (`#r=…` in the fragment; never at the booth itself): its result page comes first, in the
  // language the visitor played in, with the title behind it for "Play at home" (arcade/kiosk/TakeHomeScene).
  const takeHome = booth || !mayBeTakeHome(location.hash) ? null : (await import('./core/takeHome')).readTakeHome(location.hash);
  let screens: Array<typeof Phaser.Scene | Phaser.Scene> = [TitleScene];
  if (booth) screens = [(await import('./arcade/kiosk/AttractScene')).AttractScene];
  else if (takeHome) {
    const { TakeHomeScene } = await import('./arcade/kiosk/TakeHomeScene');
    // For this visit only: the player's own choice is kept unless they go on to play (TakeHomeScene).
    if (takeHome.ok) services.applySettings({ ...services.store.settings, lang: takeHome.link.lang });
    screens = [new TakeHomeScene(takeHome), TitleScene];
  }
  const game = new Phaser.Game({
    // Canvas on every device: one renderer, the one every test and the bench draw with (README, Renderer).
    type: Phaser.CANVAS,
    parent,
    backgroundColor: COLORS.bg,
    scale: { mode: Phaser.Scale.RESIZE, width: parent.clientWidth || 800, height: parent.clientHeight || 600 },
    audio: { noAudio: true },
    render: { roundPixels: true },
    banner: false,
    // No input of Phaser's own: the accessible layer takes every press (the build leaves Phaser's input out of the
    // engine; the dev server's full Phaser is told the same).
    input: { keyboard: false, mouse: false, touch: false },
    callbacks: {
      // The canvas says nothing to screen readers; its accessible twin is the DOM layer.
      postBoot: (g) => {
        g.canvas.setAttribute('aria-hidden', 'true');
        // As Phaser's own input did: a right click on the canvas opens no menu, and a press on it (a click, or a tap's
        // mouse events) neither takes the focus off the control that has it nor starts selecting text.
        g.canvas.addEventListener('contextmenu', (e) => e.preventDefault());
        g.canvas.addEventListener('mousedown', (e) => e.preventDefault());
      },
    },
    // Game scenes are added when first played (arcade/flow.ts startLevel). Phaser starts the first scene of the
    // list: the title (or the booth's attract loop, or a take-home result) at once when the language is already in
    // use, else the loading screen, which starts the screen after it once the language's tables are here (or could not
    // load: then in English).
    // Only the first screen boots with the game (each scene Phaser boots installs its plugins): the others are
    // added once it is drawn, and the picker at once by goTo if someone is quicker than that.
    scene: services.readyNow ? screens : [BootScene, ...screens],
  });
  // The page's own first paint (index.html) gives way once the canvas has drawn the first screen over it.
  afterFirstFrame(game, () => document.getElementById('boot')?.remove());
  // The next screens a player is likely to reach (the pause screen too), loaded once the title is up.
  afterFirstFrame(game, () => {
    warmScreens(game, [SCENES.picker, SCENES.results, SCENES.pause]);
  });
  booth?.start(game);
  // The ICU parser, for text that is not in the shell's table, loads once the first screen is drawn (core/i18n).
  afterFirstFrame(game, () => void loadMessageParser().catch(() => undefined));
  return game;
}

/** What the memory benchmark counts: leaks show in counts sooner than in heap size (DESIGN.md facts). */
export interface ArcadeCounts {
  textures: number;
  activeScenes: number;
  displayObjects: number;
  gameListeners: number;
  scaleListeners: number;
  a11yElements: number;
  howls: number;
}

/** Starts the arcade in `host` and exposes `window.__arcade` (read by the bench and the browser tests only). */
export async function startArcade(host: HTMLElement): Promise<Phaser.Game> {
  const game = await createArcade(host);
  const counts = (): ArcadeCounts => {
    const scenes = game.scene.getScenes(true);
    const listeners = (e: Phaser.Events.EventEmitter): number => e.eventNames().reduce((n, name) => n + e.listenerCount(name), 0);
    return {
      textures: game.textures.getTextureKeys().length,
      activeScenes: scenes.length,
      displayObjects: scenes.reduce((n, s) => n + s.children.length, 0),
      gameListeners: listeners(game.events),
      scaleListeners: listeners(game.scale),
      a11yElements: document.querySelectorAll('.a11y-layer *').length,
      howls: svc().audio.howlCount,
    };
  };
  (window as unknown as { __arcade: { game: Phaser.Game; counts: () => ArcadeCounts } }).__arcade = { game, counts };
  return game;
}

// The arcade's page starts itself; another page (the bench's stress page) marks its host data-manual and starts
// the arcade its own way.
const host = document.getElementById('arcade');
if (host && host.dataset.manual === undefined) {
  // The service worker's install downloads the whole arcade: it starts once the title is drawn, not before.
  void startArcade(host).then((game) => afterFirstFrame(game, startOffline));
}
