// The workshop screen read from its presenter in Node: the option rows a trainer sees (plain, teams taking turns,
// a room answering together), what pressing each changes and says, the team fields and who plays next, the
// session's panel, the buttons along the bottom, and the rules the screen keeps (the game and level the workshop
// starts with, the preset as written, a link's missing level, a reload in the middle of a room).
import { afterEach, describe, expect, it } from 'vitest';
import { loadLang, setLang } from '../../../../src/core/i18n';
import { emptyPreset, type WorkshopPreset } from '../../../../src/core/preset';
import type { LevelLoad } from '../../../../src/core/levels';
import type { BaseLevel } from '../../../../src/games/sdk/types';
import {
  changedAnnouncement,
  chosenLevel,
  copyAnnouncement,
  initialFocus,
  linkLevelMissing,
  nextGame,
  nextLevel,
  nextTeams,
  pollWhen,
  presentSetup,
  resumesRoom,
  roomLevels,
  setupGameId,
  writtenPreset,
  type OptionItem,
  type SetupInput,
} from '../../../../src/arcade/workshop/setup.present';

afterEach(() => setLang('en'));

const GAMES = [
  { id: 'cynefin', title: { en: 'Cynefin sorting' }, together: true, secondRound: true },
  { id: 'sss', title: { en: 'Seek, sense, share' }, together: false, secondRound: false },
  { id: 'facilitator', title: { en: 'Facilitator role-play' }, together: true, secondRound: false },
];
const LEVELS = [
  { id: 'first-sort', title: { en: 'First sort' } },
  { id: 'kinds', title: { en: 'Kinds of practice' } },
  { id: 'border', title: { en: 'Borderline cases' } },
];
const draft = (o: Partial<WorkshopPreset> = {}): WorkshopPreset => ({ ...emptyPreset(), game: 'cynefin', ...o });
const input = (o: Partial<SetupInput> = {}): SetupInput => ({
  draft: draft(),
  games: GAMES,
  levels: LEVELS,
  langs: ['en', 'fr', 'es'],
  settingsLang: 'en',
  workshop: false,
  next: -1,
  firstPollTaken: false,
  session: null,
  ignored: '',
  listLang: 'en',
  ...o,
});
const rows = (items: OptionItem[]): Array<Extract<OptionItem, { kind: 'row' }>> => items.flatMap((i) => (i.kind === 'row' ? [i] : []));
const teams = (items: OptionItem[]): Array<Extract<OptionItem, { kind: 'team' }>> => items.flatMap((i) => (i.kind === 'team' ? [i] : []));
const row = (items: OptionItem[], id: string) => rows(items).find((r) => r.id === id)!;

