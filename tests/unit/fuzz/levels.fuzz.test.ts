// Fuzzing each game's level parser with mutated shipped levels and arbitrary JSON: parsing never throws; a refused file
// gets plain-word messages; an accepted file always plays to an ending with random legal moves (never accepted and stuck).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LevelLoad } from '../../../src/core/levels';
import { isInvalid, type Invalid } from '../../../src/core/round';
import { createRng, type Rng } from '../../../src/core/rng';
import { parseLevelFile as parseCynefin } from '../../../src/games/cynefin/levels';
import * as cyn from '../../../src/games/cynefin/model';
import * as cynResults from '../../../src/games/cynefin/results';
import type { Level as CynefinLevel } from '../../../src/games/cynefin/schema';
import { parseLevelFile as parseFacilitator } from '../../../src/games/facilitator/levels';
import * as fac from '../../../src/games/facilitator/model';
import * as facResults from '../../../src/games/facilitator/results';
import { MAX_NODES, type Scenario } from '../../../src/games/facilitator/schema';
import { parseLevelFile as parseSss } from '../../../src/games/seek-sense-share/levels';
import * as sss from '../../../src/games/seek-sense-share/model';
import { TIE_KINDS, type Level as SssLevel } from '../../../src/games/seek-sense-share/schema';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

const SEED = 20260601;
const RUNS = 200;
const PROTO_NAMES = ['constructor', '__proto__', 'toString', 'valueOf', 'hasOwnProperty'];

function shipped(game: string): { file: string; raw: Json }[] {
  const dir = join(__dirname, '../../../levels', game);
  return readdirSync(dir)
    .filter((f) => /^[^.]+\.json$/.test(f)) // level files, not their translation overlays
    .sort()
    .map((file) => ({ file, raw: JSON.parse(readFileSync(join(dir, file), 'utf8')) as Json }));
}

function isRecord(v: Json | undefined): v is { [key: string]: Json } {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Every path in a document, the root included. */
function pathsOf(doc: Json): Path[] {
  const out: Path[] = [];
  const stack: { v: Json; path: Path }[] = [{ v: doc, path: [] }];
  while (stack.length > 0) {
    const { v, path } = stack.pop() as { v: Json; path: Path };
    out.push(path);
    if (Array.isArray(v)) v.forEach((x, i) => stack.push({ v: x, path: [...path, i] }));
    else if (isRecord(v)) for (const k of Object.keys(v)) stack.push({ v: v[k] as Json, path: [...path, k] });
  }
  return out;
}

function get(doc: Json, path: Path): Json | undefined {
  let v: Json | undefined = doc;
  for (const p of path) {
    if (Array.isArray(v) && typeof p === 'number') v = v[p];
    else if (isRecord(v) && typeof p === 'string' && Object.hasOwn(v, p)) v = v[p];
    else return undefined;
  }
  return v;
}

/** Sets a key as an own property, so "__proto__" becomes a key (as JSON.parse makes it) and not a prototype. */
function setOwn(obj: { [key: string]: Json }, key: string, value: Json): void {
  Object.defineProperty(obj, key, { value, enumerable: true, writable: true, configurable: true });
}

function set(doc: Json, path: Path, value: Json): Json {
  if (path.length === 0) return value;
  const parent = get(doc, path.slice(0, -1));
  const last = path[path.length - 1] as string | number;
  if (Array.isArray(parent) && typeof last === 'number') parent[last] = value;
  else if (isRecord(parent) && typeof last === 'string') setOwn(parent, last, value);
  return doc;
}

type Mutation =
  | { kind: 'delete'; at: number }
  | { kind: 'replace'; at: number; value: Json }
  | { kind: 'duplicate'; at: number }
  | { kind: 'swap'; at: number; other: number }
  | { kind: 'reuse'; at: number; other: number }
  | { kind: 'addKey'; at: number; key: string; value: Json }
  | { kind: 'protoRef'; at: number; name: string }
  | { kind: 'idReuse'; at: number; other: number };

const oddValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom<Json>(...PROTO_NAMES, '', ' ', '\t\n', 0, -1, 1.5, 1e9, true, null, [], {}, 'x'.repeat(700)),
  fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<Json>,
);

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('replace' as const), at: fc.nat(), value: oddValue }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant('reuse' as const), at: fc.nat(), other: fc.nat() }),
  fc.record({ kind: fc.constant('addKey' as const), at: fc.nat(), key: fc.constantFrom(...PROTO_NAMES, 'colour', 'en', 'next'), value: oddValue }),
  // Ids and references are where a level can be accepted and then get stuck, so they are mutated most.
  { arbitrary: fc.record({ kind: fc.constant('protoRef' as const), at: fc.nat(), name: fc.constantFrom(...PROTO_NAMES) }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constant('idReuse' as const), at: fc.nat(), other: fc.nat() }), weight: 4 },
);

