// Words of the take-home card: (the visitor's result, their nickname, the arcade's public address) -> the code's
// accessible name and caption, the card's text beside it (the recap follows the score), and the ways on. No Phaser
// or DOM here.
import { isolateName } from '../../core/leaderboard';
import { T } from '../strings';
import { K } from './strings';

export interface CardInput {
  /** The game's and the level's titles in the visitor's language. */
  game: string;
  level: string;
  score: number;
  maxScore: number;
  stars: number;
  /** The visitor's nickname from the board, if they gave one. */
  nickname: string | null;
  /** The arcade's public address, written out (a booth offers no link out). */
  url: string;
  /** There is a code, with its caption at the top of the text (no room under the code). */
  captionInText: boolean;
}

export interface CardLine {
  text: string;
  cls?: 'strong' | 'url';
}

export interface CardView {
  title: string;
  back: string;
  /** The code's accessible name, and the caption under it (or at the top of the text). */
  qrLabel: string;
  caption: string;
  /** The card's text before the recap, then the heading and the line after it. */
  lines: CardLine[];
  moreTitle: string;
  more: CardLine;
  nav: Array<{ id: string; label: string; style: 'primary' | 'quiet'; to: 'picker' | 'title' }>;
}

export function cardTitle(): string {
  return K('card.screen');
}

export function presentCard(o: CardInput): CardView {
  const lines: CardLine[] = [];
  if (o.captionInText) lines.push({ text: K('card.scan'), cls: 'strong' });
  // The name in its own isolated run, as on the board: a right-to-left name cannot reorder the words round it.
  if (o.nickname) lines.push({ text: K('card.for', { name: isolateName(o.nickname) }), cls: 'strong' });
  lines.push({ text: K('card.result', { game: o.game, level: o.level }), cls: 'strong' });
  lines.push({ text: K('card.score', { score: o.score, max: o.maxScore, stars: o.stars }) });
  return {
    title: cardTitle(),
    back: T('nav.back'),
    qrLabel: K('card.qrLabel'),
    caption: K('card.scan'),
    lines,
    moreTitle: K('card.moreTitle'),
    more: { text: K('card.more', { url: o.url }), cls: 'url' },
    nav: [
      { id: 'another', label: K('board.another'), style: 'quiet', to: 'picker' },
      { id: 'done', label: K('results.done'), style: 'primary', to: 'title' },
    ],
  };
}
