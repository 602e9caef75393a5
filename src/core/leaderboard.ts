// The booth's leaderboard for the day, per game: nickname, score and stars (no speed points). It starts afresh
// each day by the device's date and when the operator clears it. Entries are checked one by one like the save
// (core/saveFormat salvage): a corrupt one is set aside under a .corrupt. key, the rest kept; storage that is full
// or missing keeps the board in memory and says so in `notice`.
import type { KeyValueStore } from './storage';
import { BAD, int, isRecord, object, str } from './storedData';
import { checkNickname } from './nickname';

export const BOARD_KEY = 'learning-arcade/kiosk-board';
/** Entries kept per game (the best ones); the board shows fewer. */
export const MAX_PER_GAME = 50;

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

export interface BoardEntry {
  gameId: string;
  levelId: string;
  name: string;
  score: number;
  stars: number;
  /** ms since epoch: orders equal scores by who got there first. */
  at: number;
}
const readEntry = object<BoardEntry>({ gameId: str(Infinity, ID), levelId: str(Infinity, ID), name: str(64), score: int(0, 1_000_000), stars: int(0, 3), at: int(0) });

export interface RankedEntry extends BoardEntry {
  /** 1-based; equal score and stars share a rank (1, 1, 3). */
  rank: number;
}

/**
 * - full: storage is full: new entries last until the page closes.
 * - unavailable: no storage, or it throws.
 * - salvaged: some stored entries could not be read; they are kept aside and the rest is shown.
 */
export type BoardNotice = null | 'full' | 'unavailable' | 'salvaged';

/** The device's local date as YYYY-MM-DD: the board belongs to one booth day. */
export function dayKey(ms: number): string {
  const d = new Date(ms);
  const two = (n: number): string => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

/** Higher score first, then more stars, then whoever got there first. */
function better(a: BoardEntry, b: BoardEntry): number {
  return b.score - a.score || b.stars - a.stars || a.at - b.at;
}

/** A stored board read entry by entry: the valid entries of `day`, and what could not be read. */
export function salvageBoard(raw: unknown, today: string): { entries: BoardEntry[]; aside: unknown[] } {
  if (!isRecord(raw) || raw.v !== 1 || !Array.isArray(raw.entries)) return { entries: [], aside: [raw] };
  // Yesterday's board is over: not corrupt, just gone.
  if (raw.day !== today) return { entries: [], aside: [] };
  const entries: BoardEntry[] = [];
  const aside: unknown[] = [];
  for (const e of raw.entries) {
    const r = readEntry(e);
    const name = r !== BAD ? checkNickname(r.name) : null;
    if (r !== BAD && name?.ok && name.name === r.name) entries.push(r);
    else aside.push(e);
  }
  return { entries, aside };
}

export interface LeaderboardOptions {
  now?: () => number;
}

export class Leaderboard {
  private entries: BoardEntry[] = [];
  private day: string;
  private noticeValue: BoardNotice = null;
  private readonly listeners = new Set<(n: BoardNotice) => void>();
  private readonly now: () => number;

  constructor(
    private readonly kv: KeyValueStore | null,
    opts: LeaderboardOptions = {},
  ) {
    this.now = opts.now ?? (() => Date.now());
    this.day = dayKey(this.now());
    this.read();
  }

  get notice(): BoardNotice {
    return this.noticeValue;
  }

  onNotice(cb: (n: BoardNotice) => void): () => void {
    this.listeners.add(cb);
    return () => this.listeners.delete(cb);
  }

  /** Today's entries for a game, best first, with ranks. */
  ranked(gameId: string): RankedEntry[] {
    this.rollOver();
    const list = this.entries.filter((e) => e.gameId === gameId).sort(better);
    let rank = 0;
    return list.map((e, i) => {
      const prev = list[i - 1];
      if (!prev || prev.score !== e.score || prev.stars !== e.stars) rank = i + 1;
      return { ...e, rank };
    });
  }

  /** How many entries today, across games. */
  get size(): number {
    this.rollOver();
    return this.entries.length;
  }

  /** Adds a round; the name must pass checkNickname. Returns the entry's rank, or null when the name is refused. */
  add(e: Omit<BoardEntry, 'at'>): RankedEntry | null {
    const name = checkNickname(e.name);
    if (!name.ok) return null;
    this.rollOver();
    const entry: BoardEntry = { ...e, name: name.name, score: Math.max(0, Math.round(e.score)), stars: Math.max(0, Math.min(3, Math.round(e.stars))), at: this.now() };
    this.entries.push(entry);
    // Only the best of each game are kept, so a busy day cannot fill the storage.
    const mine = this.entries.filter((x) => x.gameId === e.gameId).sort(better);
    if (mine.length > MAX_PER_GAME) {
      const drop = new Set(mine.slice(MAX_PER_GAME));
      this.entries = this.entries.filter((x) => !drop.has(x));
    }
    this.persist();
    return this.ranked(e.gameId).find((x) => x.at === entry.at && x.name === entry.name && x.score === entry.score) ?? null;
  }

  /** The operator empties the board (all games). */
  clear(): void {
    this.entries = [];
    this.persist();
  }

  private setNotice(n: BoardNotice): void {
    if (this.noticeValue === n) return;
    this.noticeValue = n;
    for (const l of [...this.listeners]) l(n);
  }

  /** Past midnight (by the device's clock) the board starts again. */
  private rollOver(): void {
    const today = dayKey(this.now());
    if (today === this.day) return;
    this.day = today;
    this.entries = [];
    this.persist();
  }

  private read(): void {
    if (!this.kv) {
      this.noticeValue = 'unavailable';
      return;
    }
    let text: string | null;
    try {
      text = this.kv.getItem(BOARD_KEY);
    } catch {
      this.noticeValue = 'unavailable';
      return;
    }
    if (text === null) return;
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      raw = text;
    }
    const { entries, aside } = salvageBoard(raw, this.day);
    this.entries = entries;
    if (aside.length > 0) {
      // Kept aside, never silently dropped; then the readable rest is written back.
      try {
        this.kv.setItem(`${BOARD_KEY}.corrupt.${this.now()}`, JSON.stringify({ setAside: aside }));
      } catch {
        // No room for the copy: leave the stored board as it is and keep this one in memory.
        this.noticeValue = 'full';
        return;
      }
      this.noticeValue = 'salvaged';
      this.persist();
    }
  }

  private persist(): void {
    if (!this.kv) return;
    try {
      this.kv.setItem(BOARD_KEY, JSON.stringify({ v: 1, day: this.day, entries: this.entries }));
      if (this.noticeValue === 'full' || this.noticeValue === 'unavailable') this.setNotice(null);
    } catch (e) {
      const name = (e as { name?: string } | null)?.name;
      this.setNotice(name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' ? 'full' : 'unavailable');
    }
  }
}
