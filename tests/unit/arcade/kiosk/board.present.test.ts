// The booth's board after a round, read from its presenter in Node: the visitor names themself by typing (with the
// language's keys) or from a list, or not at all on an anonymous board; the message; the board's lines with each
// name in its own bidi run and the visitor's marked; where to go next; and how an on-screen key edits the name.
import { afterEach, describe, expect, it } from 'vitest';
import { loadLang, setLang } from '../../../../src/core/i18n';
import { rankLevel, type BoardEntry, type RankedEntry } from '../../../../src/core/leaderboard';
import { FIELD_MAX, keyRows, presentBoard, problemWords, savedWords, typeKey, type BoardInput } from '../../../../src/arcade/kiosk/board.present';

afterEach(() => setLang('en'));

const FSI = '\u2068';
const PDI = '\u2069';
const at = (name: string, score: number, i: number): BoardEntry => ({ gameId: 'cynefin', levelId: 'first-sort', name, score, stars: 2, at: i });
/** Twelve entries: a right-to-left name first, an anonymous score, and ten more. */
const ENTRIES = [at('مدينة سلا', 90, 1), at('', 80, 2), ...Array.from({ length: 10 }, (_, i) => at(`Player ${i + 1}`, 70 - i * 5, 3 + i))];
const RANKED = rankLevel(ENTRIES, 'cynefin', 'first-sort');

function input(o: Partial<BoardInput> = {}): BoardInput {
  return { game: 'Cynefin sorting', level: 'First sort', names: 'typed', saved: null, onBoard: false, message: '', lang: 'en', ranked: RANKED, ...o };
}

describe('naming oneself on the board', () => {
  it('asks for a typed nickname, with Save and the on-screen keys', () => {
    const v = presentBoard(input());
    expect(v).toMatchObject({ title: 'Today’s board: Cynefin sorting', back: 'Back', mode: 'typed', pick: null, message: null });
    expect(v.typed).toMatchObject({ label: 'Your nickname: 2 to 16 letters or digits (spaces, - _ . allowed)', save: 'Put me on the board' });
    expect(v.typed!.keys.map((row) => row.map((k) => k.visibleLabel).join(''))).toEqual(['1234567890', 'QWERTYUIOP', 'ASDFGHJKL-', 'ZXCVBNM_.']);
    expect(v.typed!.keys[1]![0]).toEqual({ key: 'Q', id: 'k-Q', label: 'Type Q', visibleLabel: 'Q' });
    expect(v.typed!.space).toEqual({ key: 'space', id: 'k-space', label: 'Space' });
    expect(v.typed!.del).toEqual({ key: 'del', id: 'k-del', label: 'Delete the last character', visibleLabel: '⌫' });
  });

  it('adds a row of the letters French and Spanish names need', () => {
    expect(keyRows('fr').at(-1)).toBe('ÉÈÊÀÂÇÔÎÏÙ');
    expect(keyRows('es').at(-1)).toBe('ÁÉÍÓÚÑÜ');
    expect(keyRows('en')).toHaveLength(4);
    expect(presentBoard(input({ lang: 'fr' })).typed!.keys).toHaveLength(5);
  });

  it('offers twelve names to tap on a board with names from a list', () => {
    const v = presentBoard(input({ names: 'list' }));
    expect(v.mode).toBe('list');
    expect(v.typed).toBeNull();
    expect(v.pick!.prompt).toBe('Choose a name for today’s board');
    expect(v.pick!.names).toHaveLength(12);
    expect(v.pick!.names[0]).toEqual({ id: 'name-0', name: 'Heron', label: 'Put me on the board as Heron' });
  });

  it('tells why a name was refused, keeping the field', () => {
    const v = presentBoard(input({ message: problemWords('short') }));
    expect(v.mode).toBe('typed');
    expect(v.message).toEqual({ text: 'A nickname needs at least 2 letters or digits.', error: true });
    expect(problemWords('word')).toBe('Please choose another nickname: that one is not allowed on the board.');
    expect(problemWords('storage')).toBe('The board could not take your name. Please ask the booth’s operator.');
  });

  it('asks nothing once the round is on the board', () => {
    expect(presentBoard(input({ onBoard: true }))).toMatchObject({ mode: 'done', typed: null, pick: null, message: null });
  });
});

