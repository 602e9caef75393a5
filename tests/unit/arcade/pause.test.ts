// The pause screen, read from its presenter and layout in Node: Resume first and focused, the three choices named in
// each language, and at a projector, 4:3 and a phone at every text size the box on screen with its choices inside it,
// under the heading, apart and at least 44 px.
import { afterEach, describe, expect, it } from 'vitest';
import { loadLang, setLang } from '../../../src/core/i18n';
import { presentPause } from '../../../src/arcade/pause.present';
import { pauseLayout } from '../../../src/arcade/pause.layout';
import { SCREENS, named, onScreen, overlaps, textH, tooSmall } from './layoutChecks';

afterEach(() => setLang('en'));

describe('the pause screen’s words', () => {
  it('offers Resume first, as the main choice and focused, then Restart and Quit', () => {
    const v = presentPause();
    expect(v.items.map((i) => i.id)).toEqual(['resume', 'restart', 'quit']);
    expect(v.items.filter((i) => i.style === 'primary').map((i) => i.id)).toEqual(['resume']);
    expect(v.focus).toBe('resume');
    expect(v.heading).toBe('Paused');
  });

  it.each(['fr', 'es'] as const)('names every choice in %s, each differently', async (lang) => {
    const en = presentPause();
    await loadLang(lang);
    setLang(lang);
    const v = presentPause();
    const labels = v.items.map((i) => i.label);
    expect(new Set(labels).size).toBe(3);
    labels.forEach((l, i) => expect(l).not.toBe(en.items[i]!.label));
    expect(v.heading).not.toBe(en.heading);
  });
});

describe.each(SCREENS)('the pause screen at %s', (_name, L) => {
  it.each([
    ['English', 'Paused'],
    ['a heading that wraps', 'Le jeu est en pause pour le moment'],
  ])('with %s: the box on screen, the choices inside it under the heading, apart, at least 44 px', (_c, heading) => {
    const headingH = textH(heading, L.font.title, Math.min(420, L.w - 4 * L.pad), true);
    const lay = pauseLayout(L, { items: 3, headingH });
    const buttons = named('choice', lay.buttons);
    expect(onScreen(L, lay.box), JSON.stringify(lay.box)).toBe(true);
    for (const [n, r] of Object.entries(buttons)) {
      expect(onScreen(L, r), n).toBe(true);
      expect(r.x >= lay.box.x && r.x + r.w <= lay.box.x + lay.box.w && r.y + r.h <= lay.box.y + lay.box.h, n).toBe(true);
      expect(r.y, n).toBeGreaterThanOrEqual(lay.heading.y + headingH);
    }
    expect(overlaps(buttons)).toEqual([]);
    expect(tooSmall(buttons)).toEqual([]);
  });
});
