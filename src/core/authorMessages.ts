// Plain-word messages for level authors: every problem in a level file, in sentences a trainer can act on.
// One string table keyed by problem (English now; add fr/es tables without code changes), a zod error map, and field paths in words.
// Templates are ICU messages with named placeholders: no literal curly brackets in the text.
import type { z } from 'zod';
import { defineStrings, tables, type Params } from './i18n';
import en from './strings/en.json';

export const authorText = defineStrings(tables<typeof en>(en, import.meta.glob(['./strings/*.json', '!./strings/en.json'], { import: 'default' })));
export type AuthorKey = Parameters<typeof authorText>[0];

/** A message from the table, with {name} placeholders filled. */
export function say(key: AuthorKey, params?: Params): string {
  return authorText(key, params);
}

const LANG_KEYS: Readonly<Record<string, AuthorKey>> = { en: 'lang.en', fr: 'lang.fr', es: 'lang.es' };

/** A name from the table when it has one (`field.<key>` or `item.<key>`, in the player's language), else undefined. */
function named(prefix: 'field' | 'item', key: string): string | undefined {
  const k = `${prefix}.${key}`;
  return (authorText.keys as readonly string[]).includes(k) ? say(k as AuthorKey) : undefined;
}

/** "agendaMinutes" -> "agenda minutes" in the player's language where the table names it, else the key in words. */
function humanise(key: string): string {
  return (
    named('field', key) ??
    key
      .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
      .replace(/[-_]+/g, ' ')
      .toLowerCase()
  );
}

/** One item of a list field: "cards" -> "card", from the table where it names it. */
function singular(key: string): string {
  const n = named('item', key);
  if (n) return n;
  const words = humanise(key);
  if (words.endsWith('ies')) return `${words.slice(0, -3)}y`;
  if (words.endsWith('s')) return words.slice(0, -1);
  return `${words} item`;
}

/**
 * A field path in words, innermost first, lists counted from 1:
 * ['cards', 3, 'text'] -> "the text of card 4", ['nodes', 'a', 'choices', 0, 'next'] -> "the next of choice 1 of node "a"".
 */
export function fieldInWords(path: readonly PropertyKey[]): string {
  const parts: string[] = [];
  let lang: string | undefined;
  for (let i = 0; i < path.length; i++) {
    const p = path[i];
    const after = path[i + 1];
    if (typeof p === 'number') {
      parts.push(say('words.item', { name: say('item.item'), n: p + 1 }));
    } else if (typeof p !== 'string') {
      continue;
    } else if (p === 'nodes' && typeof after === 'string') {
      parts.push(say('words.node', { id: after }));
      i++;
    } else if (typeof after === 'number') {
      parts.push(say('words.item', { name: singular(p), n: after + 1 }));
      i++;
    } else if (i === path.length - 1 && Object.hasOwn(LANG_KEYS, p) && i > 0) {
      lang = say(LANG_KEYS[p] as AuthorKey);
    } else {
      parts.push(say('words.the', { name: humanise(p) }));
    }
  }
  if (parts.length === 0) return say('words.file');
  let out = parts[parts.length - 1] as string;
  for (let i = parts.length - 2; i >= 0; i--) out = say('words.of', { part: out, whole: parts[i] as string });
  return lang ? say('words.lang', { field: out, lang }) : out;
}

/** Upper-cases the first letter (a field in words opens the sentence). */
export function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A short, quoted rendering of a JSON value for a message. */
export function showValue(v: unknown): string {
  if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v);
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  if (v === null) return 'null';
  if (Array.isArray(v)) return say('actual.array');
  if (typeof v === 'object') return say('actual.object');
  return say('actual.other');
}

function actualKind(v: unknown): string {
  if (typeof v === 'string') return say('actual.string', { value: showValue(v) });
  if (typeof v === 'number') return say('actual.number', { value: showValue(v) });
  if (typeof v === 'boolean') return say('actual.boolean', { value: String(v) });
  if (v === null) return say('actual.null');
  if (Array.isArray(v)) return say('actual.array');
  if (typeof v === 'object') return say('actual.object');
  return say('actual.other');
}

const KINDS: Readonly<Record<string, AuthorKey>> = {
  string: 'kind.string',
  number: 'kind.number',
  int: 'kind.int',
  boolean: 'kind.boolean',
  array: 'kind.array',
  tuple: 'kind.array',
  object: 'kind.object',
  record: 'kind.object',
  null: 'kind.null',
};

function kindWords(expected: string): string {
  return say(Object.hasOwn(KINDS, expected) ? (KINDS[expected] as AuthorKey) : 'kind.other');
}

function items(count: number): string {
  if (count === 0) return say('words.noItems');
  return count === 1 ? say('words.oneItem') : say('words.items', { count });
}

function lengthOf(v: unknown): number | undefined {
  if (typeof v === 'string' || Array.isArray(v)) return v.length;
  return undefined;
}

/** Names of the fields a strict object allows, read from the schema that raised the issue. */
function allowedKeys(inst: unknown): string {
  const def = (inst as { _zod?: { def?: { shape?: Record<string, unknown> } } } | undefined)?._zod?.def;
  const keys = def?.shape ? Object.keys(def.shape) : [];
  return keys.length > 0 ? keys.join(', ') : '—';
}

