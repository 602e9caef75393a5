// The flow on small hand-made networks: what comes in (SEEK), where it is tested (SENSE), how far the story goes (SHARE).
import { describe, expect, test } from 'vitest';
import { simulate } from '../../../../src/games/seek-sense-share/simulation';
import type { Tie } from '../../../../src/games/seek-sense-share/schema';
import { tiny } from './fixtures';

const level = tiny();
const pre = level.ties ?? [];
const T = (a: string, b: string, kind: Tie['kind']): Tie => ({ a, b, kind });
const run = (...ties: Tie[]) => simulate(level, [...pre, ...ties], level.seed);
/** A network where SEEK and SENSE both work: peer tied as a community (depth 2, one outside member) plus the NGO. */
const senseOk = [T('city', 'peer', 'community'), T('city', 'ngo', 'community')];

describe('SEEK', () => {
  test('with no chain of ties to the source nothing arrives', () => {
    const f = run();
    expect(f.seek).toMatchObject({ ok: false, reason: 'no-path' });
    expect(f.seek.sources[0]?.depth).toBe(0);
    expect(f.events.filter((e) => e.step === 'seek')).toEqual([]);
  });

  test('a social network tie lets the city hear of the practice but not learn it', () => {
    const f = run(T('city', 'peer', 'network'));
    expect(f.seek.reason).toBe('too-weak');
    expect(f.seek.sources[0]).toMatchObject({ depth: 1, ok: false, weakTies: [T('peer', 'city', 'network')] });
    expect(f.events[0]).toMatchObject({ step: 'seek', from: 'peer', to: 'city', ok: false, reason: 'too-weak' });
  });

  test('a community of practice carries tested know-how', () => {
    const f = run(T('city', 'peer', 'community'));
    expect(f.seek.ok).toBe(true);
    expect(f.seek.sources[0]?.path).toEqual(['peer', 'city']);
  });

  test('a chain is only as strong as its weakest tie, and that tie is blamed', () => {
    const f = run(T('city', 'dept', 'team'), T('dept', 'ngo', 'network'), T('ngo', 'peer', 'team'));
    expect(f.seek.sources[0]).toMatchObject({ depth: 1, ok: false, path: ['peer', 'ngo', 'dept', 'city'] });
    expect(f.seek.sources[0]?.weakTies).toEqual([T('ngo', 'dept', 'network')]);
  });

  test('the practice takes the strong chain when a shorter weak one also exists', () => {
    const f = run(T('city', 'peer', 'network'), T('city', 'dept', 'team'), T('dept', 'peer', 'community'));
    expect(f.seek.sources[0]).toMatchObject({ ok: true, depth: 2, path: ['peer', 'dept', 'city'] });
  });

  test('a complex practice needs work teams all the way', () => {
    const deep = tiny((r) => {
      r.objectives.seek.sources = [{ contact: 'peer', depth: 3 }];
    });
    expect(simulate(deep, [T('city', 'peer', 'community')], 1).seek.reason).toBe('too-weak');
    expect(simulate(deep, [T('city', 'dept', 'team'), T('dept', 'peer', 'team')], 1).seek.ok).toBe(true);
  });
});

