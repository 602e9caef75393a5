// Level parsing: errors name the file, the field path and the reason in plain words; oversize, deep, broken and hostile text is refused safely.
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldInWords } from '../../../src/core/authorMessages';
import {
  MAX_LEVEL_BYTES,
  MAX_LEVEL_DEPTH,
  fileName,
  formatPath,
  jsonDepthExceeds,
  levelHeader,
  levelText,
  parseLevel,
  parseLevelText,
  tooLargeIssue,
} from '../../../src/core/levels';

const cardsSchema = z.strictObject({
  cards: z.array(
    z.strictObject({
      id: z.string(),
      domains: z.array(z.strictObject({ name: z.string(), weight: z.number().min(0).max(1) })),
    }),
  ),
});

function cards(n: number) {
  return {
    cards: Array.from({ length: n }, (_, i) => ({ id: `c${i}`, domains: [{ name: 'clear', weight: 0.5 }] })),
  };
}

const headerSchema = z.strictObject({ ...levelHeader });

afterEach(() => {
  delete (Object.prototype as Record<string, unknown>).polluted;
});

describe('formatPath', () => {
  it('formats numbers as [i] and names with dots', () => {
    expect(formatPath(['cards', 3, 'domains', 0, 'weight'])).toBe('cards[3].domains[0].weight');
    expect(formatPath([2, 'id'])).toBe('[2].id');
    expect(formatPath([])).toBe('');
  });
});

describe('parseLevel', () => {
  it('returns the parsed level when it is valid', () => {
    const r = parseLevel(cardsSchema, 'levels/cynefin/01.json', cards(2));
    expect(r).toEqual({ ok: true, file: 'levels/cynefin/01.json', level: cards(2) });
  });

  it('returns issues naming the file, the formatted field path and the reason', () => {
    const raw = cards(5);
    (raw.cards[3]!.domains[0] as { weight: unknown }).weight = 'heavy';
    const r = parseLevel(cardsSchema, 'levels/cynefin/02.json', raw);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.file).toBe('levels/cynefin/02.json');
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ file: 'levels/cynefin/02.json', path: 'cards[3].domains[0].weight' });
    expect(r.issues[0]?.message).toBe('The weight of domain 1 of card 4: this should be a number, not the text "heavy".');
  });

  it('reports every problem (out of range, unknown key, missing field) with its own path', () => {
    const raw = cards(3) as { cards: Record<string, unknown>[] };
    (raw.cards[0]!.domains as { weight: number }[])[0]!.weight = 5;
    raw.cards[1]!.colour = 'red';
    delete raw.cards[2]!.id;
    const r = parseLevel(cardsSchema, 'f.json', raw);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const byPath = Object.fromEntries(r.issues.map((i) => [i.path, i.message]));
    expect(Object.keys(byPath).sort()).toEqual(['cards[0].domains[0].weight', 'cards[1]', 'cards[2].id']);
    expect(byPath['cards[1]']).toContain('colour');
    expect(r.issues.every((i) => i.file === 'f.json')).toBe(true);
  });

  it('uses the shared header messages (id format, English title required)', () => {
    const r = parseLevel(headerSchema, 'x.json', { schemaVersion: 1, id: 'Bad Id', title: { fr: 'Titre' }, order: 1 });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toEqual(
      expect.arrayContaining([
        {
          file: 'x.json',
          path: 'id',
          message: 'The id: use only lower-case letters a–z, digits and dashes, starting with a letter or a digit (this is "Bad Id").',
        },
        expect.objectContaining({ file: 'x.json', path: 'title.en' }),
      ]),
    );
  });

  it('caps the number of issues so a hostile file cannot flood the error screen', () => {
    const raw = { cards: Array.from({ length: 500 }, () => ({ nope: true })) };
    const r = parseLevel(cardsSchema, 'big.json', raw);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.length).toBeGreaterThan(0);
    expect(r.issues.length).toBeLessThanOrEqual(20);
  });
});

