// Which of a check's two forms a player takes: apart from the check's schema (core/check), because the save reads it
// at boot (core/learning) and zod is not in the start bundle.
import { createRng } from './rng';
import { fnv1a } from './hash';

export const FORMS = ['a', 'b'] as const;
export type CheckForm = (typeof FORMS)[number];

export function otherForm(f: CheckForm): CheckForm {
  return f === 'a' ? 'b' : 'a';
}

/**
 * The form a player's first check of a game uses: drawn from the player's own seed (kept in storage) and the game's
 * id, so across players half start on each form (counterbalanced), and one player's games do not all start alike.
 */
export function firstForm(playerSeed: number, gameId: string): CheckForm {
  return createRng(fnv1a(gameId, playerSeed)).next() < 0.5 ? 'a' : 'b';
}