describe('SENSE', () => {
  test('a community of practice with an outside member and enough trust tests the practice', () => {
    const f = run(...senseOk);
    expect(f.sense).toMatchObject({ ok: true, trust: 2, reason: null });
    expect([...f.sense.members].sort()).toEqual(['ngo', 'peer']);
    expect(f.events.filter((e) => e.step === 'sense')).toHaveLength(2);
  });

  test('a community made only of government staff cannot test it honestly', () => {
    const lv = tiny((r) => {
      r.objectives.sense.minTrust = 1;
    });
    const f = simulate(lv, [T('city', 'peer', 'team'), T('city', 'dept', 'community')], 1);
    expect(f.sense).toMatchObject({ ok: false, reason: 'no-outside' });
  });

  test('trust counts community ties among members, so a closer-knit group trusts more', () => {
    const thin = run(T('city', 'ngo', 'community'));
    expect(thin.sense).toMatchObject({ ok: false, trust: 1, reason: 'low-trust' });
    const knit = run(T('city', 'peer', 'community'), T('city', 'ngo', 'community'), T('peer', 'ngo', 'community'));
    expect(knit.sense.trust).toBe(3);
  });

  test('work team and social network ties do not make a community of practice', () => {
    const f = run(T('city', 'peer', 'team'), T('city', 'ngo', 'network'));
    expect(f.sense).toMatchObject({ ok: false, reason: 'no-community', members: [] });
  });

  test('a required member missing from the community fails the step and is named', () => {
    const lv = tiny((r) => {
      r.objectives.sense.mustInclude = ['uni'];
    });
    const f = simulate(lv, senseOk, 1);
    expect(f.sense).toMatchObject({ ok: false, reason: 'missing-member', missing: ['uni'] });
  });

  test('peer cities are local government: a community of city halls has no outside view', () => {
    const lv = tiny((r) => {
      r.objectives.sense.minTrust = 1;
    });
    const f = simulate(lv, [...pre, T('city', 'peer', 'community'), T('city', 'hub', 'community')], 1);
    expect(f.sense.members.sort()).toEqual(['hub', 'peer']);
    expect(f.sense.outside).toEqual([]);
    expect(f.sense).toMatchObject({ ok: false, reason: 'no-outside' });
  });

  test('an association of local governments is local government too: never an outside member, never a sector', () => {
    const lv = tiny((r) => {
      r.objectives.sense.minTrust = 1;
      const hub = r.contacts.find((c) => c.id === 'hub');
      if (hub) hub.sector = 'association';
    });
    const f = simulate(lv, [...(lv.ties ?? []), T('city', 'peer', 'community'), T('city', 'hub', 'community')], 1);
    expect(f.sense.members.sort()).toEqual(['hub', 'peer']);
    expect(f.sense).toMatchObject({ ok: false, reason: 'no-outside', outside: [] });
    expect(f.diversity.sectors).toEqual([]);
  });

  test('working out loud feeds the test: feedback from a stakeholder the story reaches stands in for one outside member', () => {
    const lv = tiny((r) => {
      r.objectives.sense.minOutside = 2;
    });
    const without = simulate(lv, [...pre, ...senseOk], 1);
    expect(without.sense).toMatchObject({ ok: false, reason: 'no-outside', feedback: null });
    const heard = simulate(lv, [...pre, ...senseOk, T('city', 'uni', 'network')], 1);
    expect(heard.share.heardBy).toContain('uni');
    expect(heard.sense).toMatchObject({ ok: true, feedback: 'uni', reason: null });
    // Feedback makes up one outside view, never a whole community.
    const lv3 = tiny((r) => {
      r.objectives.sense.minOutside = 3;
    });
    expect(simulate(lv3, [...pre, ...senseOk, T('city', 'uni', 'network'), T('city', 'biz', 'network')], 1).sense).toMatchObject({ ok: false, feedback: null });
  });

  test('a ready community with nothing to test does not run', () => {
    const f = run(T('city', 'ngo', 'community'), T('city', 'uni', 'community'));
    expect(f.sense).toMatchObject({ ok: false, ready: true, reason: 'nothing-to-test' });
    expect(f.events.filter((e) => e.step === 'sense')).toEqual([]);
  });
});

