// The booth's leaderboard for the day, one ranking per level (game and level id: a short round has its own level
// id, so it ranks apart from the full level): nickname, score and stars (no speed points). It starts afresh each day
// by the device's date and when the operator clears it; the operator may also remove one entry. Entries are checked one by one like the save
// (core/saveFormat salvage): a corrupt one is set aside under a .corrupt. key, the rest kept; storage that is full
// or missing keeps the board in memory and says so in `notice`.
import type { KeyValueStore } from './storage';
import { BAD, int, isRecord, object, str } from './storedData';
import { checkNickname } from './nickname';

export const BOARD_KEY = 'learning-arcade/kiosk-board';
/** Entries kept per level (the best ones); the board shows fewer. */
export const MAX_PER_LEVEL = 50;
/** Unicode's first-strong isolate and its closing pop: a name between them is laid out as its own run. */
const FSI = '\u2068';
const PDI = '\u2069';

const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

export interface BoardEntry {
  gameId: string;
  levelId: string;
  /** The nickname as checkNickname tidied it; '' for a round put on an anonymous board. */
  name: string;
  score: number;
  stars: number;
  /** ms since epoch: orders equal scores by who got there first. */
  at: number;
}
const readEntry = object<BoardEntry>({
  gameId: str(Infinity, ID),
  levelId: str(Infinity, ID),
  name: str(64),
  score: int(0, 1_000_000),
  stars: int(0, 3),
  at: int(0),
});

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

/** The same entry: every field equal (two identical rounds are interchangeable). */
export function sameEntry(a: BoardEntry, b: BoardEntry): boolean {
  return a.gameId === b.gameId && a.levelId === b.levelId && a.name === b.name && a.score === b.score && a.stars === b.stars && a.at === b.at;
}

/** One level's entries, best first, with ranks (equal score and stars share a rank). */
export function rankLevel(entries: readonly BoardEntry[], gameId: string, levelId: string): RankedEntry[] {
  const list = entries.filter((e) => e.gameId === gameId && e.levelId === levelId).sort(better);
  let rank = 0;
  return list.map((e, i) => {
    const prev = list[i - 1];
    if (!prev || prev.score !== e.score || prev.stars !== e.stars) rank = i + 1;
    return { ...e, rank };
  });
}

/** The entries without one entry (the operator's removal); the list unchanged when it is not there. */
export function removeEntry(entries: readonly BoardEntry[], target: BoardEntry): BoardEntry[] {
  const i = entries.findIndex((e) => sameEntry(e, target));
  return i < 0 ? [...entries] : [...entries.slice(0, i), ...entries.slice(i + 1)];
}

/** A name as its own bidi run (U+2068 ... U+2069), so a right-to-left name never carries the score across it. */
export function isolateName(name: string): string {
  return `${FSI}${name}${PDI}`;
}

/** One line of the board as a screen shows it: the name isolated, or null when the board shows scores only. */
export interface BoardRow {
  rank: number;
  name: string | null;
  score: number;
  stars: number;
  mine: boolean;
}

/** The board's first `shown` lines: names isolated, hidden on an anonymous board (and for anonymous entries). */
export function boardRows(ranked: readonly RankedEntry[], o: { shown: number; anonymous: boolean; mine?: BoardEntry | null }): BoardRow[] {
  return ranked.slice(0, o.shown).map((e) => ({
    rank: e.rank,
    name: o.anonymous || e.name === '' ? null : isolateName(e.name),
    score: e.score,
    stars: e.stars,
    mine: o.mine ? sameEntry(e, o.mine) : false,
  }));
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
    // A stored name must still pass today's check of its form unchanged (an invisible or stacked name kept from
    // before does not). Its words were checked when it was typed.
    const name = r !== BAD && r.name !== '' ? checkNickname(r.name, null) : null;
    if (r !== BAD && (r.name === '' || (name?.ok && name.name === r.name))) entries.push(r);
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

  /** Today's entries for one level of a game, best first, with ranks. */
  ranked(gameId: string, levelId: string): RankedEntry[] {
    this.rollOver();
    return rankLevel(this.entries, gameId, levelId);
  }

  /** Every entry of today, ranked within its level, by game and level (the operator's list). */
  all(): RankedEntry[] {
    this.rollOver();
    const levels = new Map<string, { gameId: string; levelId: string }>();
    for (const e of this.entries) levels.set(JSON.stringify([e.gameId, e.levelId]), { gameId: e.gameId, levelId: e.levelId });
    const keys = [...levels.values()].sort((a, b) => a.gameId.localeCompare(b.gameId) || a.levelId.localeCompare(b.levelId));
    return keys.flatMap((k) => rankLevel(this.entries, k.gameId, k.levelId));
  }

  /** How many entries today, across games. */
  get size(): number {
    this.rollOver();
    return this.entries.length;
  }

  /**
   * Adds a round; a name must pass checkNickname's form check (null: an anonymous board, scores only); the board
   * screen checks its words first (core/blockedWords, which loads with it). Returns the entry with its rank, or null
   * when the name is refused.
   */
  add(e: Omit<BoardEntry, 'at' | 'name'> & { name: string | null }): RankedEntry | null {
    let name = '';
    if (e.name !== null) {
      const check = checkNickname(e.name, null);
      if (!check.ok) return null;
      name = check.name;
    }
    this.rollOver();
    const entry: BoardEntry = {
      gameId: e.gameId,
      levelId: e.levelId,
      name,
      score: Math.max(0, Math.round(e.score)),
      stars: Math.max(0, Math.min(3, Math.round(e.stars))),
      at: this.now(),
    };
    this.entries.push(entry);
    // Only the best of each level are kept, so a busy day cannot fill the storage.
    const mine = rankLevel(this.entries, e.gameId, e.levelId);
    if (mine.length > MAX_PER_LEVEL) {
      const drop = mine.slice(MAX_PER_LEVEL);
      this.entries = this.entries.filter((x) => !drop.some((d) => sameEntry(d, x)));
    }
    this.persist();
    return this.ranked(e.gameId, e.levelId).find((x) => sameEntry(x, entry)) ?? null;
  }

  /** The operator removes one entry (a name that should not be there). Returns whether it was on the board. */
  remove(e: BoardEntry): boolean {
    this.rollOver();
    const next = removeEntry(this.entries, e);
    if (next.length === this.entries.length) return false;
    this.entries = next;
    this.persist();
    return true;
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
