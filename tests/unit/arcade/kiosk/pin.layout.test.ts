// The PIN screen's rectangles (an operator's screen: the whole height of a totem) with its longest prompt, at every
// booth size and text scale: the prompt, the dots and the message above the keypad, the keys three to a row, each at
// least 44 px and none overlapping, and Cancel under them on the screen; at the largest text the keys shrink to fit,
// and on a laptop a longer prompt sets the keypad beside the text.
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

describe.each(screens(false))('the PIN screen at %s', (_name, L) => {
  it('keeps the keypad and Cancel on screen, apart and at least 44 px', () => {
    expect(problems(L, layout(L))).toEqual([]);
  });

  it('stacks the prompt, the dots, the message, the keypad and Cancel down the middle', () => {
    const R = layout(L);
    expect(R.beside).toBe(false);
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

describe('the PIN screen at the largest text', () => {
  // At text 1.5 on a landscape screen the prompt takes three lines or more: the keys shrink so Cancel stays under
  // the keypad's last row (Delete, 0, OK), not over it.
  it.each(screens(false).filter(([name]) => /^(1920x1080|1366x768) at text 1\.5$/.test(name)))('shrinks the keys at %s, Cancel clear of them', (_name, L) => {
    const R = layout(L);
    expect(problems(L, R)).toEqual([]);
    expect(R.keys[11]!.h).toBeLessThan(Math.max(56, L.buttonH * 1.1));
    expect(R.cancel.y).toBeGreaterThanOrEqual(R.keys[11]!.y + R.keys[11]!.h + L.gap);
  });

  it('sets the keypad beside a longer prompt (French) on a laptop, everything on screen and apart', () => {
    const L = screens(false).find(([name]) => name === '1366x768 at text 1.5')![1];
    const long = 'Choisissez un code PIN de 4 à 8 chiffres. C’est le seul moyen de quitter le mode kiosque.';
    const R = pinLayout(L, { keys: 12, promptH: textH(long, L.font.large, pinTextWidth(L), true), dotsH: textH('○ ○ ○ ○', L.font.hero, L.w) });
    expect(R.beside).toBe(true);
    expect(problems(L, R)).toEqual([]);
    expect(R.prompt.x + pinTextWidth(L) / 2).toBeLessThan(R.keys[0]!.x);
    expect(R.keys[0]!.h).toBeGreaterThanOrEqual(56);
    expect(R.cancel.y).toBeGreaterThan(R.keys[11]!.y + R.keys[11]!.h);
    expect(R.message.x + R.message.w).toBeLessThan(R.keys[0]!.x);
  });
});
