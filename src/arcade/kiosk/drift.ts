// The booth's welcome screen is on all day: the whole screen drifts along a slow figure of eight, so no bright edge
// stays on the same pixels for hours (burn-in). A pure function of the time, so a reload picks up where it was.

/** The whole screen drifts along a slow figure of eight, this long a turn, so nothing stays on the same pixels all
 * day (burn-in on a booth's screen); at most half the margin, so nothing leaves the screen. */
const DRIFT_MS = 17 * 60 * 1000;
const DRIFT_PX = 14;
/** Where the screen stands in its drift at `now` (px, each way). */
export function driftAt(now: number, pad: number): { x: number; y: number } {
  const a = (2 * Math.PI * (now % DRIFT_MS)) / DRIFT_MS;
  const r = Math.min(DRIFT_PX, pad / 2);
  return { x: Math.round(r * Math.sin(a)), y: Math.round(r * Math.sin(2 * a)) };
}
