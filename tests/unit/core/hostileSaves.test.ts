// Saved data as an attacker or an unlucky browser leaves it: nested thousands deep, huge, with hostile keys,
// a version-1 save to migrate, two tabs writing at once, and arbitrary JSON. Boot never throws, and no valid
// part of a save is lost.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FakeKv } from './fakeKv';
import { CURRENT_VERSION, SAVE_KEY, SaveStore, V1_COPY_KEY, defaultSettings, type SaveData } from '../../../src/core/storage';

class MapStore extends FakeKv {
  /** The texts kept aside under the save's .corrupt. keys. */
  aside(): string[] {
    return this.keysLike(`${SAVE_KEY}.corrupt.`).map((k) => this.map.get(k)!);
  }
}

const nested = (depth: number): string => `${'['.repeat(depth)}${']'.repeat(depth)}`;

function save(extra: Partial<SaveData> = {}): SaveData {
  return {
    version: CURRENT_VERSION,
    settings: defaultSettings(),
    levels: { 'cynefin/first-sort': { best: 80, stars: 2, attempts: 3, lastPlayed: 10 } },
    rounds: {},
    ...extra,
  };
}

describe('a hostile or broken save', () => {
  for (const depth of [4_000, 20_000, 100_000]) {
    it(`sets aside a round whose state is nested ${depth} deep, keeps the level records, and plays on`, () => {
      const text = JSON.stringify(save()).replace('"rounds":{}', `"rounds":{"cynefin":{"levelId":"first-sort","state":${nested(depth)},"savedAt":5}}`);
      const kv = new MapStore({ [SAVE_KEY]: text });
      const store = new SaveStore(kv);
      expect(store.notice).toBe('salvaged');
      expect(store.latestRound()).toBeUndefined();
      expect(store.levelRecord('cynefin', 'first-sort')?.best).toBe(80);
      expect(() => store.snapshot()).not.toThrow();
      expect(kv.aside()).toEqual([text]);
      store.recordResult('cynefin', 'first-sort', 90, 3);
      expect(new SaveStore(kv).levelRecord('cynefin', 'first-sort')?.best).toBe(90);
    });
  }

  it('refuses to save a round state that could not be read back, keeping the one saved before', () => {
    const store = new SaveStore(new MapStore());
    store.saveRound('cynefin', 'a', { ok: 1 });
    expect(() => store.saveRound('cynefin', 'a', JSON.parse(nested(5_000)))).toThrow(/too deep/);
    expect(store.loadRound('cynefin', 'a')).toEqual({ ok: 1 });
  });

  it('sets a value of several megabytes aside without parsing it, and says a copy is kept', () => {
    const text = `{"version":2,"junk":"${'x'.repeat(2_000_000)}"}`;
    const kv = new MapStore({ [SAVE_KEY]: text });
    const store = new SaveStore(kv);
    expect(store.notice).toBe('corrupt');
    expect(kv.aside()).toEqual([text]);
    expect(kv.map.has(SAVE_KEY)).toBe(false);
  });

  it('when the unreadable value does not fit a second time, leaves it in place and says this visit is not saved', () => {
    const text = `not json ${'x'.repeat(100)}`;
    const kv = new MapStore({ [SAVE_KEY]: text });
    kv.full = true;
    const store = new SaveStore(kv);
    expect(store.notice).toBe('corruptKept');
    expect(store.inMemoryOnly).toBe(true);
    store.recordResult('g', 'l', 1, 1);
    expect(kv.map.get(SAVE_KEY)).toBe(text);
  });

  it('sets aside keys that name built-in properties instead of writing through them', () => {
    const text =
      '{"version":2,"settings":{},"levels":{"__proto__":{"best":1,"stars":1,"attempts":1,"lastPlayed":1},"constructor/x":{"best":1,"stars":1,"attempts":1,"lastPlayed":1}},"rounds":{"__proto__":{"levelId":"a","state":{},"savedAt":1},"toString":{"levelId":"a","state":{},"savedAt":1}}}';
    const kv = new MapStore({ [SAVE_KEY]: text });
    const store = new SaveStore(kv);
    expect(store.notice).toBe('salvaged');
    const snap = store.snapshot();
    expect(Object.getPrototypeOf(snap.levels)).toBe(Object.prototype);
    expect(Object.keys(snap.rounds)).toEqual([]);
    expect(store.levelRecord('constructor', 'x')?.best).toBe(1); // an ordinary own key, kept
    expect(store.loadRound('toString', 'a')).toBeUndefined();
    expect(kv.aside()).toEqual([text]);
  });

  it('keeps a copy of a version-1 save before writing version 2 over it', () => {
    const v1 = JSON.stringify({ version: 1, settings: { sound: false, volume: 0.3 }, scores: { 'cynefin/a': { best: 4, stars: 1 } } });
    const kv = new MapStore({ [SAVE_KEY]: v1 });
    new SaveStore(kv);
    expect(kv.map.get(V1_COPY_KEY)).toBe(v1);
    expect(JSON.parse(kv.map.get(SAVE_KEY)!).version).toBe(2);
  });

  it('leaves a version-1 save as it is when there is no room for its copy', () => {
    const v1 = JSON.stringify({ version: 1, settings: { sound: false, volume: 0.3 }, scores: {} });
    const kv = new MapStore({ [SAVE_KEY]: v1 });
    kv.full = true;
    const store = new SaveStore(kv);
    expect(store.notice).toBe('full');
    expect(store.settings.sound).toBe(false);
    expect(kv.map.get(SAVE_KEY)).toBe(v1);
  });

  it('a round its game cannot resume is set aside and the rest kept', () => {
    const kv = new MapStore();
    const store = new SaveStore(kv, { now: () => 77 });
    store.saveRound('cynefin', 'a', { broken: true });
    store.recordResult('facilitator', 'b', 5, 1);
    store.setRoundAside('cynefin');
    expect(store.loadRound('cynefin', 'a')).toBeUndefined();
    expect(JSON.parse(kv.aside()[0]!)).toMatchObject({ setAside: ['rounds.cynefin'], round: { levelId: 'a', state: { broken: true } } });
    expect(new SaveStore(kv).levelRecord('facilitator', 'b')?.best).toBe(5);
    expect(new SaveStore(kv).loadRound('cynefin', 'a')).toBeUndefined();
  });
});

