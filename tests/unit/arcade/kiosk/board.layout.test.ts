// The booth's board's rectangles, laid out within a totem's reach, at every booth size and text scale, in each of
// its forms (a typed name with the on-screen keys, a name from a list, nothing to ask): every control on screen,
// none overlapping another or the board, each at least 44 px (but the keys on a phone: known, below); the form
// beside the board on a wide screen and above it upright.
import { describe, expect, it } from 'vitest';
import type { Layout } from '../../../../src/ui/layout';
import { boardFormWidth, boardLayout, type BoardLayout, type BoardLayoutInput } from '../../../../src/arcade/kiosk/board.layout';
import { named, offScreen, overlaps, screens, textH, tooSmall } from './screens';

const LABEL = 'Your nickname: 2 to 16 letters or digits (spaces, - _ . allowed)';
const PROBLEM = 'Please use only letters, digits, spaces and - _ . (no symbols or emoji).';
const KEY_ROWS = [10, 10, 10, 9];
const FRENCH_ROWS = [...KEY_ROWS, 10];

function layout(L: Layout, mode: BoardLayoutInput['mode'], message: string | null, keyRows = KEY_ROWS): BoardLayout {
  const w = boardFormWidth(L);
  return boardLayout(L, {
    mode,
    labelH: mode === 'done' ? 0 : textH(mode === 'list' ? 'Choose a name for today’s board' : LABEL, L.font.body, w, true),
    messageH: message === null ? null : textH(message, L.font.body, w, true),
    names: mode === 'list' ? 12 : 0,
    keyRows: mode === 'typed' ? keyRows : [],
    nav: 3,
  });
}

function targets(R: BoardLayout) {
  return {
    ...named('name', R.names),
    ...(R.field && R.save ? { field: R.field, save: R.save } : {}),
    ...named('key', R.keys.flat()),
    ...(R.space && R.del ? { space: R.space, del: R.del } : {}),
    ...named('nav', R.nav),
  };
}

function problems(L: Layout, R: BoardLayout, minTarget = true): string[] {
  const all = { ...targets(R), board: R.panel };
  return [...offScreen(L, all), ...overlaps(all), ...(minTarget ? tooSmall(targets(R)) : [])];
}

const PHONE = /^390x844/;
/** Where a refused name's message and the French row of keys push the keys off the foot (known, below). */
const CROWDED = /^(390x844|1366x768) at text 1\.5$/;

describe.each(screens(true))('the board at %s', (name, L) => {
  it('fits a typed name and the on-screen keys beside or above the board', () => {
    const R = layout(L, 'typed', null);
    // On a phone ten keys a row are narrower than 44 px (known, below): the rest holds there too.
    expect(problems(L, R, !PHONE.test(name))).toEqual([]);
    expect(R.keys.map((r) => r.length)).toEqual(KEY_ROWS);
    expect(R.message).toBeNull();
  });

  it.skipIf(CROWDED.test(name))('fits a refused name’s message and a fifth row of keys (French) too', () => {
    const R = layout(L, 'typed', PROBLEM, FRENCH_ROWS);
    expect(problems(L, R, !PHONE.test(name))).toEqual([]);
    expect(R.keys).toHaveLength(5);
  });

  it('fits twelve names to tap, and the board alone once the round is on it', () => {
    expect(problems(L, layout(L, 'list', null))).toEqual([]);
    const done = layout(L, 'done', 'Your score is on today’s board, in place 2.');
    expect(problems(L, done)).toEqual([]);
    expect([done.label, done.field, done.space]).toEqual([null, null, null]);
  });

  it('keeps the form’s text inside the form, the message under the field', () => {
    const R = layout(L, 'typed', PROBLEM);
    const w = boardFormWidth(L);
    expect(R.label).toEqual({ x: L.body.x, y: L.body.y, w });
    expect(R.message!.y).toBeGreaterThanOrEqual(R.field!.y + R.field!.h);
    expect(R.message!.y).toBeLessThan(R.keys[0]![0]!.y);
    expect(R.save!.x + R.save!.w).toBeCloseTo(L.body.x + w);
  });

  it('sets the board beside the form on a wide screen, under it upright, with the ways on along the bottom', () => {
    const R = layout(L, 'typed', null);
    if (L.portrait) expect(R.panel.y).toBeGreaterThan(R.del!.y + R.del!.h);
    else expect(R.panel.x).toBeGreaterThan(R.save!.x + R.save!.w);
    expect(R.nav.every((r) => r.y + r.h === L.h - L.pad)).toBe(true);
    expect(R.panel.y + R.panel.h).toBeLessThan(R.nav[0]!.y);
  });
});

// Known problems: ten keys a row across a phone's width are about 33 px wide, under the 44 px a finger needs; at
// text 1.5 on a phone or a laptop, a refused name's message and the French row push the last keys under the ways on
// or off the screen, and the board shrinks to nothing. Remove `.fails` once fixed.
for (const [name, L] of screens(true).filter(([n]) => PHONE.test(n)))
  it.fails(`the board at ${name} gives each on-screen key 44 px`, () => {
    expect(tooSmall(named('key', layout(L, 'typed', null).keys.flat()))).toEqual([]);
  });

for (const [name, L] of screens(true).filter(([n]) => CROWDED.test(n)))
  it.fails(`the board at ${name} fits a refused name’s message and a fifth row of keys`, () => {
    expect(problems(L, layout(L, 'typed', PROBLEM, FRENCH_ROWS), false)).toEqual([]);
  });
