// The words of the title screen, read from its presenter in Node: the arcade's name and promise, Continue for a
// player coming back (where they left off), Play as the main button otherwise, the row under it, the workshop's
// button in and out of a workshop, and what is focused first.
import { afterEach, describe, expect, it } from 'vitest';
import { loadLang, setLang } from '../../../src/core/i18n';
import { initialFocus, presentTitle, type LatestRound } from '../../../src/arcade/title.present';

afterEach(() => setLang('en'));

const round: LatestRound = { gameId: 'cynefin', levelId: 'first-sort', levelTitle: { en: 'First sort', fr: 'Premier tri' }, game: { en: 'Cynefin sorting' } };

describe('the title screen', () => {
  it('shows the arcade’s name, its promise and Play as the main button for a first visit', () => {
    const v = presentTitle(undefined, false);
    expect(v.heading).toBe('Title screen');
    expect(v.title).toBe('Learning Arcade');
    expect(v.tagline).toBe('Short games about how cities learn from each other');
    expect(v.continue).toBeNull();
    expect(v.play).toEqual({ label: 'Play', style: 'primary' });
    expect(v.more).toEqual([
      { id: 'settings', label: 'Settings' },
      { id: 'library', label: 'What I learned' },
      { id: 'recap', label: 'What to take home' },
      { id: 'workshop', label: 'Run a workshop' },
    ]);
    expect(initialFocus(v)).toBe('play');
  });

  it('offers a player coming back Continue, saying where, and makes Play the quiet one', () => {
    const v = presentTitle(round, false);
    expect(v.continue).toEqual({
      label: 'Continue where you left off: Cynefin sorting: First sort',
      visibleLabel: 'Continue',
      sublabel: 'Cynefin sorting: First sort',
      gameId: 'cynefin',
      levelId: 'first-sort',
    });
    expect(v.play.style).toBe('quiet');
    expect(initialFocus(v)).toBe('continue');
  });

  it('offers no Continue for a round saved without its level’s name, or whose game is gone, and focuses Play', () => {
    const untitled = presentTitle({ ...round, levelTitle: undefined }, false);
    expect(untitled.continue).toBeNull();
    expect(initialFocus(untitled)).toBe('play');
    // The round names its level, but its game is no longer in the arcade: no Continue is drawn, so none is focused.
    const gone = presentTitle({ ...round, game: undefined }, false);
    expect(gone.continue).toBeNull();
    expect(gone.play.style).toBe('primary');
    expect(initialFocus(gone)).toBe('play');
  });

  it('focuses a button the screen draws, whatever the save holds', () => {
    for (const r of [undefined, round, { ...round, levelTitle: undefined }, { ...round, game: undefined }])
      for (const workshop of [false, true]) {
        const v = presentTitle(r, workshop);
        const ids = [...(v.continue ? ['continue'] : []), 'play', ...v.more.map((b) => b.id)];
        expect(ids).toContain(initialFocus(v));
      }
  });

  it('names the workshop button for a trainer in a workshop', () => {
    expect(presentTitle(undefined, true).more.at(-1)).toEqual({ id: 'workshop', label: 'Workshop' });
  });

  it('says where the player left off in their language', async () => {
    await loadLang('fr');
    setLang('fr');
    expect(presentTitle(round, false).continue?.sublabel).toBe('Cynefin sorting : Premier tri'.replace(' :', '\u00a0:'));
  });
});
