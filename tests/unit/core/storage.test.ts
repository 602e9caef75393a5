// SaveStore against an in-memory KeyValueStore fake: defaults, persistence, records, rounds,
// and every way real browser storage goes wrong (missing, throwing, full, corrupt, foreign, newer).
import { describe, expect, it, vi } from 'vitest';
import { CURRENT_VERSION, SAVE_KEY, SaveStore, defaultSettings, type KeyValueStore, type StorageNotice } from '../../../src/core/storage';

/** A Map-backed store whose getItem/setItem/removeItem can be made to throw. */
class FakeStore implements KeyValueStore {
  readonly map = new Map<string, string>();
  getError: unknown = null;
  setError: unknown = null;
  setCalls = 0;
  removeCalls = 0;

  constructor(initial: Record<string, string> = {}) {
    for (const [k, v] of Object.entries(initial)) this.map.set(k, v);
  }
  getItem(key: string): string | null {
    if (this.getError) throw this.getError;
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.setCalls++;
    if (this.setError) throw this.setError;
    this.map.set(key, value);
  }
  removeItem(key: string): void {
    this.removeCalls++;
    this.map.delete(key);
  }
  saved(): unknown {
    const text = this.map.get(SAVE_KEY);
    return text === undefined ? undefined : JSON.parse(text);
  }
  corruptKeys(): string[] {
    return [...this.map.keys()].filter((k) => k.startsWith(`${SAVE_KEY}.corrupt.`));
  }
}

function clock(start = 1_700_000_000_000) {
  let t = start;
  return { now: () => t, advance: (ms: number) => (t += ms) };
}

