// Every shipped scenario in levels/facilitator/ (whoever wrote it) is parsed, checked as a set and played through.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRng, seedFrom } from '../../../../src/core/rng';
import { isInvalid, type Invalid } from '../../../../src/core/round';
import { checkLevelSet, loadLevels } from '../../../../src/games/facilitator/levels';
import { apply, availableChoices, currentNode, endingOf, resume, start, type FacState } from '../../../../src/games/facilitator/model';
import { scores, summary } from '../../../../src/games/facilitator/results';
import { nodeKind, type Scenario } from '../../../../src/games/facilitator/schema';

const loads = await loadLevels();
const shipped = loads.flatMap((l) => (l.ok ? [l.level] : []));

function ok(s: FacState | Invalid): FacState {
  if (isInvalid(s)) throw new Error(`unexpected invalid: ${s.code} ${s.detail ?? ''}`);
  return s;
}

/** The states reachable from one state by one player move (every unlocked choice, or Continue). */
function moves(sc: Scenario, s: FacState): FacState[] {
  const node = currentNode(sc, s);
  if (node.next !== undefined) return [ok(apply(sc, s, { type: 'continue' }))];
  return availableChoices(sc, s)
    .filter((c) => !c.locked)
    .map((c) => ok(apply(sc, s, { type: 'choose', index: c.index })));
}

const PATH_CAP = 20000;

/** A bare state at a node: the real rules applied, without the history a long search would pile up. */
function bare(sc: Scenario, node: string, meters: FacState['meters'], flags: string[]): FacState {
  return { ...start(sc, seedFrom(sc.id)), node, meters, flags, history: [], transcript: [] };
}

/** Counts the ways through a scenario, giving up past the cap (paths grow as 3^decisions). */
function countPaths(sc: Scenario, s: FacState, budget: { left: number }): void {
  if (budget.left <= 0) return;
  if (endingOf(sc, s)) {
    budget.left--;
    return;
  }
  for (const m of moves(sc, s)) countPaths(sc, bare(sc, m.node, m.meters, m.flags), budget);
}

/** Every complete path, as the real state at its ending (only called when there are at most PATH_CAP). */
function allPaths(sc: Scenario, s: FacState, out: FacState[]): FacState[] {
  if (endingOf(sc, s)) out.push(s);
  else for (const m of moves(sc, s)) allPaths(sc, m, out);
  return out;
}

/**
 * Which endings some path reaches. Paths that meet in the same situation are merged; a situation is the node, the
 * flags and only those meters some requires tests (the rest cannot change which choices are open).
 */