/** Strings that look like ids (node ids, references, enum values), where prototype names do their harm. */
const ID_LIKE = /^[a-z0-9][a-z0-9-]*$/;

/** Applies a mutation to a copy's path chosen by index; "swap" and "reuse" move ids and references between places. */
function mutate(doc: Json, m: Mutation): Json {
  const paths = pathsOf(doc);
  const path = paths[m.at % paths.length] as Path;
  switch (m.kind) {
    case 'delete': {
      if (path.length === 0) return doc;
      const parent = get(doc, path.slice(0, -1));
      const last = path[path.length - 1];
      if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1);
      else if (isRecord(parent) && typeof last === 'string') delete parent[last];
      return doc;
    }
    case 'replace':
      return set(doc, path, structuredClone(m.value));
    case 'duplicate': {
      const v = get(doc, path);
      if (Array.isArray(v) && v.length > 0) v.push(structuredClone(v[m.at % v.length] as Json));
      return doc;
    }
    case 'swap':
    case 'reuse': {
      // Between string leaves, so an id and a reference trade places or a reference points somewhere else.
      const strings = paths.filter((p) => typeof get(doc, p) === 'string');
      if (strings.length < 2) return doc;
      const a = strings[m.at % strings.length] as Path;
      const b = strings[m.other % strings.length] as Path;
      const va = get(doc, a) as string;
      const vb = get(doc, b) as string;
      set(doc, a, vb);
      if (m.kind === 'swap') set(doc, b, va);
      return doc;
    }
    case 'protoRef':
    case 'idReuse': {
      // An id or a reference becomes a prototype name, or another id of the same file (a loop, a self-tie...).
      const ids = paths.filter((p) => {
        const v = get(doc, p);
        return typeof v === 'string' && ID_LIKE.test(v);
      });
      if (ids.length === 0) return doc;
      const at = ids[m.at % ids.length] as Path;
      return set(doc, at, m.kind === 'protoRef' ? m.name : (get(doc, ids[m.other % ids.length] as Path) as string));
    }
    case 'addKey': {
      const v = get(doc, path);
      if (isRecord(v)) setOwn(v, m.key, structuredClone(m.value));
      return doc;
    }
  }
}

/** Messages as a trainer sees them, with quoted values (their own text, which may say anything) left out. */
function ownWords(message: string): string {
  return message.replace(/"(?:[^"\\]|\\.)*"/g, '""');
}

function expectPlainIssues<L>(r: LevelLoad<L>, file: string): void {
  if (r.ok) return;
  expect(r.file).toBe(file);
  expect(r.issues.length).toBeGreaterThan(0);
  expect(r.issues.length).toBeLessThanOrEqual(20);
  for (const i of r.issues) {
    expect(i.file).toBe(file);
    expect(typeof i.message).toBe('string');
    expect(i.message.trim().length).toBeGreaterThan(0);
    expect(ownWords(i.message)).not.toMatch(/invalid input|expected|received/i);
    // A field at fault is named by its path and, in words, at the start of the message.
    if (i.path !== '') expect(ownWords(i.message)).toMatch(/^[A-Z][^:]*: \S/);
  }
}