function quotaError(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

/** Firefox's name for a full store; no code, so only the name can identify it. */
function firefoxQuotaError(): Error {
  const e = new Error('Persistent storage maximum size reached');
  e.name = 'NS_ERROR_DOM_QUOTA_REACHED';
  return e;
}

describe('SaveStore', () => {
  it('gives defaults and no notice on fresh storage, and writes nothing until something changes', () => {
    const kv = new FakeStore();
    const store = new SaveStore(kv);
    expect(store.notice).toBeNull();
    expect(store.inMemoryOnly).toBe(false);
    expect(store.settings).toEqual(defaultSettings());
    expect(store.settings).toEqual({ sound: true, music: false, volume: 0.8, reducedMotion: false, textScale: 1, lang: 'en' });
    expect(store.snapshot()).toEqual({ version: CURRENT_VERSION, settings: defaultSettings(), levels: {}, rounds: {} });
    expect(store.levelRecord('cynefin', 'level-1')).toBeUndefined();
    expect(store.loadRound('cynefin', 'level-1')).toBeUndefined();
    expect(kv.map.size).toBe(0);
  });

  it('takes reduced motion from the option on a fresh save', () => {
    const store = new SaveStore(new FakeStore(), { prefersReducedMotion: true });
    expect(store.settings.reducedMotion).toBe(true);
  });

  it('keeps settings and a level result across a reload (a new SaveStore on the same storage)', () => {
    const kv = new FakeStore();
    const c = clock();
    const first = new SaveStore(kv, { now: c.now });
    first.updateSettings({ sound: false, volume: 0.25, lang: 'fr', textScale: 1.5 });
    first.recordResult('cynefin', 'level-2', 42, 2);

    const reloaded = new SaveStore(kv, { now: c.now });
    expect(reloaded.notice).toBeNull();
    expect(reloaded.settings).toEqual({ sound: false, music: false, volume: 0.25, reducedMotion: false, textScale: 1.5, lang: 'fr' });
    expect(reloaded.levelRecord('cynefin', 'level-2')).toEqual({ best: 42, stars: 2, attempts: 1, lastPlayed: c.now() });
    expect((kv.saved() as { version: number }).version).toBe(CURRENT_VERSION);
  });

  it('rejects invalid settings without changing the stored ones', () => {
    const kv = new FakeStore();
    const store = new SaveStore(kv);
    store.updateSettings({ volume: 0.5 });
    expect(() => store.updateSettings({ volume: 7 })).toThrow();
    expect(store.settings.volume).toBe(0.5);
    expect(new SaveStore(kv).settings.volume).toBe(0.5);
  });

  it('recordResult keeps the best score and most stars, counts attempts, stamps lastPlayed and reports newBest', () => {
    const c = clock(1_000);
    const store = new SaveStore(new FakeStore(), { now: c.now });

    const r1 = store.recordResult('g', 'l', 50, 1);
    expect(r1).toEqual({ newBest: true, record: { best: 50, stars: 1, attempts: 1, lastPlayed: 1_000 } });

    c.advance(500);
    const r2 = store.recordResult('g', 'l', 30, 3); // lower score, more stars
    expect(r2.newBest).toBe(false);
    expect(r2.record).toEqual({ best: 50, stars: 3, attempts: 2, lastPlayed: 1_500 });

    c.advance(500);
    const r3 = store.recordResult('g', 'l', 50, 0); // equal score is not a new best
    expect(r3.newBest).toBe(false);
    expect(r3.record).toEqual({ best: 50, stars: 3, attempts: 3, lastPlayed: 2_000 });

    c.advance(500);
    const r4 = store.recordResult('g', 'l', 80, 2);
    expect(r4.newBest).toBe(true);
    expect(r4.record).toEqual({ best: 80, stars: 3, attempts: 4, lastPlayed: 2_500 });

    // Another level of the same game is a separate record.
    expect(store.levelRecord('g', 'other')).toBeUndefined();
    expect(store.recordResult('g', 'other', 0, 0).newBest).toBe(true);
    expect(store.levelRecord('g', 'l')?.attempts).toBe(4);
  });

  it('does not report a new best when a fractional score rounds to the stored best', () => {
    const store = new SaveStore(new FakeStore());
    store.recordResult('g', 'l', 10, 1);
    const r = store.recordResult('g', 'l', 10.4, 1);
    expect(r.record.best).toBe(10);
    expect(r.newBest).toBe(false);
  });

  it('saves, loads and clears a round in progress, and a new store resumes it', () => {
    const kv = new FakeStore();
    const c = clock(5_000);
    const store = new SaveStore(kv, { now: c.now });
    const state = { cardIndex: 3, placed: [{ id: 'a', domain: 'clear' }], score: 12 };

    store.saveRound('cynefin', 'level-1', state);
    state.score = 99; // the caller keeps mutating its own object
    expect(store.loadRound('cynefin', 'level-1')).toEqual({ cardIndex: 3, placed: [{ id: 'a', domain: 'clear' }], score: 12 });
    expect(store.loadRound('cynefin', 'level-2')).toBeUndefined(); // a different level of the same game
    expect(store.snapshot().rounds.cynefin?.savedAt).toBe(5_000);

    const loaded = store.loadRound('cynefin', 'level-1') as { score: number };
    loaded.score = -1;
    expect((store.loadRound('cynefin', 'level-1') as { score: number }).score).toBe(12);

    const reloaded = new SaveStore(kv);
    expect(reloaded.loadRound('cynefin', 'level-1')).toEqual({ cardIndex: 3, placed: [{ id: 'a', domain: 'clear' }], score: 12 });

    reloaded.clearRound('cynefin');
    expect(reloaded.loadRound('cynefin', 'level-1')).toBeUndefined();
    expect(new SaveStore(kv).loadRound('cynefin', 'level-1')).toBeUndefined();
  });

  it('keeps one round per game: saving another level replaces the round, other games keep theirs', () => {
    const store = new SaveStore(new FakeStore());
    store.saveRound('cynefin', 'level-1', { n: 1 });
    store.saveRound('facilitator', 'intro', { n: 2 });
    store.saveRound('cynefin', 'level-2', { n: 3 });
    expect(store.loadRound('cynefin', 'level-1')).toBeUndefined();
    expect(store.loadRound('cynefin', 'level-2')).toEqual({ n: 3 });
    expect(store.loadRound('facilitator', 'intro')).toEqual({ n: 2 });
  });

  it('remembers the latest round in progress across games, with its level name, for "Continue"', () => {
    const kv = new FakeStore();
    const c = clock(1_000);
    const store = new SaveStore(kv, { now: c.now });
    expect(store.latestRound()).toBeUndefined();
    store.saveRound('cynefin', 'first-sort', { n: 1 }, { en: 'First sort' });
    c.advance(10);
    store.saveRound('facilitator', 'world-cafe', { n: 2 }, { en: 'World café' });
    expect(store.latestRound()).toMatchObject({ gameId: 'facilitator', levelId: 'world-cafe', levelTitle: { en: 'World café' }, savedAt: 1_010 });
    c.advance(10);
    store.saveRound('cynefin', 'first-sort', { n: 3 }, { en: 'First sort' });
    expect(new SaveStore(kv).latestRound()).toMatchObject({ gameId: 'cynefin', levelTitle: { en: 'First sort' }, state: { n: 3 } });
    store.recordResult('cynefin', 'first-sort', 10, 1);
    expect(store.latestRound()?.gameId).toBe('facilitator');
  });

  it('recordResult clears the round in progress for that game, in memory and in storage', () => {
    const kv = new FakeStore();
    const store = new SaveStore(kv);
    store.saveRound('cynefin', 'level-1', { step: 4 });
    store.saveRound('facilitator', 'intro', { node: 'n2' });
    store.recordResult('cynefin', 'level-1', 20, 1);
    expect(store.loadRound('cynefin', 'level-1')).toBeUndefined();
    expect(store.loadRound('facilitator', 'intro')).toEqual({ node: 'n2' });
    const reloaded = new SaveStore(kv);
    expect(reloaded.loadRound('cynefin', 'level-1')).toBeUndefined();
    expect(reloaded.loadRound('facilitator', 'intro')).toEqual({ node: 'n2' });
  });

  it('plays on in memory with notice "unavailable" when there is no storage at all', () => {
    const store = new SaveStore(null);
    expect(store.notice).toBe('unavailable');
    expect(store.inMemoryOnly).toBe(true);
    expect(() => {
      store.updateSettings({ sound: false });
      store.recordResult('g', 'l', 7, 1);
      store.saveRound('g2', 'l', { x: 1 });
      store.clearRound('g2');
    }).not.toThrow();
    expect(store.settings.sound).toBe(false);
    expect(store.levelRecord('g', 'l')).toMatchObject({ best: 7, stars: 1, attempts: 1 });
    expect(store.notice).toBe('unavailable');
  });

  it('reports "unavailable" and never writes when getItem throws (private mode SecurityError)', () => {
    const kv = new FakeStore({ [SAVE_KEY]: 'whatever was there' });
    kv.getError = new DOMException('The operation is insecure.', 'SecurityError');
    const store = new SaveStore(kv);
    expect(store.notice).toBe('unavailable');
    expect(store.inMemoryOnly).toBe(true);
    store.updateSettings({ volume: 0.1 });
    store.recordResult('g', 'l', 3, 1);
    expect(store.settings.volume).toBe(0.1);
    expect(store.levelRecord('g', 'l')?.best).toBe(3);
    expect(kv.setCalls).toBe(0);
    expect(kv.map.get(SAVE_KEY)).toBe('whatever was there');
  });

  it('reports "full" on QuotaExceededError, keeps updating in memory and leaves the earlier save intact', () => {
    const kv = new FakeStore();
    const store = new SaveStore(kv);
    store.recordResult('g', 'l', 10, 1);
    const before = kv.map.get(SAVE_KEY);
    expect(before).toBeDefined();

    kv.setError = quotaError();
    expect(() => store.recordResult('g', 'l', 90, 3)).not.toThrow();
    expect(store.notice).toBe('full');
    expect(store.inMemoryOnly).toBe(true);
    expect(store.levelRecord('g', 'l')).toMatchObject({ best: 90, stars: 3, attempts: 2 });
    store.updateSettings({ music: true });
    expect(store.settings.music).toBe(true);

    expect(kv.map.get(SAVE_KEY)).toBe(before);
    expect(new SaveStore(new FakeStore({ [SAVE_KEY]: before as string })).levelRecord('g', 'l')?.best).toBe(10);
  });

  it('reports "full" on Firefox\'s NS_ERROR_DOM_QUOTA_REACHED too, keeping memory and the earlier save', () => {
    const kv = new FakeStore();
    const store = new SaveStore(kv);
    store.updateSettings({ volume: 0.4 });
    const before = kv.map.get(SAVE_KEY);

    kv.setError = firefoxQuotaError();
    store.updateSettings({ volume: 0.9 });
    expect(store.notice).toBe('full');
    expect(store.settings.volume).toBe(0.9);
    expect(kv.map.get(SAVE_KEY)).toBe(before);
  });

  it('reports "unavailable", not "full", when setItem fails for another reason', () => {
    const kv = new FakeStore();
    const store = new SaveStore(kv);
    kv.setError = new DOMException('denied', 'SecurityError');
    store.updateSettings({ sound: false });
    expect(store.notice).toBe('unavailable');
    expect(store.settings.sound).toBe(false);
  });

  it('calls onNotice listeners once when the store fills mid-session, and not after unsubscribing', () => {
    const kv = new FakeStore();
    const store = new SaveStore(kv);
    const seen: StorageNotice[] = [];
    const other = vi.fn();
    store.onNotice((n) => seen.push(n));
    const unsubscribe = store.onNotice(other);
    unsubscribe();

    store.recordResult('g', 'l', 1, 1);
    store.saveRound('g', 'l', { a: 1 });
    expect(seen).toEqual([]);

    kv.setError = quotaError();
    store.saveRound('g', 'l', { a: 2 });
    expect(seen).toEqual(['full']);
    const setCallsAfterFull = kv.setCalls;

    store.saveRound('g', 'l', { a: 3 });
    store.updateSettings({ sound: false });
    expect(seen).toEqual(['full']); // stops trying; does not nag on every action
    expect(kv.setCalls).toBe(setCallsAfterFull);
    expect(other).not.toHaveBeenCalled();
    expect(store.loadRound('g', 'l')).toEqual({ a: 3 });
  });

  it('sets corrupt JSON aside under a .corrupt. key, with notice "corrupt", and later writes work', () => {
    const text = '{"version":2,"settings":{"sound":tru';
    const kv = new FakeStore({ [SAVE_KEY]: text });
    const c = clock(123_456);
    const store = new SaveStore(kv, { now: c.now });

    expect(store.notice).toBe('corrupt');
    expect(store.settings).toEqual(defaultSettings());
    const aside = kv.corruptKeys();
    expect(aside).toHaveLength(1);
    expect(kv.map.get(aside[0] as string)).toBe(text);

    expect(store.inMemoryOnly).toBe(false);
    store.recordResult('g', 'l', 5, 1);
    expect(kv.saved()).toMatchObject({ version: CURRENT_VERSION, levels: { 'g/l': { best: 5 } } });
    expect(kv.map.get(aside[0] as string)).toBe(text); // the set-aside copy is never overwritten

    const reloaded = new SaveStore(kv);
    expect(reloaded.notice).toBeNull();
    expect(reloaded.levelRecord('g', 'l')?.best).toBe(5);
  });

  it('sets foreign data (valid JSON of another shape) aside the same way', () => {
    const text = '{"foo":1}';
    const kv = new FakeStore({ [SAVE_KEY]: text });
    const store = new SaveStore(kv);
    expect(store.notice).toBe('corrupt');
    const aside = kv.corruptKeys();
    expect(aside).toHaveLength(1);
    expect(kv.map.get(aside[0] as string)).toBe(text);
    store.updateSettings({ sound: false });
    expect(kv.saved()).toMatchObject({ version: CURRENT_VERSION, settings: { sound: false } });
  });

  it('sets aside only the entries that fail their check, keeps the rest, and says so', () => {
    const bad = JSON.stringify({
      version: CURRENT_VERSION,
      settings: { ...defaultSettings(), sound: false, volume: 7 },
      levels: { 'g/l': { best: -5, stars: 9, attempts: 1, lastPlayed: 0 }, 'g/ok': { best: 30, stars: 2, attempts: 1, lastPlayed: 5 } },
      rounds: { h: { levelId: 'x', state: { a: 1 }, savedAt: 3 }, i: { levelId: 7 } },
    });
    const kv = new FakeStore({ [SAVE_KEY]: bad });
    const store = new SaveStore(kv);
    expect(store.notice).toBe('salvaged');
    expect(store.inMemoryOnly).toBe(false);
    expect(store.levelRecord('g', 'l')).toBeUndefined();
    expect(store.levelRecord('g', 'ok')).toEqual({ best: 30, stars: 2, attempts: 1, lastPlayed: 5 });
    expect(store.loadRound('h', 'x')).toEqual({ a: 1 });
    expect(store.settings.sound).toBe(false); // the good setting kept
    expect(store.settings.volume).toBe(0.8); // the bad one back to its default
    // The whole original is kept aside, so nothing that was saved is lost; the save now holds the good part.
    expect(kv.corruptKeys().map((k) => kv.map.get(k))).toEqual([bad]);
    expect(new SaveStore(kv).notice).toBeNull();
    expect(new SaveStore(kv).levelRecord('g', 'ok')?.best).toBe(30);
  });

  it('never overwrites or removes the original when setting corrupt data aside fails', () => {
    const text = 'not json at all';
    const kv = new FakeStore({ [SAVE_KEY]: text });
    kv.setError = quotaError();
    const store = new SaveStore(kv);

    // The notice does not claim a copy was kept: the original is left where it is and this visit is not saved.
    expect(store.notice).toBe('corruptKept');
    expect(store.inMemoryOnly).toBe(true);
    store.updateSettings({ volume: 0.2 });
    store.recordResult('g', 'l', 10, 2);
    store.saveRound('h', 'l', { s: 1 });
    kv.setError = null; // even if storage frees up later in the session

    store.updateSettings({ volume: 0.3 });
    store.recordResult('g', 'l', 11, 2);
    expect(kv.map.get(SAVE_KEY)).toBe(text);
    expect(kv.removeCalls).toBe(0);
    expect(kv.corruptKeys()).toEqual([]);
    expect(store.settings.volume).toBe(0.3);
    expect(store.levelRecord('g', 'l')?.best).toBe(11);
  });

  it('migrates a version 1 save (scores, sound, volume kept; new fields defaulted) and writes back version 2', () => {
    const v1 = {
      version: 1,
      settings: { sound: false, volume: 0.3 },
      scores: { 'cynefin/level-1': { best: 40, stars: 2 }, 'facilitator/intro': { best: 7, stars: 1 } },
    };
    const kv = new FakeStore({ [SAVE_KEY]: JSON.stringify(v1) });
    const store = new SaveStore(kv, { prefersReducedMotion: true });

    expect(store.notice).toBeNull();
    expect(store.settings).toEqual({ sound: false, volume: 0.3, music: false, reducedMotion: true, textScale: 1, lang: 'en' });
    expect(store.levelRecord('cynefin', 'level-1')).toMatchObject({ best: 40, stars: 2 });
    expect(store.levelRecord('facilitator', 'intro')).toMatchObject({ best: 7, stars: 1 });
    expect(store.snapshot().rounds).toEqual({});

    const written = kv.saved() as { version: number; levels: Record<string, { best: number; stars: number }> };
    expect(written.version).toBe(2);
    expect(written.levels['cynefin/level-1']).toMatchObject({ best: 40, stars: 2 });
    expect(kv.corruptKeys()).toEqual([]);

    // A migrated best still counts: a lower score is not a new best.
    expect(store.recordResult('cynefin', 'level-1', 30, 1).newBest).toBe(false);
    const reloaded = new SaveStore(kv);
    expect(reloaded.notice).toBeNull();
    expect(reloaded.levelRecord('cynefin', 'level-1')).toMatchObject({ best: 40, stars: 2 });
    expect(reloaded.settings.sound).toBe(false);
  });

  it('leaves a newer-version save byte-for-byte unchanged, with notice "newer", and plays in memory', () => {
    const text = '{"version":99,  "settings":{"sound":true,"hologram":"on"},"levels":{},"rounds":{}}';
    const kv = new FakeStore({ [SAVE_KEY]: text });
    const store = new SaveStore(kv);

    expect(store.notice).toBe('newer');
    expect(store.inMemoryOnly).toBe(true);
    store.updateSettings({ sound: false });
    store.recordResult('g', 'l', 9, 1);
    store.saveRound('h', 'l', { s: 1 });
    store.clearRound('h');
    expect(store.settings.sound).toBe(false);
    expect(store.levelRecord('g', 'l')?.best).toBe(9);

    expect(kv.map.get(SAVE_KEY)).toBe(text);
    expect(kv.setCalls).toBe(0);
    expect(kv.removeCalls).toBe(0);
    expect(kv.corruptKeys()).toEqual([]);
  });

  it('snapshot() and settings return copies: mutating them does not change the store', () => {
    const kv = new FakeStore();
    const store = new SaveStore(kv);
    store.recordResult('g', 'l', 10, 1);
    store.saveRound('h', 'l', { deep: { n: 1 } });

    const snap = store.snapshot();
    snap.settings.volume = 0;
    (snap.levels['g/l'] as { best: number }).best = 999;
    snap.levels['x/y'] = { best: 1, stars: 1, attempts: 1, lastPlayed: 1 };
    (snap.rounds.h!.state as { deep: { n: number } }).deep.n = 2;
    const settings = store.settings;
    settings.sound = false;
    const rec = store.levelRecord('g', 'l');
    if (rec) rec.best = 500;

    expect(store.settings.volume).toBe(0.8);
    expect(store.settings.sound).toBe(true);
    expect(store.levelRecord('g', 'l')?.best).toBe(10);
    expect(store.levelRecord('x', 'y')).toBeUndefined();
    expect(store.loadRound('h', 'l')).toEqual({ deep: { n: 1 } });
    expect(new SaveStore(kv).levelRecord('g', 'l')?.best).toBe(10);
  });
});
