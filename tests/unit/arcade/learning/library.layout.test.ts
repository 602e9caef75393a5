// "What I learned" at a projector, 4:3 and a phone, at every text size: one panel under the title bar over the
// whole body, the search box at the body's text size and never shorter than a tap target.
import { describe, expect, it } from 'vitest';
import { libraryLayout } from '../../../../src/arcade/learning/library.layout';
import { MIN_TARGET, SCREENS, onScreen } from '../layoutChecks';

describe.each(SCREENS)('library at %s', (_name, L) => {
  it('fills the body with the panel, under the title bar, with a search box big enough to tap', () => {
    const lay = libraryLayout(L);
    expect(onScreen(L, lay.panel)).toBe(true);
    expect(lay.panel).toEqual(L.body);
    expect(lay.search.minH).toBeGreaterThanOrEqual(MIN_TARGET);
    expect(lay.search.fontSize).toBe(L.font.body);
  });
});
