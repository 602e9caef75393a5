// The operator panel's rectangles with the booth's three games (each with a short round) and its seven buttons, at
// every booth size and text scale (the operator's screens take a totem's whole height): the settings' scroll area,
// the status panel at a readable height and the bottom row all on screen and apart, every button at least 44 px and
// none overlapping another in the scrolled list; the games beside the booth's buttons on a wide screen, or above them
// upright; nothing to scroll at the usual text size on the booth's screens.
import { describe, expect, it } from 'vitest';
import { computeLayout, type Layout } from '../../../../src/ui/layout';
import { operatorLayout, statusMin, type OperatorLayout } from '../../../../src/arcade/kiosk/operator.layout';
import { named, offScreen, overlaps, screens, tooSmall } from './screens';

const BOOTH = { games: [3, 3, 3], booth: 7 };

/** The buttons in the scroll area, in its content coordinates. */
function listed(R: OperatorLayout) {
  return { ...named('game', R.games.flat()), ...(R.boothInArea ? named('booth', R.booth) : {}) };
}

/** What is placed on the screen itself. */
function placed(R: OperatorLayout) {
  return { area: R.area, ...(R.status ? { status: R.status } : {}), ...(R.boothInArea ? {} : named('booth', R.booth)), ...named('bottom', R.bottom) };
}

function problems(L: Layout, R: OperatorLayout): string[] {
  const inside = Object.entries(listed(R))
    .filter(([, r]) => r.x < 0 || r.y < 0 || r.x + r.w > R.area.w || r.y + r.h > R.contentH)
    .map(([n]) => `${n} outside the list`);
  return [
    ...offScreen(L, placed(R)),
    ...overlaps(placed(R)),
    ...overlaps(listed(R)),
    ...inside,
    ...tooSmall({ ...listed(R), ...(R.boothInArea ? {} : named('booth', R.booth)), ...named('bottom', R.bottom) }),
  ];
}

/** The booth's screens at the usual text size: everything shows at once. */
const USUAL = /^(1920x1080|1080x1920|1366x768) at text 1$/;

describe.each(screens(false))('the operator panel at %s', (_name, L) => {
  it('keeps every button on screen or in the scrolled list, apart and at least 44 px, with the status and the bottom row', () => {
    const R = operatorLayout(L, BOOTH);
    expect(problems(L, R)).toEqual([]);
    expect(R.games.map((g) => g.length)).toEqual([3, 3, 3]);
    expect(R.booth).toHaveLength(7);
  });

  it('keeps the status panel readable: its title and five lines or so, or a third of the column', () => {
    const R = operatorLayout(L, BOOTH);
    const colH = R.bottom[0].y - L.gap - L.body.y;
    expect(R.status).not.toBeNull();
    expect(R.status!.h).toBeGreaterThanOrEqual(Math.floor(statusMin(L, colH)));
    expect(R.status!.h).toBeGreaterThan(L.font.body * 4);
  });

  it('puts Back to the booth and Exit side by side along the bottom, under the list and the status', () => {
    const R = operatorLayout(L, BOOTH);
    const [start, exit] = R.bottom;
    expect(start.y).toBe(exit.y);
    expect(start.y + start.h).toBe(L.h - L.pad);
    expect(start.x + start.w).toBeLessThan(exit.x);
    expect(R.area.y + R.area.h).toBeLessThanOrEqual(start.y);
    expect(R.status!.y + R.status!.h).toBeLessThan(start.y);
  });

  it('scrolls to its last button', () => {
    const R = operatorLayout(L, BOOTH);
    const last = R.boothInArea ? R.booth.at(-1)! : R.games.at(-1)!.at(-1)!;
    expect(R.contentH).toBeGreaterThanOrEqual(last.y + last.h);
    expect(R.contentH - (last.y + last.h)).toBeLessThanOrEqual(L.gap);
  });
});

describe('the operator panel’s layout', () => {
  it.each(screens(false).filter(([name]) => USUAL.test(name)))('shows every button at once at %s', (_name, L) => {
    const R = operatorLayout(L, BOOTH);
    expect(R.contentH).toBeLessThanOrEqual(R.area.h);
    expect(R.scrolls).toBe(false);
  });

  it('sets the games beside the booth’s buttons on a wide screen, and above them upright', () => {
    const wide = operatorLayout(computeLayout(1920, 1080), BOOTH);
    expect(wide.boothInArea).toBe(false);
    expect(wide.area.x + wide.area.w).toBeLessThan(wide.booth[0]!.x);
    expect(wide.booth[0]!.y).toBe(wide.area.y + wide.games[0]![0]!.y);
    expect(wide.status!.x).toBe(wide.booth[0]!.x);
    expect(wide.status!.y).toBeGreaterThan(wide.booth[6]!.y + wide.booth[6]!.h);
    const tall = operatorLayout(computeLayout(1080, 1920), BOOTH);
    expect(tall.boothInArea).toBe(true);
    expect(tall.booth[0]!.x).toBe(tall.games[0]![0]!.x);
    expect(tall.booth[0]!.y).toBeGreaterThan(tall.games[2]![2]!.y + tall.games[2]![2]!.h);
    expect(tall.status!.y).toBeGreaterThan(tall.area.y + tall.area.h);
  });

  it('at text 1.5 on a laptop, lists the booth’s buttons after the games and gives the status the right column', () => {
    const L = computeLayout(1366, 768, 1.5);
    const R = operatorLayout(L, BOOTH);
    expect(R.boothInArea).toBe(true);
    expect(R.contentH).toBeGreaterThan(R.area.h);
    expect(R.scrolls).toBe(true);
    expect(R.status).toEqual({ x: L.body.x + (L.body.w - L.pad) / 2 + L.pad, y: L.body.y, w: (L.body.w - L.pad) / 2, h: R.bottom[0].y - L.gap - L.body.y });
  });

  it('keeps a little room between one game’s buttons and the next game’s', () => {
    const L = computeLayout(1920, 1080);
    const R = operatorLayout(L, BOOTH);
    const within = R.games[0]![1]!.y - (R.games[0]![0]!.y + R.games[0]![0]!.h);
    const between = R.games[1]![0]!.y - (R.games[0]![2]!.y + R.games[0]![2]!.h);
    expect(within).toBe(L.gap);
    expect(between).toBe(L.gap * 1.5);
  });

  it('scrolls more games upright rather than losing the status', () => {
    const L = computeLayout(1080, 1920);
    const R = operatorLayout(L, { games: [3, 3, 3, 3, 3], booth: 7 });
    expect(R.contentH).toBeGreaterThan(R.area.h);
    expect(R.status!.h).toBeGreaterThanOrEqual(L.font.body * 8);
  });
});
