// The words of a game's level select, read from its presenter in Node: each level's title, status and stars, locked
// levels and why, a round in progress, the trainer's own levels and broken files, the learning row (primer, check,
// a workshop's polls), the bottom buttons a self-learner, a trainer and a workshop see, and the About panel.
import { afterEach, describe, expect, it } from 'vitest';
import { loadLang, setLang } from '../../../src/core/i18n';
import type { LevelLoad } from '../../../src/core/levels';
import type { LevelRecord } from '../../../src/core/saveFormat';
import type { BaseLevel } from '../../../src/games/sdk/types';
import {
  initialFocus,
  keptAnnouncement,
  presentLevelSelect,
  type LevelCardView,
  type LevelSelectGame,
  type LevelSelectInput,
} from '../../../src/arcade/levelSelect.present';

afterEach(() => setLang('en'));

const game: LevelSelectGame = { title: { en: 'Cynefin sorting' }, about: { en: 'About the game.' }, primer: true, editor: false, guide: true };
const level = (id: string, title: string, order: number, extra: Partial<BaseLevel> = {}): LevelLoad<BaseLevel> => ({
  ok: true,
  file: `${id}.json`,
  level: { id, title: { en: title }, order, summary: { en: `${title} in a line.` }, ...extra },
});
const shipped = [level('one', 'First sort', 1), level('two', 'Kinds of practice', 2), level('three', 'Borderline cases', 3), level('four', 'City hall', 4)];
const rec = (stars: number, best: number): LevelRecord => ({ best, stars, attempts: 1, lastPlayed: 1 });

function input(o: Partial<LevelSelectInput> & { records?: Record<string, LevelRecord>; rounds?: string[] } = {}): LevelSelectInput {
  const records = o.records ?? {};
  const rounds = o.rounds ?? [];
  return {
    game,
    loads: shipped,
    failed: false,
    own: [],
    kept: 0,
    record: (id) => records[id],
    resumable: (id) => rounds.includes(id),
    check: {},
    workshop: false,
    aboutOpen: false,
    ...o,
  };
}
const card = (cards: LevelCardView[], i: number): Extract<LevelCardView, { kind: 'level' }> => {
  const c = cards[i];
  if (c?.kind !== 'level') throw new Error(`card ${i} is not a level`);
  return c;
};

describe('each level’s card', () => {
  it('numbers the shipped levels and says a level not played yet, with its summary', () => {
    const v = presentLevelSelect(input());
    expect(v.heading).toBe('Cynefin sorting: choose a level');
    expect(v.header).toBe('Cynefin sorting');
    const first = card(v.levels, 0);
    expect(first).toMatchObject({ id: 'level-0', label: '1. First sort', status: 'Not played yet', stars: 0, locked: false });
    expect(first.description).toBe('Not played yet. First sort in a line.');
  });

  it('shows the best score and stars, and opens the next level once a level has a star', () => {
    const v = presentLevelSelect(input({ records: { one: rec(2, 40), two: rec(0, 10) } }));
    expect(card(v.levels, 0)).toMatchObject({ status: 'Best 40', stars: 2, locked: false, description: 'Best 40, 2 of 3 stars. First sort in a line.' });
    expect(card(v.levels, 1)).toMatchObject({ status: 'Best 10', stars: 0, locked: false });
  });

  it('locks a level until the one before has a star, says why, and draws no stars on it', () => {
    const v = presentLevelSelect(input({ records: { one: rec(2, 40), two: rec(0, 10) } }));
    const third = card(v.levels, 2);
    expect(third).toMatchObject({ label: '3. Borderline cases', status: 'Locked', stars: null, locked: true });
    expect(third.description).toBe('Locked: earn a star on the level before. Borderline cases in a line.');
    expect(card(v.levels, 3).locked).toBe(true);
  });

  it('marks a round in progress on the card and in its description', () => {
    const v = presentLevelSelect(input({ records: { one: rec(1, 20) }, rounds: ['one'] }));
    expect(card(v.levels, 0).status).toBe('▶ Best 20');
    expect(card(v.levels, 0).description).toBe('Best 20, 1 of 3 stars. Round in progress. First sort in a line.');
    expect(card(v.levels, 0).resumable).toBe(true);
  });

  it('opens every level in a workshop: the trainer picks', () => {
    const v = presentLevelSelect(input({ workshop: true }));
    expect(v.levels.map((l) => l.kind === 'level' && l.locked)).toEqual([false, false, false, false]);
  });

  it('lists the trainer’s own levels after the shipped ones, unnumbered and open, and a broken file with its error', () => {
    const own = [level('mine', 'My own sort', 1, { summary: undefined }), { ok: false as const, file: 'broken.json', issues: [] }];
    const v = presentLevelSelect(input({ own }));
    expect(card(v.levels, 4)).toMatchObject({ id: 'level-4', label: 'My own sort', locked: false, description: 'Not played yet.' });
    expect(v.levels[5]).toMatchObject({
      kind: 'broken',
      id: 'level-5',
      label: 'broken.json: this level file has errors',
      visibleLabel: '⚠ broken.json',
      sublabel: 'This level file has errors',
    });
  });

  it('speaks the player’s language', async () => {
    await loadLang('fr');
    setLang('fr');
    expect(card(presentLevelSelect(input()).levels, 1).description).toMatch(/^Verrouillé\u00a0: gagnez une étoile au niveau précédent\./);
  });
});

