// The seeded generator: reproducible, seed-sensitive, and its helpers keep their promises for any input.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng, seedFrom } from '../../../src/core/rng';

const take = (seed: number, n: number) => {
  const r = createRng(seed);
  return Array.from({ length: n }, () => r.next());
};

describe('createRng', () => {
  it('gives the same sequence for the same seed', () => {
    expect(take(42, 200)).toEqual(take(42, 200));
    const a = createRng(7);
    const b = createRng(7);
    expect(a.shuffle([1, 2, 3, 4, 5, 6, 7, 8])).toEqual(b.shuffle([1, 2, 3, 4, 5, 6, 7, 8]));
    expect([a.int(1000), a.int(1000)]).toEqual([b.int(1000), b.int(1000)]);
  });

  it('gives different sequences for different seeds', () => {
    const seqs = [0, 1, 2, 42, 0xffffffff].map((s) => take(s, 20).join(','));
    expect(new Set(seqs).size).toBe(seqs.length);
  });

  it('returns floats in [0, 1) that are not all alike', () => {
    const xs = take(12345, 1000);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(xs).size).toBeGreaterThan(990);
    const mean = xs.reduce((s, x) => s + x, 0) / xs.length;
    expect(mean).toBeGreaterThan(0.4);
    expect(mean).toBeLessThan(0.6);
  });

  it('shuffle returns a permutation and leaves the input untouched', () => {
    fc.assert(
      fc.property(fc.integer(), fc.array(fc.integer({ min: -50, max: 50 }), { maxLength: 60 }), (seed, items) => {
        const copy = items.slice();
        const out = createRng(seed).shuffle(items);
        expect(items).toEqual(copy);
        expect(out).not.toBe(items);
        expect([...out].sort((x, y) => x - y)).toEqual([...items].sort((x, y) => x - y));
      }),
    );
  });

  it('shuffle actually reorders (not the identity for every seed)', () => {
    const items = Array.from({ length: 10 }, (_, i) => i);
    const orders = new Set(Array.from({ length: 30 }, (_, s) => createRng(s).shuffle(items).join(',')));
    expect(orders.size).toBeGreaterThan(25);
  });

  it('int(n) is an integer in [0, n)', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 1_000_000 }), (seed, n) => {
        const r = createRng(seed);
        for (let i = 0; i < 20; i++) {
          const v = r.int(n);
          expect(Number.isInteger(v)).toBe(true);
          expect(v).toBeGreaterThanOrEqual(0);
          expect(v).toBeLessThan(n);
        }
      }),
    );
  });

  it('int(n) reaches every value of a small range', () => {
    const r = createRng(3);
    const seen = new Set(Array.from({ length: 200 }, () => r.int(6)));
    expect([...seen].sort()).toEqual([0, 1, 2, 3, 4, 5]);
  });
});

describe('seedFrom', () => {
  it('is stable for a text and differs between texts', () => {
    expect(seedFrom('level-1')).toBe(seedFrom('level-1'));
    expect(seedFrom('level-1')).not.toBe(seedFrom('level-2'));
    expect(Number.isInteger(seedFrom('x'))).toBe(true);
    expect(seedFrom('x')).toBeGreaterThanOrEqual(0);
    expect(seedFrom('x')).toBeLessThan(2 ** 32);
  });
});
