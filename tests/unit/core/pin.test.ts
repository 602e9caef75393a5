// The operator PIN: stored as a salted hash only, wrong tries counted, locked after five (longer each time in a row), and the
// count survives a reload (a new PinLock over the same store).
import { describe, expect, it } from 'vitest';
import { pinDeps as deps } from './pinDeps';
import { LOCK_STEPS_MS, MAX_TRIES, PIN_KEY, PinLock, validPin } from '../../../src/core/pin';

const LOCK_MS = LOCK_STEPS_MS[0];
import { FakeKv } from './fakeKv';

describe('PinLock', () => {
  it('accepts 4 to 8 digits only', () => {
    expect(validPin('1234')).toBe(true);
    expect(validPin('12345678')).toBe(true);
    expect(validPin('123')).toBe(false);
    expect(validPin('123456789')).toBe(false);
    expect(validPin('12a4')).toBe(false);
  });

  it('stores a salted hash, never the PIN, and checks it', async () => {
    const kv = new FakeKv();
    const clock = { t: 1000 };
    const lock = new PinLock(kv, deps(clock));
    expect(lock.isSet()).toBe(false);
    expect(await lock.set('2468')).toBe(true);
    const stored = kv.getItem(PIN_KEY)!;
    expect(stored).not.toContain('2468');
    expect(JSON.parse(stored)).toMatchObject({ v: 1, fails: 0 });
    expect(await lock.check('2468')).toEqual({ ok: true });
    expect(await lock.check('1357')).toEqual({ ok: false, reason: 'wrong', triesLeft: MAX_TRIES - 1 });
    // The same PIN on another device has another salt, so another hash.
    const other = new FakeKv();
    await new PinLock(other, deps(clock)).set('2468');
    expect(JSON.parse(other.getItem(PIN_KEY)!).hash).not.toBe(JSON.parse(stored).hash);
  });

  it('locks for a minute after five wrong tries, across a reload', async () => {
    const kv = new FakeKv();
    const clock = { t: 1000 };
    const lock = new PinLock(kv, deps(clock));
    await lock.set('2468');
    for (let i = 1; i < MAX_TRIES; i++) expect(await lock.check('0000')).toMatchObject({ reason: 'wrong', triesLeft: MAX_TRIES - i });
    expect(await lock.check('0000')).toEqual({ ok: false, reason: 'locked', until: 1000 + LOCK_MS });
    const reloaded = new PinLock(kv, deps(clock));
    expect(reloaded.lockedUntil()).toBe(1000 + LOCK_MS);
    expect(await reloaded.check('2468')).toMatchObject({ reason: 'locked' });
    clock.t += LOCK_MS;
    expect(reloaded.lockedUntil()).toBeNull();
    expect(await reloaded.check('0000')).toMatchObject({ reason: 'wrong', triesLeft: MAX_TRIES - 1 });
    expect(await reloaded.check('2468')).toEqual({ ok: true });
  });

  it('locks longer each time in a row (1, 2, then 5 minutes), never for good; a right PIN starts again', async () => {
    const kv = new FakeKv();
    const clock = { t: 0 };
    const lock = new PinLock(kv, deps(clock));
    await lock.set('2468');
    const lockOnce = async (): Promise<number> => {
      for (let i = 0; i < MAX_TRIES; i++) await lock.check('0000');
      const until = lock.lockedUntil()!;
      const lasted = until - clock.t;
      clock.t = until;
      return lasted;
    };
    expect([await lockOnce(), await lockOnce(), await lockOnce(), await lockOnce()]).toEqual([60_000, 120_000, 300_000, 300_000]);
    // Never for good: once the lock runs out, the right PIN opens, and the next lock is a minute again.
    expect(await lock.check('2468')).toEqual({ ok: true });
    expect(await lockOnce()).toBe(60_000);
    // Kept across a reload, like the lock itself.
    expect(await new PinLock(kv, deps(clock)).check('0000')).toMatchObject({ reason: 'wrong' });
  });

  it('sets a corrupt record aside and asks for a new PIN', () => {
    const kv = new FakeKv();
    kv.map.set(PIN_KEY, '{"v":1,"hash":"nope"}');
    const lock = new PinLock(kv, deps({ t: 5 }));
    expect(lock.isSet()).toBe(false);
    expect(kv.getItem(`${PIN_KEY}.corrupt.5`)).toBe('{"v":1,"hash":"nope"}');
  });
});
