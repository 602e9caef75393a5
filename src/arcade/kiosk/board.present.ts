// Words and rules of the booth's board after a round: (the level, the board's names setting, what the visitor has
// saved, the last message, the level's ranking) -> how the visitor names themself (typed on the on-screen keys,
// chosen from a list, or not at all), the message, the board's lines (names isolated, none on an anonymous board),
// and where to go next; and how an on-screen key edits the name typed. No Phaser or DOM here.
import { boardRows, isolateName, type RankedEntry } from '../../core/leaderboard';
import type { BoardNames } from '../../core/kioskSettings';
import type { NicknameProblem } from '../../core/nickname';
import { T } from '../strings';
import { K } from './strings';

/** Names shown on the board. */
export const SHOWN = 10;
/** The field takes more than a nickname may have, so a long one is told it is too long rather than cut. */
export const FIELD_MAX = 64;
/** The names offered on a board with names from a list (at most this many). */
const LIST_MAX = 12;
const ROWS = ['1234567890', 'QWERTYUIOP', 'ASDFGHJKL-', 'ZXCVBNM_.'] as const;
/** The letters a language's names need that A to Z lacks ("José", "Loïc"), as a row of their own (ten at most). */
const ACCENTS: Readonly<Record<string, string>> = { fr: 'ÉÈÊÀÂÇÔÎÏÙ', es: 'ÁÉÍÓÚÑÜ' };

/** The on-screen keyboard's rows in a language. */
export function keyRows(lang: string): string[] {
  const extra = ACCENTS[lang];
  return extra ? [...ROWS, extra] : [...ROWS];
}

export interface BoardInput {
  /** The game's and the level's titles in the visitor's language. */
  game: string;
  level: string;
  /** How the board names visitors (kioskSettings.boardNames): 'none' is a board of scores only. */
  names: BoardNames;
  /** The entry put on the board from this screen, if any. */
  saved: RankedEntry | null;
  /** This round is already on the board (put there earlier, then back here). */
  onBoard: boolean;
  /** The last thing said (saved, or why not), or ''. */
  message: string;
  /** The visitor's language, for the on-screen keys. */
  lang: string;
  /** The level's ranking, best first. */
  ranked: readonly RankedEntry[];
}

export interface BoardKey {
  /** What the key types: a character, 'space' or 'del'. */
  key: string;
  id: string;
  label: string;
  visibleLabel?: string;
}

export type BoardNext = 'card' | 'picker' | 'title';

export interface BoardView {
  title: string;
  /** The header's Back (to the results). */
  back: string;
  /** done: the round is on the board (or the board takes no names); list: a name is a tap; typed: a field and keys. */
  mode: 'done' | 'list' | 'typed';
  /** A board with names from a list: the prompt and a button a name. */
  pick: { prompt: string; names: Array<{ id: string; name: string; label: string }> } | null;
  /** A board with typed names: the field's name, Save, and the on-screen keys (rows, then Space and Delete). */
  typed: { label: string; save: string; keys: BoardKey[][]; space: BoardKey; del: BoardKey } | null;
  /** The message, and whether it is an error (the field is then marked invalid). */
  message: { text: string; error: boolean } | null;
  board: { title: string; empty: string | null; lines: Array<{ text: string; mine: boolean }> };
  nav: Array<{ id: string; label: string; style: 'primary' | 'quiet'; to: BoardNext }>;
}

export function boardTitle(game: string): string {
  return K('board.screen', { game });
}

/** Said once the visitor's entry is on the board: with the name (isolated), or the score alone. */
export function savedWords(entry: RankedEntry): string {
  return entry.name === '' ? K('board.savedAnon', { rank: entry.rank }) : K('board.saved', { name: isolateName(entry.name), rank: entry.rank });
}

/** Why a name was refused, or the board could not take it ('storage'). */
export function problemWords(problem: NicknameProblem | 'storage'): string {
  return K(`board.problem.${problem}`);
}

/** An on-screen key typed into the field at the caret (or over the selection), capitalised only at a word's
 * start; Delete takes the character before the caret (or the selection). Null when the field is full. */
export function typeKey(value: string, start: number, end: number, key: string): { value: string; caret: number } | null {
  const before = value.slice(0, start);
  if (key === 'del') {
    const cut = start === end ? Math.max(0, start - 1) : start;
    return { value: value.slice(0, cut) + value.slice(end), caret: cut };
  }
  if (value.length - (end - start) >= FIELD_MAX) return null;
  const ch = key === 'space' ? ' ' : /^\p{Lu}$/u.test(key) && before !== '' && !before.endsWith(' ') ? key.toLowerCase() : key;
  return { value: before + ch + value.slice(end), caret: start + ch.length };
}

function typedPart(lang: string): NonNullable<BoardView['typed']> {
  const key = (ch: string): BoardKey => ({ key: ch, id: `k-${ch}`, label: K('board.key', { key: ch }), visibleLabel: ch });
  return {
    label: K('board.label'),
    save: K('board.save'),
    keys: keyRows(lang).map((row) => [...row].map(key)),
    space: { key: 'space', id: 'k-space', label: K('board.space') },
    del: { key: 'del', id: 'k-del', label: K('board.delete'), visibleLabel: '⌫' },
  };
}

export function presentBoard(o: BoardInput): BoardView {
  const anonymous = o.names === 'none';
  const done = o.saved !== null || o.onBoard || anonymous;
  const mode = done ? 'done' : o.names === 'list' ? 'list' : 'typed';
  // This level's ranking (a short round ranks apart from the full level).
  const rows = boardRows(o.ranked, { shown: SHOWN, anonymous, mine: o.saved });
  const lines = rows.map((row) => {
    const line =
      row.name === null
        ? K('board.lineAnon', { rank: row.rank, score: row.score, stars: row.stars })
        : K('board.line', { rank: row.rank, name: row.name, score: row.score, stars: row.stars });
    return { text: row.mine ? K('board.you', { line }) : line, mine: row.mine };
  });
  return {
    title: boardTitle(o.game),
    back: T('nav.back'),
    mode,
    // Names from a list: a name is a tap, nothing typed and nothing to moderate.
    pick:
      mode === 'list'
        ? {
            prompt: K('board.pick'),
            names: K('board.names')
              .split('|')
              .slice(0, LIST_MAX)
              .map((name, i) => ({ id: `name-${i}`, name, label: K('board.pickName', { name }) })),
          }
        : null,
    typed: mode === 'typed' ? typedPart(o.lang) : null,
    message: o.message ? { text: o.message, error: o.saved === null } : null,
    board: { title: K('board.title', { game: o.game, level: o.level }), empty: rows.length === 0 ? K('board.empty') : null, lines },
    nav: [
      { id: 'card', label: K('results.card'), style: 'primary', to: 'card' },
      { id: 'another', label: K('board.another'), style: 'quiet', to: 'picker' },
      { id: 'done', label: K('results.done'), style: 'quiet', to: 'title' },
    ],
  };
}
