// The one versioned, zod-validated save: settings, per-level records and rounds in progress.
// Storage that throws, is full, corrupt, foreign or newer never crashes play: the arcade goes on in memory.
import { z } from 'zod';
import { LANGS, localText, type LocalText } from './i18n';

export const SAVE_KEY = 'learning-arcade/save';
export const CURRENT_VERSION = 2;

/** The part of the Web Storage API we use, so tests can hand in a failing or fake store. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

export const settingsSchema = z.object({
  sound: z.boolean(),
  music: z.boolean(),
  /** 0..1, applied to every sound through Howler's global volume. */
  volume: z.number().min(0).max(1),
  reducedMotion: z.boolean(),
  /** Multiplies every font size; 1 keeps the 16 CSS px floor. */
  textScale: z.union([z.literal(1), z.literal(1.25), z.literal(1.5)]),
  lang: z.enum(LANGS),
});
export type Settings = z.infer<typeof settingsSchema>;

export const levelRecordSchema = z.object({
  best: z.number().int().min(0),
  stars: z.number().int().min(0).max(3),
  attempts: z.number().int().min(0),
  /** ms since epoch */
  lastPlayed: z.number().int().min(0),
});
export type LevelRecord = z.infer<typeof levelRecordSchema>;

export const roundSchema = z.object({
  levelId: z.string(),
  /** The level's name, so the title screen can offer "Continue" at once, before any level file loads. */
  levelTitle: localText.optional(),
  /** The game's own model state, plain JSON; the game validates it before resuming. */
  state: z.unknown(),
  savedAt: z.number().int().min(0),
});
export type SavedRound = z.infer<typeof roundSchema>;

export const saveSchema = z.object({
  version: z.literal(CURRENT_VERSION),
  settings: settingsSchema,
  /** Keyed `${gameId}/${levelId}`. */
  levels: z.record(z.string(), levelRecordSchema),
  /** At most one round in progress per game, keyed by game id. */
  rounds: z.record(z.string(), roundSchema),
});
export type SaveData = z.infer<typeof saveSchema>;

/** Version 1 (the first release): sound on/off and best scores only. */
const saveV1Schema = z.object({
  version: z.literal(1),
  settings: z.object({ sound: z.boolean(), volume: z.number().min(0).max(1) }),
  scores: z.record(z.string(), z.object({ best: z.number().int().min(0), stars: z.number().int().min(0).max(3) })),
});

export function defaultSettings(prefersReducedMotion = false): Settings {
  return { sound: true, music: false, volume: 0.8, reducedMotion: prefersReducedMotion, textScale: 1, lang: 'en' };
}

export function emptySave(prefersReducedMotion = false): SaveData {
  return { version: CURRENT_VERSION, settings: defaultSettings(prefersReducedMotion), levels: {}, rounds: {} };
}

/** Migrations from every shipped version to the current one. */
export function migrate(raw: unknown, prefersReducedMotion = false): SaveData | null {
  const v1 = saveV1Schema.safeParse(raw);
  if (v1.success) {
    const out = emptySave(prefersReducedMotion);
    out.settings.sound = v1.data.settings.sound;
    out.settings.volume = v1.data.settings.volume;
    for (const [key, s] of Object.entries(v1.data.scores)) {
      out.levels[key] = { best: s.best, stars: s.stars, attempts: 1, lastPlayed: 0 };
    }
    return out;
  }
  return null;
}

/** Why the player sees a notice; `null` when all is well. */
export type StorageNotice = null | 'unavailable' | 'full' | 'corrupt' | 'newer';

export interface SaveStoreOptions {
  now?: () => number;
  prefersReducedMotion?: boolean;
}

function isQuotaError(e: unknown): boolean {
  if (!(e instanceof Error) && typeof e !== 'object') return false;
  const err = e as { name?: string; code?: number };
  return (
    err.name === 'QuotaExceededError' ||
    err.name === 'NS_ERROR_DOM_QUOTA_REACHED' ||
    err.code === 22 ||
    err.code === 1014
  );
}

export class SaveStore {
  private data: SaveData;
  /** False once we must not write (storage missing, full, holding a newer or unsaved corrupt save). */
  private writable = true;
  private noticeValue: StorageNotice = null;
  private readonly now: () => number;
  private readonly listeners = new Set<(n: StorageNotice) => void>();

  constructor(
    private readonly kv: KeyValueStore | null,
    opts: SaveStoreOptions = {},
  ) {
    this.now = opts.now ?? (() => Date.now());
    this.data = this.read(opts.prefersReducedMotion ?? false);
  }

  get notice(): StorageNotice {
    return this.noticeValue;
  }

