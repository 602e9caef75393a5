// The booth's rules over its records, in Node: one object per booth (made in main.ts), so a test makes its own.
import { describe, expect, it } from 'vitest';
import { Booth, type BoothHost } from '../../../../src/arcade/kiosk/kiosk';
import { KioskStore } from '../../../../src/core/kioskSettings';
import { PinLock } from '../../../../src/core/pin';
import { Leaderboard } from '../../../../src/core/leaderboard';
import { BoothHealth } from '../../../../src/core/boothHealth';
import { BoothStats } from '../../../../src/core/boothStats';
import type { Settings } from '../../../../src/core/storage';
import { FakeKv } from '../../core/fakeKv';
import { pinDeps } from '../../core/pinDeps';
import { defaultSettings } from '../../../../src/core/saveFormat';
import type { ResultsData } from '../../../../src/arcade/flow';

function booth(opts: { settings?: Partial<Settings>; baseline?: Partial<Settings> } = {}) {
  const clock = { t: Date.UTC(2026, 11, 7, 10, 0, 0) };
  const now = (): number => clock.t;
  const kv = new FakeKv();
  const cleared: string[] = [];
  const applied: Settings[] = [];
  let settings: Settings = { ...defaultSettings(), ...opts.settings };
  const host: BoothHost = {
    games: [{ id: 'cynefin' }, { id: 'facilitator' }] as unknown as BoothHost['games'],
    applySettings: (s) => void applied.push(s),
    store: {
      get settings() {
        return settings;
      },
      clearRound: (id) => void cleared.push(id),
      updateSettings: (patch) => (settings = { ...settings, ...patch }),
    },
  };
  const store = new KioskStore(kv);
  if (opts.baseline) store.update({ active: true, baseline: { ...settings, ...opts.baseline } });
  const pin = new PinLock(kv, pinDeps(clock));
  const records = { store, pin, board: new Leaderboard(kv), health: new BoothHealth(kv, now), stats: new BoothStats(kv, now) };
  return { b: new Booth(records, host, now), clock, cleared, applied, host };
}

function result(gameId: string, score: number, maxScore: number): ResultsData {
  return { gameId, summary: { score, maxScore } } as unknown as ResultsData;
}

describe('the booth', () => {
  it('counts a round from its start to its results once, with its duration, however often the results draw', () => {
    const { b, clock } = booth();
    b.roundStarted('cynefin');
    clock.t += 90_000;
    const d = result('cynefin', 6, 8);
    b.roundFinished(d);
    b.roundFinished(d);
    const day = b.stats.summary(undefined, 'cynefin');
    expect(day.started).toBe(1);
    expect(day.finished).toBe(1);
    expect(day.averageShare).toBeCloseTo(0.75);
    expect(day.averageMs).toBe(90_000);
    expect(b.health.value.lastVisitAt).toBe(clock.t - 90_000);
  });

  it('a new visitor starts clean: no nickname, no round in progress, the operator panel locked, the last visitor’s settings undone', () => {
    const { b, cleared, applied, host } = booth({ baseline: { textScale: 1 } });
    b.visitor.nickname = 'Amina';
    b.unlocked = true;
    host.store.updateSettings({ textScale: 1.5 });
    b.resetVisitor();
    expect(b.visitor.nickname).toBeNull();
    expect(b.unlocked).toBe(false);
    expect(cleared).toEqual(['cynefin', 'facilitator']);
    expect(applied.at(-1)?.textScale).toBe(1);
  });

  it('leaves the settings alone when they are already the operator’s', () => {
    const { b, applied } = booth({ baseline: {} });
    b.resetVisitor();
    expect(applied).toEqual([]);
  });

  it('holds kiosk mode once the PIN is set, keeping the settings of that moment as the baseline', () => {
    const { b } = booth({ settings: { lang: 'fr' } });
    expect(b.store.settings.active).toBe(false);
    b.hold();
    expect(b.store.settings.active).toBe(true);
    expect(b.store.settings.baseline?.lang).toBe('fr');
  });

  it('keeps the top third out of reach only on a totem', () => {
    const { b } = booth();
    expect(b.reachTop(1080, 1920)).toBe(640);
    expect(b.reachTop(1920, 1080)).toBe(0);
    expect(b.reachTop(390, 844)).toBe(0);
  });
});
