// What a game gives the level editor (optional: a game without it takes level files only). The shell draws the
// editor's frame (header, status, Save, Play now, Export, New, the kept draft) and calls these; the game owns its
// draft, the form's fields and the checks through its own schema.
import type { FieldRefs } from '../../ui/formFields';
import type { BaseLevel } from './types';
import type { Lang } from '../../core/i18n';

/** What the form does with a change: typing changes the draft in place; a change of shape redraws the form and puts
 * the focus on `focus` (a field path or a button id), saying `say` to screen readers. */
export interface EditorHandlers<D> {
  input(change: (d: D) => D): void;
  change(change: (d: D) => D, focus: string, say?: string): void;
}

/** The draft through the game's schema: the level and its file, or every message on the field its path names (and
 * the first field to fix, in the order the form shows them). */
export type EditorValidation =
  | { ok: true; level: BaseLevel; file: string; text: string }
  | { ok: false; messages: Record<string, string[]>; count: number; first: string };

export interface GameEditor<D = unknown> {
  newDraft(now: number): D;
  /** A level file's content (a kept level of the trainer's) as a draft. */
  draftFromLevel(raw: unknown, now: number): D;
  /** A kept draft read back from storage (so anything): the draft, or null. */
  parseDraft(raw: unknown): D | null;
  validate(d: D): EditorValidation;
  /** The draft's title as the trainer wrote it (for "opened …"). */
  title(d: D): string;
  /** The field the focus starts on, and where "add" goes when the level has too few items. */
  firstField: string;
  tooFewField: { path: string; button: string };
  /** Draws the whole form into `host` (emptied first) and returns its fields by path. `langName` names a language. */
  renderForm(host: HTMLElement, d: D, on: EditorHandlers<D>, langName: (l: Lang) => string): FieldRefs;
  /** Keeps the values the form derives from others (an id from the title) in step as the trainer types. */
  syncDerived(refs: FieldRefs, d: D): void;
}
