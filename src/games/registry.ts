// The list of games. Adding a game = one folder under src/games/ and levels/, and one line here.
import type { GameEntry } from './sdk/types';
import { cynefinGame } from './cynefin';
import { seekSenseShareGame } from './seek-sense-share';
import { facilitatorGame } from './facilitator';

export const GAMES: readonly GameEntry[] = [cynefinGame, seekSenseShareGame, facilitatorGame];
