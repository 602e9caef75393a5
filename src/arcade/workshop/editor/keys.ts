// The level editor's scene key, what it is opened with, and which games have an editor (Cynefin sorting for now;
// the other two games take files).
export const EDITOR_SCENE = 'LevelEditor';

export const EDITOR_GAMES: readonly string[] = ['cynefin'];

export function hasEditor(gameId: string): boolean {
  return EDITOR_GAMES.includes(gameId);
}

export interface EditorData {
  gameId: string;
  /** A kept level of the trainer's to open (its id under "Your levels"); without it, the draft in progress. */
  levelId?: string;
  /** Where Back goes: the level select by default. */
  from?: string;
}
