// The booth's board's rectangles, laid out within a totem's reach, at every booth size and text scale, in each of
// its forms (a typed name with the on-screen keys, a name from a list, nothing to ask): every control on screen (the
// keys in their own area, scrolling there where the screen is short), none overlapping another or the board, each at
// least 44 px, the board at a readable height; the form beside the board on a wide screen and above it upright.
import { describe, expect, it } from 'vitest';
import type { Layout } from '../../../../src/ui/layout';
import type { Rect } from '../../../../src/core/rect';
import { boardFormWidth, boardLayout, boardMinH, type BoardLayout, type BoardLayoutInput } from '../../../../src/arcade/kiosk/board.layout';
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

/** The keys on the screen, where they do not scroll (they are given in their area's coordinates). */
function shown(R: BoardLayout, r: Rect): Rect {
  return { ...r, x: r.x + R.keyArea!.x, y: r.y + R.keyArea!.y };
}

/** Every key, Space and Delete, by name, in the key area's coordinates. */
function keys(R: BoardLayout): Record<string, Rect> {
  return { ...named('key', R.keys.flat()), ...(R.space && R.del ? { space: R.space, del: R.del } : {}) };
}

/** The controls placed on the screen itself, and the keys too where they do not scroll. */
function targets(R: BoardLayout): Record<string, Rect> {
  const placedKeys = R.keyArea && !R.scrolls ? Object.fromEntries(Object.entries(keys(R)).map(([n, r]) => [n, shown(R, r)])) : {};
  return {
    ...named('name', R.names),
    ...(R.field && R.save ? { field: R.field, save: R.save } : {}),
    ...placedKeys,
    ...named('nav', R.nav),
  };
}

function problems(L: Layout, R: BoardLayout): string[] {
  const all = { ...targets(R), board: R.panel, ...(R.scrolls ? { keys: R.keyArea! } : {}) };
  const inArea = Object.entries(keys(R))
    .filter(([, r]) => r.x < 0 || r.y < 0 || r.x + r.w > R.keyArea!.w || r.y + r.h > R.keysH)
    .map(([n]) => `${n} outside the keys' area`);
  const tooShort = R.panel.h < Math.floor(boardMinH(L)) ? [`the board ${Math.round(R.panel.h)} px tall`] : [];
  return [...offScreen(L, all), ...overlaps(all), ...overlaps(keys(R)), ...inArea, ...tooSmall({ ...targets(R), ...keys(R) }), ...tooShort];
}

describe.each(screens(true))('the board at %s', (_name, L) => {
  it('fits a typed name and the on-screen keys beside or above the board, each key at least 44 px', () => {
    const R = layout(L, 'typed', null);
    expect(problems(L, R)).toEqual([]);
    expect(R.keys.map((r) => r.length)).toEqual(KEY_ROWS);
    expect(R.message).toBeNull();
  });

  it('fits a refused name’s message and a fifth row of keys (French) too', () => {
    const R = layout(L, 'typed', PROBLEM, FRENCH_ROWS);
    expect(problems(L, R)).toEqual([]);
    expect(R.keys).toHaveLength(5);
  });

  it('fits twelve names to tap, and the board alone once the round is on it', () => {
    expect(problems(L, layout(L, 'list', null))).toEqual([]);
    const done = layout(L, 'done', 'Your score is on today’s board, in place 2.');
    expect(problems(L, done)).toEqual([]);
    expect([done.label, done.field, done.space, done.keyArea]).toEqual([null, null, null, null]);
  });

  it('keeps the form’s text inside the form, the message under the field', () => {
    const R = layout(L, 'typed', PROBLEM);
    const w = boardFormWidth(L);
    expect(R.label).toEqual({ x: L.body.x, y: L.body.y, w });
    expect(R.message!.y).toBeGreaterThanOrEqual(R.field!.y + R.field!.h);
    expect(R.message!.y).toBeLessThan(R.keyArea!.y);
    expect(R.save!.x + R.save!.w).toBeCloseTo(L.body.x + w);
    // The keys span the form: the first at its left, Delete ending at its right.
    expect(shown(R, R.keys[0]![0]!).x).toBeCloseTo(L.body.x);
    expect(shown(R, R.del!).x + R.del!.w).toBeCloseTo(L.body.x + w);
  });

  it('sets the board beside the form on a wide screen, under it upright, with the ways on along the bottom', () => {
    const R = layout(L, 'typed', null);
    if (L.portrait) expect(R.panel.y).toBeGreaterThan(R.keyArea!.y + R.keyArea!.h);
    else expect(R.panel.x).toBeGreaterThan(R.save!.x + R.save!.w);
    expect(R.nav.every((r) => r.y + r.h === L.h - L.pad)).toBe(true);
    expect(R.panel.y + R.panel.h).toBeLessThan(R.nav[0]!.y);
  });
});

describe('the on-screen keys', () => {
  const at = (name: string): Layout => screens(true).find(([n]) => n === name)![1];

  it('keep ten a row on the booth’s screens, with nothing to scroll', () => {
    for (const name of ['1920x1080 at text 1', '1080x1920 at text 1.5', '1366x768 at text 1.5']) {
      const R = layout(at(name), 'typed', PROBLEM, FRENCH_ROWS);
      expect(R.scrolls, name).toBe(false);
      expect(new Set(R.keys.map((row) => row[0]!.y)).size, name).toBe(5);
    }
  });

  it('split each row in two on a phone, at least 44 px wide, in a scroll area above a readable board', () => {
    // Ten keys across a phone's width would be about 33 px wide.
    for (const name of ['390x844 at text 1', '390x844 at text 1.5']) {
      const L = at(name);
      const R = layout(L, 'typed', PROBLEM, FRENCH_ROWS);
      expect(R.keys[0]!.map((k) => k.y)).toEqual([...Array(5).fill(R.keys[0]![0]!.y), ...Array(5).fill(R.keys[0]![5]!.y)]);
      expect(R.keys[0]![5]!.x).toBe(R.keys[0]![0]!.x);
      expect(Math.min(...R.keys.flat().map((k) => k.w))).toBeGreaterThanOrEqual(44);
      expect(R.scrolls).toBe(true);
      expect(R.keysH).toBeGreaterThan(R.keyArea!.h);
      expect(R.keysH).toBeGreaterThanOrEqual(R.del!.y + R.del!.h);
      expect(R.panel.h).toBeGreaterThanOrEqual(boardMinH(L));
    }
  });
});
