// The boot readers (core/storedData) are written by hand so that no schema library is in the start bundle; here each
// is held against the zod schema it stands for, on random input: they accept and refuse the same values and keep the
// same fields (DESIGN.md rule 15, one way to validate).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { z } from 'zod';
import { BAD } from '../../../src/core/storedData';
import { checkSettings, readLevelRecord, readRound } from '../../../src/core/saveFormat';
import { readCheckResult, readEntry } from '../../../src/core/learning';
import { readOwnLevel } from '../../../src/core/ownLevels';
import { readPinRecord } from '../../../src/core/pin';

const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);
const anyInt = z.number().int().min(Number.MIN_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER);
const text = (max: number) => z.object({ en: z.string().max(max), fr: z.string().max(max).optional(), es: z.string().max(max).optional() });
const id = /^[a-z0-9][a-z0-9-]{0,39}$/;

const SCHEMAS = {
  settings: z.object({
    sound: z.boolean(),
    music: z.boolean(),
    volume: z.number().min(0).max(1),
    reducedMotion: z.boolean(),
    textScale: z.union([z.literal(1), z.literal(1.25), z.literal(1.5)]),
    lang: z.enum(['en', 'fr', 'es']),
  }),
  levelRecord: z.object({ best: count, stars: z.number().int().min(0).max(3), attempts: count, lastPlayed: count }),
  round: z.object({ levelId: z.string().max(200), levelTitle: text(2000).optional(), state: z.unknown(), savedAt: count }),
  libraryEntry: z.object({
    gameId: z.string().max(64),
    levelTitle: text(4000),
    concept: text(4000).optional(),
    title: text(4000),
    explanation: text(4000),
    metAt: z.number(),
  }),
  checkResult: z.object({
    score: anyInt,
    total: anyInt,
    at: z.number(),
    form: z.enum(['a', 'b']).optional(),
    answers: z
      .record(z.string().regex(id), z.string().regex(id))
      .refine((r) => Object.keys(r).length <= 20)
      .optional(),
  }),
  pinRecord: z.object({
    v: z.literal(1),
    salt: z.string().regex(/^[0-9a-f]{32}$/),
    hash: z.string().regex(/^[0-9a-f]{64}$/),
    fails: count,
    lockedUntil: z.number(),
    locks: z.number().int().min(0).max(1000).optional(),
  }),
  ownLevel: z.object({
    gameId: z.string().regex(/^[a-z0-9-]{1,64}$/),
    levelId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/),
    file: z.string().max(255),
    text: z.string(),
    addedAt: z.number(),
  }),
};

const READERS: Record<keyof typeof SCHEMAS, (v: unknown) => unknown> = {
  settings: (v) => checkSettings(v) ?? BAD,
  levelRecord: readLevelRecord,
  round: readRound,
  libraryEntry: readEntry,
  checkResult: readCheckResult,
  ownLevel: readOwnLevel,
  pinRecord: readPinRecord,
};

/** Valid-looking values with a field or two changed, missing or added: where a reader and a schema could part. */
const loc = fc.record({ en: fc.string({ maxLength: 8 }), fr: fc.option(fc.string({ maxLength: 8 }), { nil: undefined }) }, { requiredKeys: ['en'] });
const SAMPLES: Record<keyof typeof SCHEMAS, fc.Arbitrary<Record<string, unknown>>> = {
  settings: fc.record({
    sound: fc.boolean(),
    music: fc.boolean(),
    volume: fc.double({ min: -0.5, max: 1.5 }),
    reducedMotion: fc.boolean(),
    textScale: fc.constantFrom(1, 1.25, 1.5, 2),
    lang: fc.constantFrom('en', 'fr', 'es', 'de'),
  }),
  levelRecord: fc.record({
    best: fc.integer({ min: -2, max: 500 }),
    stars: fc.integer({ min: -1, max: 4 }),
    attempts: fc.nat(9),
    lastPlayed: fc.oneof(fc.nat(), fc.double()),
  }),
  round: fc.record({
    levelId: fc.string({ maxLength: 210 }),
    levelTitle: fc.option(loc, { nil: undefined }),
    state: fc.jsonValue(),
    savedAt: fc.oneof(fc.nat(), fc.constant(-1)),
  }),
  libraryEntry: fc.record({
    gameId: fc.string({ maxLength: 70 }),
    levelTitle: loc,
    concept: fc.option(loc, { nil: undefined }),
    title: loc,
    explanation: loc,
    metAt: fc.double({ noNaN: false }),
  }),
  checkResult: fc.record({
    score: fc.oneof(fc.integer(), fc.double()),
    total: fc.integer(),
    at: fc.double(),
    form: fc.option(fc.constantFrom('a', 'b', 'c'), { nil: undefined }),
    answers: fc.option(fc.dictionary(fc.constantFrom('q1', 'Q2', 'x-y', '-z'), fc.constantFrom('o', 'O', 'a-b')), { nil: undefined }),
  }),
  pinRecord: fc.record({
    v: fc.constantFrom(1, 2),
    salt: fc.constantFrom('0'.repeat(32), 'f'.repeat(31), 'G'.repeat(32)),
    hash: fc.constantFrom('a'.repeat(64), 'a'.repeat(65)),
    fails: fc.integer({ min: -1, max: 9 }),
    lockedUntil: fc.oneof(fc.nat(), fc.double()),
    locks: fc.option(fc.integer({ min: -1, max: 1001 }), { nil: undefined }),
  }),
  ownLevel: fc.record({
    gameId: fc.constantFrom('cynefin', 'Bad', ''),
    levelId: fc.constantFrom('mine', '-x', 'ok-1'),
    file: fc.string({ maxLength: 260 }),
    text: fc.string(),
    addedAt: fc.double(),
  }),
};

const mutate = (base: fc.Arbitrary<Record<string, unknown>>): fc.Arbitrary<unknown> =>
  fc.oneof(
    base,
    fc.tuple(base, fc.string({ maxLength: 12 })).map(([o, k]) => {
      const c = { ...o };
      delete c[Object.keys(c)[0] ?? k];
      return c;
    }),
    fc.tuple(base, fc.string({ maxLength: 12 }), fc.jsonValue()).map(([o, k, v]) => ({ ...o, [k]: v })),
    fc.jsonValue(),
  );

describe.each(Object.keys(SCHEMAS) as (keyof typeof SCHEMAS)[])('the %s reader', (name) => {
  it('accepts exactly what its zod schema accepts, and keeps the same fields', () => {
    fc.assert(
      fc.property(mutate(SAMPLES[name]), (v) => {
        const r = READERS[name](v);
        const z = SCHEMAS[name].safeParse(v);
        expect(r !== BAD, JSON.stringify(v)).toBe(z.success);
        if (z.success) expect(JSON.parse(JSON.stringify(r))).toEqual(JSON.parse(JSON.stringify(z.data)));
      }),
      { seed: 20261207, numRuns: 400 },
    );
  });
});
