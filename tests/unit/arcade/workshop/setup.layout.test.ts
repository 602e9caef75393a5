// The workshop screen's rectangles at a projector, 4:3 and a phone, at every text size, for a plain screen, teams
// taking turns (eight of them, who plays next beside each name) and a room answering together: the options' scroll
// area, the QR code with the link beside it, the session's panel and the two rows of buttons on the screen and apart;
// every row reachable in the scroll area; the team's field and "Next" inside its row; every target at least 44 px.
import { describe, expect, it } from 'vitest';
import { computeLayout } from '../../../../src/ui/layout';
import { QR_MARGIN, RING, qrCode, setupLayout, teamRow } from '../../../../src/arcade/workshop/setup.layout';
import { SCREENS, named, onScreen, overlaps, tooSmall } from '../layoutChecks';

/** The rows of each screen: the five first rows, the teams' rows, then the clock, colours and the room's rows. */
const CASES = [
  { name: 'plain, from the title', rows: 7, teams: 0, turns: false, actions: [4, 3] as [number, number] },
  { name: 'eight teams taking turns', rows: 15, teams: 8, turns: true, actions: [4, 4] as [number, number] },
  { name: 'two teams answering together, on phones, with the second question', rows: 12, teams: 2, turns: false, actions: [4, 4] as [number, number] },
];

describe.each(SCREENS)('workshop screen at %s', (_name, L) => {
  it.each(CASES)('$name: the panels and buttons on screen and apart, targets at least 44 px', (c) => {
    const lay = setupLayout(L, c);
    const s = lay.scroll;
    const options = { x: s.x + RING, y: s.y + RING, w: s.w - 2 * RING, h: s.h - 2 * RING };
    const fixed = {
      options,
      qr: lay.qr,
      link: lay.link,
      ...(lay.status ? { status: lay.status } : {}),
      ...named('start row', lay.actions[0]),
      ...named('export row', lay.actions[1]),
    };
    for (const [n, r] of Object.entries(fixed)) expect(onScreen(L, r), `${n} ${JSON.stringify(r)}`).toBe(true);
    expect(s.x >= 0 && s.x + s.w <= L.w && s.y + s.h <= L.h).toBe(true);
    expect(overlaps(fixed)).toEqual([]);
    expect(tooSmall({ ...named('start row', lay.actions[0]), ...named('export row', lay.actions[1]) })).toEqual([]);
    expect(lay.actions[0]).toHaveLength(c.actions[0]);
    expect(lay.actions[1]).toHaveLength(c.actions[1]);
  });

  it.each(CASES)('$name: every option row can be scrolled to, and at least three show at once', (c) => {
    const lay = setupLayout(L, c);
    expect(lay.rows).toHaveLength(c.rows);
    for (const r of lay.rows)
      expect(r.x >= RING && r.x + r.w <= lay.scroll.w - RING + 0.5 && r.y >= RING && r.y + r.h <= lay.contentH - RING + 0.5, JSON.stringify(r)).toBe(true);
    expect(overlaps(named('row', lay.rows))).toEqual([]);
    expect(tooSmall(named('row', lay.rows))).toEqual([]);
    expect(lay.scroll.h - 2 * RING).toBeGreaterThanOrEqual(3 * L.buttonH);
  });

  it.each(CASES)('$name: a team’s name field and who plays next inside its row, apart, both tall enough to tap', (c) => {
    const lay = setupLayout(L, c);
    for (const row of lay.rows.slice(5, 5 + c.teams)) {
      const t = teamRow(L, row, c.turns);
      const parts = { field: t.field, ...(t.next ? { next: t.next } : {}) };
      for (const r of Object.values(parts)) expect(r.x >= row.x && r.y >= row.y && r.x + r.w <= row.x + row.w + 0.5 && r.y + r.h <= row.y + row.h).toBe(true);
      expect(overlaps(parts)).toEqual([]);
      expect(tooSmall(parts)).toEqual([]);
      expect(t.next !== null).toBe(c.turns);
    }
  });

  it('draws the QR code inside its white card, large enough to scan from a seat', () => {
    const lay = setupLayout(L, CASES[0]!);
    const code = qrCode(lay.qr);
    expect(code).toEqual({ x: lay.qr.x + QR_MARGIN, y: lay.qr.y + QR_MARGIN, w: lay.qr.w - 2 * QR_MARGIN, h: lay.qr.h - 2 * QR_MARGIN });
    expect(lay.qr.w).toBe(lay.qr.h);
    expect(lay.qr.w).toBeGreaterThanOrEqual(96);
    expect(lay.link.h).toBe(lay.qr.h);
  });
});

describe('workshop screen arrangement', () => {
  it('puts the options on the left of a wide screen, and over the link on a 4:3 screen held sideways or a phone', () => {
    const wide = setupLayout(computeLayout(1920, 1080), CASES[0]!);
    expect(wide.qr.x).toBeGreaterThan(wide.scroll.x + wide.scroll.w);
    expect(wide.qr.y).toBeLessThan(wide.scroll.y + wide.scroll.h);
    const phone = setupLayout(computeLayout(390, 844), CASES[0]!);
    expect(phone.qr.y).toBeGreaterThan(phone.scroll.y + phone.scroll.h - RING);
    expect(phone.narrow).toBe(true);
    expect(wide.narrow).toBe(false);
  });

  it('shows the session’s panel under the link, and the buttons’ text small on a phone only', () => {
    const wide = setupLayout(computeLayout(1920, 1080), CASES[1]!);
    expect(wide.status!.y).toBeGreaterThan(wide.qr.y + wide.qr.h);
    expect(wide.actionFont).toBeUndefined();
    const L = computeLayout(390, 844);
    expect(setupLayout(L, CASES[1]!).actionFont).toBe(L.font.small);
  });

  it('holds as many rows as the room’s options add (hide, phones and the second question each one more)', () => {
    const L = computeLayout(1024, 768);
    const h = (rows: number): number => setupLayout(L, { rows, actions: [4, 4] }).contentH;
    expect(h(12) - h(11)).toBe(L.buttonH + L.gap);
  });
});
