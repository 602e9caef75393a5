// Seek, sense, share's rules as the one model interface of the SDK (games/sdk/model.ts): the names State, Action and
// Refusal, and the five functions, from model.ts. The game has no chance in it: the seed is not used.
import type { GameModel } from '../sdk/model';
import * as M from './model';
import type { Level } from './schema';

export type State = M.SssState;
export type Action = M.SssAction;
export type Refusal = M.Refusal | M.ResumeRefusal;

export const model: GameModel<Level, State, Action, Refusal> = {
  start: (level) => M.start(level),
  apply: M.apply,
  resume: M.resume,
  isDone: (_level, state) => state.phase === 'done',
  summary: M.summary,
};