function must<S>(s: S | Invalid, what: string): S {
  if (isInvalid(s)) throw new Error(`a legal move was refused (${what}): ${s.code}${s.detail ? ` ${s.detail}` : ''}`);
  return s;
}

function pick<T>(rng: Rng, items: readonly T[]): T {
  if (items.length === 0) throw new Error('nothing to pick from: the game is stuck');
  return items[rng.int(items.length)] as T;
}

/** Plays a Cynefin level with random legal answers; it must end after two moves per card. */
function playCynefin(level: CynefinLevel, seed: number): void {
  const rng = createRng(seed);
  let s = cyn.start(level, seed);
  for (let moves = 0; !cyn.isDone(s); moves++) {
    if (moves > level.cards.length * 2) throw new Error('cynefin: no ending after every card');
    const card = cyn.currentCard(level, s);
    if (!card) throw new Error('cynefin: no card to play and not done');
    s =
      s.phase === 'place'
        ? must(cyn.apply(level, s, { type: 'place', cardId: card.id, domain: pick(rng, cyn.domainsOf(level)) }), 'place')
        : must(
            cyn.apply(level, s, {
              type: 'second',
              cardId: card.id,
              choice: pick(
                rng,
                cyn.optionsShown(level, s, card.id).map((o) => o.id),
              ),
            }),
            'second',
          );
  }
  cynResults.summary(level, s);
  expect([0, 1, 2, 3]).toContain(cyn.starsOf(level, s));
}

/** Plays a scenario with random unlocked choices (and the odd step back); it must reach an ending within the node count. */
function playFacilitator(sc: Scenario, seed: number): void {
  const rng = createRng(seed);
  let s = fac.start(sc);
  let backs = 0;
  for (let moves = 0; !fac.isEnded(sc, s); moves++) {
    if (moves > MAX_NODES * 2 + 10) throw new Error('facilitator: no ending reached');
    const node = fac.currentNode(sc, s);
    if (!node.choices) {
      s = must(fac.apply(sc, s, { type: 'continue' }), 'continue');
      continue;
    }
    if (s.history.length > 0 && backs < 2 && rng.int(8) === 0) {
      backs++;
      s = must(fac.apply(sc, s, { type: 'back' }), 'back');
      continue;
    }
    const open = fac.availableChoices(sc, s).filter((c) => !c.locked);
    s = must(fac.apply(sc, s, { type: 'choose', index: pick(rng, open).index }), 'choose');
  }
  expect(fac.endingOf(sc, s)).not.toBeNull();
  facResults.summary(sc, s);
  facResults.transcriptLines(sc, s);
  expect(facResults.scores(sc, s).total).toBeGreaterThanOrEqual(0);
}

/** Builds random affordable ties, runs the flow step by step and finishes; the round must end scored. */
function playSss(level: SssLevel, seed: number): void {
  const rng = createRng(seed);
  const ids = [level.city.id, ...level.contacts.map((c) => c.id)];
  let s = sss.start(level);
  for (let tries = 0; tries < 30; tries++) {
    const a = pick(rng, ids);
    const b = pick(rng, ids);
    const kind = pick(rng, TIE_KINDS);
    if (sss.canTie(level, s, a, b, kind).ok) s = must(sss.apply(level, s, { type: 'tie', a, b, kind }), 'tie');
  }
  s = must(sss.apply(level, s, { type: 'run' }), 'run');
  for (let steps = 0; s.step < 3; steps++) {
    if (steps > 3) throw new Error('seek-sense-share: the flow does not end');
    s = must(sss.apply(level, s, { type: 'step' }), 'step');
  }
  s = must(sss.apply(level, s, { type: 'finish' }), 'finish');
  expect(s.phase).toBe('done');
  sss.eventsShown(level, s);
  sss.summary(level, s);
  expect(sss.scoreOf(level, s).total).toBeGreaterThanOrEqual(0);
}

interface Game<L> {
  name: string;
  folder: string;
  parse: (file: string, text: string) => LevelLoad<L>;
  play: (level: L, seed: number) => void;
}

