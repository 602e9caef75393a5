// The operator PIN screen's words, read from its presenter in Node: choosing a PIN (twice) and checking it, the dots
// for the digits typed, the keypad, and the messages after wrong tries and through the lock, driven by the real
// PinLock; in English and French.
import { afterEach, describe, expect, it } from 'vitest';
import { pinDeps as deps } from '../../core/pinDeps';
import { loadLang, setLang } from '../../../../src/core/i18n';
import { LOCK_STEPS_MS, PinLock, type PinCheck } from '../../../../src/core/pin';
import { presentPin, refusedWords, typed, type PinInput } from '../../../../src/arcade/kiosk/pin.present';
import { FakeKv } from '../../core/fakeKv';

afterEach(() => setLang('en'));

function input(o: Partial<PinInput> = {}): PinInput {
  return { mode: 'check', confirming: false, entered: 0, message: '', lockedUntil: null, now: 0, active: true, pinSet: true, ...o };
}

describe('choosing the PIN', () => {
  it('asks for a PIN of 4 to 8 digits, then for the same again; leaving before one is set leaves kiosk mode', () => {
    const first = presentPin(input({ mode: 'set', pinSet: false }));
    expect(first).toMatchObject({
      title: 'Choose the operator PIN',
      prompt: 'Choose a PIN of 4 to 8 digits. It is the only way out of kiosk mode.',
      dots: '○ ○ ○ ○',
      entered: 'No digits entered',
      message: '',
      cancel: 'Leave kiosk mode',
    });
    expect(presentPin(input({ mode: 'set', pinSet: false, confirming: true })).prompt).toBe('Enter the same PIN again');
    expect(presentPin(input({ mode: 'set', pinSet: true })).cancel).toBe('Cancel');
  });

  it('never locks while choosing, whatever the stored lock', () => {
    const v = presentPin(input({ mode: 'set', lockedUntil: 60_000, now: 0 }));
    expect(v.message).toBe('');
    expect(v.keys.every((k) => !k.disabled)).toBe(true);
  });
});

describe('checking the PIN', () => {
  it('asks for the PIN, or to make a former booth one again', () => {
    expect(presentPin(input())).toMatchObject({ title: 'Operator PIN', prompt: 'Enter the operator PIN', cancel: 'Cancel' });
    expect(presentPin(input({ active: false })).prompt).toBe('Enter the operator PIN to make this device a booth again');
  });

  it('shows a dot per digit typed and the empty places up to four, and says how many, never which', () => {
    expect(presentPin(input({ entered: 3 }))).toMatchObject({ dots: '● ● ● ○', entered: '3 digits entered' });
    expect(presentPin(input({ entered: 1 })).entered).toBe('1 digit entered');
    expect(presentPin(input({ entered: 6 })).dots).toBe('● ● ● ● ● ●');
  });

  it('has a keypad of ten digits, Delete and OK, three to a row', () => {
    const keys = presentPin(input()).keys;
    expect(keys.map((k) => k.visibleLabel)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '⌫', '0', 'OK']);
    expect(keys.map((k) => k.label).slice(8)).toEqual(['Digit 9', 'Delete the last digit', 'Digit 0', 'OK']);
    expect(keys.map((k) => k.id).slice(0, 2)).toEqual(['key-1', 'key-2']);
    expect(keys.filter((k) => k.style === 'primary').map((k) => k.key)).toEqual(['ok']);
  });

  it('types up to eight digits; Delete takes the last; OK types nothing', () => {
    expect(typed('246', '8')).toBe('2468');
    expect(typed('12345678', '9')).toBe('12345678');
    expect(typed('2468', 'del')).toBe('246');
    expect(typed('', 'del')).toBe('');
    expect(typed('2468', 'ok')).toBe('2468');
  });

  it('counts the tries left after each wrong PIN, then locks the keypad and counts the lock down', async () => {
    const clock = { t: 1_000_000 };
    const lock = new PinLock(new FakeKv(), deps(clock));
    await lock.set('2468');
    const said: string[] = [];
    let last: PinCheck = { ok: true };
    for (let i = 0; i < 5; i++) {
      last = await lock.check('1111');
      if (!last.ok) said.push(refusedWords(last, clock.t));
    }
    expect(said[0]).toBe('Wrong PIN. 4 tries left before input is locked for a while (a minute at first, longer if it happens again).');
    expect(said[3]).toMatch(/^Wrong PIN\. 1 try left before/);
    expect(said[4]).toBe('Too many wrong tries. Input is locked; try again in 60 seconds.');
    // While locked, the screen counts down each second and takes no key.
    clock.t += 59_500;
    const locked = presentPin(input({ lockedUntil: lock.lockedUntil(), now: clock.t, message: said[4]! }));
    expect(locked.message).toBe('Too many wrong tries. Input is locked; try again in 1 second.');
    expect(locked.keys.every((k) => k.disabled)).toBe(true);
    // Once the lock runs out the keypad opens again (the screen then clears the message).
    clock.t += 1_000;
    expect(lock.lockedUntil()).toBeNull();
    expect(presentPin(input({ lockedUntil: lock.lockedUntil(), now: clock.t })).keys.some((k) => k.disabled)).toBe(false);
    // A lock met by a later check says how long is left.
    expect(refusedWords({ ok: false, reason: 'locked', until: clock.t + LOCK_STEPS_MS[1] }, clock.t)).toBe(
      'Too many wrong tries. Input is locked; try again in 120 seconds.',
    );
  });

  it('says the same in French', async () => {
    await loadLang('fr');
    setLang('fr');
    expect(refusedWords({ ok: false, reason: 'wrong', triesLeft: 2 }, 0)).toMatch(/^Code PIN erroné\. Encore 2 essais avant/);
    expect(presentPin(input({ lockedUntil: 30_000, now: 0 })).message).toMatch(/réessayez dans 30 secondes\.$/);
  });
});
