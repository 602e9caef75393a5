// Ids that are also names on Object.prototype ("constructor", "toString", "__proto__"...) behave like any other id in
// every game: a reference to one that is not defined is refused naming the field; one that is defined plays to the end.
import { describe, expect, it } from 'vitest';
import { parseLevel } from '../../../src/core/levels';
import { isInvalid, type Invalid } from '../../../src/core/round';
import * as cyn from '../../../src/games/cynefin/model';
import { levelSchema as cynefinSchema } from '../../../src/games/cynefin/schema';
import { parseLevelFile as parseFacilitatorFile } from '../../../src/games/facilitator/levels';
import * as fac from '../../../src/games/facilitator/model';
import * as facResults from '../../../src/games/facilitator/results';
import { scenarioSchema } from '../../../src/games/facilitator/schema';
import * as sss from '../../../src/games/seek-sense-share/model';
import { levelSchema as sssSchema } from '../../../src/games/seek-sense-share/schema';
import { rawFixture as rawCynefin, playAll, playRight } from './cynefin/fixture';
import { rawFixture as rawScenario } from './facilitator/fixture';
import { play, rawTiny, tie } from './seek-sense-share/fixtures';

const PROTO_IDS = ['toString', 'valueOf', 'hasOwnProperty', '__proto__', 'constructor'] as const;

function issuesOf<L>(schema: Parameters<typeof parseLevel<L>>[0], raw: unknown): { path: string; message: string }[] {
  const r = parseLevel(schema, 'mine.json', raw);
  return r.ok ? [] : r.issues.map(({ path, message }) => ({ path, message }));
}

function ok<S>(s: S | Invalid): S {
  if (isInvalid(s)) throw new Error(`refused: ${s.code}${s.detail ? ` ${s.detail}` : ''}`);
  return s;
}

/** Renames a node of the facilitator fixture everywhere it is named. */
function renameNode(raw: ReturnType<typeof rawScenario>, from: string, to: string): void {
  const node = raw.nodes[from];
  if (!node) throw new Error(`no node ${from}`);
  delete raw.nodes[from];
  raw.nodes[to] = node;
  if (raw.start === from) raw.start = to;
  for (const n of Object.values(raw.nodes)) {
    if (n.next === from) n.next = to;
    for (const c of (n.choices ?? []) as { next: string }[]) if (c.next === from) c.next = to;
  }
}

