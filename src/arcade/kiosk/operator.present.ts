// Words and rules of the operator panel: (the booth's settings, its games and levels, the board, the day's
// statistics, the health lines) -> every button's label and state, what each press does, and the status lines. No
// Phaser or DOM here: the panel draws this, and the tests read it in Node.
import type { Lang } from '../../core/i18n';
import type { BoardNotice } from '../../core/leaderboard';
import type { DaySummary } from '../../core/boothStats';
import type { StorageNotice } from '../../core/storage';
import { boardNames, boothGame, nextBoardNames, nextIdle, type KioskSettings } from '../../core/kioskSettings';
import type { HealthLine } from './health';
import { T } from '../strings';
import { K } from './strings';

/** A game as the panel offers it, its title and its levels' in the operator's language. */
export interface OperatorGame {
  id: string;
  title: string;
  /** The game's levels once they have loaded (undefined until then). */
  levels?: ReadonlyArray<{ id: string; title: string }>;
  /** The game makes a short booth round of a level. */
  hasShort: boolean;
}

/** The day's statistics: the whole booth's, and each game's (titled in the operator's language). */
export interface OperatorStats {
  day: DaySummary;
  games: ReadonlyArray<{ title: string; summary: DaySummary }>;
}

export interface OperatorInput {
  settings: KioskSettings;
  games: readonly OperatorGame[];
  /** The languages the arcade offers, and the player settings' language (the booth's until it has a baseline). */
  langs: readonly Lang[];
  playerLang: Lang;
  boardSize: number;
  /** Clear, or Exit, was pressed once and asks to be pressed again. */
  confirmClear: boolean;
  confirmExit: boolean;
  /** The booth's health (kiosk/health), the storage's state and today's figures. */
  health: readonly HealthLine[];
  storage: { save: StorageNotice; board: BoardNotice; saved: boolean };
  stats: OperatorStats;
  /** The operator's language, for numbers, percentages and hours. */
  lang: string;
}

/** What a press does; the panel carries it out. */
export type OperatorAction =
  | { type: 'none' }
  | { type: 'refuse'; message: string }
  | { type: 'offer'; gameId: string; offered: boolean }
  | { type: 'level'; gameId: string; levelId: string; announce: string }
  | { type: 'short'; gameId: string; short: boolean }
  | { type: 'idle'; seconds: number; announce: string }
  | { type: 'lang'; lang: Lang }
  | { type: 'askClear'; message: string }
  | { type: 'clear'; announce: string }
  | { type: 'pin' }
  | { type: 'statsCsv' }
  | { type: 'boardAdmin' }
  | { type: 'names'; next: Pick<KioskSettings, 'anonymousBoard' | 'listNames'>; announce: string }
  | { type: 'start' }
  | { type: 'askExit'; announce: string }
  | { type: 'exit' }
  | { type: 'stay' };

export interface OperatorButton {
  id: string;
  /** The accessible name; `visibleLabel` is drawn instead where it is shorter. */
  label: string;
  visibleLabel?: string;
  pressed?: boolean;
  disabled?: boolean;
  style: 'primary' | 'quiet';
  group?: 'games' | 'booth';
  action: OperatorAction;
}

export interface OperatorView {
  title: string;
  /** Each game's buttons: offered, its level, its short round where it has one. */
  games: OperatorButton[][];
  /** The booth's buttons beside (or under) the games. */
  booth: OperatorButton[];
  /** The status panel's title and lines (only the question while Exit asks). */
  statusTitle: string;
  status: HealthLine[];
  /** The bottom row: back to the booth and exit, or the exit's question's two answers. */
  bottom: [OperatorButton, OperatorButton];
}

/** The panel's name, and its heading. */
export function operatorTitle(): string {
  return K('op.screen');
}

