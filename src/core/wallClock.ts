// A clock on wall time for the views: the rules (core/room) take seconds handed in; this counts them from the
// wall clock so a hidden tab or a slow machine loses none. Pure.

/**
 * Whole seconds of wall time since `from` (ms), and the time they count up to: what is left of a second is carried
 * to the next look, so a clock looked at four times a second, or once a minute in a hidden tab, loses nothing.
 */
export function wallSeconds(from: number, now: number): { seconds: number; countedTo: number } {
  const seconds = Math.max(0, Math.floor((now - from) / 1000));
  return { seconds, countedTo: now < from ? now : from + seconds * 1000 };
}
