// The operator's board moderation, read from its presenter in Node: a heading per level (a short round named as
// such, a level this arcade lacks by its id), each entry's line with its name isolated (or "(no name)"), Remove and
// its question on a first press, and the empty board.
import { describe, expect, it } from 'vitest';
import type { RankedEntry } from '../../../../src/core/leaderboard';
import { adminFocus, levelName, presentAdmin, removeWords, type AdminInput } from '../../../../src/arcade/kiosk/boardAdmin.present';

const FSI = '\u2068';
const PDI = '\u2069';
const entry = (gameId: string, levelId: string, name: string, score: number, rank: number): RankedEntry => ({
  gameId,
  levelId,
  name,
  score,
  stars: 2,
  at: score,
  rank,
});
const ENTRIES = [
  entry('cynefin', 'first-sort', 'Rude Dude', 50, 1),
  entry('cynefin', 'first-sort', 'Ana', 30, 2),
  entry('cynefin', 'first-sort-short', '', 12, 1),
  entry('retired', 'old-level', 'مدينة سلا', 7, 1),
];
const TITLES = new Map([['cynefin/first-sort', 'First sort']]);

function input(o: Partial<AdminInput> = {}): AdminInput {
  return { entries: ENTRIES, gameTitle: (id) => (id === 'cynefin' ? 'Cynefin sorting' : undefined), levelTitles: TITLES, confirming: null, ...o };
}

describe('board moderation', () => {
  it('says the board is empty, and focuses Back', () => {
    const v = presentAdmin(input({ entries: [] }));
    expect(v).toMatchObject({ title: 'Remove names from today’s board', back: 'Back', empty: 'Nobody on today’s board yet.', rows: [] });
    expect(adminFocus(0)).toBe('back');
    expect(adminFocus(4)).toBe('remove-0');
  });

  it('heads each level once, naming a short round and, for a game this arcade lacks, its ids', () => {
    const v = presentAdmin(input());
    expect(v.empty).toBeNull();
    expect(v.rows.map((r) => r.heading)).toEqual(['Cynefin sorting: First sort', null, 'Cynefin sorting: First sort (short round)', 'retired: old-level']);
    expect(levelName(new Map(), 'cynefin', 'first-sort-short')).toBe('first-sort-short');
  });

  it('isolates each name so a right-to-left one keeps its rank and score in place, and marks an anonymous entry', () => {
    const v = presentAdmin(input());
    expect(v.rows.map((r) => r.line)).toEqual([
      `1. ${FSI}Rude Dude${PDI}: 50 points`,
      `2. ${FSI}Ana${PDI}: 30 points`,
      '1. (no name): 12 points',
      `1. ${FSI}مدينة سلا${PDI}: 7 points`,
    ]);
  });

  it('offers Remove on each entry, and asks on the first press of one', () => {
    const v = presentAdmin(input());
    expect(v.rows[0]!.remove).toEqual({
      id: 'remove-0',
      label: `Remove ${FSI}Rude Dude${PDI} from the board of Cynefin sorting: First sort`,
      visibleLabel: 'Remove',
      style: 'quiet',
    });
    const asking = presentAdmin(input({ confirming: { ...ENTRIES[0]! } }));
    expect(asking.rows[0]!.remove).toEqual({
      id: 'remove-0',
      label: `Press again to remove ${FSI}Rude Dude${PDI}`,
      visibleLabel: 'Press again',
      style: 'primary',
    });
    expect(asking.rows.slice(1).map((r) => r.remove.visibleLabel)).toEqual(['Remove', 'Remove', 'Remove']);
    expect(removeWords(asking.rows[0]!.name)).toEqual({
      confirm: `Press again to remove ${FSI}Rude Dude${PDI}`,
      removed: `Removed from today’s board: ${FSI}Rude Dude${PDI}.`,
    });
  });
});
