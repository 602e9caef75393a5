// Words and rules of the workshop screen: (the trainer's draft, the games and the chosen game's levels, the languages,
// the workshop so far) -> every option row (game, level, language, teams, how teams play, each team's name and who
// plays next, the clock, projector colours, hidden answers, phones, the second question) with what pressing it
// changes and says; the link's and the session's panels; and the buttons along the bottom. Also the rules the screen
// keeps: which game and level the workshop starts with, the preset as it will be written, the link's level that
// the game does not have, and a reload in the middle of a room. Pure: no Phaser, no DOM, no services.
import { localize, type Lang, type LocalText } from '../../core/i18n';
import type { LevelLoad } from '../../core/levels';
import { MAX_TEAM_NAME, MAX_TEAMS, MIN_TEAMS, type WorkshopPreset } from '../../core/preset';
import type { SessionRecord } from '../../core/export';
import type { BaseLevel } from '../../games/sdk/types';
import { T } from '../strings';
import { W } from './strings';

export interface SetupGame {
  id: string;
  title: LocalText;
  /** The room answers each card together (the game has a room), else teams take turns. */
  together: boolean;
  /** The game's room has a second question's round. */
  secondRound: boolean;
}

/** A change to the draft, and what is said of it ("Teams: 3 teams"). */
export interface SetupChange {
  patch: Partial<WorkshopPreset>;
  name: string;
  value: string;
}

export interface SetupInput {
  /** The trainer's draft (the rows' states). */
  draft: WorkshopPreset;
  games: readonly SetupGame[];
  /** The chosen game's playable levels in order; null while they load. */
  levels: ReadonlyArray<{ id: string; title: LocalText }> | null;
  /** The languages the arcade offers, and the player's own. */
  langs: readonly Lang[];
  settingsLang: Lang;
  /** Workshop mode is on (a link, or Start pressed before). */
  workshop: boolean;
  /** Which team plays next (workshop mode; -1 without it). */
  next: number;
  /** The room has answered the first check's poll. */
  firstPollTaken: boolean;
  session: Pick<SessionRecord, 'answers' | 'scores' | 'teams'> | null;
  /** What the link had that was not used, as one sentence ('' when nothing was). */
  ignored: string;
  /** The page's language, for the list of teams. */
  listLang: string;
}

/** A row of the options' list: a button, or a team's name field (with who plays next, when teams take turns). */
export type OptionItem =
  | {
      kind: 'row';
      id: string;
      label: string;
      /** What pressing it changes; null: nothing (a level row with no level). */
      change: SetupChange | null;
      pressed?: boolean;
      disabled?: boolean;
      description?: string;
    }
  | {
      kind: 'team';
      /** The field's id, its text and placeholder, its accessible name and longest name. */
      id: string;
      index: number;
      value: string;
      placeholder: string;
      label: string;
      maxLength: number;
      /** Who plays next: only when teams take turns. */
      next: { id: string; label: string; visibleLabel: string; pressed: boolean } | null;
    };

/** A button along the bottom: `short` is shown in its place where the row is narrow (a screen held upright). */
export interface ActionView {
  id: string;
  label: string;
  visibleLabel?: string;
  short?: string;
  style: 'primary' | 'quiet';
  disabled: boolean;
  description?: string;
}

export interface SetupView {
  heading: string;
  back: string;
  options: OptionItem[];
  link: { title: string; help: string; qrLabel: string };
  status: { title: string; ignored: string | null; lines: string[]; scores: string[] };
  /** Start, the room poll, copy the link, the guide; then the three exports (and a new session in a workshop). */
  actions: [ActionView[], ActionView[]];
}

export function setupHeading(): string {
  return W('setup.screen');
}

/** Start is focused first, unless the screen was opened for a control of its own (the export, from the results). */
export function initialFocus(focus: string | null): string {
  return focus ?? 'start';
}

/** The game the workshop runs: the draft's, if the arcade has it, else the first. */
export function setupGameId(games: ReadonlyArray<{ id: string }>, game: string | null): string {
  return games.some((g) => g.id === game) ? game! : (games[0]?.id ?? '');
}

/** The level the workshop starts with: the chosen one, else the game's first; `n` is its place (1-based). */
export function chosenLevel<T extends { level: { id: string } }>(list: readonly T[], levelId: string | null): (T & { n: number }) | null {
  const i = Math.max(
    0,
    list.findIndex((l) => l.level.id === levelId),
  );
  const l = list[i];
  return l ? { ...l, n: i + 1 } : null;
}

/** The game's levels, then the trainer's own kept in this browser (Your levels) that are not among them. */
export function roomLevels(shipped: readonly LevelLoad<BaseLevel>[], own: readonly LevelLoad<BaseLevel>[]): LevelLoad<BaseLevel>[] {
  return [...shipped, ...own.filter((l) => l.ok && !shipped.some((x) => x.ok && x.level.id === l.level.id))];
}

/** The preset as it will be written: the game always named, every team named. */
export function writtenPreset(draft: WorkshopPreset, gameId: string): WorkshopPreset {
  return { ...draft, game: gameId, teams: draft.teams.map((t, i) => t.trim() || W('team.default', { n: i + 1 })) };
}