describe('parseLevelText', () => {
  it('parses valid JSON text through the schema', () => {
    const r = parseLevelText(cardsSchema, 'a.json', JSON.stringify(cards(1)));
    expect(r.ok).toBe(true);
  });

  it('rejects invalid JSON with a whole-file issue that says what is wrong', () => {
    const r = parseLevelText(cardsSchema, 'broken.json', '{"cards": [],}');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]?.file).toBe('broken.json');
    expect(r.issues[0]?.path).toBe('');
    expect(r.issues[0]?.message).toBe(
      'This is not a valid JSON file: a field name in double quotes belongs here; is there a comma just before a closing curly bracket? (line 1, column 14).',
    );
    // The issue carries the place too, so the error screen shows it as it does for a wrong field.
    expect([r.issues[0]?.line, r.issues[0]?.column]).toEqual([1, 14]);
  });

  it('rejects an empty file as invalid JSON', () => {
    const r = parseLevelText(cardsSchema, 'empty.json', '');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.message).toMatch(/^This is not a valid JSON file: the file ends before the JSON is complete/);
  });

  it('rejects text over MAX_LEVEL_BYTES with a size message, before parsing it', () => {
    const text = `{"cards":[]${' '.repeat(MAX_LEVEL_BYTES)}}`;
    expect(text.length).toBeGreaterThan(MAX_LEVEL_BYTES);
    const r = parseLevelText(cardsSchema, 'huge.json', text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ file: 'huge.json', path: '' });
    expect(r.issues[0]?.message).toMatch(/too large/);
    expect(r.issues[0]?.message).toContain(`${MAX_LEVEL_BYTES / 1024} KB`);
    // Exactly at the limit is still accepted.
    const atLimit = `{"cards":[]}`.padEnd(MAX_LEVEL_BYTES, ' ');
    expect(parseLevelText(cardsSchema, 'ok.json', atLimit).ok).toBe(true);
  });

  it('does not pollute Object.prototype with hostile "__proto__" input, under strict or loose schemas', () => {
    const hostile = '{"__proto__": {"polluted": true}}';
    const strict = parseLevelText(z.strictObject({}), 'evil.json', hostile);
    expect(strict.ok).toBe(false);
    const loose = parseLevelText(z.looseObject({}), 'evil.json', hostile);
    const record = parseLevelText(z.record(z.string(), z.unknown()), 'evil.json', hostile);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect((Object.prototype as Record<string, unknown>).polluted).toBeUndefined();
    for (const r of [loose, record]) {
      if (r.ok) expect(Object.getPrototypeOf(r.level)).toBe(Object.prototype);
    }
    const nested = parseLevelText(cardsSchema, 'evil2.json', '{"cards":[{"id":"a","domains":[],"__proto__":{"polluted":1}}]}');
    expect(nested.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('fileName', () => {
  it('drops the folders', () => {
    expect(fileName('levels/cynefin/01-intro.json')).toBe('01-intro.json');
    expect(fileName('plain.json')).toBe('plain.json');
  });
});

describe('jsonDepthExceeds', () => {
  it('counts array and object nesting against the limit', () => {
    expect(jsonDepthExceeds('{"a":[1,{"b":[]}]}', 4)).toBe(false);
    expect(jsonDepthExceeds('{"a":[1,{"b":[]}]}', 3)).toBe(true);
    expect(jsonDepthExceeds('1', 0)).toBe(false);
    expect(jsonDepthExceeds('[]', 0)).toBe(true);
    expect(jsonDepthExceeds('[[],[],[]]', 2)).toBe(false);
  });

  it('ignores brackets inside strings, honouring escaped quotes and backslashes', () => {
    expect(jsonDepthExceeds('["[[[[{{{{"]', 1)).toBe(false);
    expect(jsonDepthExceeds('["\\"[[[[", "\\\\"]', 1)).toBe(false);
    expect(jsonDepthExceeds('["\\\\", [[]]]', 2)).toBe(true);
  });

  it('handles very deep text without recursion', () => {
    const deep = '['.repeat(1_000_000) + ']'.repeat(1_000_000);
    expect(jsonDepthExceeds(deep, 64)).toBe(true);
    expect(jsonDepthExceeds('[1]'.repeat(100_000), 1)).toBe(false);
  });
});

describe('messages a level author can act on', () => {
  const textSchema = z.strictObject({ ...levelHeader, cards: z.array(z.strictObject({ text: levelText })).max(2) });
  const good = () => ({ schemaVersion: 1, id: 'my-level', title: { en: 'Mine' }, order: 1, cards: [{ text: { en: 'A card' } }] });
  const messagesOf = (raw: unknown) => {
    const r = parseLevel(textSchema, 'mine.json', raw);
    return r.ok ? [] : r.issues.map((i) => `${i.path} | ${i.message}`);
  };

  it('says the exact size in bytes when a file is one byte too large', () => {
    const r = parseLevelText(cardsSchema, 'big.json', `{"cards":[]}`.padEnd(MAX_LEVEL_BYTES + 1, ' '));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.message).toBe('The file is too large: it is 524,289 bytes; the limit is 524,288 bytes (512 KB).');
    expect(tooLargeIssue('x.json', 2_000_000).message).toContain('2,000,000 bytes');
  });

  it('tells a 65-character id that it is too long, not that its letters are wrong', () => {
    expect(messagesOf({ ...good(), id: 'a'.repeat(65) })).toEqual(['id | The id: this id is 65 characters long; the most allowed is 64.']);
    expect(messagesOf({ ...good(), id: 'a'.repeat(64) })).toEqual([]);
    expect(messagesOf({ ...good(), id: 'My_Level' })[0]).toMatch(/lower-case letters/);
    expect(messagesOf({ ...good(), id: '' })).toEqual(['id | The id: this id is empty; give a short name of lower-case letters, digits and dashes.']);
  });

  it('refuses text that is only whitespace, in any language, naming the language', () => {
    expect(messagesOf({ ...good(), cards: [{ text: { en: ' ' } }] })).toEqual([
      'cards[0].text.en | The text of card 1 (English): this text is only spaces; write words here or leave the language out.',
    ]);
    expect(messagesOf({ ...good(), title: { en: 'Mine', fr: '\t\n ' } })[0]).toMatch(/^title\.fr \| The title \(French\): .*only spaces/);
    expect(messagesOf({ ...good(), summary: { en: '   ', es: 'Hola' } })[0]).toMatch(/^summary\.en \| The summary \(English\)/);
    expect(messagesOf({ ...good(), cards: [{ text: { en: ' x ' } }] })).toEqual([]);
  });

  it('words list limits with the limit and the actual count, and names the field in words', () => {
    const three = { ...good(), cards: [{ text: { en: 'a' } }, { text: { en: 'b' } }, { text: { en: 'c' } }] };
    expect(messagesOf(three)).toEqual(['cards | The cards: this list has 3 items; the most allowed is 2.']);
  });

  it('words a missing field, a wrong type, a wrong literal and an unknown field', () => {
    const { title: _title, ...noTitle } = good();
    expect(messagesOf(noTitle)).toEqual(['title | The title: this is missing; add an object in curly brackets.']);
    expect(messagesOf({ ...good(), order: 'first' })).toEqual(['order | The order: this should be a number, not the text "first".']);
    expect(messagesOf({ ...good(), schemaVersion: 2 })).toEqual(['schemaVersion | The schema version: 2 is not allowed here; use 1.']);
    expect(messagesOf({ ...good(), colour: 'red' })[0]).toMatch(/^ \| This has a field it does not know: "colour"\. .*Allowed here: schemaVersion, id, title/);
  });

  it('never shows zod or JSON.parse jargon', () => {
    const bad: unknown[] = [
      null,
      3,
      'x',
      [],
      {},
      { ...good(), order: -1 },
      { ...good(), order: 2.5 },
      { ...good(), id: 7 },
      { ...good(), title: 'x' },
      { ...good(), title: { de: 'x' } },
      { ...good(), cards: {} },
      { ...good(), cards: [null] },
      { ...good(), cards: [{ text: { en: '' } }] },
    ];
    for (const raw of bad) {
      for (const m of messagesOf(raw)) expect(m).not.toMatch(/invalid input|expected|received/i);
    }
    for (const text of ['', '{', '[1,]', '{"a" 1}', '{"a":1}}', '"\\q"', '{a:1}', '[01]', 'nul', '{"a":"x']) {
      const r = parseLevelText(textSchema, 'j.json', text);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.issues[0]?.message).not.toMatch(/invalid input|expected|received|unexpected/i);
    }
  });

  it('gives the line and column of a JSON mistake', () => {
    const r = parseLevelText(textSchema, 'j.json', '{\n  "id": "x",\n  "order" 1\n}');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.message).toMatch(/\(line 3, column 11\)\.$/);
  });

  it('puts an unknown field at its own line, not at the start of its object', () => {
    const text = '{\n  "cards": [\n    {\n      "id": "a",\n      "txet": "typo"\n    }\n  ]\n}';
    const r = parseLevelText(z.strictObject({ cards: z.array(z.strictObject({ id: z.string() })) }), 'typo.json', text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect([r.issues[0]?.path, r.issues[0]?.line, r.issues[0]?.column]).toEqual(['cards[0]', 5, 7]);
  });

  it('refuses text nested deeper than the limit before parsing it', () => {
    const r = parseLevelText(z.unknown(), 'deep.json', `${'['.repeat(MAX_LEVEL_DEPTH + 1)}${']'.repeat(MAX_LEVEL_DEPTH + 1)}`);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.message).toMatch(/more than 64 levels deep/);
    expect(parseLevelText(z.unknown(), 'ok.json', `${'['.repeat(MAX_LEVEL_DEPTH)}${']'.repeat(MAX_LEVEL_DEPTH)}`).ok).toBe(true);
  });
});

