// Plain-word messages for level authors: every problem in a level file, in sentences a trainer can act on.
// One string table keyed by problem (English now; add fr/es tables without code changes), a zod error map, and field paths in words.
// Templates are ICU messages with named placeholders: no literal curly brackets in the text.
import type { z } from 'zod';
import { defineStrings, type Params } from './i18n';

export const authorText = defineStrings({
  en: {
    // Whole file
    'file.tooLarge': 'The file is too large: it is {bytes} bytes; the limit is {limit} bytes ({limitKb} KB).',
    'file.tooDeep': 'The file nests lists and objects more than {limit} levels deep; a level file needs far fewer. Check for a long run of opening brackets.',
    'file.json': 'This is not a valid JSON file: {detail}{where}.',
    'file.jsonWhere': ' (line {line}, column {column})',
    'json.end': 'the file ends before the JSON is complete; a bracket, brace or quote is not closed',
    'json.string': 'a text in quotes is not closed',
    'json.control': 'a text in quotes holds a tab or line break; write it as \\t or \\n',
    'json.escape': 'a text holds a backslash that starts no known escape; write \\\\ for a backslash',
    'json.after': 'there is more after the end of the JSON, such as an extra closing bracket',
    'json.propertyName': 'a field name in double quotes belongs here; is there a comma just before a closing curly bracket?',
    'json.comma': 'a comma or a closing bracket is missing here',
    'json.token': 'the character {token} cannot stand here',
    'json.misplaced': 'a value stands where it cannot; is a comma or colon missing before it?',
    'json.other': 'something is not written the JSON way; check commas, quotes and brackets',

    // Field shapes (the zod error map)
    'field.prefix': '{field}: {message}',
    'type.missing': 'this is missing; add {kind}.',
    'type.wrong': 'this should be {kind}, not {actual}.',
    'kind.string': 'a text in double quotes',
    'kind.number': 'a number',
    'kind.int': 'a whole number',
    'kind.boolean': 'true or false',
    'kind.array': 'a list in square brackets',
    'kind.object': 'an object in curly brackets',
    'kind.null': 'null',
    'kind.other': 'a value of another kind',
    'actual.string': 'the text {value}',
    'actual.number': 'the number {value}',
    'actual.boolean': '{value}',
    'actual.null': 'null',
    'actual.array': 'a list',
    'actual.object': 'an object',
    'actual.other': 'something else',
    'array.tooMany': 'this list has {items}; the most allowed is {limit}.',
    'array.tooFew': 'this list has {items}; at least {limit} are needed.',
    'array.exact': 'this list has {items}; it needs exactly {limit}.',
    'words.items': '{count} items',
    'words.oneItem': '1 item',
    'words.noItems': 'no items',
    'string.tooLong': 'this text is {count} characters long; the most allowed is {limit}.',
    'string.tooShort': 'this text is {count} characters long; it needs at least {limit}.',
    'string.empty': 'this text is empty; write something here.',
    'number.tooBig': 'this is {value}; the largest allowed is {limit}.',
    'number.tooBigStrict': 'this is {value}; it must be below {limit}.',
    'number.tooSmall': 'this is {value}; the smallest allowed is {limit}.',
    'number.tooSmallStrict': 'this is {value}; it must be above {limit}.',
    'number.multiple': 'this is {value}; it must be a multiple of {divisor}.',
    'size.tooBig': 'this is too big; the limit is {limit}.',
    'size.tooSmall': 'this is too small; the minimum is {limit}.',
    'value.one': '{value} is not allowed here; use {allowed}.',
    'value.oneOf': '{value} is not allowed here; use one of: {allowed}.',
    'value.missing': 'this is missing; use one of: {allowed}.',
    'keys.unknownOne': 'this has a field it does not know: {keys}. Check the spelling or remove it. Allowed here: {allowed}.',
    'keys.unknownMany': 'this has fields it does not know: {keys}. Check the spelling or remove them. Allowed here: {allowed}.',
    'keys.badKey': 'the name {key} cannot be used here.',
    'union.none': 'this does not match any of the forms allowed here.',
    'format.generic': 'this is not written in the form allowed here.',
    'format.wrong': 'this text is not in the form allowed here.',
    'custom.generic': 'this value is not allowed here.',
    'text.blank': 'this text is only spaces; write words here or leave the language out.',
    'text.englishRequired': 'the English text is missing; English is required, French and Spanish are optional.',
    'id.chars': 'use only lower-case letters a–z, digits and dashes, starting with a letter or a digit (this is {value}).',
    'id.tooLong': 'this id is {count} characters long; the most allowed is {limit}.',
    'id.empty': 'this id is empty; give a short name of lower-case letters, digits and dashes.',
    'flag.chars': 'flags are short camelCase names such as groundRules: a lower-case letter first, then letters and digits, at most 40 (this is {value}).',

    // Facilitator scenarios
    'fac.stars': 'star thresholds must not fall, for example [40, 60, 80] (these are {stars}).',
    'fac.castReserved': '"{id}" is kept for the {who}; give this cast member another id.',
    'fac.castTwice': 'cast id "{id}" is used twice.',
    'fac.tooManyNodes': 'there are {count} nodes; the most allowed is {limit}.',
    'fac.noNodes': 'a scenario needs nodes; add at least a start node and an ending.',
    'fac.nodeIdChars': 'node id "{id}" may only use lower-case letters a–z, digits and dashes, starting with a letter or a digit.',
    'fac.nodeIdLong': 'node id "{id}" is {count} characters long; the most allowed is {limit}.',
    'fac.protoNode': 'a node cannot be called "__proto__"; node ids use lower-case letters, digits and dashes.',
    'fac.noStart': 'start node "{id}" does not exist; it must name one of the nodes.',
    'fac.nodeKindNone': 'a node needs choices (a decision), next (a line) or ending.',
    'fac.nodeKindMany': 'a node has exactly one of choices, next or ending.',
    'fac.endingSpeaker': 'an ending has no speaker; put its words in ending.text.',
    'fac.endingText': 'an ending has no text of its own; use ending.text.',
    'fac.needSpeaker': 'a line or decision needs a speaker: "narrator", "you" or a cast id.',
    'fac.unknownSpeaker': 'speaker "{id}" is not in the cast (nor "narrator" or "you").',
    'fac.needText': 'a line or decision needs text.',
    'fac.best': 'a decision needs exactly one choice with quality "best" (this one has {count}).',
    'fac.allLocked': 'every choice here has requires; leave at least one without, so the player is never stuck.',
    'fac.flagUnset': 'flag "{flag}" is never set by any choice, so this condition can never change.',
    'fac.noNext': 'next node "{id}" does not exist; it must name one of the nodes.',
    'fac.selfLoop': 'node "{id}" leads back to itself; every path must move on to an ending.',
    'fac.loop': 'nodes {cycle} form a loop; every path must move on to an ending.',
    'fac.unreachable': 'node "{id}" cannot be reached from start "{start}".',
    'fac.unreachableAfterLoop': '{count} nodes cannot be reached from start "{start}" yet; fix the loop above first, then check again.',
    'fac.unreachableAfterLoopOne': 'node "{id}" cannot be reached from start "{start}" yet; fix the loop above first, then check again.',
    'fac.requiresEmpty': 'requires has no condition; remove it or add min, max, flags or notFlags.',
    'fac.minAboveMax': 'min.{meter} ({min}) is above max.{meter} ({max}), so this choice can never be offered.',
    'fac.flagBoth': 'flag "{flag}" is both required and forbidden.',

    // Cynefin levels
    'cyn.cardTwice': 'card id "{id}" is already used by card {first}.',
    'cyn.cardText': 'the card text is {count} characters long; keep it to {limit}.',
    'cyn.oneFull': 'exactly one domain must have weight 1 (this card has {count}).',
    'cyn.domainTwice': 'domain "{domain}" is listed twice in this card.',
    'cyn.confusedOff': 'domain "confused" is not on the board; set showConfused to true or pick another domain.',
    'cyn.notOption': '"{answer}" is not an option of a "{kind}" level (options: {options}).',
    'cyn.noFit': '"{answer}" does not fit any of this card\'s domains ({domains}).',
    'cyn.starsRise': 'star thresholds must rise: {value} is not above {previous}.',
    'cyn.starsReach': 'three stars need {value} points but the most a player can score is {max}.',

    // Seek, sense, share levels
    'sss.idTwice': 'id "{id}" is used twice.',
    'sss.sector': 'sector "{sector}" does not fit a contact {kind} local government.',
    'sss.kindTwice': 'a tie kind is listed twice.',
    'sss.noNode': 'there is no contact or city with id "{id}".',
    'sss.selfTie': 'a tie needs two different ends.',
    'sss.kindRefused': '"{id}" does not accept {kind} ties.',
    'sss.tiedTwice': '{a} and {b} are already tied.',
    'sss.noContact': 'there is no contact with id "{id}".',
    'sss.listedTwice': '"{id}" is listed twice.',
    'sss.audiences': 'asks for {min} audiences but lists {count}.',
    'sss.outside': 'needs {need} outside members but the level has {count}.',
    'sss.diversity': 'target {target} is more than the {count} outside sectors present.',
    'sss.firstStar': 'the first star needs at least 1 point.',
    'sss.secondStar': 'stars must rise: the second above the first.',
    'sss.thirdStar': 'stars must rise: the third above the second.',
    'sss.starReach': 'the third star is out of reach (the most is {max}).',

    // Checks across the files of a level set (shipped levels)
    'set.idTwice': 'id "{id}" is also used in {other}.',
    'set.orderTwice': 'order {order} is also used in {other}.',
    'set.cardTwice': 'card id "{id}" is also used in {other}.',
    'set.idFile': 'id "{id}" should match the file name ({id}.json).',
    'set.noLoader': 'no loader for this file.',
    'set.shippedContacts': 'shipped levels have at most {limit} contacts (this one has {count}).',
    'set.shippedSolution': 'shipped levels store a winning solution.',
    'set.tieRefused': 'this tie cannot be built: {reason}.',
    'set.solutionWeak': 'the solution scores {score}, below the first star ({star}).',

    // Fields in words
    'words.item': '{name} {n}',
    'words.of': '{part} of {whole}',
    'words.the': 'the {name}',
    'words.lang': '{field} ({lang})',
    'words.node': 'node "{id}"',
    'words.file': 'the file',
    'lang.en': 'English',
    'lang.fr': 'French',
    'lang.es': 'Spanish',
  },
});
export type AuthorKey = Parameters<typeof authorText>[0];

