// The booth's welcome screen read from its presenter in Node: the arcade's name and 2-minute promise, each game's
// slide (its place, its name, what it teaches), today's best three at the level the booth plays (names isolated,
// scores only on an anonymous board, an invitation when the board is empty), what a screen reader hears, and the
// controls a visitor sees: Touch to play, the previous and next game, and a button per language.
import { afterEach, describe, expect, it } from 'vitest';
import { loadLang, setLang } from '../../../../src/core/i18n';
import { rankLevel, type BoardEntry } from '../../../../src/core/leaderboard';
import { BEST_SHOWN, initialFocus, langAnnouncement, presentAttract, slideAt, type AttractInput } from '../../../../src/arcade/kiosk/attract.present';

afterEach(() => setLang('en'));

const GAMES = [
  { title: { en: 'Cynefin sorting' }, description: { en: 'Read a situation from city work.' } },
  { title: { en: 'Seek, sense, share' }, description: { en: 'Build your city’s network of ties.' } },
  { title: { en: 'Facilitator role-play' }, description: { en: 'Run a meeting between two cities.' } },
];
const entry = (name: string, score: number, at: number): BoardEntry => ({ gameId: 'cynefin', levelId: 'first', name, score, stars: 2, at });
const board = rankLevel([entry('Ana', 40, 1), entry('Bo', 55, 2), entry('', 30, 3), entry('Cy', 40, 4), entry('Di', 10, 5)], 'cynefin', 'first');
const input = (o: Partial<AttractInput> = {}): AttractInput => ({
  games: GAMES,
  slide: 0,
  ranked: board,
  anonymous: false,
  langs: ['en', 'fr', 'es'],
  lang: 'en',
  ...o,
});
/** First Strong Isolate … Pop Directional Isolate: a name never turns the line around. */
const iso = (name: string): string => `\u2068${name}\u2069`;

describe('the slide', () => {
  it('welcomes with the arcade’s name and its 2-minute promise', () => {
    const v = presentAttract(input());
    expect(v.heading).toBe('Learning Arcade booth');
    expect(v.welcome).toBe('Learning Arcade');
    expect(v.tagline).toBe('Short games about how cities learn from each other · Each game takes about 2 minutes');
  });

  it('shows a game’s place among them, its name and what it teaches', () => {
    const v = presentAttract(input({ slide: 1 }));
    expect(v.slide).toBe('Game 2 of 3');
    expect(v.title).toBe('Seek, sense, share');
    expect(v.teaches).toBe('Build your city’s network of ties.');
  });

  it('turns round the games both ways, and stays on a game the booth still offers', () => {
    expect(slideAt(3, 3)).toBe(0);
    expect(slideAt(-1, 3)).toBe(2);
    // The operator took a game off the offer while the third was showing: the slide says where it really is.
    const v = presentAttract(input({ games: GAMES.slice(0, 2), slide: 2 }));
    expect(v.slide).toBe('Game 1 of 2');
    expect(v.title).toBe('Cynefin sorting');
  });
});

describe('today’s best', () => {
  it('shows the best three, names isolated, equal scores sharing a rank', () => {
    const v = presentAttract(input());
    expect(BEST_SHOWN).toBe(3);
    expect(v.bestTitle).toBe('Today’s best');
    expect(v.bestLines).toEqual([`1. ${iso('Bo')}: 55 points`, `2. ${iso('Ana')}: 40 points`, `2. ${iso('Cy')}: 40 points`]);
  });

  it('shows scores only on an anonymous board, and for a round put on the board without a name', () => {
    expect(presentAttract(input({ anonymous: true })).bestLines).toEqual(['1. 55 points', '2. 40 points', '2. 40 points']);
    const nameless = rankLevel([entry('', 12, 1)], 'cynefin', 'first');
    expect(presentAttract(input({ ranked: nameless })).bestLines).toEqual(['1. 12 points']);
  });

  it('invites the first name when the board is empty, or before the booth’s level has loaded', () => {
    expect(presentAttract(input({ ranked: [] })).bestLines).toEqual(['No names on today’s board yet: be the first!']);
    expect(presentAttract(input({ ranked: null })).bestLines).toEqual(['No names on today’s board yet: be the first!']);
  });
});

describe('what a screen reader hears, and the controls', () => {
  it('says the promise, the slide, the game, what it teaches and today’s best, in that order', () => {
    const v = presentAttract(input({ ranked: [] }));
    expect(v.spoken).toEqual([
      'Each game takes about 2 minutes',
      'Game 1 of 3',
      'Cynefin sorting',
      'Read a situation from city work.',
      'Today’s best. No names on today’s board yet: be the first!',
    ]);
  });

  it('offers Touch to play, focused first, and the previous and next game with arrows drawn on them', () => {
    const v = presentAttract(input());
    expect(v.play).toBe('Touch to play');
    expect(initialFocus()).toBe('play');
    expect(v.prev).toEqual({ label: 'Previous game', visibleLabel: '‹ Previous game' });
    expect(v.next).toEqual({ label: 'Next game', visibleLabel: 'Next game ›' });
  });

  it('offers each language by its own name (its code where narrow), the one in use pressed', () => {
    const v = presentAttract(input({ lang: 'fr' }));
    expect(v.langs).toEqual([
      { id: 'lang-en', lang: 'en', label: 'English', code: 'EN', current: false },
      { id: 'lang-fr', lang: 'fr', label: 'Français', code: 'FR', current: true },
      { id: 'lang-es', lang: 'es', label: 'Español', code: 'ES', current: false },
    ]);
  });

  it('offers no language buttons where the booth has one language', () => {
    expect(presentAttract(input({ langs: ['en'] })).langs).toEqual([]);
  });

  it('welcomes a French visitor in French, and says so in French', async () => {
    await loadLang('fr');
    setLang('fr');
    const v = presentAttract(input({ lang: 'fr', anonymous: true }));
    expect(v.play).toBe('Touchez pour jouer');
    expect(v.slide).toBe('Jeu 1 sur 3');
    expect(v.bestLines[0]).toBe('1. 55 points');
    expect(langAnnouncement('fr')).toBe('Langue\u00a0: Français');
  });

  it('says the language chosen', () => {
    expect(langAnnouncement('es')).toBe('Language is now Español');
  });
});
