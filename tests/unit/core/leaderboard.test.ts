// The booth's daily leaderboard: ranks, a new board each day, the operator's clear, corrupt entries set aside,
// storage full kept in memory.
import { describe, expect, it } from 'vitest';
import { BOARD_KEY, Leaderboard, MAX_PER_GAME, dayKey } from '../../../src/core/leaderboard';
import { FakeKv } from './fakeKv';

const DAY1 = new Date(2026, 4, 12, 10, 0).getTime();
const entry = (name: string, score: number, stars = 1, gameId = 'cynefin') => ({ gameId, levelId: '01-first-sort', name, score, stars });

describe('Leaderboard', () => {
  it('ranks by score then stars, equal results sharing a rank, per game', () => {
    const clock = { t: DAY1 };
    const b = new Leaderboard(new FakeKv(), { now: () => clock.t++ });
    b.add(entry('Ana', 50));
    b.add(entry('Bo', 80, 2));
    b.add(entry('Cy', 50));
    b.add(entry('Di', 99, 3, 'facilitator'));
    expect(b.ranked('cynefin').map((e) => [e.rank, e.name])).toEqual([
      [1, 'Bo'],
      [2, 'Ana'],
      [2, 'Cy'],
    ]);
    expect(b.ranked('facilitator').map((e) => e.name)).toEqual(['Di']);
  });

  it('refuses a name that fails the nickname check and keeps only the best per game', () => {
    const b = new Leaderboard(new FakeKv(), { now: () => DAY1 });
    expect(b.add(entry('<script>', 10))).toBeNull();
    expect(b.add(entry('😀😀', 10))).toBeNull();
    for (let i = 0; i < MAX_PER_GAME + 5; i++) b.add(entry(`P${i}`, i));
    expect(b.ranked('cynefin')).toHaveLength(MAX_PER_GAME);
    expect(b.ranked('cynefin').at(-1)!.score).toBe(5);
  });

  it('starts a new board each day, on reload and while running', () => {
    const kv = new FakeKv();
    const clock = { t: DAY1 };
    const b = new Leaderboard(kv, { now: () => clock.t });
    b.add(entry('Ana', 50));
    expect(new Leaderboard(kv, { now: () => clock.t }).ranked('cynefin')).toHaveLength(1);
    clock.t = new Date(2026, 4, 13, 0, 0, 1).getTime();
    expect(dayKey(clock.t)).toBe('2026-05-13');
    expect(b.ranked('cynefin')).toHaveLength(0);
    clock.t = DAY1;
    expect(new Leaderboard(kv, { now: () => new Date(2026, 4, 14).getTime() }).ranked('cynefin')).toHaveLength(0);
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
      JSON.stringify({ v: 1, day: dayKey(DAY1), entries: [good, { ...good, score: -3 }, { ...good, name: '<b>x</b>' }, 'junk', null, { ...good, gameId: '__proto__' }] }),
    );
    const b = new Leaderboard(kv, { now: () => DAY1 });
    expect(b.notice).toBe('salvaged');
    expect(b.ranked('cynefin').map((e) => e.name)).toEqual(['Ana']);
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
    expect(b.ranked('cynefin')).toHaveLength(1);
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
