// Parsing level files through a game's zod schema, with errors that name the file, the field path and the reason.
import type { z } from 'zod';
import { localText } from './i18n';
import { z as zod } from 'zod';

/** Largest level file accepted at run time (a trainer's file may be huge or hostile). */
export const MAX_LEVEL_BYTES = 512 * 1024;

export interface LevelIssue {
  file: string;
  /** Field path such as `cards[3].domains[0].weight`; empty for the whole file. */
  path: string;
  message: string;
}

export type LevelLoad<L> = { ok: true; file: string; level: L } | { ok: false; file: string; issues: LevelIssue[] };

/** Fields every level file of every game carries. Games spread this into their own strict schema. */
export const levelHeader = {
  schemaVersion: zod.literal(1),
  id: zod.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'use lower-case letters, digits and dashes'),
  title: localText,
  /** Position in the level select; a level is unlocked when the one before it has at least one star. */
  order: zod.number().int().min(0).max(1000),
  summary: localText.optional(),
};

export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) {
    if (typeof p === 'number') out += `[${p}]`;
    else out += out ? `.${String(p)}` : String(p);
  }
  return out;
}

export function parseLevel<L>(schema: z.ZodType<L>, file: string, raw: unknown): LevelLoad<L> {
  const r = schema.safeParse(raw);
  if (r.success) return { ok: true, file, level: r.data };
  return {
    ok: false,
    file,
    issues: r.error.issues.slice(0, 20).map((i) => ({ file, path: formatPath(i.path), message: i.message })),
  };
}

/** The issue for a file over MAX_LEVEL_BYTES (checked before reading a picked file, and again on its text). */
export function tooLargeIssue(file: string, bytes: number): LevelIssue {
  return { file, path: '', message: `file is too large (${Math.round(bytes / 1024)} KB; the limit is ${MAX_LEVEL_BYTES / 1024} KB)` };
}

/** Parses a level file's text (from a file picker or a fetch) with size and JSON checks first. */
export function parseLevelText<L>(schema: z.ZodType<L>, file: string, text: string): LevelLoad<L> {
  // Characters first (cheap), then bytes: accented or non-Latin text takes several bytes a character.
  const bytes = text.length > MAX_LEVEL_BYTES ? text.length : new TextEncoder().encode(text).length;
  if (bytes > MAX_LEVEL_BYTES) {
    return { ok: false, file, issues: [tooLargeIssue(file, bytes)] };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, file, issues: [{ file, path: '', message: `not valid JSON: ${(e as Error).message}` }] };
  }
  return parseLevel(schema, file, raw);
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
