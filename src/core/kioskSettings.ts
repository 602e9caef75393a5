// The booth operator's settings, kept apart from any player's: whether kiosk mode holds this device, the games and
// levels offered (one level per game, the "booth set"), the idle time, and the player settings every new visitor
// starts from. Each field is checked on its own, so one bad value falls back to its default.
import type { KeyValueStore } from './storage';
import { checkSettings, type Settings } from './saveFormat';
import { BAD, bool, nullable, object, str } from './storedData';

export const KIOSK_KEY = 'learning-arcade/kiosk';
/** Idle times the operator can choose, in seconds (the countdown comes on top). */
export const IDLE_CHOICES = [60, 90, 120, 180, 300] as const;
export const DEFAULT_IDLE_SECONDS = 90;

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

export interface BoothGame {
  offered: boolean;
  /** The level the picker leads straight into; null: the game's first level. */
  levelId: string | null;
  /** The game's booth round (two to four minutes) where it offers one; on by default. */
  short: boolean;
}
const readBoothGame = object<BoothGame>({ offered: bool, levelId: nullable(str(Infinity, ID)), short: bool });

export interface KioskSettings {
  /** Kiosk mode holds this device: set once the PIN is set, cleared only from the operator panel. */
  active: boolean;
  idleSeconds: number;
  games: Record<string, BoothGame>;
  /** The player settings each new visitor gets (taken when kiosk mode was switched on); null: the defaults. */
  baseline: Settings | null;
  /** The board shows scores only: no visitor is asked for a name, and names already there are not shown. */
  anonymousBoard: boolean;
  /** Visitors choose their name from a short list instead of typing one (nothing to moderate). */
  listNames: boolean;
}

export type BoardNames = 'typed' | 'list' | 'none';

/** How the board names its visitors: typed, chosen from a list, or not at all (scores only). */
export function boardNames(s: KioskSettings): BoardNames {
  return s.anonymousBoard ? 'none' : s.listNames ? 'list' : 'typed';
}

/** The operator's next choice of names, in turn: typed, from a list, scores only. */
export function nextBoardNames(s: KioskSettings): Pick<KioskSettings, 'anonymousBoard' | 'listNames'> {
  const now = boardNames(s);
  return now === 'typed'
    ? { anonymousBoard: false, listNames: true }
    : now === 'list'
      ? { anonymousBoard: true, listNames: false }
      : { anonymousBoard: false, listNames: false };
}

export function defaultKioskSettings(): KioskSettings {
  return { active: false, idleSeconds: DEFAULT_IDLE_SECONDS, games: {}, baseline: null, anonymousBoard: false, listNames: false };
}

export const DEFAULT_BOOTH_GAME: BoothGame = { offered: true, levelId: null, short: true };

export function boothGame(s: KioskSettings, gameId: string): BoothGame {
  return Object.hasOwn(s.games, gameId) ? { ...s.games[gameId]! } : { ...DEFAULT_BOOTH_GAME };
}

/** `?mode=kiosk` in the page's query string. */
export function kioskRequested(search: string): boolean {
  return new URLSearchParams(search).get('mode') === 'kiosk';
}

/** The next idle time in the operator's list (wrapping round). */
export function nextIdle(current: number): number {
  const i = IDLE_CHOICES.indexOf(current as (typeof IDLE_CHOICES)[number]);
  return IDLE_CHOICES[(i + 1) % IDLE_CHOICES.length] ?? DEFAULT_IDLE_SECONDS;
}

/** Stored settings read field by field; anything unreadable falls back to its default. */
export function parseKioskSettings(raw: unknown): KioskSettings {
  const out = defaultKioskSettings();
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return out;
  const r = raw as Record<string, unknown>;
  if (typeof r.active === 'boolean') out.active = r.active;
  if (typeof r.anonymousBoard === 'boolean') out.anonymousBoard = r.anonymousBoard;
  if (typeof r.listNames === 'boolean') out.listNames = r.listNames;
  if (IDLE_CHOICES.includes(r.idleSeconds as (typeof IDLE_CHOICES)[number])) out.idleSeconds = r.idleSeconds as number;
  if (typeof r.games === 'object' && r.games !== null && !Array.isArray(r.games)) {
    for (const [id, g] of Object.entries(r.games)) {
      const p = readBoothGame(g);
      if (ID.test(id) && p !== BAD) out.games[id] = p;
    }
  }
  const b = checkSettings(r.baseline);
  if (b) out.baseline = b;
  return out;
}

/** The operator's settings over an injected store; `saved` is false while storage refuses them (kept in memory). */
export class KioskStore {
  private value: KioskSettings;
  saved = true;

  constructor(private readonly kv: KeyValueStore | null) {
    let raw: unknown = null;
    try {
      const text = kv?.getItem(KIOSK_KEY);
      raw = text ? JSON.parse(text) : null;
    } catch {
      raw = null;
    }
    this.value = parseKioskSettings(raw);
  }

  get settings(): KioskSettings {
    return structuredClone(this.value);
  }

  update(patch: Partial<KioskSettings>): KioskSettings {
    this.value = parseKioskSettings({ ...this.value, ...patch });
    try {
      this.kv?.setItem(KIOSK_KEY, JSON.stringify(this.value));
      this.saved = this.kv !== null;
    } catch {
      this.saved = false;
    }
    return this.settings;
  }

  setGame(gameId: string, patch: Partial<BoothGame>): KioskSettings {
    const games = { ...this.value.games, [gameId]: { ...boothGame(this.value, gameId), ...patch } };
    return this.update({ games });
  }
}