describe('the buttons around the levels', () => {
  it('offers a self-learner the primer and the check, then open a file and About', () => {
    const v = presentLevelSelect(input());
    expect(v.learn).toEqual([
      { id: 'primer', label: 'Primer: the ideas in two minutes' },
      { id: 'check', label: 'Check what you know first (2 min)' },
    ]);
    expect(v.checkWhen).toBe('before');
    expect(v.bottom.map((b) => b.id)).toEqual(['open-file', 'about']);
    expect(v.bottom[0]).toEqual({
      id: 'open-file',
      label: 'Open a level file…',
      description: 'Play a level from a JSON file on this device, such as one a trainer made.',
    });
  });

  it('offers the check again until the last level is played, then what was learned', () => {
    const taken = { before: { at: 1, score: 2, total: 4, answers: [] } } as unknown as LevelSelectInput['check'];
    const check = (o: Partial<LevelSelectInput> & { records?: Record<string, LevelRecord> }) => presentLevelSelect(input({ check: taken, ...o }));
    expect(check({}).learn[1]).toEqual({ id: 'check', label: 'Take the check again' });
    expect(check({}).checkWhen).toBe('after');
    expect(check({ records: { four: rec(1, 5) } }).learn[1]!.label).toBe('See what you learned (2 min)');
    const both = { ...taken, after: taken.before } as LevelSelectInput['check'];
    expect(check({ check: both, records: { four: rec(1, 5) } }).learn[1]!.label).toBe('Take the check again');
  });

  it('offers no check without a level to play, and no primer where the game has none', () => {
    const v = presentLevelSelect(input({ loads: [], game: { ...game, primer: false } }));
    expect(v.learn).toEqual([]);
  });

  it('shows the editor and the kept levels where there are any', () => {
    const v = presentLevelSelect(input({ game: { ...game, editor: true }, kept: 2 }));
    expect(v.bottom.map((b) => b.label)).toEqual(['Open a level file…', 'Make a level', 'Your levels', 'About this game']);
  });

  it('gives a workshop the room’s polls, the recap and the facilitator guide', () => {
    const v = presentLevelSelect(input({ workshop: true }));
    expect(v.learn.map((b) => b.id)).toEqual(['primer', 'poll-before', 'poll-after', 'recap']);
    expect(v.learn[3]!.label).toBe('What to take home');
    expect(v.bottom.map((b) => b.id)).toEqual(['open-file', 'about', 'guide']);
    expect(presentLevelSelect(input({ workshop: true, game: { ...game, guide: false } })).bottom.map((b) => b.id)).toEqual(['open-file', 'about']);
  });
});

describe('loading, the About panel and what is said', () => {
  it('says the levels are loading, or that they could not be loaded, with Back focused until they come', () => {
    expect(presentLevelSelect(input({ loads: null })).message).toBe('Loading levels…');
    expect(presentLevelSelect(input({ loads: null, failed: true })).message).toBe('The levels of this game could not be loaded.');
    expect(presentLevelSelect(input({ loads: null })).levels).toEqual([]);
    expect(initialFocus(false)).toBe('back');
    expect(initialFocus(true)).toBe('level-0');
  });

  it('shows the game’s About with each level’s sources, in place of the list', () => {
    const sourced = level('one', 'First sort', 1, { sources: [{ names: ['Hangzhou'], claim: { en: 'Bikes came first.' }, cite: 'A report, 2020' }] });
    const v = presentLevelSelect(input({ aboutOpen: true, loads: [sourced, ...shipped.slice(1)] }));
    expect(v.about).toEqual({
      title: 'About this game',
      text: 'About the game.',
      sourcesTitle: 'Sources, level by level',
      sources: [{ title: 'First sort', lines: ['Bikes came first. Source: A report, 2020'] }],
      close: 'Close',
    });
    expect(v.levels).toEqual([]);
    expect(v.bottom).toEqual([]);
  });

  it('says where a trainer’s file is kept, or why it will not be there next time', () => {
    expect(keptAnnouncement('added', 'My sort')).toBe('My sort is kept in this browser, under Your levels.');
    expect(keptAnnouncement('too-many', 'My sort')).toBe('My sort opens now, but Your levels is full: remove one to keep this one.');
    expect(keptAnnouncement('no-room', 'My sort')).toBe('My sort opens now, but this browser has no room to keep it for next time.');
  });
});
