// The readers stored data goes through at boot (core/storedData): exact kinds, bounds, known fields only.
import { describe, expect, it } from 'vitest';
import { BAD, anything, bool, int, nullable, num, object, oneOf, optional, str } from '../../../src/core/storedData';

describe('storedData readers', () => {
  it('take numbers only within their bounds, integers only when asked, never NaN or Infinity', () => {
    expect(int(0, 3)(3)).toBe(3);
    expect(int(0, 3)(4)).toBe(BAD);
    expect(int(0)(1.5)).toBe(BAD);
    expect(int()(2 ** 60)).toBe(BAD);
    expect(int()('1')).toBe(BAD);
    expect(num(0, 1)(0.5)).toBe(0.5);
    expect(num()(Number.NaN)).toBe(BAD);
    expect(num()(Infinity)).toBe(BAD);
  });

  it('take strings up to their length and pattern, booleans and listed values only', () => {
    expect(str(3)('abc')).toBe('abc');
    expect(str(3)('abcd')).toBe(BAD);
    expect(str(Infinity, /^[a-z]+$/)('Abc')).toBe(BAD);
    expect(bool(0)).toBe(BAD);
    expect(oneOf([1, 1.25] as const)(1.25)).toBe(1.25);
    expect(oneOf(['en'] as const)('de')).toBe(BAD);
    expect(nullable(str())(null)).toBeNull();
    expect(nullable(str())(undefined)).toBe(BAD);
  });

  it('read objects field by field, keeping only known fields, and require the required ones', () => {
    const read = object<{ a: number; b?: string; s: unknown }>({ a: int(), b: optional(str()), s: anything });
    expect(read({ a: 1, s: { x: [1] }, extra: true })).toEqual({ a: 1, s: { x: [1] } });
    expect(read({ a: 1, b: 'x', s: null })).toEqual({ a: 1, b: 'x', s: null });
    expect(read({ a: 1 })).toBe(BAD);
    expect(read({ a: 1, b: 2, s: 0 })).toBe(BAD);
    expect(read([1])).toBe(BAD);
    expect(read(null)).toBe(BAD);
    // A field is the object's own, never one it inherits.
    expect(object<{ toString: unknown }>({ toString: anything })({})).toBe(BAD);
  });
});
