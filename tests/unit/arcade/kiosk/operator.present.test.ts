// The operator panel's words and presses, read from its presenter in Node: each game's offer, level and short round,
// the booth's buttons in turn (idle time, language, clearing the board, names on the board), the status lines for
// given storage and statistics, and the exit's question; in English and French.
import { afterEach, describe, expect, it } from 'vitest';
import { loadLang, setLang } from '../../../../src/core/i18n';
import { BoothStats } from '../../../../src/core/boothStats';
import { defaultKioskSettings, type KioskSettings } from '../../../../src/core/kioskSettings';
import { FakeKv } from '../../core/fakeKv';
import {
  presentOperator,
  statsExport,
  statsLines,
  storageLine,
  type OperatorGame,
  type OperatorInput,
  type OperatorView,
} from '../../../../src/arcade/kiosk/operator.present';

afterEach(() => setLang('en'));

const GAMES: OperatorGame[] = [
  {
    id: 'cynefin',
    title: 'Cynefin sorting',
    hasShort: true,
    levels: [
      { id: 'first-sort', title: 'First sort' },
      { id: 'second-sort', title: 'Second sort' },
    ],
  },
  { id: 'facilitator', title: 'Facilitator role-play', hasShort: false },
];

/** A booth day: three visitors at 9, one at 14; two Cynefin rounds finished (6 and 8 of 10, 2 and 4 minutes). */
function day(): BoothStats {
  let now = new Date(2026, 4, 12, 9, 0).getTime();
  const stats = new BoothStats(new FakeKv(), () => now);
  for (let i = 0; i < 3; i++) stats.visitor();
  stats.started('cynefin');
  stats.finished('cynefin', 6, 10, 2 * 60_000);
  stats.started('cynefin');
  stats.finished('cynefin', 8, 10, 4 * 60_000);
  stats.started('facilitator');
  now = new Date(2026, 4, 12, 14, 0).getTime();
  stats.visitor();
  return stats;
}

function input(o: Partial<Omit<OperatorInput, 'settings'>> & { settings?: Partial<KioskSettings> } = {}): OperatorInput {
  const stats = o.stats ?? { day: new BoothStats(null).summary('2026-05-12'), games: [] };
  return {
    games: GAMES,
    langs: ['en', 'fr', 'es'],
    playerLang: 'en',
    boardSize: 0,
    confirmClear: false,
    confirmExit: false,
    health: [{ text: 'Version 0.1.0' }],
    storage: { save: null, board: null, saved: true },
    lang: 'en',
    ...o,
    stats,
    settings: { ...defaultKioskSettings(), ...o.settings },
  };
}

const button = (v: OperatorView, id: string) => [...v.games.flat(), ...v.booth, ...v.bottom].find((b) => b.id === id)!;
const shown = (v: OperatorView, ids: string[]): string[] => ids.map((id) => button(v, id).visibleLabel ?? button(v, id).label);

describe('the operator panel’s games', () => {
  it('offers each game with its level and, where it has one, its short round', () => {
    const v = presentOperator(input());
    expect(v.title).toBe('Operator panel');
    expect(v.games.map((g) => g.map((b) => b.id))).toEqual([
      ['offer-cynefin', 'level-cynefin', 'short-cynefin'],
      ['offer-facilitator', 'level-facilitator'],
    ]);
    expect(shown(v, ['offer-cynefin', 'level-cynefin', 'short-cynefin'])).toEqual([
      'Cynefin sorting: offered',
      'Level: First sort',
      'Short round (about 2 min): on',
    ]);
    expect(button(v, 'offer-cynefin')).toMatchObject({ label: 'Offer Cynefin sorting', pressed: true, style: 'primary', group: 'games' });
    expect(button(v, 'level-cynefin')).toMatchObject({ label: 'Cynefin sorting level: First sort', disabled: false, style: 'quiet' });
    expect(button(v, 'short-cynefin')).toMatchObject({ label: 'Cynefin sorting: short booth round, about two minutes', pressed: true });
  });

  it('says a game’s level is loading, and its level button does nothing until the levels are here', () => {
    const b = button(presentOperator(input()), 'level-facilitator');
    expect(b).toMatchObject({ visibleLabel: 'Level: loading…', disabled: true, action: { type: 'none' } });
  });

  it('turns to the next level, and from the last back to the first, saying which', () => {
    expect(button(presentOperator(input()), 'level-cynefin').action).toEqual({
      type: 'level',
      gameId: 'cynefin',
      levelId: 'second-sort',
      announce: 'Cynefin sorting level: Second sort',
    });
    const last = presentOperator(input({ settings: { games: { cynefin: { offered: true, levelId: 'second-sort', short: false } } } }));
    expect(shown(last, ['level-cynefin', 'short-cynefin'])).toEqual(['Level: Second sort', 'Short round (about 2 min): off']);
    expect(button(last, 'level-cynefin').action).toMatchObject({ levelId: 'first-sort' });
    expect(button(last, 'short-cynefin').action).toEqual({ type: 'short', gameId: 'cynefin', short: true });
  });

  it('takes a game off the offer, but keeps the last one offered with a reason', () => {
    expect(button(presentOperator(input()), 'offer-cynefin').action).toEqual({ type: 'offer', gameId: 'cynefin', offered: false });
    const one = presentOperator(input({ settings: { games: { facilitator: { offered: false, levelId: null, short: true } } } }));
    expect(button(one, 'offer-facilitator')).toMatchObject({ visibleLabel: 'Facilitator role-play: not offered', pressed: false, style: 'quiet' });
    expect(button(one, 'offer-facilitator').action).toEqual({ type: 'offer', gameId: 'facilitator', offered: true });
    expect(button(one, 'offer-cynefin').action).toEqual({ type: 'refuse', message: 'At least one game stays on offer.' });
  });
});

