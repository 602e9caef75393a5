// The booth's statistics for the operator (issue 22.9): per day and per game, rounds started and finished, the sum
// of scores (as a share of each round's best) and of durations; per day and per hour, visitors (a press on "Touch to
// play"). Counts only: no name, no answer, nothing about a person. Kept for STATS_DAYS days on the device, read back
// field by field (a broken day is dropped, the others kept), and exported as CSV from the operator panel.
import type { KeyValueStore } from './storage';
import { BAD, int, isRecord, num, object } from './storedData';
import { dayKey } from './leaderboard';

export const STATS_KEY = 'learning-arcade/kiosk-stats';
/** Days kept; older ones are dropped as new ones come. */
export const STATS_DAYS = 90;
/** A round longer than this (a visitor who walked away mid-round and the idle reset) counts as this long. */
const MAX_ROUND_MS = 30 * 60_000;

export interface GameDay {
  started: number;
  finished: number;
  /** Sum over finished rounds of score / best possible score (0..1). */
  shareSum: number;
  /** Sum over finished rounds of their duration, in ms. */
  msSum: number;
}

export interface StatsDay {
  games: Record<string, GameDay>;
  /** Visitors by local hour of the day (24 entries). */
  hours: number[];
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const readGameDay = object<GameDay>({ started: int(0), finished: int(0), shareSum: num(0, Number.MAX_SAFE_INTEGER), msSum: num(0, Number.MAX_SAFE_INTEGER) });
const count = int(0);

function readDay(v: unknown): StatsDay | null {
  if (!isRecord(v) || !isRecord(v.games) || !Array.isArray(v.hours) || v.hours.length !== 24) return null;
  const hours = v.hours.map((h) => count(h));
  if (hours.some((h) => h === BAD)) return null;
  const games: Record<string, GameDay> = {};
  for (const [id, g] of Object.entries(v.games)) {
    const r = readGameDay(g);
    if (!ID.test(id) || r === BAD || r.finished > r.started) return null;
    games[id] = r;
  }
  return { games, hours: hours as number[] };
}

/** Stored statistics read back: every readable day, the rest left out. */
export function readStats(raw: unknown): Record<string, StatsDay> {
  const out: Record<string, StatsDay> = {};
  if (!isRecord(raw) || !isRecord(raw.days)) return out;
  for (const [day, v] of Object.entries(raw.days)) {
    const d = DAY.test(day) ? readDay(v) : null;
    if (d) out[day] = d;
  }
  return out;
}

/** What the operator panel says of one day. */
export interface DaySummary {
  day: string;
  visitors: number;
  started: number;
  finished: number;
  /** finished / started, 0..1; null with no round started. */
  completion: number | null;
  /** Average of score / best, 0..1, over finished rounds; null with none. */
  averageShare: number | null;
  /** Average duration of a finished round, ms; null with none. */
  averageMs: number | null;
  /** Visitors per hour, for the hours that had any: [hour, visitors]. */
  byHour: Array<[number, number]>;
}

/** One CSV row: a day and a game (the day's visitors on each of its rows). */
export interface StatsRow {
  day: string;
  game: string;
  visitors_that_day: number;
  rounds_started: number;
  rounds_finished: number;
  completion_percent: string;
  average_score_percent: string;
  average_minutes: string;
}

const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);
const fixed = (v: number | null, k: number, digits: number): string => (v === null ? '' : (v * k).toFixed(digits));

function summarise(day: string, d: StatsDay, gameId?: string): DaySummary {
  const games = gameId ? [d.games[gameId] ?? { started: 0, finished: 0, shareSum: 0, msSum: 0 }] : Object.values(d.games);
  const sum = (k: keyof GameDay): number => games.reduce((n, g) => n + g[k], 0);
  const started = sum('started');
  const finished = sum('finished');
  return {
    day,
    visitors: d.hours.reduce((n, h) => n + h, 0),
    started,
    finished,
    completion: ratio(finished, started),
    averageShare: ratio(sum('shareSum'), finished),
    averageMs: ratio(sum('msSum'), finished),
    byHour: d.hours.flatMap((v, h) => (v > 0 ? [[h, v] as [number, number]] : [])),
  };
}

export class BoothStats {
  private days: Record<string, StatsDay>;
  /** Storage refused the last write (full or off): the figures last until the page closes. */
  unsaved = false;

  constructor(
    private readonly kv: KeyValueStore | null,
    private readonly now: () => number = () => Date.now(),
  ) {
    let raw: unknown = null;
    try {
      const text = kv?.getItem(STATS_KEY);
      raw = text ? JSON.parse(text) : null;
    } catch {
      raw = null;
    }
    this.days = readStats(raw);
  }

  /** A visitor pressed "Touch to play". */
  visitor(): void {
    this.change((d) => {
      d.hours[new Date(this.now()).getHours()]! += 1;
    });
  }

  /** A round of `gameId` started at the booth. */
  started(gameId: string): void {
    this.change((d) => {
      this.game(d, gameId).started += 1;
    });
  }

  /** A round of `gameId` reached its results: its score, best possible score and duration. */
  finished(gameId: string, score: number, maxScore: number, ms: number): void {
    this.change((d) => {
      const g = this.game(d, gameId);
      // A round finished without a start on record (the day turned mid-round) still counts as started.
      if (g.finished >= g.started) g.started += 1;
      g.finished += 1;
      g.shareSum += maxScore > 0 ? Math.min(1, Math.max(0, score / maxScore)) : 0;
      g.msSum += Math.min(MAX_ROUND_MS, Math.max(0, ms));
    });
  }

  /** The day's figures, all games together or one game. */
  summary(day = dayKey(this.now()), gameId?: string): DaySummary {
    return summarise(day, this.days[day] ?? { games: {}, hours: new Array<number>(24).fill(0) }, gameId);
  }

  /** Every day kept, newest first. */
  dayKeys(): string[] {
    return Object.keys(this.days).sort().reverse();
  }

  /** The export's rows: one per day and game that had a round, newest day first, games in `order`. */
  rows(order: readonly string[]): StatsRow[] {
    return this.dayKeys().flatMap((day) => {
      const d = this.days[day]!;
      const visitors = summarise(day, d).visitors;
      const ids = Object.keys(d.games).sort((a, b) => (order.indexOf(a) + 1 || 1e9) - (order.indexOf(b) + 1 || 1e9) || a.localeCompare(b));
      return ids.map((game) => {
        const s = summarise(day, d, game);
        return {
          day,
          game,
          visitors_that_day: visitors,
          rounds_started: s.started,
          rounds_finished: s.finished,
          completion_percent: fixed(s.completion, 100, 0),
          average_score_percent: fixed(s.averageShare, 100, 0),
          average_minutes: fixed(s.averageMs, 1 / 60_000, 1),
        };
      });
    });
  }

  private game(d: StatsDay, gameId: string): GameDay {
    return (d.games[gameId] ??= { started: 0, finished: 0, shareSum: 0, msSum: 0 });
  }

  private change(fn: (d: StatsDay) => void): void {
    const day = dayKey(this.now());
    fn((this.days[day] ??= { games: {}, hours: new Array<number>(24).fill(0) }));
    for (const old of this.dayKeys().slice(STATS_DAYS)) delete this.days[old];
    try {
      if (!this.kv) throw new Error('no storage');
      this.kv.setItem(STATS_KEY, JSON.stringify({ version: 1, days: this.days }));
      this.unsaved = false;
    } catch {
      this.unsaved = true;
    }
  }
}