/** The link named a level the game does not have (checked once, in workshop mode, for the draft's own game). */
export function linkLevelMissing(draft: WorkshopPreset, gameId: string, loads: readonly LevelLoad<BaseLevel>[]): boolean {
  return draft.game === gameId && Boolean(draft.level) && !loads.some((l) => l.ok && l.level.id === draft.level);
}

/** A reload in the middle of a room goes straight back to the card it was on: the room saved is the draft's level,
 * played together, in a game with a room, and the level the workshop starts with. */
export function resumesRoom(draft: WorkshopPreset, room: string | null, together: boolean, startLevelId: string | undefined): boolean {
  return room !== null && room === draft.level && draft.play === 'together' && together && startLevelId === room;
}

/** Which of the room's polls the poll button starts: the first, or the second once the room has answered it. */
export function pollWhen(workshop: boolean, firstPollTaken: boolean): 'before' | 'after' {
  return workshop && firstPollTaken ? 'after' : 'before';
}

/** Said after a change: "Teams: 3 teams". */
export function changedAnnouncement(c: Pick<SetupChange, 'name' | 'value'>): string {
  return W('setup.changed', { name: c.name, value: c.value });
}

/** Said after Copy the link: copied, or select it and copy it yourself. */
export function copyAnnouncement(copied: boolean): string {
  return W(copied ? 'setup.copied' : 'setup.copyFailed');
}

/** The next game, round the games. */
export function nextGame(games: readonly SetupGame[], gameId: string): SetupChange {
  const i = games.findIndex((g) => g.id === gameId);
  const g = games[(i + 1) % games.length]!;
  return { patch: { game: g.id, level: null }, name: W('setup.gameName'), value: localize(g.title) };
}

/** The next level, round the game's levels; null without a level. */
export function nextLevel(levels: ReadonlyArray<{ id: string; title: LocalText }>, levelId: string | null): SetupChange | null {
  const cur = chosenLevel(
    levels.map((l) => ({ level: l })),
    levelId,
  );
  if (!cur || levels.length === 0) return null;
  const n = cur.n % levels.length;
  const next = levels[n]!;
  return { patch: { level: next.id }, name: W('setup.levelName'), value: W('setup.levelItem', { n: n + 1, title: localize(next.title) }) };
}

/** The room, then 2 to 8 teams, then the room again; the names typed so far are kept. */
export function nextTeams(teams: readonly string[]): SetupChange {
  const n = teams.length;
  const next = n === 0 ? MIN_TEAMS : n >= MAX_TEAMS ? 0 : n + 1;
  return {
    patch: { teams: Array.from({ length: next }, (_, i) => teams[i] ?? '') },
    name: W('setup.teamsName'),
    value: W('setup.teamsValue', { count: Math.max(1, next) }),
  };
}

