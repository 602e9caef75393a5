// The idle timeline: active, then a countdown of at least 20 s, then reset.
import { describe, expect, it } from 'vitest';
import { COUNTDOWN_MS, idlePhase } from '../../../src/core/idle';

describe('idlePhase', () => {
  it('warns after the idle time and resets after the countdown', () => {
    expect(COUNTDOWN_MS).toBeGreaterThanOrEqual(20_000);
    expect(idlePhase(1000, 0, 90_000)).toEqual({ phase: 'active', warnAt: 90_000 });
    expect(idlePhase(90_000, 0, 90_000)).toEqual({ phase: 'warning', resetAt: 90_000 + COUNTDOWN_MS, secondsLeft: COUNTDOWN_MS / 1000 });
    expect(idlePhase(90_000 + COUNTDOWN_MS - 1, 0, 90_000)).toMatchObject({ phase: 'warning', secondsLeft: 1 });
    expect(idlePhase(90_000 + COUNTDOWN_MS, 0, 90_000)).toEqual({ phase: 'reset' });
  });
});
