// Words of a game's level select: (the game, its levels, the save, the mode) -> every line the screen shows or says:
// each level's title and status (best and stars, not played, locked and why, a round in progress), broken files
// with their error, the learning row (the primer, the check or the workshop's polls), the buttons along the bottom
// and the About panel. Pure: no Phaser, no DOM, no services; the scene and its tests read the same words.
import { localize, type LocalText } from '../core/i18n';
import type { CheckRecord } from '../core/learning';
import type { LevelLoad } from '../core/levels';
import type { AddResult } from '../core/ownLevels';
import type { LevelRecord } from '../core/saveFormat';
import type { BaseLevel } from '../games/sdk/types';
import { levelLocks } from './levelLocks';
import { T } from './strings';
import { W } from './workshop/strings';

/** What the screen needs of the game's entry. */
export interface LevelSelectGame {
  title: LocalText;
  about: LocalText;
  /** The game has a primer, a level editor, a facilitator guide. */
  primer: boolean;
  editor: boolean;
  guide: boolean;
}

export interface LevelSelectInput {
  game: LevelSelectGame | undefined;
  /** The shipped levels in play order; null while they load, or when they could not be loaded. */
  loads: readonly LevelLoad<BaseLevel>[] | null;
  /** Loading the levels failed. */
  failed: boolean;
  /** The trainer's own levels, as checked today. */
  own: readonly LevelLoad<BaseLevel>[];
  /** How many own level files this browser keeps for the game. */
  kept: number;
  record: (levelId: string) => LevelRecord | undefined;
  /** A round of this level is saved, to resume. */
  resumable: (levelId: string) => boolean;
  /** The player's before-and-after check of this game. */
  check: CheckRecord;
  workshop: boolean;
  aboutOpen: boolean;
}

/** A button beside the levels: its id (the scene's handler), what it says, and what it is for. */
export interface ActionView {
  id: string;
  label: string;
  description?: string;
}

/** A level's card. `index` is the entry's place: shipped levels first, then the trainer's own. */
export type LevelCardView =
  | { kind: 'broken'; id: string; index: number; label: string; visibleLabel: string; sublabel: string; file: string }
  | {
      kind: 'level';
      id: string;
      index: number;
      /** The accessible name, also drawn as the card's title. */
      label: string;
      description: string;
      locked: boolean;
      resumable: boolean;
      /** The line under the title: the status, short. */
      status: string;
      /** Stars drawn on the card; null for a locked level (it shows none). */
      stars: number | null;
    };

export interface AboutView {
  title: string;
  text: string;
  /** The shipped levels' sources for what they say about real places (DESIGN.md rule 14); empty: no section. */
  sourcesTitle: string;
  sources: Array<{ title: string; lines: string[] }>;
  close: string;
}

export interface LevelSelectView {
  /** The screen's accessible name. */
  heading: string;
  /** The title bar: the game's name. */
  header: string;
  back: string;
  /** The About panel, open over the list. */
  about: AboutView | null;
  /** While the levels load, or when they could not be loaded: one line in place of the list. */
  message: string | null;
  /** The primer and the check (or the workshop's polls and recap) above the levels. */
  learn: ActionView[];
  /** Which check the check button opens. */
  checkWhen: 'before' | 'after';
  levels: LevelCardView[];
  /** Open a file, make a level, the kept levels, About, and the workshop's guide. */
  bottom: ActionView[];
}

/** Shipped levels in order, then the trainer's own ("Your levels"). */
export function entries(i: Pick<LevelSelectInput, 'loads' | 'own'>): LevelLoad<BaseLevel>[] {
  return [...(i.loads ?? []), ...i.own];
}

export function initialFocus(loaded: boolean): string {
  return loaded ? 'level-0' : 'back';
}

export function levelSelectHeading(title: LocalText | undefined): string {
  return T('screen.levels', { game: title ? localize(title) : '' });
}

function about(i: LevelSelectInput, game: LevelSelectGame): AboutView {
  const sources = (i.loads ?? []).flatMap((l) =>
    l.ok && l.level.sources && l.level.sources.length > 0
      ? [{ title: localize(l.level.title), lines: l.level.sources.map((s) => T('levels.source', { claim: localize(s.claim), cite: s.cite })) }]
      : [],
  );
  return { title: T('levels.about'), text: localize(game.about), sourcesTitle: T('levels.sources'), sources, close: T('levels.closeAbout') };
}

