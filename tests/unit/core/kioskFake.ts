// A Map-backed KeyValueStore for the kiosk's core tests; setItem can be made to throw (storage full).
import type { KeyValueStore } from '../../../src/core/storage';

export class FakeKv implements KeyValueStore {
  readonly map = new Map<string, string>();
  full = false;
  getItem(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.full) {
      const e = new Error('full');
      e.name = 'QuotaExceededError';
      throw e;
    }
    this.map.set(key, value);
  }
  removeItem(key: string): void {
    this.map.delete(key);
  }
  keysLike(prefix: string): string[] {
    return [...this.map.keys()].filter((k) => k.startsWith(prefix));
  }
}
