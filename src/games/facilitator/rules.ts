// The facilitator role-play's rules as the one model interface of the SDK (games/sdk/model.ts): the names State,
// Action and Refusal, and the five functions, from model.ts and results.ts.
import type { GameModel } from '../sdk/model';
import * as M from './model';
import { summary } from './results';
import type { Scenario } from './schema';

export type State = M.FacState;
export type Action = M.FacAction;
export type Refusal = M.FacRefusal;

export const model: GameModel<Scenario, State, Action, Refusal> = {
  start: (scenario, seed) => M.start(scenario, seed),
  apply: M.apply,
  resume: M.resume,
  isDone: M.isEnded,
  summary,
};
