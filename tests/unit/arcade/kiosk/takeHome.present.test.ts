// The take-home result page's words, read from its presenter in Node with links made as the card makes them: the
// score and stars, the result (the level named once the levels load), the day in the visitor's language, and a
// clear message for a link that cannot be read.
import { afterEach, describe, expect, it } from 'vitest';
import { loadLang, setLang } from '../../../../src/core/i18n';
import { encodeTakeHome, readTakeHome, type TakeHomeLink } from '../../../../src/core/takeHome';
import { presentTakeHome, type TakeHomeInput } from '../../../../src/arcade/kiosk/takeHome.present';

afterEach(() => setLang('en'));

function link(lang: 'en' | 'fr'): TakeHomeLink {
  const read = readTakeHome(
    `#r=${encodeTakeHome({ gameId: 'cynefin', levelId: 'first-sort-short', score: 17, maxScore: 20, stars: 3, lang, day: '2026-05-12' })}`,
  );
  if (!read?.ok) throw new Error('unreadable');
  return read.link;
}

function input(o: Partial<TakeHomeInput> = {}): TakeHomeInput {
  return { link: link('en'), game: 'Cynefin sorting', level: 'First sort (4 cards)', levelsLoaded: true, lang: 'en', ...o };
}

describe('the take-home result page', () => {
  it('shows the score and stars, the result with the day it was played, and the skills to take home', () => {
    const v = presentTakeHome(input());
    expect(v).toMatchObject({ title: 'Your booth result', play: 'Play at home', panelTitle: 'Your result', recap: true });
    expect(v.score).toEqual({ text: 'Score 17 of 20', stars: 3 });
    expect(v.lines).toEqual([
      { text: 'Cynefin sorting: First sort (4 cards)', strong: true },
      { text: 'Score 17 of 20, 3 stars of 3' },
      { text: 'Played at the booth on May 12, 2026' },
    ]);
  });

  it('says the level is loading, then that this version lacks it if it does', () => {
    expect(presentTakeHome(input({ level: null, levelsLoaded: false })).lines[0]!.text).toBe('Cynefin sorting: loading…');
    expect(presentTakeHome(input({ level: null, levelsLoaded: true })).lines[0]!.text).toBe(
      'Cynefin sorting: a level this version of the arcade does not have',
    );
  });

  it('says clearly when the link cannot be read, or names a game this arcade lacks, and shows no score', () => {
    for (const v of [presentTakeHome(input({ link: null, game: null })), presentTakeHome(input({ game: null }))]) {
      expect(v).toMatchObject({ title: 'Your booth result', score: null, panelTitle: 'This link cannot be read', recap: false, play: 'Play at home' });
      expect(v.lines).toEqual([{ text: expect.stringMatching(/^This link does not hold a result this arcade can read/) }]);
    }
  });

  it('reads in the visitor’s language, the day too', async () => {
    await loadLang('fr');
    setLang('fr');
    const v = presentTakeHome(input({ link: link('fr'), game: 'Tri Cynefin', level: 'Premier tri (4 cartes)', lang: 'fr' }));
    expect(v.title).toBe('Votre résultat au stand');
    expect(v.lines.map((l) => l.text)).toEqual([
      expect.stringMatching(/^Tri Cynefin\s:\sPremier tri \(4 cartes\)$/),
      expect.stringMatching(/^Score\s:\s17 sur 20, 3 étoiles sur 3$/),
      'Joué au stand le 12 mai 2026',
    ]);
  });
});