describe('two tabs on one storage', () => {
  it('neither overwrites the other: each keeps its results, the best of both survives', () => {
    const kv = new MapStore();
    const a = new SaveStore(kv, { now: () => 100 });
    const b = new SaveStore(kv, { now: () => 200 });
    a.recordResult('cynefin', 'one', 50, 1);
    b.recordResult('cynefin', 'two', 70, 2); // b never saw a's write
    a.recordResult('cynefin', 'one', 40, 2); // a never saw b's write
    const after = new SaveStore(kv);
    expect(after.levelRecord('cynefin', 'one')).toMatchObject({ best: 50, stars: 2 });
    expect(after.levelRecord('cynefin', 'two')).toMatchObject({ best: 70, stars: 2 });
  });

  it('keeps the other tab’s newer settings unless this tab changed its own', () => {
    const kv = new MapStore();
    const a = new SaveStore(kv);
    const b = new SaveStore(kv);
    b.updateSettings({ textScale: 1.5 });
    a.recordResult('g', 'l', 1, 1);
    expect(new SaveStore(kv).settings.textScale).toBe(1.5);
    a.updateSettings({ sound: false });
    expect(new SaveStore(kv).settings).toMatchObject({ sound: false });
  });

  it('takes another tab’s progress in from the storage event, and a finished round does not come back', () => {
    const kv = new MapStore();
    let t = 0;
    const a = new SaveStore(kv, { now: () => ++t });
    const b = new SaveStore(kv, { now: () => ++t });
    a.saveRound('cynefin', 'x', { n: 1 });
    expect(b.syncFromOtherTab(kv.getItem(SAVE_KEY))).toBe(false);
    expect(b.loadRound('cynefin', 'x')).toEqual({ n: 1 });
    b.recordResult('cynefin', 'x', 10, 1); // finished in b
    a.updateSettings({ music: true }); // a writes again, merging b's save
    const after = new SaveStore(kv);
    expect(after.loadRound('cynefin', 'x')).toBeUndefined();
    expect(after.levelRecord('cynefin', 'x')?.best).toBe(10);
    expect(b.syncFromOtherTab(kv.getItem(SAVE_KEY))).toBe(true); // music changed
    expect(b.settings.music).toBe(true);
  });
});

