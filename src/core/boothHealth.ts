// What the operator panel says about the booth's health, as pure rules: whether the card's address can be opened
// from a visitor's phone, whether the arcade is ready to work offline, storage figures and times written out in the
// operator's language, and the small record the booth keeps (the last error caught, the last visitor's round).
import type { KeyValueStore } from './storage';
import { BAD, int, nullable, object, str } from './storedData';

export const HEALTH_KEY = 'learning-arcade/kiosk-health';
/** Longest error message kept: enough to recognise it, never a whole stack. */
export const MAX_ERROR_CHARS = 200;

// ---- The card's address ----

/** Why the address on the card may not open on a visitor's phone. */
export type AddressIssue = 'unset' | 'local' | 'invalid';

/** A host only this device or its own network can reach: a phone on the mobile network cannot open it. */
export function isLocalAddress(url: string): boolean {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol === 'file:') return true;
  const host = u.hostname
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
  if (host === '' || host === 'localhost' || host.endsWith('.localhost') || host.endsWith('.local')) return true;
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (v4) {
    const a = Number(v4[1]);
    const b = Number(v4[2]);
    return a === 127 || a === 10 || a === 0 || (a === 192 && b === 168) || (a === 172 && b >= 16 && b <= 31) || (a === 169 && b === 254);
  }
  // IPv6: loopback, unspecified, link-local (fe80::/10) and unique local (fc00::/7) addresses.
  if (host.includes(':')) return host === '::1' || host === '::' || /^fe[89ab]/.test(host) || /^f[cd]/.test(host);
  return false;
}

/** What to warn the operator about: the address was not set at build time, is local, or is not an address. */
export function addressIssues(url: string, setAtBuild: boolean): AddressIssue[] {
  const out: AddressIssue[] = [];
  if (!setAtBuild) out.push('unset');
  let ok = false;
  try {
    ok = /^https?:$/.test(new URL(url).protocol);
  } catch {
    ok = false;
  }
  if (!ok) out.push('invalid');
  else if (isLocalAddress(url)) out.push('local');
  return out;
}

// ---- Offline ----

export { offlineStatus } from './offlineStatus';

// ---- Figures in the operator's language ----

const UNITS = [
  ['gigabyte', 1e9],
  ['megabyte', 1e6],
  ['kilobyte', 1e3],
] as const;

/** Bytes as a short figure with its unit in a language: "1.2 MB", "1,2 Mo", "850 kB". */
export function formatBytes(bytes: number, lang: string): string {
  const n = Math.max(0, bytes);
  const [unit, size] = UNITS.find(([, s]) => n >= s) ?? (['byte', 1] as const);
  return new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: n / size < 10 ? 1 : 0 }).format(n / size);
}

/** Storage used and free from the browser's estimate; null when it tells nothing usable. */
export function storageFigures(estimate: { usage?: number; quota?: number } | null, lang: string): { used: string; free: string } | null {
  const usage = estimate?.usage;
  const quota = estimate?.quota;
  if (typeof usage !== 'number' || typeof quota !== 'number' || !Number.isFinite(usage) || !Number.isFinite(quota) || quota <= 0) return null;
  return { used: formatBytes(usage, lang), free: formatBytes(quota - usage, lang) };
}

/** A moment as the operator reads it: the time alone today, the date and time on another day. */
export function formatWhen(at: number, now: number, lang: string): string {
  const a = new Date(at);
  const b = new Date(now);
  const sameDay = a.getFullYear() === b.getFullYear() && a.getMonth() === b.getMonth() && a.getDate() === b.getDate();
  return new Intl.DateTimeFormat(lang, sameDay ? { timeStyle: 'short' } : { dateStyle: 'medium', timeStyle: 'short' }).format(a);
}

// ---- What the booth keeps ----

export interface BoothHealthData {
  /** The last uncaught error or rejected promise on this device, shortened. */
  lastError: { message: string; at: number } | null;
  /** When the last round started at the booth. */
  lastVisitAt: number | null;
}

const readHealth = object<BoothHealthData>({
  lastError: nullable(object<{ message: string; at: number }>({ message: str(MAX_ERROR_CHARS), at: int(0) })),
  lastVisitAt: nullable(int(0)),
});

/** An error's message on one line and at most MAX_ERROR_CHARS long. */
export function shortMessage(message: string): string {
  const line = message.replace(/\s+/g, ' ').trim();
  return line.length > MAX_ERROR_CHARS ? `${line.slice(0, MAX_ERROR_CHARS - 1)}…` : line;
}

/** The booth's health record over an injected store; kept in memory when storage refuses it. */
export class BoothHealth {
  private data: BoothHealthData = { lastError: null, lastVisitAt: null };

  constructor(
    private readonly kv: KeyValueStore | null,
    private readonly now: () => number = () => Date.now(),
  ) {
    try {
      const text = kv?.getItem(HEALTH_KEY);
      const read = text ? readHealth(JSON.parse(text)) : BAD;
      if (read !== BAD) this.data = read;
    } catch {
      // Unreadable: start a fresh record (it holds nothing a visitor or the operator would miss).
    }
  }

  get value(): BoothHealthData {
    return structuredClone(this.data);
  }

  recordError(message: string): void {
    const m = shortMessage(message);
    if (m) this.save({ ...this.data, lastError: { message: m, at: this.now() } });
  }

  recordVisit(): void {
    this.save({ ...this.data, lastVisitAt: this.now() });
  }

  private save(next: BoothHealthData): void {
    this.data = next;
    try {
      this.kv?.setItem(HEALTH_KEY, JSON.stringify(next));
    } catch {
      // Storage full or refused: the record lasts until the page closes; the panel's storage line says why.
    }
  }
}