function listValues(values: readonly unknown[]): string {
  const shown = values.slice(0, 12).map(showValue);
  return values.length > 12 ? `${shown.join(', ')}, …` : shown.join(', ');
}

/**
 * The zod error map for level files: every issue code as a plain sentence (what is wrong, what is allowed, the limit
 * and the actual count or value). Pass it per parse: schema.safeParse(raw, { error: authorErrorMap }).
 * The field is named by parseLevel, which prefixes the field in words.
 */
export const authorErrorMap: z.core.$ZodErrorMap = (iss) => {
  switch (iss.code) {
    case 'invalid_type':
      if (iss.input === undefined) return say('type.missing', { kind: kindWords(iss.expected) });
      return say('type.wrong', { kind: kindWords(iss.expected), actual: actualKind(iss.input) });
    case 'too_big': {
      const limit = Number(iss.maximum);
      const count = lengthOf(iss.input);
      if (iss.origin === 'array' && count !== undefined) return say(iss.exact ? 'array.exact' : 'array.tooMany', { items: items(count), limit });
      if (iss.origin === 'string' && count !== undefined) return say('string.tooLong', { count, limit });
      if (iss.origin === 'number' || iss.origin === 'int') {
        return say(iss.inclusive === false ? 'number.tooBigStrict' : 'number.tooBig', { value: showValue(iss.input), limit });
      }
      return say('size.tooBig', { limit });
    }
    case 'too_small': {
      const limit = Number(iss.minimum);
      const count = lengthOf(iss.input);
      if (iss.origin === 'array' && count !== undefined) return say(iss.exact ? 'array.exact' : 'array.tooFew', { items: items(count), limit });
      if (iss.origin === 'string' && count !== undefined) return say(count === 0 ? 'string.empty' : 'string.tooShort', { count, limit });
      if (iss.origin === 'number' || iss.origin === 'int') {
        return say(iss.inclusive === false ? 'number.tooSmallStrict' : 'number.tooSmall', { value: showValue(iss.input), limit });
      }
      return say('size.tooSmall', { limit });
    }
    case 'invalid_value':
      if (iss.input === undefined) return say('value.missing', { allowed: listValues(iss.values) });
      if (iss.values.length === 1) return say('value.one', { value: showValue(iss.input), allowed: showValue(iss.values[0]) });
      return say('value.oneOf', { value: showValue(iss.input), allowed: listValues(iss.values) });
    case 'unrecognized_keys':
      return say(iss.keys.length === 1 ? 'keys.unknownOne' : 'keys.unknownMany', {
        keys: iss.keys.map((k) => JSON.stringify(k)).join(', '),
        allowed: allowedKeys(iss.inst),
      });
    case 'invalid_key':
      return say('keys.badKey', { key: showValue(iss.input) });
    case 'invalid_union':
      return say('union.none');
    case 'not_multiple_of':
      return say('number.multiple', { value: showValue(iss.input), divisor: Number(iss.divisor) });
    case 'invalid_format':
      return say('format.wrong');
    case 'invalid_element':
      return say('format.generic');
    case 'custom':
      return say('custom.generic');
    default:
      return say('custom.generic');
  }
};

/** JSON.parse's own words (which differ between browsers) turned into plain words, with line and column if known. */
/** Where JSON.parse stopped (1-based line and column), from its message; empty when it does not say. */
export function jsonErrorAt(text: string, error: unknown): { line?: number; column?: number } {
  const raw = error instanceof Error ? error.message : String(error);
  const lc = raw.match(/line (\d+) column (\d+)/i);
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  const pos = raw.match(/position (\d+)/i);
  if (!pos) return {};
  const at = Math.min(Number(pos[1]), text.length);
  const before = text.slice(0, at);
  return { line: before.split('\n').length, column: at - before.lastIndexOf('\n') };
}

export function jsonErrorMessage(text: string, error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error);
  let detail: AuthorKey = 'json.other';
  let token = '';
  if (/end of (JSON )?(data|input)/i.test(raw)) detail = 'json.end';
  else if (/unterminated string/i.test(raw)) detail = 'json.string';
  else if (/control character/i.test(raw)) detail = 'json.control';
  else if (/escape/i.test(raw)) detail = 'json.escape';
  else if (/after JSON|after (the )?JSON data/i.test(raw)) detail = 'json.after';
  else if (/property name/i.test(raw)) detail = 'json.propertyName';
  else if (/',' or/i.test(raw)) detail = 'json.comma';
  else if (/Unexpected token '(.)'/.test(raw)) {
    detail = 'json.token';
    token = raw.match(/Unexpected token '(.)'/)?.[1] ?? '';
  } else if (/unexpected (number|string|character)/i.test(raw)) detail = 'json.misplaced';

  const { line, column } = jsonErrorAt(text, error);
  const where = line !== undefined && column !== undefined ? say('file.jsonWhere', { line, column }) : '';
  return say('file.json', { detail: say(detail, { token: JSON.stringify(token) }), where });
}
