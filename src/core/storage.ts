// The one versioned save (settings, per-level records, rounds in progress) over an injected key-value store.
// Storage that throws, is full, corrupt, foreign, newer, huge or shared by two tabs never crashes play and never
// loses what was saved: bad entries are set aside one by one, and the notice says exactly what happened.
import {
  CURRENT_VERSION,
  MAX_SAVE_CHARS,
  MAX_STATE_DEPTH,
  MAX_STATE_NODES,
  SAVE_KEY,
  emptySave,
  mergeSaves,
  migrate,
  salvage,
  parseSettings,
  withinBounds,
  type LevelRecord,
  type SaveData,
  type SavedRound,
  type Settings,
} from './saveFormat';

export * from './saveFormat';

/** The part of the Web Storage API we use, so tests can hand in a failing or fake store. */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * Why the player sees a notice; `null` when all is well.
 * - unavailable: no storage at all, or it throws: this visit is kept in memory only.
 * - full: storage filled up (now or while playing): new progress lasts until the page closes.
 * - corrupt: the save could not be read; a copy is kept aside and a fresh save started.
 * - salvaged: some entries could not be read; they are kept aside and the rest of the progress is kept.
 * - corruptKept: the save could not be read and there is no room for a copy, so it is left untouched and this
 *   visit is not saved.
 * - newer: a newer release wrote the save; it is left untouched and this visit is not saved.
 */
export type StorageNotice = null | 'unavailable' | 'full' | 'corrupt' | 'salvaged' | 'corruptKept' | 'newer';

export interface SaveStoreOptions {
  now?: () => number;
  prefersReducedMotion?: boolean;
}

/** The key of the copy kept of a version-1 save before it is migrated. */
export const V1_COPY_KEY = `${SAVE_KEY}.v1`;

function isQuotaError(e: unknown): boolean {
  if (typeof e !== 'object' || e === null) return false;
  const err = e as { name?: string; code?: number };
  return err.name === 'QuotaExceededError' || err.name === 'NS_ERROR_DOM_QUOTA_REACHED' || err.code === 22 || err.code === 1014;
}

export class SaveStore {
  private data: SaveData;
  /** False once we must not write (storage missing, full, holding a newer or an unreadable save we could not copy). */
  private writable = true;
  private noticeValue: StorageNotice = null;
  private readonly now: () => number;
  private readonly prm: boolean;
  private readonly listeners = new Set<(n: StorageNotice) => void>();
  /** The text last read or written, to tell whether another tab wrote since. */
  private lastText: string | null = null;
  /** When this tab finished or cleared each game's round, so a merge does not bring it back. */
  private readonly clearedAt = new Map<string, number>();
  /** Whether this tab changed the settings since it last synced with storage. */
  private settingsChanged = false;

