// The words of the game picker, read from its presenter in Node: each game's card with its name, description and
// progress (stars earned of the stars there are), the booth's invitation in place of progress and its settings
// button, and what is focused first.
import { describe, expect, it } from 'vitest';
import { initialFocus, presentPicker, type PickerGame } from '../../../src/arcade/picker.present';

const games: PickerGame[] = [
  { id: 'cynefin', title: { en: 'Cynefin sorting' }, description: { en: 'Sort situations into domains.' }, levelCount: 5 },
  { id: 'solo', title: { en: 'One level' }, description: { en: 'A single level.' }, levelCount: 1 },
];
const stars: Record<string, number> = { cynefin: 4, solo: 7 };

describe('the game picker', () => {
  it('shows each game’s name, description and the stars earned of the stars there are', () => {
    const v = presentPicker(games, (id) => stars[id] ?? 0, false);
    expect(v.heading).toBe('Choose a game');
    expect(v.back).toBe('Back');
    expect(v.settings).toBeNull();
    expect(v.cards[0]).toEqual({
      id: 'game-cynefin',
      gameId: 'cynefin',
      title: 'Cynefin sorting',
      text: 'Sort situations into domains.',
      description: 'Sort situations into domains. 5 levels · 4 of 15 stars',
      progress: '★ 5 levels · 4 of 15 stars',
    });
  });

  it('says one level in the singular, and never more stars than the game has (a level removed since)', () => {
    const v = presentPicker(games, (id) => stars[id] ?? 0, false);
    expect(v.cards[1]!.progress).toBe('★ 1 level · 3 of 3 stars');
  });

  it('invites a booth’s visitor to play instead of showing progress, and reaches settings from the header', () => {
    const v = presentPicker(games, () => 9, true);
    expect(v.settings).toBe('Settings');
    expect(v.cards.map((c) => c.progress)).toEqual(['★ Touch to play one round', '★ Touch to play one round']);
    expect(v.cards[0]!.description).toBe('Sort situations into domains. Touch to play one round');
  });

  it('focuses the first game, or Back when there is none', () => {
    expect(initialFocus(games)).toBe('game-cynefin');
    expect(initialFocus([])).toBe('back');
  });
});