describe('the operator panel’s booth buttons', () => {
  it('lists the booth’s buttons in order, the idle time going up in steps', () => {
    const v = presentOperator(input({ boardSize: 2 }));
    expect(v.booth.map((b) => b.visibleLabel ?? b.label)).toEqual([
      'Idle time: 90 s',
      'Booth language: English',
      'Clear today’s board (2 names)',
      'Change the PIN',
      'Booth statistics (CSV)',
      'Remove names from today’s board',
      'Board names: typed',
    ]);
    expect(v.booth.every((b) => b.group === 'booth' && b.style === 'quiet')).toBe(true);
    expect(button(v, 'idle')).toMatchObject({ label: 'Idle time: 90 seconds, then a 30-second countdown' });
    expect(button(v, 'idle').action).toEqual({ type: 'idle', seconds: 120, announce: 'Idle time: 120 seconds, then a 30-second countdown' });
    expect(button(presentOperator(input({ settings: { idleSeconds: 300 } })), 'idle').action).toMatchObject({ seconds: 60 });
  });

  it('offers the booth’s language only where there is a choice, the next in turn', () => {
    expect(button(presentOperator(input()), 'booth-lang').action).toEqual({ type: 'lang', lang: 'fr' });
    const spanish = presentOperator(input({ playerLang: 'es' }));
    expect(button(spanish, 'booth-lang')).toMatchObject({ label: 'Booth language: Español', action: { lang: 'en' } });
    expect(presentOperator(input({ langs: ['en'] })).booth.map((b) => b.id)).not.toContain('booth-lang');
  });

  it('asks before clearing the board', () => {
    expect(button(presentOperator(input({ boardSize: 1 })), 'clear')).toMatchObject({
      label: 'Clear today’s board (1 name)',
      action: { type: 'askClear', message: 'Press again to clear the board' },
    });
    expect(button(presentOperator(input({ boardSize: 1, confirmClear: true })), 'clear')).toMatchObject({
      label: 'Press again to clear the board',
      action: { type: 'clear', announce: 'Today’s board is cleared.' },
    });
  });

  it('turns the board’s names from typed to a list to none and back, saying the new choice', () => {
    const typed = button(presentOperator(input()), 'anonymous');
    expect(typed.label).toBe('Names on the board: typed by visitors. Press to change');
    expect(typed.action).toEqual({
      type: 'names',
      next: { anonymousBoard: false, listNames: true },
      announce: 'Names on the board: chosen from a list. Press to change',
    });
    const list = button(presentOperator(input({ settings: { listNames: true } })), 'anonymous');
    expect(list.visibleLabel).toBe('Board names: from a list');
    expect(list.action).toMatchObject({ next: { anonymousBoard: true, listNames: false }, announce: 'Names on the board: none, scores only. Press to change' });
    const none = button(presentOperator(input({ settings: { anonymousBoard: true } })), 'anonymous');
    expect(none.visibleLabel).toBe('Board names: none');
    expect(none.action).toMatchObject({ next: { anonymousBoard: false, listNames: false } });
  });
});