  /** True when progress is kept only until the tab closes. */
  get inMemoryOnly(): boolean {
    return !this.writable;
  }

  onNotice(cb: (n: StorageNotice) => void): () => void {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  }

  /** A deep copy: callers never hold the live object. */
  snapshot(): SaveData {
    return structuredClone(this.data);
  }

  get settings(): Settings {
    return { ...this.data.settings };
  }

  updateSettings(patch: Partial<Settings>): Settings {
    const next = settingsSchema.parse({ ...this.data.settings, ...patch });
    this.data.settings = next;
    this.persist();
    return { ...next };
  }

  levelRecord(gameId: string, levelId: string): LevelRecord | undefined {
    const r = this.data.levels[`${gameId}/${levelId}`];
    return r ? { ...r } : undefined;
  }

  /** Stars earned across a game's levels (its records are keyed `${gameId}/${levelId}`). */
  starsFor(gameId: string): number {
    let n = 0;
    for (const [key, r] of Object.entries(this.data.levels)) if (key.startsWith(`${gameId}/`)) n += r.stars;
    return n;
  }

  /** Records a finished round; returns whether it beat the previous best. */
  recordResult(gameId: string, levelId: string, score: number, stars: number): { newBest: boolean; record: LevelRecord } {
    const key = `${gameId}/${levelId}`;
    const prev = this.data.levels[key];
    const newBest = !prev || Math.round(score) > prev.best;
    const record: LevelRecord = {
      best: Math.max(prev?.best ?? 0, Math.round(score)),
      stars: Math.max(prev?.stars ?? 0, stars),
      attempts: (prev?.attempts ?? 0) + 1,
      lastPlayed: this.now(),
    };
    this.data.levels[key] = record;
    delete this.data.rounds[gameId];
    this.persist();
    return { newBest, record: { ...record } };
  }

  saveRound(gameId: string, levelId: string, state: unknown, levelTitle?: LocalText): void {
    this.data.rounds[gameId] = { levelId, state: structuredClone(state), savedAt: this.now(), ...(levelTitle ? { levelTitle } : {}) };
    this.persist();
  }

  loadRound(gameId: string, levelId: string): unknown {
    const r = this.data.rounds[gameId];
    return r && r.levelId === levelId ? structuredClone(r.state) : undefined;
  }

  /** The most recently saved round in progress, across games. */
  latestRound(): (SavedRound & { gameId: string }) | undefined {
    const all = Object.entries(this.data.rounds).map(([gameId, r]) => ({ gameId, ...structuredClone(r) }));
    return all.sort((a, b) => b.savedAt - a.savedAt)[0];
  }

  clearRound(gameId: string): void {
    if (!(gameId in this.data.rounds)) return;
    delete this.data.rounds[gameId];
    this.persist();
  }

  private setNotice(n: StorageNotice): void {
    this.noticeValue = n;
    for (const l of [...this.listeners]) l(n);
  }

  private read(prm: boolean): SaveData {
    if (!this.kv) {
      this.writable = false;
      this.noticeValue = 'unavailable';
      return emptySave(prm);
    }
    let text: string | null;
    try {
      text = this.kv.getItem(SAVE_KEY);
    } catch {
      this.writable = false;
      this.noticeValue = 'unavailable';
      return emptySave(prm);
    }
    if (text === null) return emptySave(prm);
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      return this.setAside(text, prm);
    }
    const current = saveSchema.safeParse(raw);
    if (current.success) return current.data;
    const version = typeof raw === 'object' && raw !== null ? (raw as { version?: unknown }).version : undefined;
    if (typeof version === 'number' && version > CURRENT_VERSION) {
      // A newer release wrote this; leave it exactly as it is and play in memory.
      this.writable = false;
      this.noticeValue = 'newer';
      return emptySave(prm);
    }
    const migrated = migrate(raw, prm);
    if (migrated) {
      this.data = migrated;
      this.persist();
      return migrated;
    }
    return this.setAside(text, prm);
  }

  /** Keeps unreadable data under another key; if that fails, never overwrite the original. */
  private setAside(text: string, prm: boolean): SaveData {
    this.noticeValue = 'corrupt';
    try {
      this.kv?.setItem(`${SAVE_KEY}.corrupt.${this.now()}`, text);
      this.kv?.removeItem(SAVE_KEY);
    } catch {
      this.writable = false;
    }
    return emptySave(prm);
  }

  private persist(): void {
    if (!this.writable || !this.kv) return;
    try {
      this.kv.setItem(SAVE_KEY, JSON.stringify(this.data));
    } catch (e) {
      this.writable = false;
      this.setNotice(isQuotaError(e) ? 'full' : 'unavailable');
    }
  }
}