function learnRow(i: LevelSelectInput, levelCount: number): { learn: ActionView[]; checkWhen: 'before' | 'after' } {
  const rec = i.check;
  const lastId = i.loads?.flatMap((l) => (l.ok ? [l.level.id] : [])).at(-1);
  const finished = lastId !== undefined && i.record(lastId) !== undefined;
  const label = !rec.before ? T('check.takeBefore') : rec.after || !finished ? T('check.takeAgain') : T('check.takeAfter');
  // In a workshop the check is the room's: a poll at the start and another at the end, then the closing recap.
  const checks: ActionView[] = i.workshop
    ? [
        { id: 'poll-before', label: W('poll.before') },
        { id: 'poll-after', label: W('poll.after') },
        { id: 'recap', label: T('recap.title') },
      ]
    : levelCount > 0
      ? [{ id: 'check', label }]
      : [];
  return { learn: [...(i.game?.primer ? [{ id: 'primer', label: T('primer.button') }] : []), ...checks], checkWhen: rec.before ? 'after' : 'before' };
}

function cards(i: LevelSelectInput): LevelCardView[] {
  const all = entries(i);
  const shipped = i.loads?.length ?? 0;
  const locks = levelLocks(
    all.map((load, n) => ({ shipped: n < shipped, ok: load.ok, stars: load.ok ? (i.record(load.level.id)?.stars ?? 0) : 0 })),
    i.workshop,
  );
  return all.map((load, index): LevelCardView => {
    const id = `level-${index}`;
    if (!load.ok)
      return {
        kind: 'broken',
        id,
        index,
        label: T('levels.brokenFile', { file: load.file }),
        visibleLabel: `⚠ ${load.file}`,
        sublabel: T('levels.broken'),
        file: load.file,
      };
    const lvl = load.level;
    const rec = i.record(lvl.id);
    const locked = locks[index] ?? false;
    const resumable = i.resumable(lvl.id);
    const title = index >= shipped ? localize(lvl.title) : T('levels.numbered', { n: index + 1, title: localize(lvl.title) });
    const status = locked ? T('levels.locked') : rec ? T('levels.bestAndStars', { score: rec.best, stars: rec.stars }) : T('levels.notPlayed');
    const short = locked ? T('levels.lockedShort') : rec ? T('levels.best', { score: rec.best }) : T('levels.notPlayed');
    return {
      kind: 'level',
      id,
      index,
      label: title,
      description: T('levels.description', { status, resume: resumable ? 'yes' : 'no', summary: lvl.summary ? localize(lvl.summary) : 'none' }),
      locked,
      resumable,
      status: resumable ? T('levels.resumeMark', { status: short }) : short,
      stars: locked ? null : (rec?.stars ?? 0),
    };
  });
}

export function presentLevelSelect(i: LevelSelectInput): LevelSelectView {
  const game = i.game;
  const base = {
    heading: levelSelectHeading(game?.title),
    header: game ? localize(game.title) : '',
    back: T('nav.back'),
    about: null,
    message: null,
    learn: [],
    checkWhen: 'before' as const,
    levels: [],
    bottom: [],
  };
  if (i.aboutOpen && game) return { ...base, about: about(i, game) };
  if (!i.loads) return { ...base, message: T(i.failed ? 'levels.loadFailed' : 'levels.loading') };
  const levels = cards(i);
  const bottom: ActionView[] = [
    { id: 'open-file', label: T('levels.open'), description: T('levels.openHelp') },
    ...(game?.editor ? [{ id: 'make-level', label: T('editor.open'), description: T('editor.openHelp') }] : []),
    ...(i.kept > 0 ? [{ id: 'your-levels', label: T('own.button') }] : []),
    { id: 'about', label: T('levels.about') },
    ...(i.workshop && game?.guide ? [{ id: 'guide', label: W('setup.guide') }] : []),
  ];
  return { ...base, ...learnRow(i, levels.filter((l) => l.kind === 'level').length), levels, bottom };
}

/** Said once a trainer's file opens: kept under "Your levels", or why it will not be there next time. */
export function keptAnnouncement(kept: AddResult, title: string): string {
  return T(kept === 'too-many' ? 'own.tooMany' : kept === 'no-room' ? 'own.noRoom' : 'own.kept', { title });
}