describe('the operator panel’s status', () => {
  it('tells the health, the storage, the board and today’s figures, game by game and hour by hour', () => {
    const stats = day();
    const summary = stats.summary('2026-05-12');
    const games = GAMES.map((g) => ({ title: g.title, summary: stats.summary('2026-05-12', g.id) }));
    const v = presentOperator(input({ boardSize: 2, stats: { day: summary, games } }));
    expect(v.statusTitle).toBe('Status');
    expect(v.status).toEqual([
      { text: 'Version 0.1.0' },
      { text: 'Storage: saving normally.', warning: false },
      { text: 'Today’s board: 2 names.' },
      { text: 'Today: 4 visitors; 3 rounds started, 2 finished (67%)' },
      { text: 'Average score 70%; average round 3 min' },
      { text: 'Cynefin sorting: 2 started, 2 finished, average score 70%' },
      { text: 'Facilitator role-play: 1 started, 0 finished, average score –' },
      { text: 'Visitors per hour today: 9 AM: 3, 2 PM: 1' },
    ]);
  });

  it('says nothing of averages, games or hours on a day with no round', () => {
    expect(statsLines({ day: new BoothStats(null).summary('2026-05-12'), games: [] }, 'en')).toEqual([
      { text: 'Today: 0 visitors; 0 rounds started, 0 finished (–)' },
    ]);
  });

  it('warns when storage is full or off, and tells when entries were set aside', () => {
    const line = (save: OperatorInput['storage']['save'], board: OperatorInput['storage']['board'], saved = true) => storageLine({ save, board, saved });
    const full = { text: 'Warning: storage is full. Play goes on, but the board and progress are kept only until the page closes.', warning: true };
    expect(line('full', null)).toEqual(full);
    expect(line(null, 'full')).toEqual(full);
    expect(line('corruptKept', null)).toEqual(full);
    const off = { text: 'Warning: this browser does not save. Play goes on; the board is kept only until the page closes.', warning: true };
    expect(line('unavailable', null)).toEqual(off);
    expect(line(null, 'unavailable')).toEqual(off);
    expect(line(null, null, false)).toEqual(off);
    expect(line(null, 'salvaged')).toMatchObject({ text: expect.stringMatching(/^Some stored board entries could not be read/), warning: false });
    expect(line('salvaged', null)).toEqual({ text: 'Storage: saving normally.', warning: false });
  });

  it('names the statistics file by its newest day, and says when there is nothing to save', () => {
    expect(statsExport(0, undefined)).toEqual({ file: null, announce: 'No statistics yet: no round has been played at this booth.' });
    expect(statsExport(3, '2026-05-12')).toEqual({
      file: 'booth-statistics-2026-05-12.csv',
      announce: 'Saved booth-statistics-2026-05-12.csv: each day kept, game by game.',
    });
  });
});

describe('leaving the booth', () => {
  it('goes back to the booth, or asks before exiting kiosk mode, the question standing for the status', () => {
    const v = presentOperator(input());
    expect(v.bottom.map((b) => [b.id, b.label, b.style])).toEqual([
      ['start', 'Back to the booth', 'primary'],
      ['exit', 'Exit kiosk mode', 'quiet'],
    ]);
    expect(v.bottom[1].action).toMatchObject({
      type: 'askExit',
      announce: expect.stringMatching(/^Exit kiosk mode\? This device becomes the ordinary arcade/),
    });
    const asking = presentOperator(input({ confirmExit: true }));
    expect(asking.status).toEqual([{ text: expect.stringMatching(/^Exit kiosk mode\?/), warning: true }]);
    // "Stay" takes Exit's place, so a second tap there by mistake keeps the booth.
    expect(asking.bottom.map((b) => [b.id, b.label, b.action.type])).toEqual([
      ['exit-yes', 'Yes, exit kiosk mode', 'exit'],
      ['exit-no', 'Stay a booth', 'stay'],
    ]);
  });
});

describe('in French', () => {
  it('reads the panel in the operator’s language, numbers and hours too', async () => {
    await loadLang('fr');
    setLang('fr');
    const stats = day();
    const v = presentOperator(input({ lang: 'fr', stats: { day: stats.summary('2026-05-12'), games: [] } }));
    expect(v.title).toBe('Panneau de l’opérateur');
    expect(shown(v, ['offer-cynefin', 'idle', 'start'])).toEqual([
      expect.stringMatching(/^Cynefin sorting\s:\sproposé$/),
      expect.stringMatching(/^Inactivité\s:\s90\ss$/),
      'Retour au stand',
    ]);
    // The hours' "hour: visitors" pairs and their separator come from the table: a no-break space before the colon.
    // (The space inside "09 h" is the platform's date formatting's.)
    expect(v.status.at(-1)?.text).toMatch(/^Visiteurs par heure aujourd’hui\u00a0: 09\sh\u00a0: 3, 14\sh\u00a0: 1$/);
    expect(v.status.find((l) => /67\s%/.test(l.text))).toBeDefined();
  });
});
