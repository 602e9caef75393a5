// What a game gives a workshop room that answers its cards together (see core/room for the rules): each card with
// its question, options, accepted answers and why, in the player's language. Optional: a game without it is played
// by teams taking turns.
import type { RoomRule, RoomStory } from '../../core/room';
import type { BaseLevel } from './types';

export interface RoomOption {
  id: string;
  /** Drawn on the option and its bar (a mark, so colour is never the only cue, and the name). */
  label: string;
  /** The option's mark alone, where there is room for no more (a team's answer on a phone). */
  mark: string;
  /** A short cue under the label. */
  cue?: string;
}

export interface RoomItem extends RoomRule {
  /** The situation as the room reads it. */
  text: string;
  /** This card's own question, where it is not the deck's (a card's second round). */
  question?: string;
  /** What each option says on this card, where it is more than the option's name (a decision's choices). */
  optionText?: Readonly<Record<string, string>>;
  /** Accepted answers, best first, each with its share of the points and why it fits. */
  accepted: Array<{ option: string; credit: number; why: string }>;
  /** The explanation shown with the reveal. */
  explanation: string;
  /** Further notes for the debrief (the tempting neighbour, the second step). */
  notes: string[];
  /** Questions for the room about this card. */
  discussion: string[];
}

export interface RoomDeck {
  /** The question every card asks, unless the card has its own. */
  question: string;
  /** Every option a card may offer; each card offers those its `options` name, in this order. */
  options: RoomOption[];
  items: RoomItem[];
  /** The level's questions for the whole debrief at the end. */
  discussion: string[];
  /** Nothing here counts for the teams' scores (a check run as a poll). */
  unscored?: boolean;
  /** The reveal shows how the room answered but not which answer fits, nor who was right (a first check: the room's
   * starting point, taken before anything is taught). */
  withhold?: boolean;
  /** What one step of the deck is called on the room's screen: a card (default), a role-play's decision, a poll's
   * question. */
  unit?: 'card' | 'decision' | 'question';
  /** A section of the end screen of the deck's own (a poll's gain per concept), read when the end is drawn. */
  endSummary?: () => { heading: string; lines: string[] };
}

/** What the trainer chose for the room. */
export interface RoomChoices {
  /** Ask each card's second question (where the game has one) as a round of its own after the first. */
  second: boolean;
}

export interface RoomGame {
  deck(level: BaseLevel, choices?: RoomChoices): RoomDeck;
  /** The room's own stories (games whose cards all share one set of options): the room can add its own. */
  stories?: {
    /** A story's card as the deck shows it (answerable before, revealed once the trainer has placed it). */
    item(level: BaseLevel, story: RoomStory): RoomItem;
    /**
     * The session's level: the level's cards with the room's placed stories added, as a level file the game parses,
     * and a note (in the player's language) when some could not be kept. `leaning` is, per story, the option most
     * teams chose other than the accepted one (absent when no team did): the room's own tempting answer.
     */
    level(level: BaseLevel, stories: readonly RoomStory[], lang: string, leaning?: Readonly<Record<string, string>>): { json: unknown; note: string | null };
  };
}
