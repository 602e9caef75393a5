// Cynefin sorting's rules as the one model interface of the SDK (games/sdk/model.ts): the names State, Action and
// Refusal, and the five functions, from model.ts, resume.ts and results.ts.
import type { GameModel } from '../sdk/model';
import * as M from './model';
import { resume } from './resume';
import { summary } from './results';
import type { Level } from './schema';

export type State = M.CynefinState;
export type Action = M.CynefinAction;
export type Refusal = M.CynefinRefusal;

export const model: GameModel<Level, State, Action, Refusal> = {
  start: M.start,
  apply: M.apply,
  resume,
  isDone: (_level, state) => M.isDone(state),
  summary,
};