const games = [
  { name: 'Cynefin', folder: 'cynefin', parse: parseCynefin, play: playCynefin } satisfies Game<CynefinLevel>,
  { name: 'Facilitator', folder: 'facilitator', parse: parseFacilitator, play: playFacilitator } satisfies Game<Scenario>,
  { name: 'Seek, sense, share', folder: 'seek-sense-share', parse: parseSss, play: playSss } satisfies Game<SssLevel>,
];

function fuzzGame<L>(game: Game<L>): void {
  describe(`${game.name} level files under fuzzing`, () => {
    const levels = shipped(game.folder);

    it('every shipped level parses and plays to an ending with random moves', () => {
      expect(levels.length).toBeGreaterThan(0);
      for (const { file, raw } of levels) {
        const r = game.parse(file, JSON.stringify(raw));
        expect(r.ok, file).toBe(true);
        if (r.ok) for (let seed = 1; seed <= 5; seed++) game.play(r.level, seed);
      }
    });

    it('a mutated shipped level is refused in plain words, or accepted and playable to an ending', () => {
      let accepted = 0;
      fc.assert(
        fc.property(fc.nat(levels.length - 1), fc.array(mutation, { minLength: 1, maxLength: 3 }), fc.nat(), (which, ms, seed) => {
          const { file, raw } = levels[which] as { file: string; raw: Json };
          let doc = structuredClone(raw);
          for (const m of ms) doc = mutate(doc, m);
          const r = game.parse(file, JSON.stringify(doc));
          expectPlainIssues(r, file);
          if (r.ok) {
            accepted++;
            for (let k = 0; k < 4; k++) game.play(r.level, seed + k);
          }
        }),
        { seed: SEED, numRuns: RUNS },
      );
      // Some mutations (a text swapped for another text) keep a level valid, so the playing side is exercised too.
      expect(accepted).toBeGreaterThan(0);
    });

    it('one id or reference changed (to a prototype name or another id) is refused, or plays to an ending', () => {
      const oneRef = fc.oneof(
        fc.record({ kind: fc.constant('protoRef' as const), at: fc.nat(), name: fc.constantFrom(...PROTO_NAMES) }),
        fc.record({ kind: fc.constant('idReuse' as const), at: fc.nat(), other: fc.nat() }),
      );
      fc.assert(
        fc.property(fc.nat(levels.length - 1), oneRef, fc.nat(), (which, m, seed) => {
          const { file, raw } = levels[which] as { file: string; raw: Json };
          const r = game.parse(file, JSON.stringify(mutate(structuredClone(raw), m)));
          expectPlainIssues(r, file);
          if (r.ok) for (let k = 0; k < 4; k++) game.play(r.level, seed + k);
        }),
        { seed: SEED + 2, numRuns: RUNS },
      );
    });

    it('arbitrary JSON, and arbitrary text, never makes the parser throw', () => {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.jsonValue().map((v) => JSON.stringify(v) ?? 'null'),
            fc.string({ maxLength: 200 }),
          ),
          (text) => {
            expectPlainIssues(game.parse('any.json', text), 'any.json');
          },
        ),
        { seed: SEED, numRuns: RUNS },
      );
    });

    it('a shipped level with any field replaced by arbitrary JSON never makes the parser throw', () => {
      fc.assert(
        fc.property(fc.nat(levels.length - 1), fc.nat(), fc.jsonValue({ maxDepth: 3 }), fc.nat(), (which, at, value, seed) => {
          const { file, raw } = levels[which] as { file: string; raw: Json };
          const doc = mutate(structuredClone(raw), { kind: 'replace', at, value: value as Json });
          const r = game.parse(file, JSON.stringify(doc));
          expectPlainIssues(r, file);
          if (r.ok) game.play(r.level, seed);
        }),
        { seed: SEED + 1, numRuns: RUNS },
      );
    });
  });
}

for (const g of games) fuzzGame(g as Game<unknown>);