/** A message from the table, with {name} placeholders filled. */
export function say(key: AuthorKey, params?: Params): string {
  return authorText(key, params);
}

/** List items whose name in words is more than the field name made singular. */
const ITEM_NAMES: Readonly<Record<string, string>> = {
  cast: 'cast member',
  ties: 'tie',
  recap: 'recap step',
  stars: 'star threshold',
  solution: 'solution tie',
  mustInclude: 'must-include contact',
  notFlags: 'forbidden flag',
  set: 'flag set',
  accepts: 'accepted tie kind',
  audiences: 'audience',
  domains: 'domain',
};
const LANG_KEYS: Readonly<Record<string, AuthorKey>> = { en: 'lang.en', fr: 'lang.fr', es: 'lang.es' };

/** Field names whose words are more than the name itself. */
const FIELD_NAMES: Readonly<Record<string, string>> = {
  a: 'end a',
  b: 'end b',
  second: 'second question',
  en: 'English text',
  fr: 'French text',
  es: 'Spanish text',
};

/** "agendaMinutes" -> "agenda minutes", "schemaVersion" -> "schema version". */
function humanise(key: string): string {
  if (Object.hasOwn(FIELD_NAMES, key)) return FIELD_NAMES[key] as string;
  return key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/[-_]+/g, ' ').toLowerCase();
}

function singular(key: string): string {
  if (Object.hasOwn(ITEM_NAMES, key)) return ITEM_NAMES[key] as string;
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
      parts.push(say('words.item', { name: 'item', n: p + 1 }));
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

  let line: number | undefined;
  let column: number | undefined;
  const lc = raw.match(/line (\d+) column (\d+)/i);
  const pos = raw.match(/position (\d+)/i);
  if (lc) {
    line = Number(lc[1]);
    column = Number(lc[2]);
  } else if (pos) {
    const at = Math.min(Number(pos[1]), text.length);
    const before = text.slice(0, at);
    line = before.split('\n').length;
    column = at - before.lastIndexOf('\n');
  }
  const where = line !== undefined && column !== undefined ? say('file.jsonWhere', { line, column }) : '';
  return say('file.json', { detail: say(detail, { token: JSON.stringify(token) }), where });
}
