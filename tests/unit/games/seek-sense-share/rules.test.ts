// Building ties on a budget, refusals, phases and saved rounds: what a player notices while building.
import { describe, expect, test } from 'vitest';
import { isInvalid } from '../../../../src/core/round';
import { apply, budgetLeft, canTie, resume, start, tieCost } from '../../../../src/games/seek-sense-share/model';
import { play, tie, tiny } from './fixtures';

const level = tiny();

describe('tying and the budget', () => {
  test('a fresh round is in the build phase with the whole budget', () => {
    const s = start(level);
    expect(s.phase).toBe('build');
    expect(s.ties).toEqual([]);
    expect(budgetLeft(level, s)).toEqual({ time: 10, goodwill: 4 });
  });

  test('each kind of tie costs what the rules say, strong ties the most', () => {
    expect(tieCost(level, 'city', 'peer', 'network')).toEqual({ time: 1, goodwill: 0 });
    expect(tieCost(level, 'city', 'peer', 'community')).toEqual({ time: 2, goodwill: 1 });
    expect(tieCost(level, 'city', 'peer', 'team')).toEqual({ time: 3, goodwill: 2 });
    const s = play(level, [tie('city', 'peer', 'team'), tie('city', 'ngo', 'network')]);
    expect(budgetLeft(level, s)).toEqual({ time: 6, goodwill: 2 });
  });

  test('a wary contact costs extra goodwill on every kind of tie', () => {
    expect(tieCost(level, 'city', 'uni', 'network')).toEqual({ time: 1, goodwill: 1 });
    expect(tieCost(level, 'uni', 'city', 'team')).toEqual({ time: 3, goodwill: 3 });
  });

  test('a level can set its own costs', () => {
    const cheap = tiny((r) => {
      r.costs = { team: { time: 1, goodwill: 1 }, community: { time: 1, goodwill: 0 }, network: { time: 0, goodwill: 0 } };
    });
    expect(tieCost(cheap, 'city', 'peer', 'team')).toEqual({ time: 1, goodwill: 1 });
    expect(tieCost(cheap, 'city', 'peer', 'network')).toEqual({ time: 0, goodwill: 0 });
  });

  test('removing a tie refunds exactly what it cost', () => {
    const built = play(level, [tie('city', 'uni', 'community'), tie('city', 'peer', 'team')]);
    const back = play(level, [{ type: 'untie', a: 'uni', b: 'city' }], built);
    expect(back.ties).toEqual([{ a: 'city', b: 'peer', kind: 'team' }]);
    expect(budgetLeft(level, back)).toEqual({ time: 7, goodwill: 2 });
  });

  test('ties that were there before cannot be removed, and absent ties cannot be untied', () => {
    const s = start(level);
    expect(apply(level, s, { type: 'untie', a: 'far', b: 'hub' })).toMatchObject({ invalid: true, code: 'fixed' });
    expect(apply(level, s, { type: 'untie', a: 'city', b: 'peer' })).toMatchObject({ invalid: true, code: 'not-tied' });
  });

  test('running out of time or goodwill refuses the tie and says which', () => {
    const s = play(level, [tie('city', 'peer', 'team'), tie('city', 'ngo', 'team')]);
    expect(budgetLeft(level, s)).toEqual({ time: 4, goodwill: 0 });
    expect(canTie(level, s, 'city', 'dept', 'community')).toEqual({ ok: false, reason: 'no-goodwill' });
    const t = play(level, [tie('city', 'dept', 'network'), tie('city', 'biz', 'network'), tie('city', 'hub', 'network'), tie('dept', 'ngo', 'network')], s);
    expect(budgetLeft(level, t).time).toBe(0);
    expect(canTie(level, t, 'dept', 'peer', 'network')).toEqual({ ok: false, reason: 'no-time' });
  });
});

describe('ties that cannot be built', () => {
  const s = start(level);
  test.each([
    ['city', 'city', 'team', 'self'],
    ['city', 'nobody', 'team', 'unknown'],
    ['hub', 'far', 'team', 'already-tied'],
    ['far', 'hub', 'community', 'already-tied'],
    ['city', 'biz', 'community', 'kind-refused'],
    ['city', 'far', 'network', 'needs-introduction'],
  ] as const)('%s–%s as %s is refused: %s', (a, b, kind, reason) => {
    expect(canTie(level, s, a, b, kind)).toEqual({ ok: false, reason });
    expect(apply(level, s, { type: 'tie', a, b, kind })).toMatchObject({ invalid: true, code: reason });
  });

  test('a tie already built cannot be built again in either direction', () => {
    const t = play(level, [tie('city', 'peer', 'network')]);
    expect(canTie(level, t, 'peer', 'city', 'team')).toEqual({ ok: false, reason: 'already-tied' });
  });

  test('an introduction-only contact can be tied once someone in the network knows them', () => {
    // Tying the hub brings "far" into the city's network through the hub's existing tie.
    const t = play(level, [tie('city', 'hub', 'network')]);
    expect(canTie(level, t, 'city', 'far', 'team')).toMatchObject({ ok: true });
  });

  test('a contact already in the network can introduce a newcomer, but the city cannot introduce itself', () => {
    const lv = tiny((r) => {
      r.ties = [];
    });
    const t = play(lv, [tie('city', 'dept', 'network')]);
    expect(canTie(lv, t, 'city', 'far', 'network')).toEqual({ ok: false, reason: 'needs-introduction' });
    expect(canTie(lv, t, 'peer', 'far', 'network')).toEqual({ ok: false, reason: 'needs-introduction' });
    const u = play(lv, [tie('dept', 'far', 'community')], t);
    expect(canTie(lv, u, 'city', 'far', 'team')).toMatchObject({ ok: true });
  });

  test('a refused action leaves the state as it was', () => {
    const before = play(level, [tie('city', 'peer', 'community')]);
    const copy = structuredClone(before);
    expect(isInvalid(apply(level, before, tie('city', 'biz', 'team')))).toBe(true);
    apply(level, before, tie('city', 'ngo', 'team'));
    expect(before).toEqual(copy);
  });
});