describe('the options a trainer sees', () => {
  it('starts plain: the game, its first level, the language, the whole room, the clock and colours off', () => {
    const v = presentSetup(input({ draft: draft({ hide: false }) }));
    expect(v.heading).toBe('Run a workshop');
    expect(rows(v.options).map((r) => r.label)).toEqual([
      'Game: Cynefin sorting',
      'Level: 1. First sort',
      'Language: English',
      'Teams: the whole room as one',
      'Play: all teams answer each card, then the reveal',
      'Workshop clock: off',
      'Projector colours: off',
      'Answers before the reveal: shown',
      'Answers from phones (live room): off',
      'Ask the second question too: on',
    ]);
    expect(teams(v.options)).toEqual([]);
    expect(row(v.options, 'timer').pressed).toBe(false);
    expect(initialFocus(null)).toBe('start');
    expect(initialFocus('export-csv')).toBe('export-csv');
  });

  it('says the level is loading until the game’s levels come, and that there is none to play', () => {
    expect(row(presentSetup(input({ levels: null })).options, 'level')).toMatchObject({ label: 'Level: loading…', disabled: true, change: null });
    expect(row(presentSetup(input({ levels: [] })).options, 'level')).toMatchObject({ label: 'Level: none to play', disabled: true });
  });

  it('plays a game without a room in turns only, and says why; its room rows are gone', () => {
    const v = presentSetup(input({ draft: draft({ game: 'sss' }) }));
    expect(row(v.options, 'play')).toMatchObject({
      label: 'Play: teams take turns, one round each',
      disabled: true,
      description: 'This game is played in turns for now: teams take one round each.',
    });
    expect(rows(v.options).map((r) => r.id)).toEqual(['game', 'level', 'lang', 'teams', 'play', 'timer', 'projector']);
  });

  it('asks the second question only in a game whose room has one', () => {
    expect(rows(presentSetup(input({ draft: draft({ game: 'facilitator' }) })).options).map((r) => r.id)).not.toContain('second');
  });

  it('leaves the language alone where the arcade is complete in one language only, and says so', () => {
    expect(row(presentSetup(input({ langs: ['en'] })).options, 'lang')).toMatchObject({
      disabled: true,
      description: 'The arcade is complete in one language only for now; more arrive as translated files.',
    });
  });

  it('gives each team a name field, and who plays next when teams take turns in a workshop', () => {
    const v = presentSetup(input({ draft: draft({ teams: ['Red', '', 'Green'], play: 'turns' }), workshop: true, next: 1 }));
    expect(row(v.options, 'teams').label).toBe('Teams: 3 teams');
    const t = teams(v.options);
    expect(t.map((x) => [x.id, x.value, x.placeholder, x.label])).toEqual([
      ['team-0', 'Red', 'Team 1', 'Name of team 1'],
      ['team-1', '', 'Team 2', 'Name of team 2'],
      ['team-2', 'Green', 'Team 3', 'Name of team 3'],
    ]);
    expect(t.map((x) => x.next)).toEqual([
      { id: 'next-0', label: 'Red plays next', visibleLabel: 'Next', pressed: false },
      { id: 'next-1', label: 'Team 2 plays next', visibleLabel: '▶ Next', pressed: true },
      { id: 'next-2', label: 'Green plays next', visibleLabel: 'Next', pressed: false },
    ]);
    // Between the rows of how teams play and the clock.
    expect(v.options.map((o) => o.id).slice(4, 9)).toEqual(['play', 'team-0', 'team-1', 'team-2', 'timer']);
  });

  it('asks nobody who plays next when the room answers together, or outside a workshop', () => {
    expect(teams(presentSetup(input({ draft: draft({ teams: ['A', 'B'] }), workshop: true })).options).map((t) => t.next)).toEqual([null, null]);
    expect(teams(presentSetup(input({ draft: draft({ teams: ['A', 'B'], play: 'turns' }) })).options).map((t) => t.next)).toEqual([null, null]);
  });
});

describe('what pressing a row changes and says', () => {
  it('goes round the games, the level back to the first', () => {
    expect(nextGame(GAMES, 'cynefin')).toEqual({ patch: { game: 'sss', level: null }, name: 'Game', value: 'Seek, sense, share' });
    expect(nextGame(GAMES, 'facilitator').patch.game).toBe('cynefin');
  });

  it('goes round the levels', () => {
    expect(nextLevel(LEVELS, null)).toEqual({ patch: { level: 'kinds' }, name: 'Level', value: '2. Kinds of practice' });
    expect(nextLevel(LEVELS, 'border')!.patch).toEqual({ level: 'first-sort' });
    expect(nextLevel([], null)).toBeNull();
  });

  it('goes from the whole room to 2 to 8 teams and back, keeping the names typed', () => {
    expect(nextTeams([])).toEqual({ patch: { teams: ['', ''] }, name: 'Teams', value: '2 teams' });
    expect(nextTeams(['Red', 'Blue']).patch.teams).toEqual(['Red', 'Blue', '']);
    expect(nextTeams(Array(8).fill('x'))).toEqual({ patch: { teams: [] }, name: 'Teams', value: 'the whole room as one' });
  });

  it('turns the toggles over and says their new state', () => {
    const v = presentSetup(input({ draft: draft({ timer: false, projector: true, play: 'together' }) }));
    expect(row(v.options, 'timer').change).toEqual({ patch: { timer: true }, name: 'Workshop clock', value: 'on' });
    expect(row(v.options, 'projector')).toMatchObject({ pressed: true, change: { patch: { projector: false }, value: 'off' } });
    expect(row(v.options, 'hide').change).toEqual({ patch: { hide: false }, name: 'Answers before the reveal', value: 'shown' });
    expect(row(v.options, 'play').change).toEqual({ patch: { play: 'turns' }, name: 'How teams play', value: 'take turns, one round each' });
    expect(row(v.options, 'lang').change).toEqual({ patch: { lang: 'fr' }, name: 'Language', value: 'Français' });
    expect(changedAnnouncement(row(v.options, 'timer').change!)).toBe('Workshop clock: on');
  });

  it('says whether the link was copied', () => {
    expect(copyAnnouncement(true)).toBe('The link is copied.');
    expect(copyAnnouncement(false)).toBe('The link could not be copied: select it and copy it yourself.');
  });
});

