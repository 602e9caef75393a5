// Validation of a Cynefin level editor draft (pure): the draft runs through the game's own schema and every issue
// lands on the field it names, by field path. Split from editor.ts (the draft model and its level file).
import type { z } from 'zod';
import { authorErrorMap } from '../../core/authorMessages';
import { formatPath, issueMessage } from '../../core/levels';
import { fileNameOf, toFileText, toLevelJson, type Draft } from './editor';
import { parseLevelFile } from './levels';
import { levelSchema, type Level } from './schema';

/** Every field the editor shows, by path (the paths the schema's issues use: `cards[2].domains[0].weight`). */
export function fieldPaths(d: Draft): string[] {
  const out = [
    '',
    'title',
    'summary',
    'id',
    'secondStep',
    'showConfused',
    'timerSeconds',
    'scoring.domain',
    'scoring.second',
    'scoring.streakBonus',
    'scoring.streakFrom',
    'stars',
    'stars[0]',
    'stars[1]',
    'stars[2]',
    'cards',
  ];
  d.cards.forEach((c, i) => {
    const p = `cards[${i}]`;
    out.push(p, `${p}.text`, `${p}.domains`, `${p}.explanation`, `${p}.second`, `${p}.second.options`);
    c.domains.forEach((_, j) => out.push(`${p}.domains[${j}].domain`, `${p}.domains[${j}].weight`, `${p}.domains[${j}].why`));
    c.options.forEach((_, j) =>
      out.push(
        `${p}.second.options[${j}]`,
        `${p}.second.options[${j}].text`,
        `${p}.second.options[${j}].fits`,
        `${p}.second.options[${j}].credit`,
        `${p}.second.options[${j}].why`,
      ),
    );
    out.push(`${p}.second.explanation`, `${p}.tempting.domain`, `${p}.tempting.why`);
  });
  return out;
}

/** The shown field an issue belongs to: its own path, else the nearest enclosing one ('' for the level as a whole). */
export function fieldOf(path: string, fields: ReadonlySet<string>): string {
  let p = path;
  while (p !== '' && !fields.has(p)) {
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    p = cut <= 0 ? '' : p.slice(0, cut);
  }
  return p;
}

export type Validation =
  | { ok: true; level: Level; file: string; text: string }
  | { ok: false; messages: Record<string, string[]>; count: number; first: string };

/**
 * Runs the draft through the game's schema with the author messages (every issue, not only the first twenty a file
 * shows), each message on the field its path names; a draft without issues is then parsed as the file it will be.
 */
export function validate(d: Draft): Validation {
  const json = toLevelJson(d);
  const r = levelSchema.safeParse(json, { error: authorErrorMap });
  if (r.success) {
    const file = fileNameOf(d);
    const text = toFileText(d);
    const load = parseLevelFile(file, text);
    if (load.ok) return { ok: true, level: load.level, file, text };
    return { ok: false, messages: { '': load.issues.map((i) => i.message) }, count: load.issues.length, first: '' };
  }
  return collect(d, r.error.issues);
}

function collect(d: Draft, issues: readonly z.core.$ZodIssue[]): Validation {
  const order = fieldPaths(d);
  const fields = new Set(order);
  const messages: Record<string, string[]> = {};
  for (const i of issues) {
    const at = fieldOf(formatPath(i.path), fields);
    (messages[at] ??= []).push(issueMessage(i.path, i.message));
  }
  // The first field with a message in the order the form shows them: where "fix this first" takes the trainer.
  const first = order.find((p) => p !== '' && messages[p]) ?? '';
  return { ok: false, messages, count: issues.length, first };
}