describe('facilitator: prototype names as node ids and references', () => {
  for (const id of PROTO_IDS) {
    it(`refuses a choice, a line and a start pointing at an undefined "${id}", naming the field`, () => {
      const choice = rawScenario();
      ((choice.nodes['steer']!.choices as { next: string }[])[1] as { next: string }).next = id;
      const got = issuesOf(scenarioSchema, choice);
      expect(got.map((i) => i.path)).toContain('nodes.steer.choices[1].next');
      expect(got.find((i) => i.path === 'nodes.steer.choices[1].next')?.message).toMatch(/^The next of choice 2 of node "steer": /);

      const line = rawScenario();
      (line.nodes['mayor-talks'] as { next: string }).next = id;
      expect(issuesOf(scenarioSchema, line).map((i) => i.path)).toContain('nodes.mayor-talks.next');

      const start = rawScenario();
      start.start = id;
      expect(issuesOf(scenarioSchema, start).map((i) => i.path)).toContain('start');
    });
  }

  it('says a next of "constructor" does not exist (the case that once left the game stuck)', () => {
    const raw = rawScenario();
    ((raw.nodes['steer']!.choices as { next: string }[])[1] as { next: string }).next = 'constructor';
    const got = issuesOf(scenarioSchema, raw);
    expect(got[0]).toEqual({
      path: 'nodes.steer.choices[1].next',
      message: 'The next of choice 2 of node "steer": next node "constructor" does not exist; it must name one of the nodes.',
    });
    // The node that choice used to lead to is now cut off, and said so after the cause.
    expect(got.slice(1)).toEqual([{ path: 'nodes.end-mixed', message: 'Node "end-mixed": node "end-mixed" cannot be reached from start "open".' }]);
  });

  it('refuses node ids that are not lower-case ids, "__proto__" included (which zod would drop without a word)', () => {
    for (const id of ['toString', 'valueOf', 'hasOwnProperty']) {
      const raw = rawScenario();
      raw.nodes[id] = { ending: { title: { en: 'x' }, text: { en: 'y' }, tone: 'good' } };
      expect(issuesOf(scenarioSchema, raw).map((i) => i.path)).toContain(`nodes.${id}`);
    }
    const text = JSON.stringify(rawScenario()).replace('"nodes":{', '"nodes":{"__proto__":{"ending":{"title":{"en":"x"},"text":{"en":"y"},"tone":"good"}},');
    const r = parseFacilitatorFile('mine.json', text);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]).toMatchObject({ path: 'nodes', message: expect.stringContaining('"__proto__"') });
  });

  it('plays a scenario whose nodes are called "constructor" and "valueof" to its ending', () => {
    const raw = rawScenario();
    renameNode(raw, 'mayor-talks', 'constructor');
    renameNode(raw, 'open', 'valueof');
    const r = parseLevel(scenarioSchema, 'mine.json', raw);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const sc = r.level;
    let s = fac.start(sc);
    expect(s.node).toBe('valueof');
    s = ok(fac.apply(sc, s, { type: 'choose', index: 0 }));
    expect(s.node).toBe('constructor');
    expect(fac.currentNode(sc, s).text?.en).toBe('Let me say a few words.');
    s = ok(fac.apply(sc, s, { type: 'continue' }));
    s = ok(fac.apply(sc, s, { type: 'choose', index: 0 }));
    expect(fac.isEnded(sc, s)).toBe(true);
    expect(facResults.summary(sc, s).items).toHaveLength(2);
    expect(facResults.transcriptLines(sc, s).map((l) => l.kind)).toEqual([
      'prompt',
      'choice',
      'consequence',
      'line',
      'prompt',
      'choice',
      'consequence',
      'ending',
    ]);
    const back = ok(fac.apply(sc, s, { type: 'back' }));
    expect(back.node).toBe('steer');
    expect(ok(fac.resume(sc, JSON.parse(JSON.stringify(s)))).node).toBe(s.node);
  });

  it('never finds a node through Object.prototype in the model', () => {
    const sc = scenarioSchema.parse(rawScenario());
    const lost = { ...fac.start(sc), node: 'constructor' };
    expect(() => fac.currentNode(sc, lost)).toThrow(/not in scenario/);
    expect(
      fac.lastOutcome(sc, {
        ...lost,
        transcript: [
          { kind: 'choice', node: 'toString', choiceIndex: 0 },
          { kind: 'node', node: 'open' },
        ],
      }),
    ).toBeNull();
    expect(isInvalid(fac.resume(sc, { ...fac.start(sc), node: 'constructor' }))).toBe(true);
  });
});

describe('facilitator: a loop is reported as a loop, first', () => {
  it('names a node whose next points to itself as the first issue, without a line per node it cuts off', () => {
    const raw = rawScenario();
    (raw.nodes['mayor-talks'] as { next: string }).next = 'mayor-talks';
    const got = issuesOf(scenarioSchema, raw);
    expect(got[0]).toEqual({
      path: 'nodes.mayor-talks.next',
      message: 'The next of node "mayor-talks": node "mayor-talks" leads back to itself; every path must move on to an ending.',
    });
    expect(got.filter((i) => /cannot be reached/.test(i.message))).toHaveLength(1);
    expect(got[1]?.message).toMatch(/^The nodes: 4 nodes cannot be reached from start "open" yet; fix the loop above first/);
  });

  it('names every node of a two-node loop early in the graph, in walking order', () => {
    const raw = rawScenario();
    for (const c of (raw.nodes['open']?.choices ?? []) as { next: string }[]) c.next = 'mayor-talks';
    raw.nodes['mayor-talks'] = {
      speaker: 'mayor',
      text: { en: 'Again?' },
      choices: [
        { text: { en: 'a' }, effects: {}, consequence: { en: 'b' }, explanation: { en: 'c' }, quality: 'best', next: 'open' },
        { text: { en: 'd' }, effects: {}, consequence: { en: 'e' }, explanation: { en: 'f' }, quality: 'ok', next: 'open' },
      ],
    };
    const got = issuesOf(scenarioSchema, raw);
    expect(got[0]?.message).toContain('nodes "open" → "mayor-talks" → "open" form a loop');
    expect(got.length).toBeLessThanOrEqual(3);
  });
});