/** A game's buttons: whether it is offered (the last one offered stays), its level in turn, its short round. */
function gameButtons(s: KioskSettings, g: OperatorGame, offeredCount: number): OperatorButton[] {
  const bg = boothGame(s, g.id);
  const name = g.title;
  const loads = g.levels;
  const current = loads?.find((l) => l.id === bg.levelId) ?? loads?.[0];
  const levelName = current ? current.title : K('op.levelLoading');
  const empty = !loads || loads.length === 0;
  const next = empty ? undefined : loads[((current ? loads.indexOf(current) : -1) + 1) % loads.length];
  const out: OperatorButton[] = [
    {
      id: `offer-${g.id}`,
      label: K('op.offer', { game: name }),
      visibleLabel: K(bg.offered ? 'op.offered' : 'op.notOffered', { game: name }),
      pressed: bg.offered,
      group: 'games',
      style: bg.offered ? 'primary' : 'quiet',
      action: bg.offered && offeredCount <= 1 ? { type: 'refuse', message: K('op.lastGame') } : { type: 'offer', gameId: g.id, offered: !bg.offered },
    },
    {
      id: `level-${g.id}`,
      label: K('op.level', { game: name, level: levelName }),
      visibleLabel: K('op.levelShort', { level: levelName }),
      group: 'games',
      style: 'quiet',
      disabled: empty,
      action: next ? { type: 'level', gameId: g.id, levelId: next.id, announce: K('op.level', { game: name, level: next.title }) } : { type: 'none' },
    },
  ];
  if (g.hasShort)
    out.push({
      id: `short-${g.id}`,
      label: K('op.short', { game: name }),
      visibleLabel: K('op.shortVisible', { state: K(bg.short ? 'op.on' : 'op.off') }),
      pressed: bg.short,
      group: 'games',
      style: 'quiet',
      action: { type: 'short', gameId: g.id, short: !bg.short },
    });
  return out;
}

/** The booth's language, which each new visitor starts in (a visitor may pick another on the welcome screen). */
export function boothLang(s: KioskSettings, playerLang: Lang): Lang {
  return s.baseline?.lang ?? playerLang;
}

/** Said once the booth's new language has loaded (so in that language). */
export function langAnnouncement(lang: Lang): string {
  return K('op.lang', { lang: T(`lang.${lang}`) });
}

function boothButtons(o: OperatorInput): OperatorButton[] {
  const s = o.settings;
  const booth = (b: Omit<OperatorButton, 'style' | 'group'>): OperatorButton => ({ ...b, style: 'quiet', group: 'booth' });
  const lang = boothLang(s, o.playerLang);
  const nextLang = o.langs[(o.langs.indexOf(lang) + 1) % o.langs.length] ?? 'en';
  const names = nextBoardNames(s);
  return [
    booth({
      id: 'idle',
      label: K('op.idle', { seconds: s.idleSeconds }),
      visibleLabel: K('op.idleShort', { seconds: s.idleSeconds }),
      action: { type: 'idle', seconds: nextIdle(s.idleSeconds), announce: K('op.idle', { seconds: nextIdle(s.idleSeconds) }) },
    }),
    ...(o.langs.length > 1 ? [booth({ id: 'booth-lang', label: langAnnouncement(lang), action: { type: 'lang', lang: nextLang } })] : []),
    booth({
      id: 'clear',
      label: o.confirmClear ? K('op.clearConfirm') : K('op.clear', { count: o.boardSize }),
      action: o.confirmClear ? { type: 'clear', announce: K('op.cleared') } : { type: 'askClear', message: K('op.clearConfirm') },
    }),
    booth({ id: 'pin', label: K('op.pin'), action: { type: 'pin' } }),
    booth({ id: 'stats-csv', label: K('op.statsCsv'), action: { type: 'statsCsv' } }),
    // Board moderation: remove one entry, or show scores only (no visitor is asked for a name).
    booth({ id: 'board-admin', label: K('admin.screen'), action: { type: 'boardAdmin' } }),
    // Names on the board, in turn: typed (and filtered), chosen from a list (nothing to moderate), or scores only.
    booth({
      id: 'anonymous',
      label: K('op.names', { mode: boardNames(s) }),
      visibleLabel: K('op.namesVisible', { mode: boardNames(s) }),
      action: { type: 'names', next: names, announce: K('op.names', { mode: boardNames({ ...s, ...names }) }) },
    }),
  ];
}

