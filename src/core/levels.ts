// Parsing level files through a game's zod schema, with errors that name the file, the field path and the reason.
// Every message is a plain sentence from the author table (core/authorMessages.ts), never zod's own words.
import { z } from 'zod';
import { parse as parseSourceMap } from 'json-source-map';
import { authorErrorMap, capitalise, fieldInWords, jsonErrorAt, jsonErrorMessage, say, showValue } from './authorMessages';

/** Text written in a level file: English required, other languages optional, falling back to English.
 * (Defined here, with the level schemas, so classic zod is not in the start bundle; the type is i18n's LocalText.) */
export const localText = z.strictObject({
  en: z.string().min(1, 'English text is required').max(2000),
  fr: z.string().min(1).max(2000).optional(),
  es: z.string().min(1).max(2000).optional(),
});

/** Largest level file accepted at run time (a trainer's file may be huge or hostile). */
export const MAX_LEVEL_BYTES = 512 * 1024;
/** Deepest nesting of lists and objects accepted in a level file (the shipped ones need 7). */
export const MAX_LEVEL_DEPTH = 64;
/** Most issues reported for one file; the error screen shows the first few. */
export const MAX_ISSUES = 20;

export interface LevelIssue {
  file: string;
  /** Field path such as `cards[3].domains[0].weight`; empty for the whole file. */
  path: string;
  message: string;
  /** Where in the file's text (1-based), when the issue came from text (a trainer's file). */
  line?: number;
  column?: number;
  /** An unknown field's name, in the object at `path` (its own line is the one shown). */
  key?: string;
  /** The line and column are those of the object the field is missing from, not of the field. */
  within?: boolean;
}

export type LevelLoad<L> = { ok: true; file: string; level: L } | { ok: false; file: string; issues: LevelIssue[] };

const ID_CHARS = /^[a-z0-9][a-z0-9-]*$/;

/**
 * An id made of lower-case letters, digits and dashes, at most `max` long. Length and characters are separate
 * checks with separate messages, so a 65-character id is told it is too long, not that its letters are wrong.
 */
export function idSchema(max: number) {
  return z
    .string()
    .min(1, { error: () => say('id.empty') })
    .max(max, { error: (iss) => say('id.tooLong', { count: typeof iss.input === 'string' ? iss.input.length : 0, limit: max }) })
    .refine((s) => s === '' || ID_CHARS.test(s), { error: (iss) => say('id.chars', { value: showValue(iss.input) }) });
}

/** True when a text has something other than spaces, tabs and line breaks. */
export function hasWords(s: string): boolean {
  return s.trim().length > 0;
}

type TextIssueCtx = z.core.$RefinementCtx<{ en: string; fr?: string | undefined; es?: string | undefined }>;
function refuseBlank(t: { en: string; fr?: string | undefined; es?: string | undefined }, ctx: TextIssueCtx): void {
  for (const lang of ['en', 'fr', 'es'] as const) {
    const s = t[lang];
    // An empty text already has its own message (required, or too short): one message, not two.
    if (s !== undefined && s !== '' && !hasWords(s)) ctx.addIssue({ code: 'custom', path: [lang], message: say('text.blank') });
  }
}

/** Level text: the shared localText (English required) where no language may be empty or only whitespace. */
export const levelText = localText.superRefine(refuseBlank);

/** Level text with a tighter length limit per language (a line that must fit a dialogue box). */
export function levelTextUpTo(max: number) {
  const one = z.string().max(max);
  return z
    .strictObject({
      en: z.string({ error: (iss) => (iss.input === undefined ? say('text.englishRequired') : undefined) }).max(max),
      fr: one.optional(),
      es: one.optional(),
    })
    .superRefine(refuseBlank);
}

/** Fewest and most discussion questions a level may carry (two or three fit a projector slide). */
export const DISCUSSION_COUNT = { min: 2, max: 3 } as const;

/**
 * A level's `discussion` field: the two or three open questions a trainer puts to the room after the level (and
 * a workshop room sees after each card or decision). Optional, so a trainer's own file may leave it out. Each game
 * passes the text schema it uses for its other texts, so the same length limits apply.
 */
export function discussionOf<T extends z.ZodType>(question: T) {
  return z.array(question).min(DISCUSSION_COUNT.min).max(DISCUSSION_COUNT.max).optional();
}

/** Most sources one level may list. */
export const MAX_SOURCES = 40;

/**
 * One sourced statement: the real places or organisations it is about (as the level's texts name them), the claim in
 * the level's words (translated like any text), and the citation: a seed file and its sentence, or a published
 * reference. The citation is quoted as written, in the source's language.
 */
export const sourceSchema = z.strictObject({
  names: z.array(z.string().min(1).max(80)).min(1).max(12),
  claim: levelText,
  cite: z.string().min(1).max(600),
});