describe('cynefin: prototype names as card ids and references', () => {
  it('refuses card ids with capitals or underscores and a domain called "constructor", naming the field', () => {
    for (const id of ['toString', 'valueOf', 'hasOwnProperty', '__proto__']) {
      const raw = structuredClone(rawCynefin());
      (raw.cards[2] as { id: string }).id = id;
      expect(issuesOf(cynefinSchema, raw).map((i) => i.path)).toEqual(['cards[2].id']);
    }
    const raw = structuredClone(rawCynefin());
    (raw.cards[0]!.domains[0] as { domain: string }).domain = 'constructor';
    const got = issuesOf(cynefinSchema, raw);
    expect(got[0]?.path).toBe('cards[0].domains[0].domain');
    expect(got[0]?.message).toMatch(/"constructor" is not allowed here; use one of: "clear"/);
  });

  it('plays a level with a card called "constructor" to the end', () => {
    const raw = structuredClone(rawCynefin());
    (raw.cards[0] as { id: string }).id = 'constructor';
    const r = parseLevel(cynefinSchema, 'mine.json', raw);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const done = playAll(r.level, cyn.start(r.level, 5), playRight);
    expect(cyn.isDone(done)).toBe(true);
    expect(done.answers.map((a) => a.cardId)).toContain('constructor');
    expect(cyn.starsOf(r.level, done)).toBe(3);
  });

  it('refuses a move naming a card "constructor" that is not in the level', () => {
    const level = cynefinSchema.parse(rawCynefin());
    expect(isInvalid(cyn.apply(level, cyn.start(level, 1), { type: 'place', cardId: 'constructor', domain: 'clear' }))).toBe(true);
  });
});

describe('seek, sense, share: prototype names as contact ids and references', () => {
  for (const id of PROTO_IDS) {
    it(`refuses ties, sources and audiences naming an undefined "${id}"`, () => {
      const ties = rawTiny();
      (ties.ties as { a: string }[])[0]!.a = id;
      expect(issuesOf(sssSchema, ties).map((i) => i.path)).toContain('ties[0].a');
      const audiences = rawTiny();
      (audiences.objectives as { share: { audiences: string[] } }).share.audiences = [id];
      expect(issuesOf(sssSchema, audiences).map((i) => i.path)).toContain('objectives.share.audiences[0]');
      const sources = rawTiny();
      (sources.objectives as { seek: { sources: { contact: string }[] } }).seek.sources[0]!.contact = id;
      expect(issuesOf(sssSchema, sources).map((i) => i.path)).toContain('objectives.seek.sources[0].contact');
    });
  }

  it('says a tie to an undefined "constructor" has no contact', () => {
    const raw = rawTiny();
    (raw.ties as { a: string }[])[0]!.a = 'constructor';
    expect(issuesOf(sssSchema, raw)).toEqual([{ path: 'ties[0].a', message: 'The end a of tie 1: there is no contact or city with id "constructor".' }]);
  });

  it('plays a level whose source is called "constructor" to three stars', () => {
    const raw = rawTiny();
    const contacts = raw.contacts as { id: string }[];
    contacts.find((c) => c.id === 'peer')!.id = 'constructor';
    (raw.objectives as { seek: { sources: { contact: string }[] } }).seek.sources[0]!.contact = 'constructor';
    const r = parseLevel(sssSchema, 'mine.json', raw);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const level = r.level;
    let s = play(level, [
      tie('city', 'constructor', 'community'),
      tie('city', 'ngo', 'community'),
      tie('city', 'hub', 'network'),
      tie('city', 'uni', 'network'),
    ]);
    s = play(level, [{ type: 'finish' }], s);
    expect(s.phase).toBe('done');
    expect(sss.scoreOf(level, s).stars).toBe(3);
    expect(sss.canTie(level, sss.start(level), 'city', 'toString', 'network')).toEqual({ ok: false, reason: 'unknown' });
  });
});