describe('SHARE', () => {
  test('the story travels far along social network ties, and back to the source', () => {
    const f = run(...senseOk, T('city', 'hub', 'network'));
    expect(f.share).toMatchObject({ ok: true, reached: 1 });
    expect(f.share.audiences[0]).toMatchObject({ distance: 2, path: ['city', 'hub', 'aud'] });
    expect(f.events.filter((e) => e.step === 'share').map((e) => [e.from, e.to])).toEqual([
      ['city', 'hub'],
      ['hub', 'aud'],
      ['city', 'peer'],
    ]);
  });

  test('close ties keep the story in the group: the same chain through a work team is out of reach', () => {
    const f = run(...senseOk, T('city', 'hub', 'team'));
    expect(f.share).toMatchObject({ ok: false, reason: 'out-of-reach' });
    expect(f.share.audiences[0]?.distance).toBe(4);
    expect(f.events.find((e) => e.to === 'aud')).toMatchObject({ ok: false, reason: 'out-of-reach' });
  });

  test('an audience no tie leads to is reported as such', () => {
    expect(run(...senseOk).share).toMatchObject({ ok: false, reason: 'no-audience-path' });
  });

  test('SHARE runs without SENSE: work in progress travels while nothing has been tested yet', () => {
    // The practice came in, but a community of the peer city alone has no outside view: the test does not hold.
    const f = run(T('city', 'peer', 'community'), T('city', 'hub', 'network'));
    expect(f.seek.ok).toBe(true);
    expect(f.sense.ok).toBe(false);
    expect(f.share).toMatchObject({ ok: true, tested: false, reached: 1, reason: null, learned: ['peer'] });
    expect(f.events.filter((e) => e.step === 'share').length).toBeGreaterThan(0);
    // Once the test holds, the same story goes out as tested experience.
    expect(run(...senseOk, T('city', 'hub', 'network')).share).toMatchObject({ ok: true, tested: true });
  });

  test('with nothing brought in there is no story: no tie carries one, no one hears it', () => {
    // News of the practice only (a social network tie where tested know-how is needed): nothing was learned.
    const f = run(T('city', 'peer', 'network'), T('city', 'hub', 'network'), T('city', 'uni', 'network'));
    expect(f.seek.ok).toBe(false);
    expect(f.share).toMatchObject({ ok: false, ready: true, learned: [], heardBy: [], back: [], reason: 'nothing-to-share' });
    expect(f.share.audiences[0]).toMatchObject({ contact: 'aud', ok: true });
    expect(f.events.filter((e) => e.step === 'share')).toEqual([]);
    // Ties that could not carry a story anyway keep their own reason.
    expect(run(T('city', 'peer', 'network')).share).toMatchObject({ ok: false, ready: false, reason: 'no-audience-path' });
  });

  test('when only some audiences are needed, reaching that many is enough', () => {
    const lv = tiny((r) => {
      r.objectives.share = { audiences: ['aud', 'biz'], min: 1, reach: 2 };
    });
    const f = simulate(lv, [...pre, ...senseOk, T('city', 'hub', 'network')], 1);
    expect(f.share).toMatchObject({ ok: true, reached: 1, needed: 1 });
  });

  test.each(['reactive', 'proactive', 'meta'] as const)('at the %s tier the story must also get back to the source', (tier) => {
    const lv = tiny((r) => {
      r.tier = tier;
    });
    const far = simulate(
      lv,
      [...pre, T('city', 'dept', 'team'), T('dept', 'peer', 'community'), T('city', 'ngo', 'community'), T('city', 'hub', 'network')],
      1,
    );
    expect(far.seek.ok).toBe(true);
    expect(far.share).toMatchObject({ ok: false, reached: 1, reason: 'not-shared-back' });
    expect(far.share.back[0]).toMatchObject({ contact: 'peer', ok: false, distance: 5 });
    const near = simulate(lv, [...pre, ...senseOk, T('city', 'hub', 'network')], 1);
    expect(near.share.ok).toBe(true);
    expect(near.share.back[0]).toMatchObject({ contact: 'peer', ok: true });
  });

  test('a trainer can leave the way back out with backToSources: false', () => {
    const lv = tiny((r) => {
      r.objectives.share.backToSources = false;
    });
    const far = simulate(
      lv,
      [...pre, T('city', 'dept', 'team'), T('dept', 'peer', 'community'), T('city', 'ngo', 'community'), T('city', 'hub', 'network')],
      1,
    );
    expect(far.share).toMatchObject({ ok: true, back: [] });
  });
});

describe('cloud of trust and determinism', () => {
  test('diversity counts distinct outside sectors joined to the city, not government units and not peer cities', () => {
    expect(run().diversity.sectors).toEqual([]);
    const f = run(T('city', 'dept', 'team'), T('dept', 'ngo', 'network'), T('city', 'hub', 'network'), T('hub', 'peer', 'network'));
    expect(f.diversity.sectors).toEqual(['civil-society']);
    expect(run(T('city', 'peer', 'network'), T('city', 'hub', 'network')).diversity.sectors).toEqual([]);
  });

  test('events come in order SEEK, SENSE, SHARE and each crosses a tie of the network', () => {
    const ties = [...pre, ...senseOk, T('city', 'hub', 'network')];
    const f = simulate(level, ties, 3);
    const order = f.events.map((e) => ['seek', 'sense', 'share'].indexOf(e.step));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    const keys = new Set(ties.map((t) => [t.a, t.b].sort().join('|') + t.kind));
    for (const e of f.events) expect(keys.has([e.from, e.to].sort().join('|') + e.kind)).toBe(true);
  });

  test('the seed picks among equally good chains; the outcome stays the same', () => {
    const ties = [T('city', 'dept', 'community'), T('dept', 'peer', 'community'), T('city', 'ngo', 'community'), T('ngo', 'peer', 'community')];
    const paths = new Set<string>();
    for (let seed = 0; seed < 24; seed++) {
      const f = simulate(level, ties, seed);
      expect(f.seek.ok).toBe(true);
      expect(f.seek.sources[0]?.path).toHaveLength(3);
      paths.add(f.seek.sources[0]?.path.join('>') ?? '');
    }
    expect(paths).toEqual(new Set(['peer>dept>city', 'peer>ngo>city']));
  });
});
