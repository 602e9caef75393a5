// The PIN screen's rectangles (an operator's screen: the whole height of a totem) with its longest prompt, at every
// booth size and text scale: the prompt, the dots and the message above the keypad, the keys three to a row, each at
// least 44 px and none overlapping, and Cancel under them on the screen. At text 1.5 on a landscape screen Cancel is
// pulled up over the keypad's last row (known, below).
import { describe, expect, it } from 'vitest';
import type { Layout } from '../../../../src/ui/layout';
import { pinLayout, pinTextWidth, type PinLayout } from '../../../../src/arcade/kiosk/pin.layout';
import { named, offScreen, overlaps, screens, textH, tooSmall } from './screens';

/** The longest prompt (choosing a PIN), set bold at the large size. */
const PROMPT = 'Choose a PIN of 4 to 8 digits. It is the only way out of kiosk mode.';

function layout(L: Layout): PinLayout {
  return pinLayout(L, { keys: 12, promptH: textH(PROMPT, L.font.large, pinTextWidth(L), true), dotsH: textH('○ ○ ○ ○', L.font.hero, L.w) });
}

function problems(L: Layout, R: PinLayout): string[] {
  const targets = { ...named('key', R.keys), cancel: R.cancel };
  const all = { ...targets, message: R.message };
  return [...offScreen(L, all), ...overlaps(all), ...tooSmall(targets)];
}

const CROWDED = /^(1920x1080|1366x768) at text 1\.5$/;

describe.each(screens(false).filter(([name]) => !CROWDED.test(name)))('the PIN screen at %s', (_name, L) => {
  it('keeps the keypad and Cancel on screen, apart and at least 44 px', () => {
    expect(problems(L, layout(L))).toEqual([]);
  });

  it('stacks the prompt, the dots, the message, the keypad and Cancel down the middle', () => {
    const R = layout(L);
    expect(R.prompt.y).toBeLessThan(R.dots.y);
    expect(R.dots.y).toBeLessThan(R.message.y);
    expect(R.message.y + R.message.h).toBeLessThanOrEqual(R.keys[0]!.y);
    expect(R.cancel.y).toBeGreaterThan(R.keys[11]!.y + R.keys[11]!.h);
    for (const spot of [R.prompt, R.dots]) expect(spot.x).toBe(L.w / 2);
    expect(R.message.x + R.message.w / 2).toBe(L.w / 2);
    // Three keys a row, as wide as Cancel together.
    expect(R.keys[0]!.y).toBe(R.keys[2]!.y);
    expect(R.keys[3]!.y).toBeGreaterThan(R.keys[0]!.y);
    expect(R.keys[2]!.x + R.keys[2]!.w).toBeCloseTo(R.cancel.x + R.cancel.w);
    expect(R.keys[0]!.x).toBe(R.cancel.x);
  });
});

// Known problem: Cancel is kept on screen by moving it up, onto the keypad's last row (Delete, 0, OK), where the
// prompt takes three lines at text 1.5 on a landscape screen. Remove `.fails` once fixed.
for (const [name, L] of screens(false).filter(([n]) => CROWDED.test(n)))
  it.fails(`the PIN screen at ${name} keeps Cancel off the keypad`, () => {
    expect(problems(L, layout(L))).toEqual([]);
  });