/** Fields every level file of every game carries. Games spread this into their own strict schema. */
export const levelHeader = {
  schemaVersion: z.literal(1),
  id: idSchema(64),
  title: levelText,
  /** Position in the level select; a level is unlocked when the one before it has at least one star. */
  order: z.number().int().min(0).max(1000),
  summary: levelText.optional(),
  /** Where each fact about a real place or organisation comes from (DESIGN.md rule 14), shown in the About panel. */
  sources: z.array(sourceSchema).max(MAX_SOURCES).optional(),
};

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out;
}

/** A message for one issue: the field in words first (the path is shown beside it), then the reason. */
export function issueMessage(path: readonly PropertyKey[], reason: string): string {
  return path.length === 0 ? capitalise(reason) : say('field.prefix', { field: capitalise(fieldInWords(path)), message: reason });
}

export function parseLevel<L>(schema: z.ZodType<L>, file: string, raw: unknown): LevelLoad<L> {
  const r = schema.safeParse(raw, { error: authorErrorMap });
  if (r.success) return { ok: true, file, level: r.data };
  return {
    ok: false,
    file,
    issues: r.error.issues.slice(0, MAX_ISSUES).map((i) => ({
      file,
      path: formatPath(i.path),
      message: issueMessage(i.path, i.message),
      // A field the format does not have: its line is where that field is written, not where its object starts.
      ...(i.code === 'unrecognized_keys' && i.keys[0] !== undefined ? { key: i.keys[0] } : {}),
    })),
  };
}

const bytesFormat = new Intl.NumberFormat('en');

/** The issue for a file over MAX_LEVEL_BYTES (checked before reading a picked file, and again on its text). */
export function tooLargeIssue(file: string, bytes: number): LevelIssue {
  return {
    file,
    path: '',
    message: say('file.tooLarge', {
      bytes: bytesFormat.format(bytes),
      limit: bytesFormat.format(MAX_LEVEL_BYTES),
      limitKb: MAX_LEVEL_BYTES / 1024,
    }),
  };
}

/** Parses a level file's text (from a file picker or a fetch) with size and JSON checks first. */
export function parseLevelText<L>(schema: z.ZodType<L>, file: string, text: string): LevelLoad<L> {
  // Characters first (cheap), then bytes: accented or non-Latin text takes several bytes a character.
  const bytes = text.length > MAX_LEVEL_BYTES ? text.length : new TextEncoder().encode(text).length;
  if (bytes > MAX_LEVEL_BYTES) {
    return { ok: false, file, issues: [tooLargeIssue(file, bytes)] };
  }
  if (jsonDepthExceeds(text, MAX_LEVEL_DEPTH)) {
    return { ok: false, file, issues: [{ file, path: '', message: say('file.tooDeep', { limit: MAX_LEVEL_DEPTH }) }] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, file, issues: [{ file, path: '', message: jsonErrorMessage(text, e), ...jsonErrorAt(text, e) }] };
  }
  const load = parseLevel(schema, file, raw);
  return load.ok ? load : { ...load, issues: withPositions(text, load.issues) };
}

/** A field path (`cards[3].text`) as a JSON pointer (`/cards/3/text`). */
export function pathToPointer(path: string): string {
  if (path === '') return '';
  return `/${path
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter((p) => p !== '')
    .map((p) => p.replace(/~/g, '~0').replace(/\//g, '~1'))
    .join('/')}`;
}

/**
 * Line and column of each issue in the file's text (json-source-map maps every JSON pointer to its place): the
 * field's own place, or for a missing field, the object it is missing from.
 */
export function withPositions(text: string, issues: LevelIssue[]): LevelIssue[] {
  let pointers: Record<string, { value: { line: number; column: number }; key?: { line: number; column: number } }>;
  try {
    pointers = parseSourceMap(text).pointers;
  } catch {
    return issues;
  }
  return issues.map((issue) => {
    const own = issue.key === undefined ? '' : `/${issue.key.replace(/~/g, '~0').replace(/\//g, '~1')}`;
    let pointer = `${pathToPointer(issue.path)}${own}`;
    while (pointer !== '' && !Object.hasOwn(pointers, pointer)) pointer = pointer.slice(0, pointer.lastIndexOf('/'));
    const at = pointers[pointer];
    if (!at) return issue;
    const within = pointer !== `${pathToPointer(issue.path)}${own}`;
    // A field's own place is its name; the object a field is missing from starts at its opening bracket.
    const place = within ? at.value : (at.key ?? at.value);
    return { ...issue, line: place.line + 1, column: place.column + 1, ...(within ? { within } : {}) };
  });
}

/**
 * True when JSON text nests arrays/objects deeper than `limit`. It scans the text once and does not recurse,
 * so a hostile file cannot exhaust the stack. Brackets inside strings (escapes honoured) do not count.
 * Run it before JSON.parse on text from outside (level files, saves).
 */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c /* \ */) i++;
      else if (c === 0x22 /* " */) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      if (++depth > limit) return true;
    } else if (c === 0x5d /* ] */ || c === 0x7d /* } */) {
      if (depth > 0) depth--;
    }
  }
  return false;
}

/** File name without folders, for messages. */
export function fileName(path: string): string {
  return path.split('/').pop() ?? path;
}
