// The operator panel's rectangles with the booth's three games (each with a short round) and its seven buttons: on
// a landscape screen, a totem (the whole height: the operator's screens ignore the reach) and a laptop, every
// button on screen, none overlapping, each at least 44 px, and the status panel beside them; the games beside the
// booth's buttons, or above them upright. The panel does not scroll: where it cannot fit (a phone, text at 1.5),
// the tests say so.
import { describe, expect, it } from 'vitest';
import { computeLayout, type Layout } from '../../../../src/ui/layout';
import { operatorLayout, type OperatorLayout } from '../../../../src/arcade/kiosk/operator.layout';
import { named, offScreen, overlaps, screens, tooSmall } from './screens';

const BOOTH = { games: [3, 3, 3], booth: 7 };

function buttons(R: OperatorLayout) {
  return { ...named('game', R.games.flat()), ...named('booth', R.booth), ...named('bottom', R.bottom) };
}

function problems(L: Layout, R: OperatorLayout): string[] {
  const all = { ...buttons(R), ...(R.status ? { status: R.status } : {}) };
  return [...offScreen(L, all), ...overlaps(all), ...tooSmall(buttons(R))];
}

const FITS = screens(false).filter(([name]) => /^(1920x1080|1080x1920|1366x768) at text 1$/.test(name));
const CROWDED = screens(false).filter(([name]) => !FITS.some(([n]) => n === name));

describe('the operator panel’s layout', () => {
  it.each(FITS)('at %s: every button on screen and apart, at least 44 px, with the status panel', (_name, L) => {
    const R = operatorLayout(L, BOOTH);
    expect(problems(L, R)).toEqual([]);
    expect(R.status).not.toBeNull();
    expect(R.games.map((g) => g.length)).toEqual([3, 3, 3]);
    expect(R.booth).toHaveLength(7);
  });

  it('sets the games beside the booth’s buttons on a wide screen, and above them upright', () => {
    const wide = operatorLayout(computeLayout(1920, 1080), BOOTH);
    expect(wide.games[0]![0]!.x + wide.games[0]![0]!.w).toBeLessThan(wide.booth[0]!.x);
    expect(wide.booth[0]!.y).toBe(wide.games[0]![0]!.y);
    expect(wide.status!.x).toBe(wide.booth[0]!.x);
    const tall = operatorLayout(computeLayout(1080, 1920), BOOTH);
    expect(tall.booth[0]!.x).toBe(tall.games[0]![0]!.x);
    expect(tall.booth[0]!.y).toBeGreaterThan(tall.games[2]![2]!.y + tall.games[2]![2]!.h);
  });

  it('keeps a little room between one game’s buttons and the next game’s', () => {
    const L = computeLayout(1920, 1080);
    const R = operatorLayout(L, BOOTH);
    const within = R.games[0]![1]!.y - (R.games[0]![0]!.y + R.games[0]![0]!.h);
    const between = R.games[1]![0]!.y - (R.games[0]![2]!.y + R.games[0]![2]!.h);
    expect(within).toBe(L.gap);
    expect(between).toBe(L.gap * 1.5);
  });

  it('puts Back to the booth and Exit side by side along the bottom', () => {
    const L = computeLayout(1366, 768);
    const [start, exit] = operatorLayout(L, BOOTH).bottom;
    expect(start.y).toBe(exit.y);
    expect(start.y + start.h).toBe(L.h - L.pad);
    expect(start.x + start.w).toBeLessThan(exit.x);
  });

  it('leaves the status panel out where less than four lines’ room is left', () => {
    const L = computeLayout(1080, 1920);
    expect(operatorLayout(L, BOOTH).status!.h).toBeGreaterThan(L.font.body * 4);
    // Two games more fill the column.
    expect(operatorLayout(L, { games: [3, 3, 3, 3, 3], booth: 7 }).status).toBeNull();
  });

  // Known problem: the panel has no scroll, so on a phone and at text 1.5 the last buttons fall under the bottom row
  // or off the screen (Board names under Exit at 1366x768; the third game off the foot). Remove `.fails` once fixed.
  for (const [name, L] of CROWDED)
    it.fails(`does not fit at ${name} yet`, () => {
      expect(problems(L, operatorLayout(L, BOOTH))).toEqual([]);
    });
});
