// The arcade's long-lived services, created once at boot: the save, audio, the accessible layer and level caches.
import type { LevelLoad } from '../core/levels';
import { SAVE_KEY, SaveStore, type KeyValueStore, type Settings } from '../core/storage';
import { getLang, loadLang, loadMessageParser, setLang } from '../core/i18n';
import { AudioPlayer } from '../audio/AudioPlayer';
import type { BaseLevel, GameEntry } from '../games/sdk/types';
import { GAMES } from '../games/registry';
import { LearningStore } from '../core/learning';
import { OwnLevelsStore } from '../core/ownLevels';
import type { Check } from '../core/check';
import { watchStorageNotices } from './notice';
import { offeredLangs } from './languages';
import type { Booth } from './kiosk/kiosk';
import type { Workshop } from './workshop/workshop';

/** Lazy loaders of the before-and-after checks, one per game. */

export interface Services {
  store: SaveStore;
  audio: AudioPlayer;
  games: readonly GameEntry[];
  /** Shipped levels per game, loaded once and cached. */
  levels(gameId: string): Promise<LevelLoad<BaseLevel>[]>;
  /** A trainer's own level files kept in this browser ("Your levels"), per game. */
  own: OwnLevelsStore;
  /** The game's own levels, each checked again by the game's schema (cached until one is added or removed). */
  ownLevels(gameId: string): Promise<LevelLoad<BaseLevel>[]>;
  /** Drops the cached parse of a game's own levels (after one is added or removed). */
  forgetOwnLevels(gameId: string): void;
  applySettings(s: Settings): void;
  /** Resolves once the chosen language's tables are loaded and in use; rejects when they could not load, the language
   * in use staying as it was (the loading screen goes on either way). */
  ready: Promise<void>;
  /** The chosen language was in use as soon as it was chosen (English: nothing to load). */
  readyNow: boolean;
  /** The learner's library of explanations met and before-and-after check results (core/learning). */
  learning: LearningStore;
  /** A game's before-and-after check (GameEntry.loadCheck: the game's check.json), parsed; null if it has none or it is broken. */
  check(gameId: string): Promise<Check | null>;
  /** The booth on this device (kiosk mode), made at start by main.ts (kiosk/kiosk openBooth); null elsewhere. */
  booth: Booth | null;
  /** The workshop under way (arcade/workshop/workshop), from a workshop link or Start on the setup screen; null before. */
  workshop: Workshop | null;
}

let services: Services | null = null;

function inPlayOrder(loads: LevelLoad<BaseLevel>[]): LevelLoad<BaseLevel>[] {
  const rank = (l: LevelLoad<BaseLevel>): number => (l.ok ? l.level.order : Number.MAX_SAFE_INTEGER);
  return [...loads].sort((a, b) => rank(a) - rank(b));
}

/** The browser's localStorage, or null where merely touching it throws (some private modes). */
export function browserStore(): KeyValueStore | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

export interface ServiceOptions {
  /** `?lang=pseudo`: the pseudo-locale, for finding text that does not fit before translators start. */
  pseudoLocale?: boolean;
}

export function initServices(opts: ServiceOptions = {}): Services {
  const prm = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
  const store = new SaveStore(browserStore(), { prefersReducedMotion: prm });
  const audio = new AudioPlayer(store.settings);
  const cache = new Map<string, Promise<LevelLoad<BaseLevel>[]>>();
  const ownCache = new Map<string, Promise<LevelLoad<BaseLevel>[]>>();
  /** Which language choice is the latest: a load that ends after a newer choice changes nothing. */
  let choice = 0;
  const s: Services = {
    store,
    audio,
    games: GAMES,
    own: new OwnLevelsStore(browserStore()),
    ownLevels(gameId) {
      let p = ownCache.get(gameId);
      if (!p) {
        const game = GAMES.find((g) => g.id === gameId);
        // Level text is formatted with the ICU parser, which is not in the start bundle (core/i18n).
        p = game
          ? Promise.all([loadMessageParser(), ...s.own.list(gameId).map((e) => game.parseLevelFile(e.file, e.text))]).then(([, ...loads]) => loads)
          : Promise.resolve([]);
        ownCache.set(gameId, p);
      }
      return p;
    },
    forgetOwnLevels(gameId) {
      ownCache.delete(gameId);
    },
    learning: new LearningStore(browserStore()),
    async check(gameId) {
      const load = GAMES.find((g) => g.id === gameId)?.loadCheck;
      if (!load) return null;
      const [{ parseCheck }, raw] = await Promise.all([import('../core/check'), load(), loadMessageParser()]);
      const r = parseCheck(`${gameId}.json`, raw);
      return r.ok ? r.level : null;
    },
    levels(gameId) {
      let p = cache.get(gameId);
      if (!p) {
        const game = GAMES.find((g) => g.id === gameId);
        // In play order, files with errors last: every screen shows them the same way.
        p = game ? Promise.all([game.loadLevels(), loadMessageParser()]).then(([loads]) => inPlayOrder(loads)) : Promise.resolve([]);
        // A failed load is not cached, so the next visit tries again.
        p.catch(() => cache.delete(gameId));
        cache.set(gameId, p);
      }
      return p;
    },
    applySettings(settings) {
      audio.apply(settings);
      document.documentElement.classList.toggle('reduced-motion', settings.reducedMotion);
      // A language's tables load when it is chosen; the screens switch (and redraw) once they are here.
      const lang = settings.lang !== 'en' && offeredLangs().includes(settings.lang) ? settings.lang : 'en';
      const mine = ++choice;
      // The page's lang is the language the text is really in, so screen readers pronounce it right.
      const sayLang = (): void => void (document.documentElement.lang = opts.pseudoLocale ? 'en-XA' : getLang());
      const use = (): void => {
        if (mine !== choice) return;
        setLang(lang, { pseudo: opts.pseudoLocale === true });
        sayLang();
      };
      // English is always here: in use at once, so the title can be the first screen (no loading screen).
      s.readyNow = lang === 'en';
      if (s.readyNow) use();
      // Tables that cannot load leave the language in use as it was (English at the start): the page says so too.
      const kept = (e: unknown): never => {
        if (mine === choice) sayLang();
        throw e;
      };
      s.ready = s.readyNow ? Promise.resolve() : loadLang(lang).then(use, kept);
      // Handled here: only the loading screen needs to know (it reads the rejection itself); a screen that changes the
      // language redraws when the tables come, and stays as it is when they do not.
      s.ready.catch(() => undefined);
    },
    ready: Promise.resolve(),
    readyNow: true,
    booth: null,
    workshop: null,
  };
  s.applySettings(store.settings);
  watchStorageNotices(store);
  // Another tab of the arcade saved: take its progress in, so neither tab overwrites the other's.
  addEventListener('storage', (e) => {
    if (e.key === SAVE_KEY && store.syncFromOtherTab(e.newValue)) s.applySettings(store.settings);
  });
  services = s;
  return s;
}

export function svc(): Services {
  if (!services) throw new Error('Services are not started');
  return services;
}

export function gameById(id: string): GameEntry | undefined {
  return svc().games.find((g) => g.id === id);
}
