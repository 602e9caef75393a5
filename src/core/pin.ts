// The booth operator's PIN: set on the kiosk's first start, stored only as a salted SHA-256 hash (never the PIN),
// checked with a lockout (5 wrong tries lock input for a minute; the count is stored, so a reload does not reset
// it). Hashing, random bytes and the clock are handed in, so this runs in Node as in the browser.
import type { KeyValueStore } from './storage';
import { BAD, int, num, object, oneOf, optional, str } from './storedData';

export const PIN_KEY = 'learning-arcade/kiosk-pin';
export const PIN_MIN = 4;
export const PIN_MAX = 8;
export const MAX_TRIES = 5;
/** Each lock in a row lasts longer (1, 2, then 5 minutes), never for good: a right PIN starts the count again. */
export const LOCK_STEPS_MS = [60_000, 120_000, 300_000] as const;

/** How long the n-th lock in a row lasts (n from 0). */
export function lockMs(n: number): number {
  return LOCK_STEPS_MS[Math.min(Math.max(0, n), LOCK_STEPS_MS.length - 1)]!;
}

export interface PinDeps {
  /** SHA-256 of the bytes (the browser's crypto.subtle.digest). */
  sha256(data: Uint8Array): Promise<ArrayBuffer>;
  randomBytes(n: number): Uint8Array;
  now(): number;
}

interface PinRecord {
  v: 1;
  salt: string;
  hash: string;
  /** Wrong tries since the last right one or the last lock. */
  fails: number;
  /** ms since epoch until which input is refused; 0 when not locked. */
  lockedUntil: number;
  /** Locks in a row since the last right PIN (absent in records kept before the lock grew). */
  locks?: number;
}

export type PinCheck = { ok: true } | { ok: false; reason: 'wrong'; triesLeft: number } | { ok: false; reason: 'locked'; until: number };

/** Digits only, 4 to 8 of them. */
export function validPin(pin: string): boolean {
  return new RegExp(`^[0-9]{${PIN_MIN},${PIN_MAX}}$`).test(pin);
}

function hex(bytes: Uint8Array): string {
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The stored record read back like every boot reader (core/storedData): a salted hash, never the PIN. */
export const readPinRecord = object<PinRecord>({
  v: oneOf([1] as const),
  salt: str(32, /^[0-9a-f]{32}$/),
  hash: str(64, /^[0-9a-f]{64}$/),
  fails: int(0),
  lockedUntil: num(),
  locks: optional(int(0, 1000)),
});

export async function hashPin(pin: string, salt: string, sha256: PinDeps['sha256']): Promise<string> {
  return hex(new Uint8Array(await sha256(new TextEncoder().encode(`${salt}:${pin}`))));
}

export class PinLock {
  private record: PinRecord | null = null;

  constructor(
    private readonly kv: KeyValueStore | null,
    private readonly deps: PinDeps,
  ) {
    this.record = this.read();
  }

  isSet(): boolean {
    return this.record !== null;
  }

  /** When input unlocks again (ms since epoch), or null when it is not locked. */
  lockedUntil(): number | null {
    const r = this.record;
    return r && r.lockedUntil > this.deps.now() ? r.lockedUntil : null;
  }

  /** Sets (or changes) the PIN; false for one that is not 4 to 8 digits. */
  async set(pin: string): Promise<boolean> {
    if (!validPin(pin)) return false;
    const salt = hex(this.deps.randomBytes(16));
    this.record = { v: 1, salt, hash: await hashPin(pin, salt, this.deps.sha256), fails: 0, lockedUntil: 0 };
    this.write();
    return true;
  }

  async check(pin: string): Promise<PinCheck> {
    const r = this.record;
    if (!r) return { ok: false, reason: 'wrong', triesLeft: MAX_TRIES };
    const now = this.deps.now();
    if (r.lockedUntil > now) return { ok: false, reason: 'locked', until: r.lockedUntil };
    // A lock that has run out starts a fresh count.
    if (r.lockedUntil !== 0) {
      r.lockedUntil = 0;
      r.fails = 0;
    }
    const right = validPin(pin) && (await hashPin(pin, r.salt, this.deps.sha256)) === r.hash;
    if (right) {
      r.fails = 0;
      r.locks = 0;
      this.write();
      return { ok: true };
    }
    r.fails += 1;
    if (r.fails >= MAX_TRIES) {
      r.fails = 0;
      r.lockedUntil = now + lockMs(r.locks ?? 0);
      r.locks = (r.locks ?? 0) + 1;
      this.write();
      return { ok: false, reason: 'locked', until: r.lockedUntil };
    }
    this.write();
    return { ok: false, reason: 'wrong', triesLeft: MAX_TRIES - r.fails };
  }

  private read(): PinRecord | null {
    let text: string | null = null;
    try {
      text = this.kv?.getItem(PIN_KEY) ?? null;
    } catch {
      return null;
    }
    if (text === null) return null;
    try {
      const raw: unknown = JSON.parse(text);
      const r = readPinRecord(raw);
      if (r !== BAD) return r;
    } catch {
      // falls through: kept aside below
    }
    try {
      this.kv?.setItem(`${PIN_KEY}.corrupt.${this.deps.now()}`, text);
      this.kv?.removeItem(PIN_KEY);
    } catch {
      // Nowhere to keep it: the unreadable record stays where it is, and a new PIN is asked for.
    }
    return null;
  }

  private write(): void {
    try {
      this.kv?.setItem(PIN_KEY, JSON.stringify(this.record));
    } catch {
      // Storage full: the PIN and the count hold for this visit in memory.
    }
  }
}
