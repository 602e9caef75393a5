// Words of "Your levels": (the game, the trainer's kept level files, how each checks today) -> each file's title (or
// that it no longer passes its checks), its buttons (play, edit where the game has an editor, export, remove) with
// names that say which level they act on, what is said after an export or a removal, and what is focused first.
// Pure: no Phaser, no DOM, no services.
import { localize, type LocalText } from '../core/i18n';
import type { LevelLoad } from '../core/levels';
import type { OwnLevel } from '../core/ownLevels';
import type { BaseLevel } from '../games/sdk/types';
import { T } from './strings';

export type OwnAction = 'play' | 'edit' | 'export' | 'remove';

export interface OwnButtonView {
  id: string;
  action: OwnAction;
  /** The accessible name: the action and the level. */
  label: string;
  /** What the button shows: the action alone. */
  visibleLabel: string;
  primary: boolean;
  /** Play is off for a file that no longer passes its checks. */
  disabled: boolean;
}

export interface OwnRowView {
  title: string;
  kept: OwnLevel;
  /** The level as checked today; undefined or not ok: it no longer passes. */
  load: LevelLoad<BaseLevel> | undefined;
  buttons: OwnButtonView[];
}

export interface YourLevelsView {
  heading: string;
  header: string;
  back: string;
  /** Games with a level editor: make a new level from here. */
  make: string | null;
  /** No level kept for this game yet: what to do to keep one. */
  none: string | null;
  rows: OwnRowView[];
}

export interface YourLevelsInput {
  game: LocalText | undefined;
  editor: boolean;
  kept: readonly OwnLevel[];
  loads: readonly LevelLoad<BaseLevel>[];
}

export function yourLevelsHeading(): string {
  return T('own.screen');
}

/** The first level's Play, or Back with none kept. */
export function initialFocus(kept: number): string {
  return kept > 0 ? 'play-0' : 'back';
}

/** The name an exported file is downloaded under: the name it was opened with. */
export function exportName(e: Pick<OwnLevel, 'file' | 'levelId'>): string {
  return e.file.endsWith('.json') ? e.file : `${e.levelId}.json`;
}

export function exportedAnnouncement(file: string): string {
  return T('own.exported', { file });
}

export function removedAnnouncement(title: string): string {
  return T('own.removed', { title });
}

function row(i: YourLevelsInput, e: OwnLevel, n: number): OwnRowView {
  const load = i.loads.find((l) => l.file === e.file && (!l.ok || l.level.id === e.levelId));
  const title = load?.ok ? localize(load.level.title) : T('own.broken', { file: e.file });
  const button = (action: OwnAction, label: string, visibleLabel: string, disabled = false): OwnButtonView => ({
    id: `${action}-${n}`,
    action,
    label,
    visibleLabel,
    primary: action === 'play',
    disabled,
  });
  return {
    title,
    kept: e,
    load,
    buttons: [
      button('play', T('own.play', { title }), T('own.playShort'), !load?.ok),
      ...(i.editor ? [button('edit', T('editor.edit', { title }), T('editor.editShort'))] : []),
      button('export', T('own.export', { title }), T('own.exportShort')),
      button('remove', T('own.remove', { title }), T('own.removeShort')),
    ],
  };
}

export function presentYourLevels(i: YourLevelsInput): YourLevelsView {
  return {
    heading: yourLevelsHeading(),
    header: T('own.header', { game: i.game ? localize(i.game) : '' }),
    back: T('nav.back'),
    make: i.editor ? T('editor.open') : null,
    none: i.kept.length === 0 ? T('own.none') : null,
    rows: i.kept.map((e, n) => row(i, e, n)),
  };
}
