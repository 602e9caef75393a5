// Invariants under any sequence of actions or any set of ties (fast-check): budget, ties-only flow, determinism.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isInvalid } from '../../../../src/core/round';
import { apply, allTies, budgetLeft, resume, scoreOf, start, stateSchema, tieCost, type SssAction } from '../../../../src/games/seek-sense-share/model';
import { MAX_SCORE, pairKey, TIE_KINDS, type Level, type Tie } from '../../../../src/games/seek-sense-share/schema';
import { simulate } from '../../../../src/games/seek-sense-share/simulation';
import { makeStressLevel } from '../../../../src/games/seek-sense-share/stress';
import { tiny } from './fixtures';

const small = tiny();
const stress = makeStressLevel(40, 60, 5);

function actionArb(level: Level): fc.Arbitrary<SssAction> {
  const ids = [level.city.id, ...level.contacts.map((c) => c.id), 'ghost'];
  const id = fc.constantFrom(...ids);
  return fc.oneof(
    { weight: 6, arbitrary: fc.record({ type: fc.constant('tie' as const), a: id, b: id, kind: fc.constantFrom(...TIE_KINDS) }) },
    { weight: 3, arbitrary: fc.record({ type: fc.constant('untie' as const), a: id, b: id }) },
    { weight: 1, arbitrary: fc.constantFrom<SssAction>({ type: 'run' }, { type: 'step' }, { type: 'back' }, { type: 'finish' }) },
  );
}

function tiesArb(level: Level): fc.Arbitrary<Tie[]> {
  const ids = [level.city.id, ...level.contacts.map((c) => c.id)];
  return fc
    .uniqueArray(
      fc.record({ a: fc.constantFrom(...ids), b: fc.constantFrom(...ids), kind: fc.constantFrom(...TIE_KINDS) }).filter((t) => t.a !== t.b),
      { selector: (t) => pairKey(t.a, t.b), maxLength: 30 },
    )
    .map((extra) => {
      const have = new Set((level.ties ?? []).map((t) => pairKey(t.a, t.b)));
      return [...(level.ties ?? []), ...extra.filter((t) => !have.has(pairKey(t.a, t.b)))];
    });
}

describe.each([
  ['the tiny level', small],
  ['a generated level', stress],
])('on %s', (_name, level) => {
  test('under any actions the budget never goes negative and always matches the ties built', () => {
    fc.assert(
      fc.property(fc.array(actionArb(level), { maxLength: 60 }), (actions) => {
        let s = start(level);
        for (const a of actions) {
          const before = JSON.stringify(s);
          const next = apply(level, s, a);
          expect(JSON.stringify(s)).toBe(before);
          if (isInvalid(next)) continue;
          s = next;
          const left = budgetLeft(level, s);
          expect(left.time).toBeGreaterThanOrEqual(0);
          expect(left.goodwill).toBeGreaterThanOrEqual(0);
          const paid = s.ties
            .map((t) => tieCost(level, t.a, t.b, t.kind))
            .reduce((x, y) => ({ time: x.time + y.time, goodwill: x.goodwill + y.goodwill }), { time: 0, goodwill: 0 });
          expect(s.spent).toEqual(paid);
        }
        expect(stateSchema.safeParse(s).success).toBe(true);
        expect(resume(level, JSON.parse(JSON.stringify(s)))).toEqual(s);
        const sc = scoreOf(level, s);
        expect(sc.total).toBeGreaterThanOrEqual(0);
        expect(sc.total).toBeLessThanOrEqual(MAX_SCORE);
      }),
      { numRuns: 150 },
    );
  });

  test('knowledge only crosses ties that exist', () => {
    fc.assert(
      fc.property(tiesArb(level), fc.nat(), (ties, seed) => {
        const keys = new Set(ties.map((t) => `${pairKey(t.a, t.b)}|${t.kind}`));
        const f = simulate(level, ties, seed);
        for (const e of f.events) expect(keys.has(`${pairKey(e.from, e.to)}|${e.kind}`)).toBe(true);
        for (const s of f.seek.sources) {
          for (let i = 1; i < s.path.length; i++) {
            expect([...keys].some((k) => k.startsWith(`${pairKey(s.path[i - 1] ?? '', s.path[i] ?? '')}|`))).toBe(true);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  test('the same ties and seed give the same flow, whatever order the ties were built in', () => {
    fc.assert(
      fc.property(tiesArb(level), fc.nat(), fc.nat(), (ties, seed, shuffleSeed) => {
        const a = simulate(level, ties, seed);
        expect(simulate(level, ties, seed)).toEqual(a);
        const shuffled = [...ties].sort((x, y) => ((pairKey(x.a, x.b).length * 31 + shuffleSeed) % 7) - ((pairKey(y.a, y.b).length * 31 + shuffleSeed) % 7));
        expect(simulate(level, shuffled.reverse(), seed)).toEqual(a);
      }),
      { numRuns: 100 },
    );
  });
});

test('a built round flows over the level ties and the built ties together', () => {
  const s = start(small);
  expect(allTies(small, s)).toEqual(small.ties);
});
