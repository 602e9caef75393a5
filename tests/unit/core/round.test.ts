// Round helpers every game shares: stars from thresholds and the invalid-action marker.
import { describe, expect, it } from 'vitest';
import { invalid, isInvalid, starsFor } from '../../../src/core/round';

describe('starsFor', () => {
  const th = [50, 70, 90] as const;
  it('gives 0 below the first threshold and each star exactly at its threshold', () => {
    expect(starsFor(0, th)).toBe(0);
    expect(starsFor(49.9, th)).toBe(0);
    expect(starsFor(50, th)).toBe(1);
    expect(starsFor(69, th)).toBe(1);
    expect(starsFor(70, th)).toBe(2);
    expect(starsFor(89, th)).toBe(2);
    expect(starsFor(90, th)).toBe(3);
    expect(starsFor(1000, th)).toBe(3);
    expect(starsFor(-5, th)).toBe(0);
  });

  it('never gives fewer stars for a higher score', () => {
    let prev = 0;
    for (let s = -10; s <= 110; s++) {
      const stars = starsFor(s, th);
      expect(stars).toBeGreaterThanOrEqual(prev);
      prev = stars;
    }
  });
});

describe('isInvalid', () => {
  it('recognises the marker from invalid() and keeps its code, and a detail only when given', () => {
    const m = invalid('already-placed');
    expect(isInvalid(m)).toBe(true);
    expect(m).toEqual({ invalid: true, code: 'already-placed' });
    expect(invalid('not-current', 'card-7')).toEqual({ invalid: true, code: 'not-current', detail: 'card-7' });
  });

  it('is false for states and other values, including look-alikes', () => {
    for (const x of [null, undefined, 0, 'invalid', true, [], {}, { invalid: false }, { invalid: 'true' }, { score: 3, cards: [] }]) {
      expect(isInvalid(x)).toBe(false);
    }
  });
});