describe('fieldInWords', () => {
  it('counts list items from 1 and names the innermost field first', () => {
    expect(fieldInWords(['cards', 3, 'text'])).toBe('the text of card 4');
    expect(fieldInWords(['cards', 3, 'text', 'en'])).toBe('the text of card 4 (English)');
    expect(fieldInWords(['nodes', 'a', 'choices', 0, 'next'])).toBe('the next of choice 1 of node "a"');
    expect(fieldInWords(['objectives', 'share', 'audiences', 1])).toBe('audience 2 of the share of the objectives');
    expect(fieldInWords(['agendaMinutes'])).toBe('the agenda minutes');
    expect(fieldInWords([])).toBe('the file');
  });
});

describe('where a problem is in a trainer’s file', () => {
  it('gives the line and column of the field, or of the object a missing field belongs in', async () => {
    const { parseLevelText, pathToPointer } = await import('../../../src/core/levels');
    const { z } = await import('zod');
    const schema = z.strictObject({ id: z.string(), items: z.array(z.strictObject({ n: z.number(), label: z.string() })) });
    const text = '{\n  "id": "x",\n  "items": [\n    { "n": 1, "label": "a" },\n    { "n": "two", "label": "b" },\n    { "n": 3 }\n  ]\n}\n';
    const r = parseLevelText(schema, 'mine.json', text);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const byPath = Object.fromEntries(r.issues.map((i) => [i.path, [i.line, i.column]]));
    expect(byPath['items[1].n']).toEqual([5, 7]);
    // "label" is missing from the third item: the item itself is named.
    expect(byPath['items[2].label']).toEqual([6, 5]);
    // And it says so: that place is the object's, not the field's; a wrong field, or an unknown one, is at its own.
    const within = Object.fromEntries(r.issues.map((i) => [i.path, i.within === true]));
    expect(within).toMatchObject({ 'items[1].n': false, 'items[2].label': true });
    // In a named object, the place is the object's opening bracket, not its name.
    const named = parseLevelText(z.strictObject({ meta: z.strictObject({ a: z.number(), b: z.number() }) }), 'm.json', '{\n  "meta": {\n    "a": 1\n  }\n}');
    expect(named.ok).toBe(false);
    if (!named.ok) expect([named.issues[0]?.path, named.issues[0]?.line, named.issues[0]?.column, named.issues[0]?.within]).toEqual(['meta.b', 2, 11, true]);
    expect(pathToPointer('cards[3].text.en')).toBe('/cards/3/text/en');
    expect(pathToPointer('')).toBe('');
  });
});
