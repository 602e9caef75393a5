// The booth's daily leaderboard: ranks per level, a new board each day, the operator's clear and removal, anonymous
// entries, names isolated for display, corrupt entries set aside, storage full kept in memory.
import { describe, expect, it } from 'vitest';
import { BOARD_KEY, Leaderboard, MAX_PER_LEVEL, boardRows, dayKey, isolateName, rankLevel, removeEntry, type BoardEntry } from '../../../src/core/leaderboard';
import { FakeKv } from './fakeKv';

const DAY1 = new Date(2026, 4, 12, 10, 0).getTime();
const LEVEL = '01-first-sort';
const entry = (name: string, score: number, stars = 1, gameId = 'cynefin', levelId = LEVEL) => ({ gameId, levelId, name, score, stars });

describe('Leaderboard', () => {
  it('ranks by score then stars, equal results sharing a rank, per game', () => {
    const clock = { t: DAY1 };
    const b = new Leaderboard(new FakeKv(), { now: () => clock.t++ });
    b.add(entry('Ana', 50));
    b.add(entry('Bo', 80, 2));
    b.add(entry('Cy', 50));
    b.add(entry('Di', 99, 3, 'facilitator'));
    expect(b.ranked('cynefin', LEVEL).map((e) => [e.rank, e.name])).toEqual([
      [1, 'Bo'],
      [2, 'Ana'],
      [2, 'Cy'],
    ]);
    expect(b.ranked('facilitator', LEVEL).map((e) => e.name)).toEqual(['Di']);
  });

  it('refuses a name that fails the nickname check and keeps only the best per level', () => {
    const b = new Leaderboard(new FakeKv(), { now: () => DAY1 });
    expect(b.add(entry('<script>', 10))).toBeNull();
    expect(b.add(entry('😀😀', 10))).toBeNull();
    for (let i = 0; i < MAX_PER_LEVEL + 5; i++) b.add(entry(`P${i}`, i));
    expect(b.ranked('cynefin', LEVEL)).toHaveLength(MAX_PER_LEVEL);
    expect(b.ranked('cynefin', LEVEL).at(-1)!.score).toBe(5);
  });

  it('ranks each level apart: the short round is not mixed with the full level, nor one level with another', () => {
    const clock = { t: DAY1 };
    const b = new Leaderboard(new FakeKv(), { now: () => clock.t++ });
    b.add(entry('Ana', 50));
    b.add(entry('Bo', 90, 3, 'cynefin', `${LEVEL}-short`));
    b.add(entry('Cy', 70, 2, 'cynefin', '02-second-sort'));
    b.add(entry('Di', 60));
    expect(b.ranked('cynefin', LEVEL).map((e) => [e.rank, e.name])).toEqual([
      [1, 'Di'],
      [2, 'Ana'],
    ]);
    expect(b.ranked('cynefin', `${LEVEL}-short`).map((e) => [e.rank, e.name])).toEqual([[1, 'Bo']]);
    expect(b.ranked('cynefin', '02-second-sort').map((e) => [e.rank, e.name])).toEqual([[1, 'Cy']]);
    // Adding to one level says its rank in that level.
    expect(b.add(entry('Ed', 80, 2, 'cynefin', `${LEVEL}-short`))?.rank).toBe(2);
    // The operator's list: every entry, level by level, ranked within its level.
    expect(b.all().map((e) => `${e.levelId}:${e.rank}:${e.name}`)).toEqual([
      `${LEVEL}:1:Di`,
      `${LEVEL}:2:Ana`,
      `${LEVEL}-short:1:Bo`,
      `${LEVEL}-short:2:Ed`,
      '02-second-sort:1:Cy',
    ]);
  });

  it('removes one entry for the operator, kept removed after a reload, and leaves the others', () => {
    const kv = new FakeKv();
    const clock = { t: DAY1 };
    const b = new Leaderboard(kv, { now: () => clock.t++ });
    b.add(entry('Ana', 50));
    const bad = b.add(entry('Bo', 80))!;
    b.add(entry('Cy', 40));
    expect(b.remove(bad)).toBe(true);
    expect(b.remove(bad)).toBe(false);
    expect(b.ranked('cynefin', LEVEL).map((e) => [e.rank, e.name])).toEqual([
      [1, 'Ana'],
      [2, 'Cy'],
    ]);
    expect(new Leaderboard(kv, { now: () => DAY1 }).ranked('cynefin', LEVEL).map((e) => e.name)).toEqual(['Ana', 'Cy']);
  });

  it('removeEntry takes out exactly one matching entry and returns a new list', () => {
    const a: BoardEntry = { ...entry('Ana', 50), at: 1 };
    const twin: BoardEntry = { ...a };
    const c: BoardEntry = { ...entry('Cy', 50), at: 2 };
    const list = [a, c, twin];
    expect(removeEntry(list, { ...a })).toEqual([c, twin]);
    expect(list).toHaveLength(3);
    expect(removeEntry(list, { ...a, at: 9 })).toEqual(list);
    expect(rankLevel(removeEntry(list, c), 'cynefin', LEVEL).map((e) => e.rank)).toEqual([1, 1]);
  });

  it('keeps anonymous entries (scores only) and shows no name for them, nor any name on an anonymous board', () => {
    const kv = new FakeKv();
    const clock = { t: DAY1 };
    const b = new Leaderboard(kv, { now: () => clock.t++ });
    const anon = b.add({ gameId: 'cynefin', levelId: LEVEL, name: null, score: 70, stars: 2 })!;
    const ana = b.add(entry('Ana', 50))!;
    expect(anon).toMatchObject({ name: '', rank: 1 });
    // Stored and read back like any other entry.
    const again = new Leaderboard(kv, { now: () => DAY1 }).ranked('cynefin', LEVEL);
    expect(again.map((e) => e.name)).toEqual(['', 'Ana']);
    expect(boardRows(again, { shown: 10, anonymous: false, mine: ana })).toEqual([
      { rank: 1, name: null, score: 70, stars: 2, mine: false },
      { rank: 2, name: isolateName('Ana'), score: 50, stars: 1, mine: true },
    ]);
    expect(boardRows(again, { shown: 10, anonymous: true }).map((r) => r.name)).toEqual([null, null]);
    expect(boardRows(again, { shown: 1, anonymous: false })).toHaveLength(1);
  });

  it('isolates each name as its own bidi run, so a right-to-left name cannot carry the score across it', () => {
    expect(isolateName('محمد')).toBe('\u2068محمد\u2069');
    const b = new Leaderboard(new FakeKv(), { now: () => DAY1 });
    b.add(entry('مدينة سلا', 35));
    const [row] = boardRows(b.ranked('cynefin', LEVEL), { shown: 10, anonymous: false });
    // What a screen builds around it: the score stays after the closing isolate, outside the name's run.
    const line = `${row!.rank}. ${row!.name}: ${row!.score} points`;
    expect(line).toBe('1. \u2068مدينة سلا\u2069: 35 points');
    expect(line.indexOf('35')).toBeGreaterThan(line.indexOf('\u2069'));
    // Exactly one isolate pair: nothing inside the stored name can open or close another.
    expect([...line].filter((c) => c === '\u2068' || c === '\u2069')).toHaveLength(2);
  });

  it("sets aside stored names that today's check would change or refuse: invisible fillers, stacked marks, bidi controls", () => {
    const kv = new FakeKv();
    const ok = { ...entry('Ana', 50), at: DAY1 };
    const stored = [
      ok,
      { ...ok, name: '\u3164\u3164\u3164' },
      { ...ok, name: `Z${'\u0301'.repeat(15)}oe` },
      { ...ok, name: '\u202eAna' },
      { ...ok, name: '', score: 20 },
    ];
    kv.map.set(BOARD_KEY, JSON.stringify({ v: 1, day: dayKey(DAY1), entries: stored }));
    const b = new Leaderboard(kv, { now: () => DAY1 });
    expect(b.ranked('cynefin', LEVEL).map((e) => e.name)).toEqual(['Ana', '']);
    expect(b.notice).toBe('salvaged');
  });

  it('starts a new board each day, on reload and while running', () => {
    const kv = new FakeKv();
    const clock = { t: DAY1 };
    const b = new Leaderboard(kv, { now: () => clock.t });
    b.add(entry('Ana', 50));
    expect(new Leaderboard(kv, { now: () => clock.t }).ranked('cynefin', LEVEL)).toHaveLength(1);
    clock.t = new Date(2026, 4, 13, 0, 0, 1).getTime();
    expect(dayKey(clock.t)).toBe('2026-05-13');
    expect(b.ranked('cynefin', LEVEL)).toHaveLength(0);
    clock.t = DAY1;
    expect(new Leaderboard(kv, { now: () => new Date(2026, 4, 14).getTime() }).ranked('cynefin', LEVEL)).toHaveLength(0);
  });

  it('is cleared by the operator', () => {
    const kv = new FakeKv();
    const b = new Leaderboard(kv, { now: () => DAY1 });
    b.add(entry('Ana', 50));
    b.clear();
    expect(b.size).toBe(0);
    expect(new Leaderboard(kv, { now: () => DAY1 }).size).toBe(0);
  });

  it('sets corrupt entries aside and keeps the rest', () => {
    const kv = new FakeKv();
    const good = { ...entry('Ana', 50), at: DAY1 };
    kv.map.set(
      BOARD_KEY,
      JSON.stringify({
        v: 1,
        day: dayKey(DAY1),
        entries: [good, { ...good, score: -3 }, { ...good, name: '<b>x</b>' }, 'junk', null, { ...good, gameId: '__proto__' }],
      }),
    );
    const b = new Leaderboard(kv, { now: () => DAY1 });
    expect(b.notice).toBe('salvaged');
    expect(b.ranked('cynefin', LEVEL).map((e) => e.name)).toEqual(['Ana']);
    const aside = kv.keysLike(`${BOARD_KEY}.corrupt.`);
    expect(aside).toHaveLength(1);
    expect(JSON.parse(kv.getItem(aside[0]!)!).setAside).toHaveLength(5);
    expect(JSON.parse(kv.getItem(BOARD_KEY)!).entries).toHaveLength(1);
  });

  it('sets an unreadable board aside whole and starts empty', () => {
    const kv = new FakeKv();
    kv.map.set(BOARD_KEY, '{not json');
    const b = new Leaderboard(kv, { now: () => DAY1 });
    expect(b.size).toBe(0);
    expect(kv.keysLike(`${BOARD_KEY}.corrupt.`)).toHaveLength(1);
  });

  it('keeps playing in memory when storage is full, and says so', () => {
    const kv = new FakeKv();
    const b = new Leaderboard(kv, { now: () => DAY1 });
    const seen: unknown[] = [];
    b.onNotice((n) => seen.push(n));
    kv.full = true;
    expect(b.add(entry('Ana', 50))?.rank).toBe(1);
    expect(b.notice).toBe('full');
    expect(seen).toEqual(['full']);
    expect(b.ranked('cynefin', LEVEL)).toHaveLength(1);
    kv.full = false;
    b.add(entry('Bo', 40));
    expect(b.notice).toBeNull();
  });

  it('works with no storage at all', () => {
    const b = new Leaderboard(null, { now: () => DAY1 });
    expect(b.notice).toBe('unavailable');
    expect(b.add(entry('Ana', 5))?.rank).toBe(1);
  });
});
