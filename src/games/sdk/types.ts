// What a game gives the arcade: the shell builds picker, level select and results from this and the save.
import type Phaser from 'phaser';
import type { LocalText } from '../../core/i18n';
import type { LevelLoad } from '../../core/levels';
import type { RoomGame } from './room';
import type { GameEditor } from './editor';
import type { Rect } from '../../core/rect';
import type { Layout } from '../../ui/layout';

/** Fields every level of every game has (see levelHeader in core/levels). */
export interface BaseLevel {
  id: string;
  title: LocalText;
  order: number;
  summary?: LocalText;
  /** Where what the level says about real places comes from (shown in the About panel). */
  sources?: readonly { names: readonly string[]; claim: LocalText; cite: string }[];
}

/** A game's primer, in the player's language: a title and its paragraphs. */
export interface Primer {
  title: string;
  paragraphs: string[];
}

/**
 * A few seconds of a round being played, looped on the booth's welcome screen: the game draws it in `area` from the
 * level its booth round plays. What it adds lives until the screen's next rebuild, which destroys the objects and
 * kills the tweens; with `still` (reduced motion) it draws one telling frame and nothing moves.
 */
export type Demo = (scene: Phaser.Scene, L: Layout, area: Rect, level: BaseLevel, o: { still: boolean }) => void;

export interface GameEntry {
  /** Stable id used in saves and scene keys. */
  id: string;
  title: LocalText;
  description: LocalText;
  /** The game's line in the closing recap ("what the games teach"), shown on the recap screen and the booth's card. */
  recap: LocalText;
  /** Where the game's ideas come from and whom to credit, shown by the level select's About button. */
  about: LocalText;
  /** How many levels ship with the game, known without loading any (the picker shows it). */
  levelCount: number;
  /** The pictures the game draws (texture key -> URL), loaded before its first round starts. */
  art?: () => Readonly<Record<string, string>>;
  /** Key of the game's Phaser scene, which receives PlayData. */
  sceneKey: string;
  /** The game's view, loaded (with its rules) the first time the game is played: a smaller start on phones. */
  loadScene(): Promise<typeof Phaser.Scene>;
  /** The shipped levels, each parsed through the game's schema (a bad file becomes an error entry). */
  loadLevels(): Promise<LevelLoad<BaseLevel>[]>;
  /** A level file from outside (a trainer's), parsed and checked the same way. */
  parseLevelFile(file: string, text: string): Promise<LevelLoad<BaseLevel>>;
  /** A workshop room answering its cards together (teams vote, then the reveal); absent: teams take turns. */
  loadRoom?: () => Promise<RoomGame>;
  /** The room can ask each card's second question as a round of its own (the trainer switches it on or off). */
  roomSecondRound?: boolean;
  /** A short round for a booth visitor (a few minutes), made from one of the game's levels; absent: the level as it is.
   * Loaded with the game's rules, so the start bundle does not carry it. */
  loadBoothRound?: () => Promise<(level: BaseLevel) => BaseLevel>;
  /** Its demo on the booth's welcome screen (a round being played); absent: its cover picture, drifting. */
  loadDemo?: () => Promise<Demo>;
  /** The level editor's form and checks (the shell draws the frame around them); absent: files only. */
  loadEditor?: () => Promise<GameEditor>;
  /** The game's primer (the primer screen, before the first level); absent: no primer button. */
  loadPrimer?: () => Promise<Primer>;
  /** The game's before-and-after check as it is in its file (core/check parses it); absent: no check. */
  loadCheck?: () => Promise<unknown>;
  /** The facilitator guide (Markdown) in a language, or in English when it has no translation; absent: no guide. */
  loadGuide?: (lang: string) => Promise<{ markdown: string; lang: string }>;
}

/**
 * A game's entry, typed by its own level type: the levels it loads, the files it parses and the scene it plays
 * them in all agree on `L`, checked here once, so neither the game nor the shell casts.
 */
export interface GameDefinition<L extends BaseLevel> extends Omit<GameEntry, 'loadLevels' | 'parseLevelFile'> {
  loadLevels(): Promise<LevelLoad<L>[]>;
  parseLevelFile(file: string, text: string): Promise<LevelLoad<L>>;
}

/** A game's names table (`names/<lang>.json`): its name, description and credit, all the start needs of it. */
export interface GameNames {
  local(key: 'title' | 'description' | 'about' | 'recap'): LocalText;
}

/**
 * The game's entry. Its title, description and credit are read from its names table each time they are shown: a
 * language's table arrives after the game's module, so text taken once at import would stay in English.
 */
export function defineGame<L extends BaseLevel>(def: Omit<GameDefinition<L>, 'title' | 'description' | 'about' | 'recap'> & { names: GameNames }): GameEntry {
  const { names, ...rest } = def;
  return Object.defineProperties(rest, {
    title: { get: () => names.local('title'), enumerable: true },
    description: { get: () => names.local('description'), enumerable: true },
    about: { get: () => names.local('about'), enumerable: true },
    recap: { get: () => names.local('recap'), enumerable: true },
  }) as unknown as GameEntry;
}

/** A game's guide from its files (`guide-<game>.md`, a translation as `guide-<game>.<lang>.md`): the player's language
 * where it is translated, else English. */
export async function guideIn(files: Record<string, () => Promise<unknown>>, lang: string): Promise<{ markdown: string; lang: string }> {
  const paths = Object.keys(files);
  const own = paths.find((p) => p.endsWith(`.${lang}.md`));
  const en = paths.find((p) => !/\.[a-z]{2}\.md$/.test(p));
  const path = own ?? en;
  if (!path) return { markdown: '', lang: 'en' };
  return { markdown: String(await files[path]!()), lang: own ? lang : 'en' };
}

/** What the shell hands a game scene when a round starts. */
export interface PlayData {
  gameId: string;
  /** The parsed level; the game casts it to its own Level type (it came through its own schema). */
  level: BaseLevel;
  /** Where the level came from, for messages. */
  file: string;
  /** Resume the saved round instead of starting afresh. */
  resume: boolean;
}
