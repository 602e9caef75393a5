// The operator panel's health rules: which addresses a visitor's phone cannot open, offline readiness from the
// service worker's state, storage and times in the operator's language, and the booth's small health record.
import { describe, expect, it } from 'vitest';
import {
  BoothHealth,
  HEALTH_KEY,
  MAX_ERROR_CHARS,
  addressIssues,
  formatBytes,
  formatWhen,
  isLocalAddress,
  offlineStatus,
  storageFigures,
} from '../../../src/core/boothHealth';
import { FakeKv } from './fakeKv';

describe('booth health', () => {
  it('tells local addresses from public ones', () => {
    const local = [
      'http://localhost:5173/',
      'http://127.0.0.1:4173/',
      'http://127.8.9.1/',
      'http://10.0.0.12/arcade/',
      'http://192.168.1.20/',
      'http://172.16.0.1/',
      'http://172.31.255.255/',
      'http://booth.local/',
      'http://arcade.localhost/',
      'http://[::1]:8080/',
      'http://[fe80::1]/',
      'http://[fd12::1]/',
      'http://169.254.1.1/',
      'file:///home/booth/dist/index.html',
    ];
    const remote = [
      'https://example.org/arcade/',
      'http://172.15.0.1/',
      'http://172.32.0.1/',
      'http://192.169.0.1/',
      'https://local.example.org/',
      'https://8.8.8.8/',
      'http://[2001:db8::1]/',
    ];
    for (const u of local) expect(isLocalAddress(u), u).toBe(true);
    for (const u of remote) expect(isLocalAddress(u), u).toBe(false);
  });

  it('warns when the address was not set at build time, is local, or is no web address', () => {
    expect(addressIssues('https://example.org/arcade/', true)).toEqual([]);
    expect(addressIssues('http://127.0.0.1:4173/', false)).toEqual(['unset', 'local']);
    expect(addressIssues('https://example.org/', false)).toEqual(['unset']);
    expect(addressIssues('http://192.168.0.2/', true)).toEqual(['local']);
    expect(addressIssues('not an address', true)).toEqual(['invalid']);
    expect(addressIssues('javascript:alert(1)', true)).toEqual(['invalid']);
  });

  it('reads offline readiness from the service worker, not from a first-install event', () => {
    expect(offlineStatus({ supported: true, active: true, failed: false })).toBe('ready');
    expect(offlineStatus({ supported: true, active: false, failed: false })).toBe('notReady');
    expect(offlineStatus({ supported: true, active: false, failed: true })).toBe('failed');
    expect(offlineStatus({ supported: false, active: false, failed: false })).toBe('unsupported');
  });

  it('writes storage figures in the operator’s language', () => {
    expect(formatBytes(1_234_567, 'en')).toBe('1.2 MB');
    expect(formatBytes(850_000, 'en')).toBe('850 kB');
    expect(formatBytes(12, 'en')).toBe('12 byte');
    expect(formatBytes(2_500_000_000, 'fr')).toMatch(/^2,5\sGo$/);
    expect(storageFigures({ usage: 1_200_000, quota: 3_000_000_000 }, 'en')).toEqual({ used: '1.2 MB', free: '3 GB' });
    expect(storageFigures({ usage: 5 }, 'en')).toBeNull();
    expect(storageFigures(null, 'en')).toBeNull();
    expect(storageFigures({ usage: 1, quota: 0 }, 'en')).toBeNull();
  });

  it('writes a time alone today and with its date on another day', () => {
    const now = new Date(2026, 4, 12, 15, 0).getTime();
    expect(formatWhen(new Date(2026, 4, 12, 9, 5).getTime(), now, 'en')).toBe('9:05 AM');
    expect(formatWhen(new Date(2026, 4, 11, 17, 30).getTime(), now, 'en')).toMatch(/^May 11, 2026.*5:30\sPM$/);
    expect(formatWhen(new Date(2026, 4, 12, 9, 5).getTime(), now, 'fr')).toBe('09:05');
  });

  it('keeps the last error and the last visitor across a reload, shortened, and in memory when storage is full', () => {
    const kv = new FakeKv();
    let t = 1000;
    const h = new BoothHealth(kv, () => t);
    expect(h.value).toEqual({ lastError: null, lastVisitAt: null });
    h.recordVisit();
    t = 2000;
    h.recordError(`TypeError:\n   boom ${'x'.repeat(500)}`);
    const again = new BoothHealth(kv, () => t).value;
    expect(again.lastVisitAt).toBe(1000);
    expect(again.lastError?.at).toBe(2000);
    expect(again.lastError?.message.startsWith('TypeError: boom x')).toBe(true);
    expect(again.lastError?.message.length).toBe(MAX_ERROR_CHARS);
    kv.full = true;
    t = 3000;
    h.recordVisit();
    expect(h.value.lastVisitAt).toBe(3000);
  });

  it('starts afresh from a record it cannot read', () => {
    for (const bad of [
      '{',
      '"x"',
      '{"lastError":{"message":5,"at":1},"lastVisitAt":null}',
      '{"lastVisitAt":-1,"lastError":null}',
      JSON.stringify({ lastError: { message: 'x'.repeat(MAX_ERROR_CHARS + 1), at: 1 }, lastVisitAt: 1 }),
    ]) {
      expect(new BoothHealth(new FakeKv({ [HEALTH_KEY]: bad })).value, bad.slice(0, 30)).toEqual({ lastError: null, lastVisitAt: null });
    }
    expect(new BoothHealth(null).value).toEqual({ lastError: null, lastVisitAt: null });
  });
});