/** The storage's line: full or off (a warning), some entries set aside, or saving normally. */
export function storageLine(st: OperatorInput['storage']): HealthLine {
  const { save, board } = st;
  if (save === 'full' || board === 'full' || save === 'corruptKept') return { text: K('op.storageFull'), warning: true };
  if (save === 'unavailable' || board === 'unavailable' || !st.saved) return { text: K('op.storageOff'), warning: true };
  if (board === 'salvaged') return { text: K('op.storageSalvaged'), warning: false };
  return { text: K('op.storageOk'), warning: false };
}

/** Today's statistics in the operator's language: the day, then each game that had a round, then the hours. */
export function statsLines(stats: OperatorStats, lang: string): HealthLine[] {
  const pct = (v: number | null): string => (v === null ? '–' : new Intl.NumberFormat(lang, { style: 'percent' }).format(v));
  const min = (ms: number | null): string =>
    ms === null ? '–' : K('op.statsMinutes', { minutes: new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(ms / 60_000) });
  const day = stats.day;
  const lines: HealthLine[] = [
    { text: K('op.statsToday', { visitors: day.visitors, started: day.started, finished: day.finished, completion: pct(day.completion) }) },
  ];
  if (day.finished > 0) lines.push({ text: K('op.statsAverage', { score: pct(day.averageShare), minutes: min(day.averageMs) }) });
  for (const g of stats.games) {
    const one = g.summary;
    if (one.started > 0) lines.push({ text: K('op.statsGame', { game: g.title, started: one.started, finished: one.finished, score: pct(one.averageShare) }) });
  }
  if (day.byHour.length > 0) {
    const time = new Intl.DateTimeFormat(lang, { hour: 'numeric' });
    // Each "hour: visitors" pair and the separator between pairs are the language's own (French: "09 h : 3").
    const hours = day.byHour.map(([h, n]) => K('op.statsHour', { hour: time.format(new Date(2000, 0, 1, h)), visitors: n })).join(K('op.statsHourSep'));
    lines.push({ text: K('op.statsHours', { hours }) });
  }
  return lines;
}

/** The statistics' CSV file, named by the newest day kept (null with no row yet), and what is said of it. */
export function statsExport(rows: number, newestDay: string | undefined): { file: string | null; announce: string } {
  if (rows === 0) return { file: null, announce: K('op.statsEmpty') };
  const file = `booth-statistics-${newestDay}.csv`;
  return { file, announce: K('op.statsSaved', { file }) };
}

export function presentOperator(o: OperatorInput): OperatorView {
  const s = o.settings;
  const offeredCount = o.games.filter((g) => boothGame(s, g.id).offered).length;
  // Status: the card's address, offline, update, version, storage, errors, visitors, board.
  const status: HealthLine[] = o.confirmExit
    ? [{ text: K('op.exitConfirm'), warning: true }]
    : [...o.health, storageLine(o.storage), { text: K('op.boardCount', { count: o.boardSize }) }, ...statsLines(o.stats, o.lang)];
  // Exit asks first. "Stay" takes Exit's place, so a second tap there by mistake keeps the booth; the question
  // itself is said aloud and stands in the status's place.
  const bottom: [OperatorButton, OperatorButton] = o.confirmExit
    ? [
        { id: 'exit-yes', label: K('op.exitYes'), style: 'quiet', action: { type: 'exit' } },
        { id: 'exit-no', label: K('op.exitNo'), style: 'primary', action: { type: 'stay' } },
      ]
    : [
        { id: 'start', label: K('op.start'), style: 'primary', action: { type: 'start' } },
        { id: 'exit', label: K('op.exit'), style: 'quiet', action: { type: 'askExit', announce: K('op.exitConfirm') } },
      ];
  return {
    title: operatorTitle(),
    games: o.games.map((g) => gameButtons(s, g, offeredCount)),
    booth: boothButtons(o),
    statusTitle: K('op.status'),
    status,
    bottom,
  };
}
