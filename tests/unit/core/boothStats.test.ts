// The booth's statistics as the operator reads them after a day: a scripted day of 30 visitors, broken and full
// storage, and the days kept.
import { describe, expect, it } from 'vitest';
import { BoothStats, STATS_DAYS, STATS_KEY, readStats } from '../../../src/core/boothStats';
import type { KeyValueStore } from '../../../src/core/storage';

function memory(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}
const at = (day: number, h: number, m = 0): number => new Date(2026, 5, day, h, m).getTime();

describe('booth statistics', () => {
  it('tells the operator a scripted day of 30 visitors: rounds per game, completion, average score and time, visitors per hour', () => {
    const kv = memory();
    let now = at(10, 9);
    const stats = new BoothStats(kv, () => now);
    const games = ['cynefin', 'seek-sense-share', 'facilitator'];
    for (let v = 0; v < 30; v++) {
      now = at(10, 9 + Math.floor(v / 10), (v % 10) * 5); // ten visitors an hour, 9:00 to 11:45
      stats.visitor();
      const game = games[v % 3]!;
      stats.started(game);
      if (v % 5 === 4) continue; // one visitor in five walks away mid-round
      stats.finished(game, 6 + (v % 3), 10, 2 * 60_000); // two minutes a round
    }
    const day = stats.summary('2026-06-10');
    expect(day.visitors).toBe(30);
    expect(day.started).toBe(30);
    expect(day.finished).toBe(24);
    expect(day.completion).toBeCloseTo(0.8);
    expect(day.averageMs).toBe(120_000);
    expect(day.byHour).toEqual([
      [9, 10],
      [10, 10],
      [11, 10],
    ]);
    // Cynefin is played by visitors 0, 3, 6, …, 27; 9 and 24 walked away; each scored 6 of 10.
    const cynefin = stats.summary('2026-06-10', 'cynefin');
    expect([cynefin.started, cynefin.finished]).toEqual([10, 8]);
    expect(cynefin.averageShare).toBeCloseTo(0.6);
    expect(stats.summary('2026-06-10', 'facilitator').averageShare).toBeCloseTo(0.8);
    // The export: one row per game, in the arcade's order, with the day's visitors on each.
    const rows = stats.rows(games);
    expect(rows.map((r) => r.game)).toEqual(games);
    expect(rows[0]).toEqual({
      day: '2026-06-10',
      game: 'cynefin',
      visitors_that_day: 30,
      rounds_started: 10,
      rounds_finished: 8,
      completion_percent: '80',
      average_score_percent: '60',
      average_minutes: '2.0',
    });
    // Kept across a reload, and nothing about a person: only counts and sums.
    const again = new BoothStats(kv, () => now);
    expect(again.summary('2026-06-10')).toEqual(day);
    const leaves = (v: unknown): unknown[] => (v !== null && typeof v === 'object' ? Object.values(v).flatMap(leaves) : [v]);
    expect(leaves(JSON.parse(kv.data.get(STATS_KEY)!)).every((x) => typeof x === 'number')).toBe(true);
  });

  it('counts a round that ran into the next day, and caps a round left open', () => {
    let now = at(10, 23, 58);
    const stats = new BoothStats(memory(), () => now);
    stats.started('cynefin');
    now = at(11, 0, 2);
    stats.finished('cynefin', 5, 10, 4 * 60_000);
    expect(stats.summary('2026-06-11', 'cynefin')).toMatchObject({ started: 1, finished: 1, averageMs: 240_000 });
    // A round left open for three hours counts as half an hour.
    stats.started('facilitator');
    stats.finished('facilitator', 3, 4, 3 * 3_600_000);
    expect(stats.summary('2026-06-11', 'facilitator').averageMs).toBe(30 * 60_000);
    expect(stats.summary('2026-06-11').completion).toBe(1);
  });

  it('keeps the last days only, drops an unreadable day and keeps the others, and goes on in memory when storage is full', () => {
    const kv = memory();
    let now = at(1, 10);
    const stats = new BoothStats(kv, () => now);
    for (let d = 0; d < STATS_DAYS + 5; d++) {
      now = at(1, 10) + d * 86_400_000;
      stats.visitor();
    }
    expect(stats.dayKeys()).toHaveLength(STATS_DAYS);
    const stored = JSON.parse(kv.data.get(STATS_KEY)!) as { days: Record<string, unknown> };
    const [first, second] = Object.keys(stored.days).sort().reverse();
    stored.days[first!] = { games: { cynefin: { started: 1, finished: 2, shareSum: 0, msSum: 0 } }, hours: [] };
    stored.days['not-a-day'] = stored.days[second!];
    expect(Object.keys(readStats(stored))).not.toContain(first);
    expect(Object.keys(readStats(stored))).toContain(second);
    expect(readStats('{"days": 1')).toEqual({});
    const full: KeyValueStore = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    const inMemory = new BoothStats(full, () => now);
    inMemory.visitor();
    expect(inMemory.unsaved).toBe(true);
    expect(inMemory.summary().visitors).toBe(1);
  });
});