describe('the panels and the buttons', () => {
  it('lists the teams and the answers recorded, what the link ignored first, and each team’s points', () => {
    const answers = [{ team: 't1', maxPoints: 10 }, { team: 't1', maxPoints: 10 }, { team: 't2' }] as unknown as NonNullable<SetupInput['session']>['answers'];
    const session = {
      answers,
      teams: [
        { id: 't1', name: 'Red' },
        { id: 't2', name: 'Blue' },
      ],
      scores: [
        { team: 't1', score: 12, maxScore: 20, rounds: 0 },
        { team: 't2', score: 1, maxScore: 10, rounds: 1 },
      ],
    };
    const v = presentSetup(input({ draft: draft({ teams: ['Red', ' '] }), workshop: true, session, ignored: 'The link had 1 key that was not used.' }));
    expect(v.status).toEqual({
      title: 'This session',
      ignored: 'The link had 1 key that was not used.',
      lines: ['2 teams: Red and Team 2.', '3 answers recorded.'],
      scores: ['Red: 12 points from 2 cards', 'Blue: 1 point in 1 round'],
    });
    expect(presentSetup(input()).status.lines).toEqual(['The whole room plays as one.', 'No answers recorded yet.']);
    expect(presentSetup(input()).status.ignored).toBeNull();
  });

  it('names the link’s panel and its QR code', () => {
    expect(presentSetup(input()).link).toEqual({
      title: 'The workshop link',
      help: 'Open this link on the room’s computer, or scan the code: it sets the game, level, language, teams, clock and colours.',
      qrLabel: 'QR code of the workshop link. The link is written out beside it.',
    });
  });

  it('offers Start, the room poll, the link and the guide; the exports wait for a round', () => {
    const [first, second] = presentSetup(input()).actions;
    expect(first.map((b) => [b.id, b.label, b.disabled])).toEqual([
      ['start', 'Start the workshop', false],
      ['poll', 'Room poll: start with the first check', false],
      ['copy', 'Copy the link', false],
      ['guide', 'Facilitator guide', false],
    ]);
    expect(first[1]!.visibleLabel).toBe('Room poll');
    expect(second.map((b) => [b.visibleLabel, b.disabled, b.description])).toEqual([
      ['CSV', true, 'Nothing to export yet: play a round first.'],
      ['JSON', true, 'Nothing to export yet: play a round first.'],
      ['xAPI', true, 'Nothing to export yet: play a round first.'],
    ]);
  });

  it('cannot start without a level; in a workshop, the poll closes with the second check and a new session is offered', () => {
    expect(
      presentSetup(input({ levels: [] }))
        .actions[0].filter((b) => b.disabled)
        .map((b) => b.id),
    ).toEqual(['start', 'poll']);
    const session = { answers: [{ team: 'room' }], teams: [], scores: [] } as unknown as SetupInput['session'];
    const [first, second] = presentSetup(input({ workshop: true, firstPollTaken: true, session })).actions;
    expect(first[1]!.label).toBe('Room poll: end with the second check');
    expect(second.map((b) => b.id)).toEqual(['export-csv', 'export-json', 'export-xapi', 'new-session']);
    expect(second[0]!.disabled).toBe(false);
    expect(second[3]).toMatchObject({ label: 'Session: new, restore, import', short: 'Session' });
  });

  it('speaks the trainer’s language', async () => {
    await loadLang('fr');
    setLang('fr');
    const v = presentSetup(input());
    expect(v.actions[0][0]!.label).toBe('Lancer l’atelier');
    expect(row(v.options, 'lang').label).toBe('Langue\u00a0: English');
    expect(row(v.options, 'teams').label).toBe('Équipes\u00a0: toute la salle ensemble');
  });
});

