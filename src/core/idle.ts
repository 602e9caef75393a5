// When a booth visitor has walked away: after the idle time with no input, a countdown (at least 20 s, WCAG 2.2.1)
// offers "I'm still here"; when it runs out, the player's session is cleared. Pure: times are passed in.

/** How long the "I'm still here" countdown lasts; WCAG 2.2.1 asks for at least 20 seconds. */
export const COUNTDOWN_MS = 30_000;

export type IdlePhase =
  | { phase: 'active'; /** when the countdown will appear */ warnAt: number }
  | { phase: 'warning'; resetAt: number; secondsLeft: number }
  | { phase: 'reset' };

/** Where a session stands at `now`, given the last input and the operator's idle time. */
export function idlePhase(now: number, lastInput: number, idleMs: number, countdownMs = COUNTDOWN_MS): IdlePhase {
  const warnAt = lastInput + idleMs;
  const resetAt = warnAt + countdownMs;
  if (now < warnAt) return { phase: 'active', warnAt };
  if (now < resetAt) return { phase: 'warning', resetAt, secondsLeft: Math.ceil((resetAt - now) / 1000) };
  return { phase: 'reset' };
}
