// Seek, sense, share's booth round (two to four minutes, for a passer-by): a short network of its own (booth.json,
// texts inline), whatever level the operator chose, since no shipped level can be cut down and still teach the three
// steps. Pure; the shell calls it through GameEntry.loadBoothRound. Its id ends in `-short`, so the board ranks it apart.
import type { BaseLevel } from '../sdk/types';
import { parseLevel } from '../../core/levels';
import { levelSchema } from './schema';
import booth from './booth.json';

const load = parseLevel(levelSchema, 'booth.json', booth);

export function boothRound(level: BaseLevel): BaseLevel {
  // A booth file that fails the schema (a bad edit) leaves the operator's level to play: the booth keeps working.
  return load.ok ? load.level : level;
}
