// The take-home card's rectangles and its code's size rule, laid out within a totem's reach: whole pixels a module,
// at least 4 mm (MIN_MODULE_PX) for every code up to version 5 on a landscape booth screen, a totem and a laptop at
// both text sizes (on a laptop the code then takes the screen's whole height, the header over the text beside it);
// the code, its caption, the header, the card's text and the ways on all on screen and apart.
import { describe, expect, it } from 'vitest';
import type { Layout } from '../../../../src/ui/layout';
import { cardLayout, type CardLayout } from '../../../../src/arcade/kiosk/card.layout';
import { MIN_MODULE_PX, QR_QUIET } from '../../../../src/arcade/kiosk/qr';
import type { Rect } from '../../../../src/core/rect';
import { named, offScreen, overlaps, screens, tooSmall, visitorLayout } from './screens';

/** A QR code's modules a side, by version (17 + 4 v). */
const VERSION = { 1: 21, 2: 25, 3: 29, 4: 33, 5: 37 } as const;
const VERSIONS = Object.values(VERSION);

/** Inside the screen (half a pixel of rounding allowed). */
function inside(L: Layout, r: Rect): boolean {
  return r.w > 0 && r.h > 0 && r.x >= -0.5 && r.y >= -0.5 && r.x + r.w <= L.w + 0.5 && r.y + r.h <= L.h + 0.5;
}

function problems(L: Layout, R: CardLayout): string[] {
  const below = { panel: R.panel, ...named('nav', R.nav) };
  const code = { ...(R.backing ? { backing: R.backing } : {}) };
  const out = [
    // The text and the ways on are under the header; the code may stand beside it, never under it.
    ...offScreen(L, below),
    ...Object.entries({ ...code, header: R.header })
      .filter(([, r]) => !inside(L, r))
      .map(([n]) => `${n} off the screen`),
    ...overlaps({ ...below, ...code, header: R.header }),
    ...tooSmall(named('nav', R.nav)),
  ];
  if (R.header !== L.header) {
    if (R.header.h !== L.header.h || R.header.y !== 0 || R.header.x + R.header.w !== L.w) out.push('the header is not the top right of the screen');
    if (R.panel.y < R.header.h) out.push('the text is under the header');
  }
  return out;
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
    ['1366x768', 1366, 768],
  ] as const)('are at least 4 mm for every version up to 5 at %s, at both text sizes', (_name, w, h) => {
    // A totem's visitor screens keep to its lower two-thirds: the layout there is 1280 px tall.
    expect(visitorLayout(w, h, 1).h).toBe(h > w ? 1280 : h);
    for (const scale of [1, 1.5])
      for (const [version, modules] of Object.entries(VERSION)) {
        const L = visitorLayout(w, h, scale);
        const R = cardLayout(L, { modules, nav: 2 });
        expect(R.px, `version ${version} at ${scale}`).toBeGreaterThanOrEqual(MIN_MODULE_PX);
        expect(problems(L, R), `version ${version} at ${scale}`).toEqual([]);
      }
  });

  it('take the whole height of a laptop’s screen for version 5, the header and the text beside it', () => {
    const L = visitorLayout(1366, 768, 1);
    const R = cardLayout(L, { modules: VERSION[5], nav: 2 });
    // 45 modules with the quiet zone at 16 px: 720 px, more than the 601 px under the header and above the buttons.
    expect(R.qr).toEqual({ x: L.pad, y: 24, w: 720, h: 720 });
    expect(R.header.x).toBeGreaterThan(R.backing!.x + R.backing!.w);
    expect(R.panel.x).toBeGreaterThan(R.qr!.x + R.qr!.w);
    expect(R.panel.w).toBeGreaterThan(500);
    expect(R.nav[0]!.x).toBe(R.panel.x);
    expect(R.nav[1]!.x + R.nav[1]!.w).toBeCloseTo(R.panel.x + R.panel.w);
    expect([R.caption, R.captionInText]).toEqual([null, true]);
    // Version 3 (a local address's short link) still fits under the header at the usual text size.
    expect(cardLayout(L, { modules: VERSION[3], nav: 2 }).header).toBe(L.header);
  });

  it('take no more than the room there is where 4 mm does not fit, still in whole pixels', () => {
    const phone = cardLayout(visitorLayout(390, 844, 1), { modules: VERSION[5], nav: 2 });
    expect(phone.px).toBeLessThan(MIN_MODULE_PX);
    expect(phone.qr!.w).toBeLessThanOrEqual(366);
    expect(phone.header).toEqual(visitorLayout(390, 844, 1).header);
  });

  it('grow no larger than 4 mm needs on a wide screen beyond 45% of the width', () => {
    const L = visitorLayout(1920, 1080, 1);
    const R = cardLayout(L, { modules: VERSION[1], nav: 2 });
    expect(R.qr!.w).toBeLessThanOrEqual(L.body.w * 0.45);
  });
});