describe('the rules the screen keeps', () => {
  const load = (id: string, file = `${id}.json`): LevelLoad<BaseLevel> => ({ ok: true, file, level: { id, title: { en: id }, order: 1 } });

  it('runs the draft’s game if the arcade has it, else the first; and the chosen level, else the first', () => {
    expect(setupGameId(GAMES, 'sss')).toBe('sss');
    expect(setupGameId(GAMES, 'gone')).toBe('cynefin');
    expect(setupGameId(GAMES, null)).toBe('cynefin');
    const list = LEVELS.map((level) => ({ level, file: `${level.id}.json` }));
    expect(chosenLevel(list, 'border')).toMatchObject({ n: 3, file: 'border.json' });
    expect(chosenLevel(list, 'gone')).toMatchObject({ n: 1, file: 'first-sort.json' });
    expect(chosenLevel([], null)).toBeNull();
  });

  it('writes the game and every team’s name into the link', () => {
    expect(writtenPreset(draft({ game: null, teams: ['  ', 'Blue'] }), 'sss')).toMatchObject({ game: 'sss', teams: ['Team 1', 'Blue'] });
  });

  it('runs the trainer’s own levels after the game’s, once each', () => {
    const broken: LevelLoad<BaseLevel> = { ok: false, file: 'bad.json', issues: [] };
    expect(roomLevels([load('a'), load('b')], [load('b', 'mine.json'), load('c'), broken]).map((l) => l.file)).toEqual(['a.json', 'b.json', 'c.json']);
  });

  it('finds a link’s level that the game does not have (for the link’s own game only)', () => {
    expect(linkLevelMissing(draft({ level: 'nope' }), 'cynefin', [load('a')])).toBe(true);
    expect(linkLevelMissing(draft({ level: 'a' }), 'cynefin', [load('a')])).toBe(false);
    expect(linkLevelMissing(draft({ level: null }), 'cynefin', [load('a')])).toBe(false);
    expect(linkLevelMissing(draft({ level: 'nope' }), 'sss', [load('a')])).toBe(false);
  });

  it('returns to the room in progress after a reload only when it is the draft’s level, played together', () => {
    const d = draft({ level: 'a', play: 'together' });
    expect(resumesRoom(d, 'a', true, 'a')).toBe(true);
    expect(resumesRoom(d, null, true, 'a')).toBe(false);
    expect(resumesRoom(d, 'b', true, 'a')).toBe(false);
    expect(resumesRoom({ ...d, play: 'turns' }, 'a', true, 'a')).toBe(false);
    expect(resumesRoom(d, 'a', false, 'a')).toBe(false);
    expect(resumesRoom(d, 'a', true, 'b')).toBe(false);
  });

  it('starts with the first check as a poll, and closes with the second once the room has answered the first', () => {
    expect(pollWhen(false, false)).toBe('before');
    expect(pollWhen(true, false)).toBe('before');
    expect(pollWhen(true, true)).toBe('after');
  });
});
