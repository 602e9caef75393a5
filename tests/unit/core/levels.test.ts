// Level parsing: errors name the file, the field path and the reason; oversize, broken and hostile text is refused safely.
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { MAX_LEVEL_BYTES, fileName, formatPath, jsonDepthExceeds, levelHeader, parseLevel, parseLevelText } from '../../../src/core/levels';

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
    expect(r.issues[0]?.message).toMatch(/expected number/i);
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
        { file: 'x.json', path: 'id', message: 'use lower-case letters, digits and dashes' },
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
    expect(r.issues[0]?.message).toMatch(/^not valid JSON: \S/);
    expect(r.issues[0]?.message).toMatch(/position|property|token|unexpected/i);
  });

  it('rejects an empty file as invalid JSON', () => {
    const r = parseLevelText(cardsSchema, 'empty.json', '');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.message).toMatch(/not valid JSON/);
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
