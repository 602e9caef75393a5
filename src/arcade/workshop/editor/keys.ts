// The level editor's scene key, and what it is opened with. Which games have an editor is each game's own say
// (GameEntry.loadEditor).
import type { GameEntry } from '../../../games/sdk/types';

export const EDITOR_SCENE = 'LevelEditor';

export function hasEditor(game: GameEntry | undefined): boolean {
  return game?.loadEditor !== undefined;
}

export interface EditorData {
  gameId: string;
  /** A kept level of the trainer's to open (its id under "Your levels"); without it, the draft in progress. */
  levelId?: string;
  /** Where Back goes: the level select by default, or the trainer's own levels. */
  from?: 'LevelSelect' | 'YourLevels';
}
