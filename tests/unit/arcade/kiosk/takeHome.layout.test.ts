// The take-home result page's rectangles (on the visitor's own screen: the whole height) at every size and text
// scale: the score, the stars and Play at home beside the result's text on a wide screen, above it upright, Play
// at home at least 44 px; a link that cannot be read gets the text and the button only.
import { describe, expect, it } from 'vitest';
import { takeHomeColumn, takeHomeLayout } from '../../../../src/arcade/kiosk/takeHome.layout';
import { offScreen, overlaps, screens, textH, tooSmall } from './screens';

describe.each(screens(false))('the take-home page at %s', (_name, L) => {
  const scoreH = textH('Score 17 of 20', L.font.title, takeHomeColumn(L, true), true);

  it('shows the score and stars above Play at home, apart from the result’s text', () => {
    const R = takeHomeLayout(L, { result: true, scoreH });
    expect(offScreen(L, { play: R.play, panel: R.panel })).toEqual([]);
    expect(overlaps({ play: R.play, panel: R.panel })).toEqual([]);
    expect(tooSmall({ play: R.play })).toEqual([]);
    expect(R.stars!.y - R.stars!.size / 2).toBeGreaterThan(R.score!.y + scoreH);
    if (L.portrait) {
      expect(R.panel.y).toBeGreaterThan(R.stars!.y + R.stars!.size / 2);
      expect(R.play.y + R.play.h).toBe(L.h - L.pad);
    } else {
      expect(R.play.y).toBeGreaterThan(R.stars!.y);
      expect(R.panel.x).toBeGreaterThan(R.play.x + R.play.w);
      expect(R.score!.x).toBe(R.play.x + R.play.w / 2);
    }
  });

  it('gives a link that cannot be read the text and Play at home only', () => {
    const R = takeHomeLayout(L, { result: false, scoreH: 0 });
    expect([R.score, R.stars]).toEqual([null, null]);
    expect(offScreen(L, { play: R.play, panel: R.panel })).toEqual([]);
    expect(overlaps({ play: R.play, panel: R.panel })).toEqual([]);
    expect(R.panel).toMatchObject({ x: L.body.x, y: L.body.y, w: L.body.w });
  });
});
