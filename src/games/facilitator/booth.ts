// The facilitator role-play's booth round (two to four minutes, for a passer-by): a short scenario of its own
// (booth.json, four decisions, texts inline), whatever scenario the operator chose, since a full one takes a quarter of
// an hour. Pure; the shell calls it through GameEntry.loadBoothRound. Its id ends in `-short`, so the board ranks it apart.
import type { BaseLevel } from '../sdk/types';
import { parseLevel } from '../../core/levels';
import { scenarioSchema } from './schema';
import booth from './booth.json';

const load = parseLevel(scenarioSchema, 'booth.json', booth);

export function boothRound(level: BaseLevel): BaseLevel {
  // A booth file that fails the schema (a bad edit) leaves the operator's scenario to play: the booth keeps working.
  return load.ok ? load.level : level;
}
