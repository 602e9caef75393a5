// The operator's settings: defaults, field-by-field fallback, the booth set per game, storage refusing.
import { describe, expect, it } from 'vitest';
import { DEFAULT_IDLE_SECONDS, KIOSK_KEY, KioskStore, boothGame, kioskRequested, nextIdle, parseKioskSettings } from '../../../src/core/kioskSettings';
import { defaultSettings } from '../../../src/core/saveFormat';
import { FakeKv } from './fakeKv';

describe('kiosk settings', () => {
  it('is asked for by ?mode=kiosk', () => {
    expect(kioskRequested('?mode=kiosk')).toBe(true);
    expect(kioskRequested('?lang=pseudo&mode=kiosk')).toBe(true);
    expect(kioskRequested('?mode=workshop')).toBe(false);
    expect(kioskRequested('')).toBe(false);
  });

  it('falls back per field', () => {
    const s = parseKioskSettings({
      active: 'yes',
      idleSeconds: 7,
      games: { cynefin: { offered: false, levelId: '03-borderline-cases', short: true }, 'Bad Id': {}, facilitator: { offered: 1 } },
      baseline: { nope: 1 },
    });
    expect(s.active).toBe(false);
    expect(s.idleSeconds).toBe(DEFAULT_IDLE_SECONDS);
    expect(Object.keys(s.games)).toEqual(['cynefin']);
    expect(boothGame(s, 'cynefin')).toEqual({ offered: false, levelId: '03-borderline-cases', short: true });
    // The booth round is on unless the operator turned it off.
    expect(boothGame(s, 'facilitator')).toEqual({ offered: true, levelId: null, short: true });
    expect(s.baseline).toBeNull();
    expect(parseKioskSettings('junk').games).toEqual({});
    // The anonymous board is off unless the operator turned it on.
    expect(s.anonymousBoard).toBe(false);
    expect(parseKioskSettings({ anonymousBoard: 'yes' }).anonymousBoard).toBe(false);
    expect(parseKioskSettings({ anonymousBoard: true }).anonymousBoard).toBe(true);
  });

  it('cycles the idle times', () => {
    expect(nextIdle(90)).toBe(120);
    expect(nextIdle(300)).toBe(60);
    expect(nextIdle(13)).toBe(60);
  });

  it('persists and reports storage that refuses', () => {
    const kv = new FakeKv();
    const store = new KioskStore(kv);
    store.update({ active: true, baseline: defaultSettings() });
    store.setGame('cynefin', { short: true });
    const again = new KioskStore(kv).settings;
    expect(again.active).toBe(true);
    expect(again.games.cynefin).toEqual({ offered: true, levelId: null, short: true });
    store.update({ anonymousBoard: true });
    expect(new KioskStore(kv).settings.anonymousBoard).toBe(true);
    kv.full = true;
    store.update({ idleSeconds: 120 });
    expect(store.saved).toBe(false);
    expect(store.settings.idleSeconds).toBe(120);
    kv.map.set(KIOSK_KEY, '{bad');
    expect(new KioskStore(kv).settings.active).toBe(false);
  });
});

describe('names on the board', () => {
  it('goes round typed, chosen from a list, none (scores only), and reads back what was kept', async () => {
    const { boardNames, nextBoardNames, defaultKioskSettings, parseKioskSettings } = await import('../../../src/core/kioskSettings');
    let s = defaultKioskSettings();
    const seen: string[] = [];
    for (let i = 0; i < 4; i++) {
      seen.push(boardNames(s));
      s = { ...s, ...nextBoardNames(s) };
    }
    expect(seen).toEqual(['typed', 'list', 'none', 'typed']);
    expect(boardNames(parseKioskSettings({ listNames: true }))).toBe('list');
    expect(boardNames(parseKioskSettings({ listNames: 'yes', anonymousBoard: true }))).toBe('none');
  });
});
