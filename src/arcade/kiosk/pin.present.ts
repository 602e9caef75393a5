// Words and rules of the operator's PIN screen: (choosing or checking, the digits typed, the last message, the lock)
// -> the prompt, one dot per digit, the message (a lock counts down), the keypad's labels and whether it takes
// input, and Cancel; and what each key does to the digits typed. No Phaser or DOM here.
import { PIN_MAX, PIN_MIN, type PinCheck } from '../../core/pin';
import { K } from './strings';

/** check: open the operator panel; set: choose a new PIN (first start, or from the panel). */
export type PinMode = 'check' | 'set';

/** The keypad, row by row: three keys a row. */
export const PIN_KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', 'del', '0', 'ok'] as const;
export type PinKey = (typeof PIN_KEYS)[number];

export interface PinInput {
  mode: PinMode;
  /** While choosing, the first entry waits for its confirmation. */
  confirming: boolean;
  /** How many digits are typed (never which). */
  entered: number;
  /** The last thing said (a wrong PIN, two PINs that differ), or ''. */
  message: string;
  /** When input unlocks (ms since epoch), null when it is not locked; and the time now. */
  lockedUntil: number | null;
  now: number;
  /** Kiosk mode holds this device (checking on a device that left it makes it a booth again). */
  active: boolean;
  /** A PIN is set: Cancel goes back; before one is, it leaves kiosk mode. */
  pinSet: boolean;
}

export interface PinKeyView {
  key: PinKey;
  id: string;
  label: string;
  visibleLabel: string;
  style: 'primary' | 'quiet';
  disabled: boolean;
}

export interface PinView {
  title: string;
  prompt: string;
  /** One dot per digit typed, and the empty places up to the shortest PIN. */
  dots: string;
  /** The dots as a screen reader hears them. */
  entered: string;
  /** The message (the lock's countdown while locked), or ''. */
  message: string;
  keys: PinKeyView[];
  cancel: string;
}

export function pinTitle(mode: PinMode): string {
  return K(mode === 'set' ? 'pin.screen.set' : 'pin.screen.check');
}

/** Said after each key: how many digits are typed. */
export function enteredWords(count: number): string {
  return K('pin.entered', { count });
}

/** The lock's countdown, in whole seconds. */
export function lockedWords(until: number, now: number): string {
  return K('pin.locked', { seconds: Math.ceil((until - now) / 1000) });
}

/** Said after a refused check: the tries left, or the lock. */
export function refusedWords(r: Exclude<PinCheck, { ok: true }>, now: number): string {
  return r.reason === 'wrong' ? K('pin.wrong', { tries: r.triesLeft }) : lockedWords(r.until, now);
}

/** What is said while choosing a PIN: too short, enter it again, the two differ, set. */
export function choosingWords(): { tooShort: string; again: string; mismatch: string; saved: string } {
  return { tooShort: K('pin.tooShort'), again: K('pin.prompt.confirm'), mismatch: K('pin.mismatch'), saved: K('pin.saved') };
}

/** The digits typed after a key (OK submits, and is not typed): Delete takes the last, a digit adds up to the longest PIN. */
export function typed(entered: string, key: string): string {
  if (key === 'del') return entered.slice(0, -1);
  if (key === 'ok' || entered.length >= PIN_MAX) return entered;
  return entered + key;
}

export function presentPin(o: PinInput): PinView {
  const prompt = o.mode === 'check' ? K(o.active ? 'pin.prompt.check' : 'pin.prompt.return') : o.confirming ? K('pin.prompt.confirm') : K('pin.prompt.set');
  const locked = o.mode === 'check' ? o.lockedUntil : null;
  return {
    title: pinTitle(o.mode),
    prompt,
    dots: Array.from({ length: Math.max(PIN_MIN, o.entered) }, (_, i) => (i < o.entered ? '●' : '○')).join(' '),
    entered: enteredWords(o.entered),
    message: locked !== null ? lockedWords(locked, o.now) : o.message,
    keys: PIN_KEYS.map((key) => ({
      key,
      id: `key-${key}`,
      label: key === 'del' ? K('pin.delete') : key === 'ok' ? K('pin.ok') : K('pin.digit', { digit: key }),
      visibleLabel: key === 'del' ? '⌫' : key === 'ok' ? K('pin.ok') : key,
      style: key === 'ok' ? 'primary' : 'quiet',
      disabled: locked !== null,
    })),
    cancel: o.pinSet ? K('pin.cancel') : K('pin.cancelSet'),
  };
}
