// "What I learned" read from its presenter in Node: the explanations a player has met, gathered by game and then by
// idea (or by level where the game names no idea), newest first; how many match a search; what it says before the
// first round; and the words around the list, in the player's language.
import { afterEach, describe, expect, it } from 'vitest';
import { loadLang, setLang, type LocalText } from '../../../../src/core/i18n';
import type { LibraryEntry } from '../../../../src/core/learning';
import { initialFocus, presentLibrary, presentLibraryList } from '../../../../src/arcade/learning/library.present';

afterEach(() => setLang('en'));

const games: Record<string, LocalText> = { cynefin: { en: 'Cynefin sorting', fr: 'Tri Cynefin' }, sss: { en: 'Seek, sense, share' } };
const title = (id: string): LocalText | undefined => games[id];
const entry = (gameId: string, item: string, o: { concept?: string; level?: string } = {}): LibraryEntry => ({
  gameId,
  levelTitle: { en: o.level ?? 'First sort' },
  ...(o.concept ? { concept: { en: o.concept } } : {}),
  title: { en: item },
  explanation: { en: `Why ${item} goes there.` },
  metAt: 1,
});

describe('the list of explanations', () => {
  it('gathers them by game, then by idea, keeping the order they come in (newest first)', () => {
    const v = presentLibraryList(
      [
        entry('cynefin', 'Dog licences', { concept: 'Clear' }),
        entry('sss', 'Bike lanes', { concept: 'Seek' }),
        entry('cynefin', 'Flood night', { concept: 'Chaotic' }),
        entry('cynefin', 'Bin rounds', { concept: 'Clear' }),
      ],
      4,
      title,
    );
    expect(v.groups.map((g) => g.game)).toEqual(['Cynefin sorting', 'Seek, sense, share']);
    expect(v.groups[0]!.concepts).toEqual([
      {
        concept: 'Clear',
        items: [
          { title: 'Dog licences', explanation: 'Why Dog licences goes there.' },
          { title: 'Bin rounds', explanation: 'Why Bin rounds goes there.' },
        ],
      },
      { concept: 'Chaotic', items: [{ title: 'Flood night', explanation: 'Why Flood night goes there.' }] },
    ]);
  });

  it('files an explanation under its level where the game names no idea, and under the game’s id for a game that is gone', () => {
    const v = presentLibraryList([entry('old-game', 'A card', { level: 'Level two' })], 1, title);
    expect(v.groups).toEqual([{ game: 'old-game', concepts: [{ concept: 'Level two', items: [{ title: 'A card', explanation: 'Why A card goes there.' }] }] }]);
  });

  it('says how many match the search of how many are kept, and when none does', () => {
    expect(presentLibraryList([entry('cynefin', 'A')], 5, title).status).toBe('1 explanation of 5');
    expect(presentLibraryList([entry('cynefin', 'A'), entry('cynefin', 'B')], 5, title).status).toBe('2 explanations of 5');
    const none = presentLibraryList([], 5, title);
    expect(none.status).toBe('No explanation matches of 5');
    expect(none.groups).toEqual([]);
  });

  it('says how the list fills before the first round is played', () => {
    expect(presentLibraryList([], 0, title).status).toBe('Nothing yet: play a level, and each explanation you meet will be kept here.');
  });
});

describe('around the list', () => {
  it('names the screen and the search box, with Back focused first', () => {
    expect(presentLibrary()).toEqual({
      heading: 'What I learned',
      back: 'Back',
      title: 'Every explanation you have met, by game and idea',
      search: 'Search',
    });
    expect(initialFocus()).toBe('back');
  });

  it('speaks the player’s language', async () => {
    await loadLang('fr');
    setLang('fr');
    expect(presentLibrary().search).toBe('Rechercher');
    const v = presentLibraryList([entry('cynefin', 'A'), entry('cynefin', 'B')], 3, title);
    expect(v.status).toBe('2 explications sur 3');
    expect(v.groups[0]!.game).toBe('Tri Cynefin');
  });
});
