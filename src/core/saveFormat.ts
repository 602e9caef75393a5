// The saved data's shape, per entry: settings, per-level records and rounds in progress, each checked on its own
// so that one bad entry is set aside and the rest kept. Read with core/storedData's readers, not zod: the save is
// read at boot, and no schema library is in the start bundle.
import { BAD, anything, isRecord, bool, int, num, object, oneOf, optional, str, type Reader } from './storedData';
import { LANGS, type Lang, type LocalText } from './i18n';

export const SAVE_KEY = 'learning-arcade/save';
export const CURRENT_VERSION = 2;

/** Anything read from storage larger than this is not parsed: a real save is a few KB (about 200 bytes a level). */
export const MAX_SAVE_CHARS = 1_000_000;
/** A round's game state is plain JSON a few levels deep; deeper or bigger is hostile or broken, and would overflow
 * the stack of structuredClone or JSON.stringify. */
export const MAX_STATE_DEPTH = 32;
export const MAX_STATE_NODES = 20_000;

export const TEXT_SCALES = [1, 1.25, 1.5] as const;

export interface Settings {
  sound: boolean;
  music: boolean;
  /** 0..1, applied to every sound through Howler's global volume. */
  volume: number;
  reducedMotion: boolean;
  /** Multiplies every font size; 1 keeps the 16 CSS px floor. */
  textScale: (typeof TEXT_SCALES)[number];
  lang: Lang;
}

const unit = num(0, 1);
const count = int(0);
const stars = int(0, 3);

/** Each setting is checked alone, so one bad value falls back to its default and the others are kept. */
export const settingFields: { [K in keyof Settings]-?: Reader<Settings[K]> } = {
  sound: bool,
  music: bool,
  volume: unit,
  reducedMotion: bool,
  textScale: oneOf(TEXT_SCALES),
  lang: oneOf(LANGS),
};
const readSettings = object<Settings>(settingFields);

/** Settings read whole: null unless every one is there and valid. */
export function checkSettings(v: unknown): Settings | null {
  const r = readSettings(v);
  return r === BAD ? null : r;
}

/** Settings that must be valid (a patch the code made): throws otherwise. */
export function parseSettings(v: unknown): Settings {
  const r = checkSettings(v);
  if (!r) throw new TypeError('Invalid settings');
  return r;
}

export interface LevelRecord {
  best: number;
  stars: number;
  attempts: number;
  /** ms since epoch */
  lastPlayed: number;
}
export const readLevelRecord = object<LevelRecord>({ best: count, stars, attempts: count, lastPlayed: count });

export interface SavedRound {
  levelId: string;
  /** The level's name, so the title screen can offer "Continue" at once, before any level file loads. */
  levelTitle?: LocalText;
  /** The game's own model state, plain JSON within MAX_STATE_DEPTH and MAX_STATE_NODES; the game checks it on resume. */
  state: unknown;
  savedAt: number;
}
const savedText = str(2000);
export const readRound = object<SavedRound>({
  levelId: str(200),
  levelTitle: optional(object<LocalText>({ en: savedText, fr: optional(savedText), es: optional(savedText) })),
  state: anything,
  savedAt: count,
});

export interface SaveData {
  version: typeof CURRENT_VERSION;
  settings: Settings;
  /** Keyed `${gameId}/${levelId}`. */
  levels: Record<string, LevelRecord>;
  /** At most one round in progress per game, keyed by game id. */
  rounds: Record<string, SavedRound>;
}

/** Version 1 (the first release): sound on/off and best scores only. */
interface SaveV1 {
  version: 1;
  settings: { sound: boolean; volume: number };
  scores: Record<string, { best: number; stars: number }>;
}
const readV1Head = object<Omit<SaveV1, 'scores'> & { scores: unknown }>({
  version: oneOf([1] as const),
  settings: object<SaveV1['settings']>({ sound: bool, volume: unit }),
  scores: anything,
});
const readV1Score = object<SaveV1['scores'][string]>({ best: count, stars });

function readV1(raw: unknown): SaveV1 | null {
  const head = readV1Head(raw);
  if (head === BAD || !isRecord(head.scores)) return null;
  const scores: SaveV1['scores'] = {};
  for (const [key, value] of Object.entries(head.scores)) {
    const s = readV1Score(value);
    if (s === BAD) return null;
    scores[key] = s;
  }
  return { ...head, scores };
}

export function defaultSettings(prefersReducedMotion = false): Settings {
  return { sound: true, music: false, volume: 0.8, reducedMotion: prefersReducedMotion, textScale: 1, lang: 'en' };
}

export function emptySave(prefersReducedMotion = false): SaveData {
  return { version: CURRENT_VERSION, settings: defaultSettings(prefersReducedMotion), levels: {}, rounds: {} };
}

/** Whether plain JSON stays within a depth and a node count, walked without recursion (so it cannot overflow). */
export function withinBounds(value: unknown, maxDepth: number, maxNodes: number): boolean {
  const stack: [unknown, number][] = [[value, 1]];
  let nodes = 0;
  while (stack.length > 0) {
    const [v, depth] = stack.pop()!;
    if (++nodes > maxNodes || depth > maxDepth) return false;
    if (v !== null && typeof v === 'object') for (const child of Object.values(v)) stack.push([child, depth + 1]);
  }
  return true;
}