describe('phases', () => {
  test('run, step through SEEK, SENSE, SHARE, then no more steps', () => {
    let s = play(level, [{ type: 'run' }]);
    expect(s).toMatchObject({ phase: 'flow', step: 0 });
    s = play(level, [{ type: 'step' }, { type: 'step' }, { type: 'step' }], s);
    expect(s.step).toBe(3);
    expect(apply(level, s, { type: 'step' })).toMatchObject({ invalid: true, code: 'flow-over' });
  });

  test('ties cannot change while the flow runs; going back to building allows it again', () => {
    const s = play(level, [tie('city', 'peer', 'network'), { type: 'run' }, { type: 'step' }]);
    expect(apply(level, s, tie('city', 'ngo', 'network'))).toMatchObject({ invalid: true, code: 'not-building' });
    expect(apply(level, s, { type: 'untie', a: 'city', b: 'peer' })).toMatchObject({ invalid: true, code: 'not-building' });
    const b = play(level, [{ type: 'back' }], s);
    expect(b).toMatchObject({ phase: 'build', step: 0 });
    expect(b.ties).toHaveLength(1);
    play(level, [tie('city', 'ngo', 'network')], b);
  });

  test('step and back make no sense while building', () => {
    const s = start(level);
    expect(apply(level, s, { type: 'step' })).toMatchObject({ invalid: true, code: 'not-flowing' });
    expect(apply(level, s, { type: 'back' })).toMatchObject({ invalid: true, code: 'not-flowing' });
  });

  test('finish ends the round from building or flowing, and nothing is accepted after', () => {
    const fromBuild = play(level, [{ type: 'finish' }]);
    expect(fromBuild).toMatchObject({ phase: 'done', step: 3 });
    const done = play(level, [{ type: 'run' }, { type: 'finish' }]);
    expect(done).toMatchObject({ phase: 'done', step: 3 });
    for (const a of [{ type: 'finish' }, { type: 'step' }, { type: 'back' }, { type: 'run' }, tie('city', 'peer', 'network')] as const) {
      expect(isInvalid(apply(level, done, a))).toBe(true);
    }
  });
});

describe('saved rounds', () => {
  const built = play(level, [tie('city', 'peer', 'community'), tie('city', 'hub', 'network'), tie('city', 'far', 'team'), { type: 'run' }, { type: 'step' }]);

  test('a round survives a trip through JSON', () => {
    expect(resume(level, JSON.parse(JSON.stringify(built)))).toEqual(built);
  });

  test('a save for another level, with a wrong budget, or with an impossible tie is refused', () => {
    expect(isInvalid(resume(level, { ...built, levelId: 'other' }))).toBe(true);
    expect(isInvalid(resume(level, { ...built, spent: { time: 0, goodwill: 0 } }))).toBe(true);
    // The business only takes social network ties.
    expect(isInvalid(resume(level, { ...built, ties: [{ a: 'city', b: 'biz', kind: 'team' }], spent: { time: 3, goodwill: 2 } }))).toBe(true);
  });

  test('a tie built through an introduction stays when the introducing tie is removed, and the round still resumes', () => {
    // The department introduces the far city; then the department's own tie to the city is removed.
    const s = play(level, [tie('city', 'dept', 'team'), tie('dept', 'far', 'team'), { type: 'untie', a: 'city', b: 'dept' }]);
    expect(s.ties).toEqual([{ a: 'dept', b: 'far', kind: 'team' }]);
    expect(resume(level, JSON.parse(JSON.stringify(s)))).toEqual(s);
  });

  test('a malformed save is refused with a reason', () => {
    expect(resume(level, { v: 2 })).toMatchObject({ invalid: true });
    expect(resume(level, 'nonsense')).toMatchObject({ invalid: true });
    expect(resume(level, { ...built, phase: 'build', step: 2 })).toMatchObject({ invalid: true });
  });
});