  constructor(
    private readonly kv: KeyValueStore | null,
    opts: SaveStoreOptions = {},
  ) {
    this.now = opts.now ?? (() => Date.now());
    this.prm = opts.prefersReducedMotion ?? false;
    this.data = emptySave(this.prm);
    this.data = this.read();
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

  /** Every level's record, as a progress file restored and merged has them (core/progress mergeLevels). */
  setLevels(levels: Record<string, LevelRecord>): void {
    this.data.levels = structuredClone(levels);
    this.persist();
  }

  get settings(): Settings {
    return { ...this.data.settings };
  }

  updateSettings(patch: Partial<Settings>): Settings {
    const next = parseSettings({ ...this.data.settings, ...patch });
    this.data.settings = next;
    this.settingsChanged = true;
    this.persist();
    return { ...next };
  }

  levelRecord(gameId: string, levelId: string): LevelRecord | undefined {
    const key = `${gameId}/${levelId}`;
    return Object.hasOwn(this.data.levels, key) ? { ...this.data.levels[key]! } : undefined;
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
    const prev = this.levelRecord(gameId, levelId);
    const newBest = !prev || Math.round(score) > prev.best;
    const record: LevelRecord = {
      best: Math.max(prev?.best ?? 0, Math.round(score)),
      stars: Math.max(prev?.stars ?? 0, stars),
      attempts: (prev?.attempts ?? 0) + 1,
      lastPlayed: this.now(),
    };
    this.data.levels[key] = record;
    this.dropRound(gameId);
    this.persist();
    return { newBest, record: { ...record } };
  }

  /** Keeps a round in progress. A state too deep or too big to be plain game JSON is refused (and not kept). */
  saveRound(gameId: string, levelId: string, state: unknown, levelTitle?: SavedRound['levelTitle']): void {
    if (!withinBounds(state, MAX_STATE_DEPTH, MAX_STATE_NODES)) throw new Error(`round state of ${gameId} is too deep or too large to save`);
    this.data.rounds[gameId] = { levelId, state: structuredClone(state), savedAt: this.now(), ...(levelTitle ? { levelTitle } : {}) };
    this.persist();
  }

  loadRound(gameId: string, levelId: string): unknown {
    const r = Object.hasOwn(this.data.rounds, gameId) ? this.data.rounds[gameId] : undefined;
    return r && r.levelId === levelId ? structuredClone(r.state) : undefined;
  }

  /** The most recently saved round in progress, across games. */
  latestRound(): (SavedRound & { gameId: string }) | undefined {
    const all = Object.entries(this.data.rounds).map(([gameId, r]) => ({ gameId, ...structuredClone(r) }));
    return all.sort((a, b) => b.savedAt - a.savedAt)[0];
  }

  clearRound(gameId: string): void {
    if (!Object.hasOwn(this.data.rounds, gameId)) return;
    this.dropRound(gameId);
    this.persist();
  }

  /** A saved round its game could not resume: kept aside like any unreadable entry, and play goes on. */
  setRoundAside(gameId: string): void {
    if (!Object.hasOwn(this.data.rounds, gameId)) return;
    const round = this.data.rounds[gameId];
    this.dropRound(gameId);
    if (this.writable && this.kv) {
      try {
        this.kv.setItem(`${SAVE_KEY}.corrupt.${this.now()}`, JSON.stringify({ setAside: [`rounds.${gameId}`], round }));
      } catch {
        // No room for the copy: the round stays in storage until the next write, which is as much as we can keep.
        return;
      }
    }
    this.persist();
  }

  /**
   * Another tab wrote the save (the `storage` event): take its progress in without writing.
   * Returns whether the settings changed, so the shell can apply them.
   */
  syncFromOtherTab(text: string | null): boolean {
    if (text === null || text === this.lastText || text.length > MAX_SAVE_CHARS) return false;
    const theirs = this.parseCurrent(text);
    if (!theirs) return false;
    const before = JSON.stringify(this.data.settings);
    this.data = mergeSaves(this.data, theirs, { clearedAt: this.clearedAt, mySettingsNewer: false });
    this.settingsChanged = false;
    this.lastText = text;
    return JSON.stringify(this.data.settings) !== before;
  }

  private dropRound(gameId: string): void {
    delete this.data.rounds[gameId];
    this.clearedAt.set(gameId, this.now());
  }

  private setNotice(n: StorageNotice): void {
    if (this.noticeValue === n) return;
    this.noticeValue = n;
    for (const l of [...this.listeners]) l(n);
  }

  /** A version-2 save from text, keeping only its valid entries; null when it is none. */
  private parseCurrent(text: string): SaveData | null {
    try {
      return salvage(JSON.parse(text), this.prm)?.data ?? null;
    } catch {
      return null;
    }
  }

  private read(): SaveData {
    const fresh = emptySave(this.prm);
    if (!this.kv) return this.inMemory('unavailable', fresh);
    let text: string | null;
    try {
      text = this.kv.getItem(SAVE_KEY);
    } catch {
      return this.inMemory('unavailable', fresh);
    }
    if (text === null) return fresh;
    this.lastText = text;
    let raw: unknown;
    try {
      // Too big to be ours: not parsed at all (a 5 MB value would stall a phone), but kept.
      if (text.length > MAX_SAVE_CHARS) throw new Error('too large');
      raw = JSON.parse(text);
    } catch {
      return this.setAside(text, fresh, 'corrupt');
    }
    const version = typeof raw === 'object' && raw !== null ? (raw as { version?: unknown }).version : undefined;
    if (typeof version === 'number' && version > CURRENT_VERSION) return this.inMemory('newer', fresh);
    const current = salvage(raw, this.prm);
    if (current) return current.aside.length === 0 ? current.data : this.setAside(text, current.data, 'salvaged');
    const migrated = migrate(raw, this.prm);
    if (migrated) return this.migrateFrom(text, migrated);
    return this.setAside(text, fresh, 'corrupt');
  }

  private inMemory(n: 'unavailable' | 'newer' | 'corruptKept' | 'full', data: SaveData): SaveData {
    this.writable = false;
    this.noticeValue = n;
    return data;
  }

  /** Keeps the original text under a .corrupt. key before anything replaces it; if there is no room for the copy,
   * the original stays exactly where it is and this visit plays in memory (and the notice says so). */
  private setAside(text: string, data: SaveData, n: 'corrupt' | 'salvaged'): SaveData {
    try {
      this.kv!.setItem(`${SAVE_KEY}.corrupt.${this.now()}`, text);
    } catch {
      return this.inMemory('corruptKept', n === 'salvaged' ? data : emptySave(this.prm));
    }
    this.noticeValue = n;
    this.data = data;
    if (n === 'corrupt') this.removeOriginal();
    else this.persist();
    return this.data;
  }

  private removeOriginal(): void {
    try {
      this.kv!.removeItem(SAVE_KEY);
      this.lastText = null;
    } catch {
      this.writable = false;
    }
  }

  /** Keeps the version-1 text under its own key, then writes version 2; without room for the copy, changes nothing. */
  private migrateFrom(text: string, migrated: SaveData): SaveData {
    try {
      this.kv!.setItem(V1_COPY_KEY, text);
    } catch {
      return this.inMemory('full', migrated);
    }
    this.data = migrated;
    this.persist();
    return this.data;
  }

  /** Writes the save, first merging what another tab wrote since we last looked, so neither loses progress. */
  private persist(): void {
    if (!this.writable || !this.kv) return;
    try {
      const stored = this.kv.getItem(SAVE_KEY);
      if (stored !== null && stored !== this.lastText) {
        const theirs = stored.length > MAX_SAVE_CHARS ? null : this.parseCurrent(stored);
        if (theirs) this.data = mergeSaves(this.data, theirs, { clearedAt: this.clearedAt, mySettingsNewer: this.settingsChanged });
      }
      const text = JSON.stringify(this.data);
      this.kv.setItem(SAVE_KEY, text);
      this.lastText = text;
      this.settingsChanged = false;
    } catch (e) {
      this.writable = false;
      this.setNotice(isQuotaError(e) ? 'full' : 'unavailable');
    }
  }
}
