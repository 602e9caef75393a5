// The take-home card's rectangles and its code's size rule, laid out within a totem's reach: whole pixels a module,
// at least 4 mm (MIN_MODULE_PX) for every code up to version 5 on a landscape booth screen and a totem at both text
// sizes, and for the short link of a local address (version 3) on a laptop; the code, its caption, the card's text
// and the ways on all on screen and apart.
import { describe, expect, it } from 'vitest';
import type { Layout } from '../../../../src/ui/layout';
import { cardLayout, type CardLayout } from '../../../../src/arcade/kiosk/card.layout';
import { MIN_MODULE_PX, QR_QUIET } from '../../../../src/arcade/kiosk/qr';
import { named, offScreen, overlaps, screens, tooSmall, visitorLayout } from './screens';

/** A QR code's modules a side, by version (17 + 4 v). */
const VERSION = { 1: 21, 2: 25, 3: 29, 4: 33, 5: 37 } as const;
const VERSIONS = Object.values(VERSION);

function problems(L: Layout, R: CardLayout): string[] {
  const all = { ...(R.qr ? { qr: R.qr } : {}), panel: R.panel, ...named('nav', R.nav) };
  return [...offScreen(L, all), ...(R.backing ? offScreen(L, { backing: R.backing }) : []), ...overlaps(all), ...tooSmall(named('nav', R.nav))];
}

describe.each(screens(true))('the take-home card at %s', (_name, L) => {
  it.each([...VERSIONS, null])('lays out a code of %s modules, its text and the ways on, all on screen and apart', (modules) => {
    const R = cardLayout(L, { modules, nav: 2 });
    expect(problems(L, R)).toEqual([]);
    if (modules === null) {
      expect([R.qr, R.backing, R.caption, R.captionInText]).toEqual([null, null, null, false]);
      return;
    }
    // Whole pixels a module, the quiet zone included, the white card round it.
    expect(Number.isInteger(R.px)).toBe(true);
    expect(R.qr!.w).toBe((modules + 2 * QR_QUIET) * R.px);
    expect(R.qr!.h).toBe(R.qr!.w);
    expect(R.backing!.x).toBeLessThan(R.qr!.x);
    expect(R.backing!.x + R.backing!.w).toBeGreaterThan(R.qr!.x + R.qr!.w);
    // The caption under the code, or (no room there) opening the text.
    expect(R.caption === null).toBe(R.captionInText);
    if (R.caption) {
      expect(R.caption.y).toBeGreaterThan(R.qr!.y + R.qr!.h);
      expect(R.caption.x).toBe(R.qr!.x + R.qr!.w / 2);
    }
    if (L.portrait) expect(R.panel.y).toBeGreaterThanOrEqual(R.qr!.y + R.qr!.h);
    else expect(R.panel.x).toBeGreaterThan(R.qr!.x + R.qr!.w);
  });
});

describe('the code’s modules', () => {
  it.each([
    ['1920x1080', 1920, 1080],
    ['1080x1920', 1080, 1920],
  ] as const)('are at least 4 mm for every version up to 5 at %s, at both text sizes', (_name, w, h) => {
    for (const scale of [1, 1.5])
      for (const modules of VERSIONS)
        expect(cardLayout(visitorLayout(w, h, scale), { modules, nav: 2 }).px, `${modules} modules at ${scale}`).toBeGreaterThanOrEqual(MIN_MODULE_PX);
  });

  it('are at least 4 mm on a laptop for the short link of a local address (version 3), at the usual text size', () => {
    expect(cardLayout(visitorLayout(1366, 768, 1), { modules: VERSION[3], nav: 2 }).px).toBeGreaterThanOrEqual(MIN_MODULE_PX);
  });

  it('take no more than the room there is where 4 mm does not fit, still in whole pixels', () => {
    // A laptop's height holds 45 modules (version 5 with its quiet zone) at 13 px, not 16: the code stays whole.
    const laptop = cardLayout(visitorLayout(1366, 768, 1), { modules: VERSION[5], nav: 2 });
    expect(laptop.px).toBe(13);
    // Larger text takes height from the code: version 3 at text 1.5 gets 14 px.
    expect(cardLayout(visitorLayout(1366, 768, 1.5), { modules: VERSION[3], nav: 2 }).px).toBe(14);
    const phone = cardLayout(visitorLayout(390, 844, 1), { modules: VERSION[5], nav: 2 });
    expect(phone.px).toBeLessThan(MIN_MODULE_PX);
    expect(phone.qr!.w).toBeLessThanOrEqual(366);
  });

  it('grow no larger than 4 mm needs on a wide screen beyond 45% of the width', () => {
    const L = visitorLayout(1920, 1080, 1);
    const R = cardLayout(L, { modules: VERSION[1], nav: 2 });
    expect(R.qr!.w).toBeLessThanOrEqual(L.body.w * 0.45);
  });
});