describe('fuzzing the save', () => {
  it('any JSON under the save key: the store starts, and reads back what it writes', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 6 }), (value) => {
        const kv = new MapStore({ [SAVE_KEY]: JSON.stringify(value) });
        const store = new SaveStore(kv);
        store.recordResult('cynefin', 'a', 3, 1);
        expect(new SaveStore(kv).levelRecord('cynefin', 'a')?.best).toBeGreaterThanOrEqual(3);
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  it('mutations of a real save: every level record that still passes its own check is kept', () => {
    const base = save({
      levels: {
        'cynefin/a': { best: 1, stars: 1, attempts: 1, lastPlayed: 1 },
        'cynefin/b': { best: 2, stars: 2, attempts: 2, lastPlayed: 2 },
        'facilitator/c': { best: 3, stars: 3, attempts: 3, lastPlayed: 3 },
      },
      rounds: { cynefin: { levelId: 'a', state: { v: 1, placed: [1, 2] }, savedAt: 4 } },
    });
    const paths = [
      'settings',
      'settings.sound',
      'settings.volume',
      'levels',
      'levels.cynefin/a',
      'levels.cynefin/a.best',
      'levels.cynefin/b.stars',
      'rounds',
      'rounds.cynefin',
      'rounds.cynefin.state',
      'rounds.cynefin.levelId',
      'version',
    ];
    fc.assert(
      fc.property(
        fc.subarray(paths, { minLength: 1, maxLength: 3 }),
        fc.array(fc.jsonValue({ maxDepth: 3 }), { minLength: 3, maxLength: 3 }),
        (where, values) => {
          const data = structuredClone(base) as unknown as Record<string, unknown>;
          where.forEach((p, i) => {
            const keys = p.split('.');
            let at = data as Record<string, unknown>;
            for (const k of keys.slice(0, -1)) at = (typeof at[k] === 'object' && at[k] !== null ? at[k] : (at[k] = {})) as Record<string, unknown>;
            Object.defineProperty(at, keys.at(-1)!, { value: values[i], enumerable: true, writable: true, configurable: true });
          });
          const kv = new MapStore({ [SAVE_KEY]: JSON.stringify(data) });
          const store = new SaveStore(kv);
          const original = JSON.parse(JSON.stringify(data)) as { version?: unknown; levels?: Record<string, unknown> };
          if (original.version === CURRENT_VERSION && typeof original.levels === 'object' && original.levels !== null && !Array.isArray(original.levels)) {
            for (const [key, rec] of Object.entries(original.levels)) {
              const r = rec as { best?: unknown; stars?: unknown; attempts?: unknown; lastPlayed?: unknown };
              const valid =
                [r?.best, r?.attempts, r?.lastPlayed].every((n) => Number.isInteger(n) && (n as number) >= 0) &&
                Number.isInteger(r?.stars) &&
                (r.stars as number) >= 0 &&
                (r.stars as number) <= 3;
              if (valid) expect(store.levelRecord(key.split('/')[0]!, key.split('/')[1]!)).toEqual(rec);
            }
          }
          // Anything not kept is in a copy aside, unless nothing needed setting aside.
          if (store.notice === 'salvaged' || store.notice === 'corrupt') expect(kv.aside()).toEqual([JSON.stringify(data)]);
        },
      ),
      { numRuns: 300, seed: 7 },
    );
  });
});
