// The layout audit of one screen: every control inside the viewport, at least 44 CSS px, not on top of another;
// no canvas text under 16 px. Shared by the layout and pseudo-locale browser tests.
import type { Page } from 'playwright-core';
import { settled } from './browser';

interface Audit {
  small: string[];
  outside: string[];
  overlapping: string[];
  tinyText: string[];
  outOfReach: string[];
}

/** Checks the current screen: controls' boxes against the viewport and 44 px, canvas texts against 16 px. */
async function audit(page: Page, reach: number): Promise<Audit> {
  return page.evaluate((reach) => {
    const vw = innerWidth;
    const vh = innerHeight;
    const out: Audit = { small: [], outside: [], overlapping: [], tinyText: [], outOfReach: [] };
    const placed: Array<{ name: string; r: DOMRect }> = [];
    // A paused game's controls are inert and hidden under the pause overlay: not on screen, not audited.
    for (const b of document.querySelectorAll<HTMLElement>('.a11y-layer .a11y-scope:not([inert]) button')) {
      const scroller = b.closest('.scroll-area');
      const r = b.getBoundingClientRect();
      const name = (b.textContent ?? '').slice(0, 40);
      if (r.width < 44 || r.height < 44) out.small.push(`${name} ${Math.round(r.width)}x${Math.round(r.height)}`);
      // Inside a scroll area a control may be scrolled out of view; it is reachable by scrolling.
      if (!scroller && (r.left < -1 || r.top < -1 || r.right > vw + 1 || r.bottom > vh + 1)) out.outside.push(name);
      // Above a standing visitor's reach (a totem's upper part), when the screen is one a visitor uses.
      if (r.top < reach - 1) out.outOfReach.push(`${name} at ${Math.round(r.top)} px`);
      // Two controls on top of each other: one hides the other from a finger (scrolled lists excepted).
      if (!scroller) {
        for (const o of placed) {
          const w = Math.min(r.right, o.r.right) - Math.max(r.left, o.r.left);
          const h = Math.min(r.bottom, o.r.bottom) - Math.max(r.top, o.r.top);
          if (w > 2 && h > 2) out.overlapping.push(`${name} / ${o.name}`);
        }
        placed.push({ name, r });
      }
    }
    type T = { type: string; visible: boolean; style: { fontSize: string | number }; text: string; list?: T[] };
    const walk = (o: T): void => {
      if (o.type === 'Text' && o.visible && o.text.trim()) {
        const size = parseFloat(String(o.style.fontSize));
        if (size < 16) out.tinyText.push(`${o.text.slice(0, 30)} ${size}px`);
      }
      o.list?.forEach(walk);
    };
    const game = (window as unknown as { __arcade: { game: { scene: { getScenes(a: boolean): Array<{ children: { list: T[] } }> } } } }).__arcade.game;
    for (const s of game.scene.getScenes(true)) s.children.list.forEach(walk);
    return out;
  }, reach);
}

/**
 * Goes through the screens in order and lists every problem found on each; with `reach`, a control whose top is
 * above that line (a totem's upper part, out of a child's or a seated visitor's reach) is one too.
 */
export async function auditScreens(page: Page, screens: Array<[string, () => Promise<void>]>, o: { reach?: number } = {}): Promise<string[]> {
  const report: string[] = [];
  for (const [name, go] of screens) {
    await go();
    await settled(page);
    const a = await audit(page, o.reach ?? 0);
    if (a.small.length) report.push(`${name}: small targets ${a.small.join('; ')}`);
    if (a.outside.length) report.push(`${name}: off screen ${a.outside.join('; ')}`);
    if (a.overlapping.length) report.push(`${name}: overlapping ${a.overlapping.join('; ')}`);
    if (a.tinyText.length) report.push(`${name}: text under 16 px ${a.tinyText.join('; ')}`);
    if (a.outOfReach.length) report.push(`${name}: out of reach ${a.outOfReach.join('; ')}`);
  }
  return report;
}
