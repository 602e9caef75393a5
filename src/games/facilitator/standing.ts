// How the facilitator is doing, as codes: a role strong, fair, weak or not yet scored; trust and energy low, steady
// or high; the clock over time. Rules of the game (thresholds included), so present.ts only turns codes into words.
import { endingOf, type FacState } from './model';
import { scores } from './results';
import type { Role, Scenario } from './schema';

/** How a role is doing: codes, never words (present.ts names them). 'not-yet': nothing to gain yet on this path. */
export type Standing = 'strong' | 'fair' | 'weak' | 'not-yet';
export type ScoreStanding = Exclude<Standing, 'not-yet'>;
export type MoodStanding = 'low' | 'steady' | 'high';

/** A role score at or above `strong` is strong, at or above `fair` fair, else weak. */
export const ROLE_THRESHOLDS = { strong: 80, fair: 50 } as const;
/** Trust or energy above `high` is high, at or above `steady` steady, else low. */
export const MOOD_THRESHOLDS = { high: 65, steady: 35 } as const;

/** A score's word as a code, by ROLE_THRESHOLDS. */
export function scoreStanding(score: number): ScoreStanding {
  return score >= ROLE_THRESHOLDS.strong ? 'strong' : score >= ROLE_THRESHOLDS.fair ? 'fair' : 'weak';
}

/**
 * How a role stands now. While the session runs, a role that has had nothing to gain at the decisions met so far
 * (and lost nothing) is 'not-yet': its 100 means "untested", not "perfect". At an ending the score is final.
 */
export function roleStanding(scenario: Scenario, state: FacState, role: Role): Standing {
  const score = scores(scenario, state)[role];
  const untested = state.history.length === 0 || (state.meters[role] === 0 && score === 100);
  if (untested && endingOf(scenario, state) === null) return 'not-yet';
  return scoreStanding(score);
}

/** Trust or energy as a code, by MOOD_THRESHOLDS. */
export function moodStanding(value: number): MoodStanding {
  return value > MOOD_THRESHOLDS.high ? 'high' : value >= MOOD_THRESHOLDS.steady ? 'steady' : 'low';
}

/** The agenda has run over its minutes (shown as a warning, never prevented). */
export function isOverTime(scenario: Scenario, state: FacState): boolean {
  return state.meters.clock > scenario.agendaMinutes;
}
