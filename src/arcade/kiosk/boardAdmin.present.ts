// Words of the operator's board moderation: (today's entries, the games' and levels' titles, the entry whose Remove
// was pressed once) -> each level's heading, each entry's line (its name as its own bidi run) and its Remove
// button, and what is said on a first and a second press. No Phaser or DOM here.
import { isolateName, sameEntry, type BoardEntry, type RankedEntry } from '../../core/leaderboard';
import { T } from '../strings';
import { K } from './strings';

/** The suffix of a booth's short round's level id (games/<game>/booth.ts). */
const SHORT_SUFFIX = '-short';

export interface AdminInput {
  /** Today's entries, level by level, each ranked within its level (Leaderboard.all). */
  entries: readonly RankedEntry[];
  /** A game's title in the operator's language, where this arcade has the game. */
  gameTitle: (gameId: string) => string | undefined;
  /** Level titles by `<game id>/<level id>`, once each game's levels have loaded. */
  levelTitles: ReadonlyMap<string, string>;
  /** The entry whose Remove was pressed once: the next press removes it. */
  confirming: BoardEntry | null;
}

export interface AdminRow {
  entry: RankedEntry;
  /** The level's heading, on the first entry of each level. */
  heading: string | null;
  /** The entry's name as said and shown (isolated), or "(no name)". */
  name: string;
  line: string;
  /** Remove, or (pressed once) its question. */
  remove: { id: string; label: string; visibleLabel: string; style: 'primary' | 'quiet' };
}

export interface AdminView {
  title: string;
  /** The header's Back (to the operator panel). */
  back: string;
  /** Said and shown when the board is empty (then there are no rows). */
  empty: string | null;
  rows: AdminRow[];
}

export function adminTitle(): string {
  return K('admin.screen');
}

/** The first control: the first entry's Remove, or Back on an empty board. */
export function adminFocus(boardSize: number): string {
  return boardSize > 0 ? 'remove-0' : 'back';
}

/** A level's name for the operator: its title, a short round's as "<title> (short round)", else its id. */
export function levelName(titles: ReadonlyMap<string, string>, gameId: string, levelId: string): string {
  const title = titles.get(`${gameId}/${levelId}`);
  if (title) return title;
  const full = levelId.endsWith(SHORT_SUFFIX) ? titles.get(`${gameId}/${levelId.slice(0, -SHORT_SUFFIX.length)}`) : undefined;
  return full ? K('admin.shortRound', { level: full }) : levelId;
}

/** Flashed on the first press of an entry's Remove, and said once the second has removed it. */
export function removeWords(name: string): { confirm: string; removed: string } {
  return { confirm: K('admin.confirm', { name }), removed: K('admin.removed', { name }) };
}

export function presentAdmin(o: AdminInput): AdminView {
  if (o.entries.length === 0) return { title: adminTitle(), back: T('nav.back'), empty: K('board.empty'), rows: [] };
  let group = '';
  const rows = o.entries.map((e, i): AdminRow => {
    const gameName = o.gameTitle(e.gameId) ?? e.gameId;
    const level = levelName(o.levelTitles, e.gameId, e.levelId);
    const key = `${e.gameId}/${e.levelId}`;
    const heading = key !== group ? K('admin.group', { game: gameName, level }) : null;
    group = key;
    // The name as its own bidi run: a right-to-left name keeps its rank and score in place.
    const name = e.name === '' ? K('admin.noName') : isolateName(e.name);
    const asking = o.confirming !== null && sameEntry(o.confirming, e);
    return {
      entry: e,
      heading,
      name,
      line: K('admin.entry', { rank: e.rank, name, score: e.score }),
      remove: {
        id: `remove-${i}`,
        label: asking ? K('admin.confirm', { name }) : K('admin.remove', { name, game: gameName, level }),
        visibleLabel: asking ? K('admin.confirmShort') : K('admin.removeShort'),
        style: asking ? 'primary' : 'quiet',
      },
    };
  });
  return { title: adminTitle(), back: T('nav.back'), empty: null, rows };
}