function reachableEndings(sc: Scenario): { endings: Set<string>; stuck: string[] } {
  const tested = new Set<string>();
  for (const n of Object.values(sc.nodes)) {
    for (const c of n.choices ?? []) for (const m of [...Object.keys(c.requires?.min ?? {}), ...Object.keys(c.requires?.max ?? {})]) tested.add(m);
  }
  const meters = [...tested] as (keyof FacState['meters'])[];
  const endings = new Set<string>();
  const stuck: string[] = [];
  const seen = new Set<string>();
  const stack = [start(sc, seedFrom(sc.id))];
  while (stack.length > 0) {
    const s = stack.pop() as FacState;
    const key = `${s.node}|${meters.map((m) => s.meters[m]).join(',')}|${[...s.flags].sort().join(',')}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (endingOf(sc, s)) {
      endings.add(s.node);
      continue;
    }
    const next = moves(sc, s);
    if (next.length === 0) stuck.push(s.node);
    for (const m of next) stack.push(bare(sc, m.node, m.meters, m.flags));
  }
  return { endings, stuck };
}

/** A seeded random walk through the real actions, as a player clicking at random would. */
function randomWalk(sc: Scenario, seed: number): FacState {
  const rng = createRng(seed);
  let s = start(sc, seedFrom(sc.id));
  for (let steps = 0; steps < 1000 && !endingOf(sc, s); steps++) {
    const next = moves(sc, s);
    s = next[rng.int(next.length)] as FacState;
  }
  return s;
}

describe('shipped facilitator scenarios', () => {
  it('loads every scenario file in levels/facilitator/ (translation overlays are merged into them, not loaded alone)', () => {
    const files = readdirSync(new URL('../../../../levels/facilitator/', import.meta.url)).filter((f) => /^[^.]+\.json$/.test(f));
    expect(loads.map((l) => l.file).sort()).toEqual(files.sort());
    expect(files).toContain('world-cafe.json');
    expect(files).toContain('peer-review.json');
  });

  it('every file passes the schema', () => {
    const problems = loads.flatMap((l) => (l.ok ? [] : l.issues.map((i) => `${i.file} ${i.path}: ${i.message}`)));
    expect(problems).toEqual([]);
  });

  it('ids and orders are unique and each file is named after its id', () => {
    expect(checkLevelSet(loads.flatMap((l) => (l.ok ? [{ file: l.file, level: l.level }] : [])))).toEqual([]);
  });

  for (const sc of shipped) {
    describe(sc.id, () => {
      const nodes = Object.values(sc.nodes);
      const reach = reachableEndings(sc);
      const budget = { left: PATH_CAP + 1 };
      countPaths(sc, start(sc, seedFrom(sc.id)), budget);
      const few = budget.left > 0;

      it('has at least 12 decisions (or 4 to 6 for a short booth scenario) and 3 endings', () => {
        const decisions = nodes.filter((n) => nodeKind(n) === 'decision').length;
        expect(decisions >= 12 || (decisions >= 4 && decisions <= 6), `${decisions} decisions`).toBe(true);
        expect(nodes.filter((n) => nodeKind(n) === 'ending').length).toBeGreaterThanOrEqual(3);
      });

      it(`every path ends in an ending with scores in 0..100 (all paths if at most ${PATH_CAP}, else a seeded sample)`, () => {
        expect(reach.stuck).toEqual([]);
        const ends = few ? allPaths(sc, start(sc, seedFrom(sc.id)), []) : Array.from({ length: 3000 }, (_, i) => randomWalk(sc, seedFrom(`${sc.id}:${i}`)));
        expect(ends.length).toBeGreaterThan(0);
        for (const s of ends) {
          expect(endingOf(sc, s)).not.toBeNull();
          for (const v of Object.values(scores(sc, s))) {
            expect(v).toBeGreaterThanOrEqual(0);
            expect(v).toBeLessThanOrEqual(100);
          }
        }
      });

      it('every ending can be reached by some path the locks allow', () => {
        const all = Object.entries(sc.nodes)
          .filter(([, n]) => n.ending)
          .map(([id]) => id);
        expect([...reach.endings].sort()).toEqual(all.sort());
      });

      it('playing every best choice reaches a good ending with three stars and 100 on each role', () => {
        let s = start(sc, seedFrom(sc.id));
        for (let steps = 0; steps < 1000 && !endingOf(sc, s); steps++) {
          const node = currentNode(sc, s);
          const best = node.choices?.findIndex((c) => c.quality === 'best') ?? -1;
          s = ok(apply(sc, s, node.choices ? { type: 'choose', index: best } : { type: 'continue' }));
        }
        expect(endingOf(sc, s)?.tone).toBe('good');
        expect(scores(sc, s)).toMatchObject({ architect: 100, pilot: 100, guide: 100, stars: 3 });
        expect(summary(sc, s).items.every((i) => i.verdict === 'right')).toBe(true);
      });

      it('random players always finish, get a full debrief, and can step back and resume exactly', () => {
        const rng = createRng(seedFrom(sc.id));
        for (let i = 0; i < 300; i++) {
          const s = randomWalk(sc, rng.int(2 ** 31));
          expect(endingOf(sc, s)).not.toBeNull();
          const r = summary(sc, s);
          expect(r.items).toHaveLength(s.history.length);
          expect(r.score).toBeGreaterThanOrEqual(0);
          expect(r.score).toBeLessThanOrEqual(100);
          expect(r.headline).toBeDefined();
          expect(resume(sc, JSON.parse(JSON.stringify(s)))).toEqual(s);
          const back = ok(apply(sc, s, { type: 'back' }));
          expect(back.history).toHaveLength(s.history.length - 1);
          expect(currentNode(sc, back).choices).toBeDefined();
        }
      });

      it('earlier choices matter: some choice is locked on some path', () => {
        expect(nodes.some((n) => n.choices?.some((c) => c.requires))).toBe(true);
      });
    });
  }
});
