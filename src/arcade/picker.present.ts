// Words of the game picker: (the games on offer, the stars earned in each, the mode) -> each game's card (its name,
// description and progress, or at a booth the invitation to play), the header's buttons, and what is focused first.
// Pure: no Phaser, no DOM, no services. Built from the entries and the save alone: no level file loads here.
import { localize, type LocalText } from '../core/i18n';
import { T } from './strings';
import { K } from './kiosk/strings';

/** What the picker needs of a game's entry. */
export interface PickerGame {
  id: string;
  title: LocalText;
  description: LocalText;
  levelCount: number;
}

export interface GameCardView {
  /** The button's id: `game-<id>`. */
  id: string;
  gameId: string;
  /** The accessible name, drawn as the card's title. */
  title: string;
  /** The game's description, drawn under the title. */
  text: string;
  /** The accessible description: the game's description and the progress line. */
  description: string;
  /** The line at the card's foot. */
  progress: string;
}

export interface PickerView {
  heading: string;
  back: string;
  /** At a booth, settings (text size, sound...) are reached from here. */
  settings: string | null;
  cards: GameCardView[];
}

export function pickerHeading(): string {
  return T('screen.picker');
}

/** The first game's card, or Back with no game to offer. */
export function initialFocus(games: readonly Pick<PickerGame, 'id'>[]): string {
  const first = games[0];
  return first ? `game-${first.id}` : 'back';
}

/** `stars(id)`: the stars earned in a game so far; `booth`: the arcade is a booth (the games are the booth's). */
export function presentPicker(games: readonly PickerGame[], stars: (gameId: string) => number, booth: boolean): PickerView {
  return {
    heading: T('screen.picker'),
    back: T('nav.back'),
    settings: booth ? T('title.settings') : null,
    cards: games.map((g) => {
      const total = g.levelCount * 3;
      const progress = booth ? K('picker.tap') : T('picker.summary', { count: g.levelCount, stars: Math.min(total, stars(g.id)), total });
      const text = localize(g.description);
      return {
        id: `game-${g.id}`,
        gameId: g.id,
        title: localize(g.title),
        text,
        description: T('picker.description', { description: text, progress }),
        progress: `★ ${progress}`,
      };
    }),
  };
}
