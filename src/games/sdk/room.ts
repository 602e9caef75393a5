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
  question: string;
  options: RoomOption[];
  items: RoomItem[];
  /** The level's questions for the whole debrief at the end. */
  discussion: string[];
}

export interface RoomGame {
  deck(level: BaseLevel): RoomDeck;
  /** The room's own stories, placed live: their cards as the deck shows them once revealed. */
  storyItem(level: BaseLevel, story: RoomStory): RoomItem;
  /**
   * The session's level: the level's cards with the room's revealed stories added, as a level file the game
   * parses, or null when the stories cannot make one (the message names why, in the player's language).
   */
  sessionLevel(level: BaseLevel, stories: readonly RoomStory[], lang: string): { json: unknown; note: string | null };
}
