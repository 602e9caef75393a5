// A Map-backed KeyValueStore for the core tests: optional starting entries, and setItem that throws like a full
// browser storage when `full` is set.
import type { KeyValueStore } from '../../../src/core/storage';

export class FakeKv implements KeyValueStore {
  readonly map = new Map<string, string>();
  full = false;
  constructor(initial: Record<string, string> = {}) {
    for (const [k, v] of Object.entries(initial)) this.map.set(k, v);
  }
  getItem(key: string): string | null {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.full) throw new DOMException('full', 'QuotaExceededError');
    this.map.set(key, value);
  }
  removeItem(key: string): void {
    this.map.delete(key);
  }
  keysLike(prefix: string): string[] {
    return [...this.map.keys()].filter((k) => k.startsWith(prefix));
  }
}
