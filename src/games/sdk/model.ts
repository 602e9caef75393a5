// The one shape of a game's rules (DESIGN.md rule 1): pure functions of the level and a JSON state, refusals as typed
// codes. Each game exports `model` of this type from its folder (model.ts with results.ts), so the shell, the tests
// and a new game all see the same five functions.
import type { Invalid, RoundSummary } from '../../core/round';

/** Refusal codes every game uses for the same case, so a bad save reads the same whatever the game. */
export const SHARED_REFUSALS = ['save-malformed', 'save-newer', 'save-other-level', 'save-mismatch', 'round-over', 'unknown-action'] as const;

export interface GameModel<L, S, A, R extends string> {
  /** A new round from a seed (a game with no chance in it may ignore the seed). */
  start(level: L, seed: number): S;
  /** The next state, or why the action is refused; never changes the state it is given. */
  apply(level: L, state: S, action: A): S | Invalid<R>;
  /** A saved round (parsed JSON, so anything) checked against the level: the state to continue, or why not. */
  resume(level: L, raw: unknown): S | Invalid<R>;
  isDone(level: L, state: S): boolean;
  /** What the round comes to, for the results screen and the library. */
  summary(level: L, state: S): RoundSummary;
}
