// The card's clock on wall time, not the frame loop: a slow machine or a hidden tab (whose timers are woken less
// often) does not slow it. The seconds since the last look are counted (core/wallClock), the rest carried.
import { wallSeconds } from '../../../core/wallClock';

/** How often the clock looks at the wall time. */
const LOOK_MS = 250;

export class WallCount {
  private to = Date.now();

  /** Nothing to count (no timer, paused, another card): the count starts again from now. */
  hold(now = Date.now()): void {
    this.to = now;
  }

  /** Whole seconds since the last count. */
  take(now = Date.now()): number {
    const r = wallSeconds(this.to, now);
    this.to = r.countedTo;
    return r.seconds;
  }
}

/** Calls `look` four times a second and when the tab is shown again; returns the way to stop. */
export function lookEveryQuarterSecond(look: () => void): () => void {
  const timer = window.setInterval(look, LOOK_MS);
  document.addEventListener('visibilitychange', look);
  return () => {
    window.clearInterval(timer);
    document.removeEventListener('visibilitychange', look);
  };
}