describe('the board', () => {
  it('shows the first ten lines, each name isolated so a right-to-left one keeps the score in place', () => {
    const v = presentBoard(input());
    expect(v.board.title).toBe('Today’s best at Cynefin sorting: First sort');
    expect(v.board.empty).toBeNull();
    expect(v.board.lines).toHaveLength(10);
    expect(v.board.lines.slice(0, 3)).toEqual([
      { text: `1. ${FSI}مدينة سلا${PDI}: 90 points, 2 stars`, mine: false },
      { text: '2. 80 points, 2 stars', mine: false },
      { text: `3. ${FSI}Player 1${PDI}: 70 points, 2 stars`, mine: false },
    ]);
  });

  it('marks the visitor’s own line once saved, and says where they are', () => {
    const mine = RANKED[2]!;
    const v = presentBoard(input({ saved: mine, message: savedWords(mine) }));
    expect(v.mode).toBe('done');
    expect(v.message).toEqual({ text: `${FSI}Player 1${PDI} is on today’s board, in place 3.`, error: false });
    expect(v.board.lines[2]).toEqual({ text: `3. ${FSI}Player 1${PDI}: 70 points, 2 stars (you)`, mine: true });
    expect(v.board.lines.filter((l) => l.mine)).toHaveLength(1);
  });

  it('shows scores only on an anonymous board, names already there too, and asks for none', () => {
    const anon: RankedEntry = { ...at('', 80, 2), rank: 2 };
    const v = presentBoard(input({ names: 'none', saved: anon, message: savedWords(anon) }));
    expect(v.mode).toBe('done');
    expect(v.message).toEqual({ text: 'Your score is on today’s board, in place 2.', error: false });
    expect(v.board.lines.slice(0, 3).map((l) => l.text)).toEqual(['1. 90 points, 2 stars', '2. 80 points, 2 stars (you)', '3. 70 points, 2 stars']);
    expect(v.board.lines.some((l) => l.text.includes(FSI))).toBe(false);
  });

  it('says when nobody is on the board yet', () => {
    expect(presentBoard(input({ ranked: [] })).board).toEqual({
      title: 'Today’s best at Cynefin sorting: First sort',
      empty: 'Nobody on today’s board yet.',
      lines: [],
    });
  });

  it('leads on to the take-home card first, another game, or done', () => {
    expect(presentBoard(input()).nav).toEqual([
      { id: 'card', label: 'My take-home card', style: 'primary', to: 'card' },
      { id: 'another', label: 'Play another game', style: 'quiet', to: 'picker' },
      { id: 'done', label: 'I’m done', style: 'quiet', to: 'title' },
    ]);
  });

  it('reads in French', async () => {
    await loadLang('fr');
    setLang('fr');
    const v = presentBoard(input({ names: 'list', lang: 'fr' }));
    expect(v.pick!.names[0]!.name).toBe('Héron');
    expect(v.board.lines[0]!.text).toMatch(new RegExp(`^1\\. ${FSI}مدينة سلا${PDI}\\s:\\s90 points, 2 étoiles$`));
  });
});

describe('the on-screen keys', () => {
  it('capitalise only a word’s first letter', () => {
    let s = { value: '', caret: 0 };
    for (const key of ['A', 'N', 'A', 'space', 'L', 'I']) s = typeKey(s.value, s.caret, s.caret, key)!;
    expect(s).toEqual({ value: 'Ana Li', caret: 6 });
  });

  it('type at the caret or over the selection, and Delete takes the character before the caret or the selection', () => {
    expect(typeKey('Ana', 1, 1, 'X')).toEqual({ value: 'Axna', caret: 2 });
    expect(typeKey('Ana', 0, 3, 'B')).toEqual({ value: 'B', caret: 1 });
    expect(typeKey('Ana', 3, 3, 'del')).toEqual({ value: 'An', caret: 2 });
    expect(typeKey('Ana', 0, 0, 'del')).toEqual({ value: 'Ana', caret: 0 });
    expect(typeKey('Ana Li', 1, 4, 'del')).toEqual({ value: 'ALi', caret: 1 });
  });

  it('stop at the field’s length, so a long name is told it is too long rather than cut', () => {
    const full = 'x'.repeat(FIELD_MAX);
    expect(typeKey(full, FIELD_MAX, FIELD_MAX, 'A')).toBeNull();
    expect(typeKey(full, 0, 1, 'A')).toEqual({ value: `A${'x'.repeat(FIELD_MAX - 1)}`, caret: 1 });
  });
});