function options(i: SetupInput, gameId: string): OptionItem[] {
  const p = i.draft;
  const game = i.games.find((g) => g.id === gameId);
  const together = game?.together ?? false;
  // Every team answers each card before the reveal (games that offer it); else teams take turns.
  const answersTogether = p.play === 'together' && together;
  const onOff = (b: boolean): string => W(b ? 'setup.on' : 'setup.off');
  const row = (id: string, label: string, change: SetupChange | null, o: { pressed?: boolean; disabled?: boolean; description?: string } = {}): OptionItem => ({
    kind: 'row',
    id,
    label,
    change,
    ...o,
  });
  const toggle = (id: 'timer' | 'projector' | 'live' | 'second', label: (state: string) => string, name: string): OptionItem =>
    row(id, label(onOff(p[id])), { patch: { [id]: !p[id] }, name, value: onOff(!p[id]) }, { pressed: p[id] });
  const lvl = chosenLevel(
    (i.levels ?? []).map((l) => ({ level: l })),
    p.level,
  );
  const langs = i.langs;
  const lang = (p.lang && langs.includes(p.lang as Lang) ? p.lang : i.settingsLang) as Lang;
  const nextLang = langs[(langs.indexOf(lang) + 1) % langs.length] ?? 'en';
  const mode = together ? p.play : 'turns';
  const other = p.play === 'together' ? 'turns' : 'together';
  const written = writtenPreset(p, gameId);
  // Who plays next matters only to teams taking turns.
  const turns = i.workshop && !answersTogether;
  const teams = p.teams.map((value, n): OptionItem => {
    const name = written.teams[n] ?? '';
    const short = W('setup.nextShort');
    return {
      kind: 'team',
      id: `team-${n}`,
      index: n,
      value,
      placeholder: W('team.default', { n: n + 1 }),
      label: W('setup.teamLabel', { n: n + 1 }),
      maxLength: MAX_TEAM_NAME,
      next: turns
        ? { id: `next-${n}`, label: W('setup.next', { team: name }), visibleLabel: i.next === n ? `▶ ${short}` : short, pressed: i.next === n }
        : null,
    };
  });
  return [
    row('game', W('setup.game', { game: game ? localize(game.title) : '' }), i.games.length > 0 ? nextGame(i.games, gameId) : null),
    row(
      'level',
      lvl
        ? W('setup.level', { level: W('setup.levelItem', { n: lvl.n, title: localize(lvl.level.title) }) })
        : W(i.levels !== null ? 'setup.levelNone' : 'setup.levelLoading'),
      nextLevel(i.levels ?? [], p.level),
      { disabled: !lvl },
    ),
    row(
      'lang',
      W('setup.lang', { lang: T(`lang.${lang}`) }),
      { patch: { lang: nextLang }, name: W('setup.langName'), value: T(`lang.${nextLang}`) },
      {
        disabled: langs.length < 2,
        description: langs.length < 2 ? W('setup.langOnly') : undefined,
      },
    ),
    row('teams', W('setup.teams', { count: Math.max(1, p.teams.length) }), nextTeams(p.teams)),
    row(
      'play',
      W('setup.play', { mode }),
      { patch: { play: other }, name: W('setup.playName'), value: W('setup.playValue', { mode: other }) },
      {
        disabled: !together,
        description: together ? undefined : W('setup.playTurnsOnly'),
      },
    ),
    ...teams,
    toggle('timer', (state) => W('setup.timer', { state }), W('setup.timerName')),
    toggle('projector', (state) => W('setup.projector', { state }), W('setup.projectorName')),
    ...(answersTogether
      ? [
          row(
            'hide',
            W('setup.hide', { state: W(p.hide ? 'setup.hidden' : 'setup.shown') }),
            {
              patch: { hide: !p.hide },
              name: W('setup.hideName'),
              value: W(!p.hide ? 'setup.hidden' : 'setup.shown'),
            },
            { pressed: p.hide },
          ),
          // Participants answer from their own phones: the room screen opens a live room at once (the room server needed).
          toggle('live', (state) => W('setup.live', { state }), W('setup.liveName')),
        ]
      : []),
    // The second question's round, where the game's room has one and teams answer together.
    ...(answersTogether && game?.secondRound ? [toggle('second', (state) => W('setup.second', { state }), W('setup.secondName'))] : []),
  ];
}

/** The session so far: what the link had that was ignored (first: the trainer fixes the link before the room
 * arrives), the teams, the answers recorded, and each team's points. */
function status(i: SetupInput, written: WorkshopPreset): SetupView['status'] {
  const names = written.teams.length === 0 ? [W('team.room')] : written.teams;
  const s = i.session;
  return {
    title: W('setup.sessionTitle'),
    ignored: i.ignored || null,
    lines: [
      W('setup.teamList', { count: written.teams.length, list: new Intl.ListFormat(i.listLang, { type: 'conjunction' }).format(names) }),
      W('setup.session', { count: s?.answers.length ?? 0 }),
    ],
    scores: (s?.scores ?? []).map((sc) => {
      const team = s!.teams.find((t) => t.id === sc.team)?.name ?? sc.team;
      // A room answering together scores by card, not by round.
      const cards = s!.answers.filter((a) => a.team === sc.team && a.maxPoints !== undefined).length;
      return sc.rounds === 0 ? W('setup.scoreLineCards', { team, score: sc.score, cards }) : W('setup.scoreLine', { team, score: sc.score, rounds: sc.rounds });
    }),
  };
}

export function presentSetup(i: SetupInput): SetupView {
  const gameId = setupGameId(i.games, i.draft.game);
  const written = writtenPreset(i.draft, gameId);
  const noLevel =
    chosenLevel(
      (i.levels ?? []).map((l) => ({ level: l })),
      i.draft.level,
    ) === null;
  const none = !i.session || i.session.answers.length === 0;
  const exports = (['csv', 'json', 'xapi'] as const).map((k): ActionView => ({
    id: `export-${k}`,
    label: W(`export.${k}`),
    visibleLabel: W(`export.${k}Short`),
    style: 'quiet',
    disabled: none,
    description: none ? W('export.empty') : undefined,
  }));
  return {
    heading: setupHeading(),
    back: T('nav.back'),
    options: options(i, gameId),
    link: { title: W('setup.link'), help: W('setup.linkHelp'), qrLabel: W('setup.qrLabel') },
    status: status(i, written),
    actions: [
      [
        { id: 'start', label: W('setup.start'), style: 'primary', disabled: noLevel },
        {
          id: 'poll',
          label: W(pollWhen(i.workshop, i.firstPollTaken) === 'after' ? 'poll.endWith' : 'poll.startWith'),
          visibleLabel: W('poll.startWithShort'),
          style: 'quiet',
          disabled: noLevel,
        },
        { id: 'copy', label: W('setup.copy'), style: 'quiet', disabled: false },
        { id: 'guide', label: W('setup.guide'), style: 'quiet', disabled: false },
      ],
      i.workshop
        ? [...exports, { id: 'new-session', label: W('setup.newSession'), short: W('setup.newSessionShort'), style: 'quiet', disabled: false }]
        : exports,
    ],
  };
}
