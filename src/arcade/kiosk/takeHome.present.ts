// Words of the take-home result page: (the link read from the address, the game and level it names, if this
// arcade has them) -> the score and stars, the result's text (game, level, score, day; the recap follows), or a
// clear message for a link that cannot be read, and Play at home. Nothing of the link reaches the screen but
// numbers and names this arcade has. No Phaser or DOM here.
import { formatDay, type TakeHomeLink } from '../../core/takeHome';
import { T } from '../strings';
import { K } from './strings';

export interface TakeHomeInput {
  /** The link read from the address, and the title of the game it names (null: unreadable, or a game this arcade
   * lacks). */
  link: TakeHomeLink | null;
  game: string | null;
  /** The level's title once the game's levels have loaded; null while they load, or when this arcade lacks it. */
  level: string | null;
  levelsLoaded: boolean;
  /** The page's language, for the day. */
  lang: string;
}

export interface TakeHomeView {
  title: string;
  /** The score above the stars, and the stars earned; null for a link that cannot be read. */
  score: { text: string; stars: number } | null;
  play: string;
  panelTitle: string;
  /** The result's lines (the recap follows them), or the one line of a link that cannot be read. */
  lines: Array<{ text: string; strong?: boolean }>;
  /** The skills to take home follow the lines. */
  recap: boolean;
}

export function takeHomeTitle(): string {
  return K('home.screen');
}

export function presentTakeHome(o: TakeHomeInput): TakeHomeView {
  const base = { title: takeHomeTitle(), play: K('home.play') };
  const { link, game } = o;
  if (!link || game === null)
    return { ...base, score: null, panelTitle: K(game === null ? 'home.badTitle' : 'home.title'), lines: [{ text: K('home.bad') }], recap: false };
  const level = o.level ?? (o.levelsLoaded ? K('home.levelUnknown') : K('op.levelLoading'));
  return {
    ...base,
    score: { text: T('results.score', { score: link.score, max: link.maxScore }), stars: link.stars },
    panelTitle: K('home.title'),
    lines: [
      { text: K('card.result', { game, level }), strong: true },
      { text: K('card.score', { score: link.score, max: link.maxScore, stars: link.stars }) },
      { text: K('home.day', { day: formatDay(link.day, o.lang) }) },
    ],
    recap: true,
  };
}
