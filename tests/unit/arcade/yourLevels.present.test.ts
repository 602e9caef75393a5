// The words of "Your levels", read from its presenter in Node: each kept file's title, or that it no longer passes
// its checks (its Play off), its buttons named for the level they act on, Edit only where the game has an editor,
// the line shown with nothing kept, what is said after an export or a removal, and the file name of an export.
import { describe, expect, it } from 'vitest';
import type { LevelLoad } from '../../../src/core/levels';
import type { OwnLevel } from '../../../src/core/ownLevels';
import type { BaseLevel } from '../../../src/games/sdk/types';
import {
  exportName,
  exportedAnnouncement,
  initialFocus,
  presentYourLevels,
  removedAnnouncement,
  type YourLevelsInput,
} from '../../../src/arcade/yourLevels.present';

const kept: OwnLevel[] = [
  { gameId: 'cynefin', levelId: 'my-sort', file: 'my-sort.json', text: '{}', addedAt: 1 },
  { gameId: 'cynefin', levelId: 'old-one', file: 'old-one.json', text: '{}', addedAt: 2 },
];
const loads: LevelLoad<BaseLevel>[] = [
  { ok: true, file: 'my-sort.json', level: { id: 'my-sort', title: { en: 'My own sort' }, order: 1 } },
  { ok: false, file: 'old-one.json', issues: [] },
];
const input = (o: Partial<YourLevelsInput> = {}): YourLevelsInput => ({ game: { en: 'Cynefin sorting' }, editor: false, kept, loads, ...o });

describe('your levels', () => {
  it('names the game in the header, and each kept level with Play, Export and Remove saying which level', () => {
    const v = presentYourLevels(input());
    expect(v.heading).toBe('Your levels');
    expect(v.header).toBe('Cynefin sorting: your levels');
    expect(v.make).toBeNull();
    expect(v.none).toBeNull();
    expect(v.rows[0]!.title).toBe('My own sort');
    expect(v.rows[0]!.buttons).toEqual([
      { id: 'play-0', action: 'play', label: 'Play My own sort', visibleLabel: 'Play', primary: true, disabled: false },
      { id: 'export-0', action: 'export', label: 'Export My own sort as a file', visibleLabel: 'Export', primary: false, disabled: false },
      { id: 'remove-0', action: 'remove', label: 'Remove My own sort from this browser', visibleLabel: 'Remove', primary: false, disabled: false },
    ]);
    expect(initialFocus(v.rows.length)).toBe('play-0');
  });

  it('says a file no longer passes its checks, and turns its Play off but not its Export or Remove', () => {
    const row = presentYourLevels(input()).rows[1]!;
    expect(row.title).toBe('old-one.json (no longer passes its checks)');
    expect(row.buttons.map((b) => [b.id, b.disabled])).toEqual([
      ['play-1', true],
      ['export-1', false],
      ['remove-1', false],
    ]);
  });

  it('does not take another level from the same file for a kept one whose level id changed', () => {
    const v = presentYourLevels(input({ loads: [{ ok: true, file: 'my-sort.json', level: { id: 'renamed', title: { en: 'Renamed' }, order: 1 } }] }));
    expect(v.rows[0]!.title).toBe('my-sort.json (no longer passes its checks)');
    expect(v.rows[0]!.buttons[0]!.disabled).toBe(true);
  });

  it('offers Make a level and Edit for each level where the game has an editor', () => {
    const v = presentYourLevels(input({ editor: true }));
    expect(v.make).toBe('Make a level');
    expect(v.rows[0]!.buttons.map((b) => b.visibleLabel)).toEqual(['Play', 'Edit', 'Export', 'Remove']);
    expect(v.rows[0]!.buttons[1]).toMatchObject({ id: 'edit-0', label: 'Edit My own sort in the level editor' });
  });

  it('says how to keep a level when none is kept, with Back focused', () => {
    const v = presentYourLevels(input({ kept: [] }));
    expect(v.none).toMatch(/^No level of your own is kept for this game yet\./);
    expect(v.rows).toEqual([]);
    expect(initialFocus(0)).toBe('back');
  });

  it('downloads a file under the name it was opened with, and says what was exported or removed', () => {
    expect(exportName({ file: 'my-sort.json', levelId: 'my-sort' })).toBe('my-sort.json');
    expect(exportName({ file: 'my level.txt', levelId: 'my-sort' })).toBe('my-sort.json');
    expect(exportedAnnouncement('my-sort.json')).toBe('my-sort.json is downloaded.');
    expect(removedAnnouncement('My own sort')).toBe('My own sort is removed.');
  });
});
