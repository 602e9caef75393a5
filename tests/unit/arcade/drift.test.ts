// The booth's welcome screen drifts so nothing burns into the screen over a day, without ever leaving the screen.
import { describe, expect, it } from 'vitest';
import { driftAt } from '../../../src/arcade/kiosk/drift';

const MIN = 60 * 1000;
/** A day, a moment every 7 s (about the slide's pace, prime to the drift's turn). */
const day = Array.from({ length: (24 * 60 * 60) / 7 }, (_, i) => i * 7000);

describe('the welcome screen’s drift', () => {
  it('stays within half the margin, so no control or text leaves the screen', () => {
    for (const pad of [12, 20, 32]) {
      for (const t of day) {
        const d = driftAt(t, pad);
        expect(Math.abs(d.x)).toBeLessThanOrEqual(pad / 2);
        expect(Math.abs(d.y)).toBeLessThanOrEqual(pad / 2);
      }
    }
  });

  it('moves every edge over many pixels in the course of a day, a few pixels at a time', () => {
    const xs = new Set(day.map((t) => driftAt(t, 32).x));
    const ys = new Set(day.map((t) => driftAt(t, 32).y));
    expect(xs.size).toBeGreaterThanOrEqual(25);
    expect(ys.size).toBeGreaterThanOrEqual(25);
    // A step from one slide to the next (8 s) is a few pixels, lost in the change of slide.
    for (let t = 0; t < 30 * MIN; t += 8000) {
      const a = driftAt(t, 32);
      const b = driftAt(t + 8000, 32);
      expect(Math.abs(a.x - b.x) + Math.abs(a.y - b.y)).toBeLessThanOrEqual(3);
    }
  });

  it('is the same after a reload at the same moment (a function of the time alone)', () => {
    expect(driftAt(123_456_789, 32)).toEqual(driftAt(123_456_789, 32));
  });
});
