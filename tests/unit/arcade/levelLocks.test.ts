// The level select's unlock rule, played as the player meets it.
import { describe, expect, it } from 'vitest';
import { levelLocks } from '../../../src/arcade/levelLocks';

const shipped = (stars: number) => ({ shipped: true, ok: true, stars });

describe('which levels are open', () => {
  it('opens the first, and each next one once the one before it has a star', () => {
    expect(levelLocks([shipped(0), shipped(0), shipped(0)], false)).toEqual([false, true, true]);
    expect(levelLocks([shipped(1), shipped(0), shipped(0)], false)).toEqual([false, false, true]);
    expect(levelLocks([shipped(3), shipped(2), shipped(1)], false)).toEqual([false, false, false]);
    // A star later on does not open a level whose predecessor has none.
    expect(levelLocks([shipped(0), shipped(3), shipped(0)], false)).toEqual([false, true, false]);
  });

  it("keeps a trainer's level from a file always open, and out of the chain", () => {
    expect(levelLocks([shipped(0), shipped(0), { shipped: false, ok: true, stars: 0 }], false)).toEqual([false, true, false]);
  });

  it('never locks a broken file, and lets it not break the chain', () => {
    expect(levelLocks([shipped(2), { shipped: true, ok: false, stars: 0 }, shipped(0)], false)).toEqual([false, false, false]);
  });

  it('opens every level in a workshop', () => {
    expect(levelLocks([shipped(0), shipped(0), shipped(0)], true)).toEqual([false, false, false]);
  });
});
