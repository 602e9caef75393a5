// Words of "What I learned": (the explanations the player has met that match the search, how many there are in all,
// each game's name) -> the screen's name, the search box's label, the line that says how many match (or that there
// is nothing yet), and the list gathered by game, then by idea (or by level where the game names no idea). Pure: no
// Phaser, no DOM, no services; the scene and its tests read the same words.
import { localize, type LocalText } from '../../core/i18n';
import type { LibraryEntry } from '../../core/learning';
import { T } from '../strings';

export interface LibraryView {
  /** The screen's accessible name, also its title bar. */
  heading: string;
  back: string;
  /** The panel's title. */
  title: string;
  /** The search box's label. */
  search: string;
}

/** One explanation in the list: the item's name, and why. */
export interface LibraryItem {
  title: string;
  explanation: string;
}

/** A game's explanations, by idea (or by level where the game names no idea). */
export interface LibraryGroup {
  game: string;
  concepts: Array<{ concept: string; items: LibraryItem[] }>;
}

export interface LibraryListView {
  /** How many match of how many in all, or that there is nothing yet: shown, and said after a search. */
  status: string;
  groups: LibraryGroup[];
}

export function libraryHeading(): string {
  return T('library.screen');
}

/** Back is focused first: the search box would open a phone's keyboard over the list. */
export function initialFocus(): string {
  return 'back';
}

export function presentLibrary(): LibraryView {
  return { heading: libraryHeading(), back: T('nav.back'), title: T('library.title'), search: T('library.search') };
}

/**
 * `entries`: the explanations that match the search, newest first; `total`: how many are kept in all; `gameTitle`:
 * a game's name by its id (undefined: a game this arcade no longer has, shown by its id).
 */
export function presentLibraryList(entries: readonly LibraryEntry[], total: number, gameTitle: (gameId: string) => LocalText | undefined): LibraryListView {
  const games = new Map<string, Map<string, LibraryItem[]>>();
  for (const e of entries) {
    const title = gameTitle(e.gameId);
    const game = title ? localize(title) : e.gameId;
    const concept = localize(e.concept ?? e.levelTitle);
    const byConcept = games.get(game) ?? new Map<string, LibraryItem[]>();
    byConcept.set(concept, [...(byConcept.get(concept) ?? []), { title: localize(e.title), explanation: localize(e.explanation) }]);
    games.set(game, byConcept);
  }
  return {
    status: total === 0 ? T('library.empty') : T('library.count', { shown: entries.length, total }),
    groups: [...games].map(([game, byConcept]) => ({ game, concepts: [...byConcept].map(([concept, items]) => ({ concept, items })) })),
  };
}