/** Game and level ids as level files allow them; anything else as a key (say `__proto__`) is set aside. */
const ID = '[a-z0-9][a-z0-9-]{0,63}';
const GAME_KEY = new RegExp(`^${ID}$`);
const LEVEL_KEY = new RegExp(`^${ID}/${ID}$`);

/** What salvage kept, and what it set aside (to be written under a .corrupt. key, never dropped silently). */
export interface Salvaged {
  data: SaveData;
  /** The entries that failed their check, each with where it was (`levels.g/l`); empty when all was well.
   * A list, not an object, so a hostile key such as `__proto__` is kept as data. */
  aside: { where: string; value: unknown }[];
}

/** A current-version save checked entry by entry; null when it is not a version-2 save at all. */
export function salvage(raw: unknown, prm = false): Salvaged | null {
  if (!isRecord(raw) || raw.version !== CURRENT_VERSION) return null;
  const data = emptySave(prm);
  const aside: Salvaged['aside'] = [];
  // A whole part of the wrong kind is set aside as one entry; the other parts are still read.
  const part = (name: 'levels' | 'rounds'): Record<string, unknown> => {
    const value = raw[name] ?? {};
    if (isRecord(value)) return value;
    aside.push({ where: name, value });
    return {};
  };
  const levelsRaw = part('levels');
  const roundsRaw = part('rounds');
  const settingsRaw = isRecord(raw.settings) ? raw.settings : {};
  for (const key of Object.keys(settingFields) as (keyof Settings)[]) {
    if (!Object.hasOwn(settingsRaw, key)) continue;
    const r = settingFields[key](settingsRaw[key]);
    if (r !== BAD) (data.settings as unknown as Record<string, unknown>)[key] = r;
    else aside.push({ where: `settings.${key}`, value: settingsRaw[key] });
  }
  if (!isRecord(raw.settings) && raw.settings !== undefined) aside.push({ where: 'settings', value: raw.settings });
  for (const [key, value] of Object.entries(levelsRaw)) {
    const r = readLevelRecord(value);
    if (r !== BAD && LEVEL_KEY.test(key)) data.levels[key] = r;
    else aside.push({ where: `levels.${key}`, value });
  }
  for (const [gameId, value] of Object.entries(roundsRaw)) {
    const bounded = isRecord(value) && withinBounds(value.state, MAX_STATE_DEPTH, MAX_STATE_NODES);
    const r = bounded && GAME_KEY.test(gameId) ? readRound(value) : BAD;
    if (r !== BAD) data.rounds[gameId] = r;
    else aside.push({ where: `rounds.${gameId}`, value: bounded ? value : '(too deep or too large to keep)' });
  }
  return { data, aside };
}

/** Migrations from every shipped version to the current one; null when the data is no known version. */
export function migrate(raw: unknown, prm = false): SaveData | null {
  const v1 = readV1(raw);
  if (!v1) return null;
  const out = emptySave(prm);
  out.settings.sound = v1.settings.sound;
  out.settings.volume = v1.settings.volume;
  for (const [key, s] of Object.entries(v1.scores)) {
    out.levels[key] = { best: s.best, stars: s.stars, attempts: 1, lastPlayed: 0 };
  }
  return out;
}

/** A level's better record of two: the best score, the most stars, the more attempts, the later play. */
export function betterRecord(m: LevelRecord | undefined, t: LevelRecord): LevelRecord {
  return m
    ? {
        best: Math.max(m.best, t.best),
        stars: Math.max(m.stars, t.stars),
        attempts: Math.max(m.attempts, t.attempts),
        lastPlayed: Math.max(m.lastPlayed, t.lastPlayed),
      }
    : { ...t };
}

/**
 * Two tabs share one storage: their saves are merged, never overwritten. Records keep the best of both; a game's
 * round is the most recently saved one unless this tab finished or cleared it later; settings are the ones changed
 * last.
 */
export function mergeSaves(mine: SaveData, theirs: SaveData, opts: { clearedAt: ReadonlyMap<string, number>; mySettingsNewer: boolean }): SaveData {
  const out: SaveData = structuredClone(mine);
  if (!opts.mySettingsNewer) out.settings = { ...theirs.settings };
  for (const [key, t] of Object.entries(theirs.levels)) out.levels[key] = betterRecord(out.levels[key], t);
  // A round the other tab finished (its record is newer than the round) is over here too.
  for (const [gameId, m] of Object.entries(out.rounds)) {
    const finished = theirs.levels[`${gameId}/${m.levelId}`];
    if (finished && finished.lastPlayed > m.savedAt && !theirs.rounds[gameId]) delete out.rounds[gameId];
  }
  for (const [gameId, t] of Object.entries(theirs.rounds)) {
    const m = out.rounds[gameId];
    const cleared = opts.clearedAt.get(gameId) ?? -1;
    if (t.savedAt > cleared && (!m || t.savedAt > m.savedAt)) out.rounds[gameId] = structuredClone(t);
  }
  return out;
}
