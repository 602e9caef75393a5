// The demo on the booth's welcome screen (components/demo.ts) plays the plan demoPlan.ts makes: the solution's ties
// made by a finger, then the practice coming in (SEEK) and the story going out (SHARE) as the simulation runs them.
import { describe, expect, it } from 'vitest';
import { boothRound } from '../../../../src/games/seek-sense-share/booth';
import { demoPlan, hopsOf, TAPPED_TIES } from '../../../../src/games/seek-sense-share/demoPlan';
import { loadLevels } from '../../../../src/games/seek-sense-share/levels';
import { pairKey, type Level } from '../../../../src/games/seek-sense-share/schema';
import { tiny } from './fixtures';

const booth = boothRound({ id: 'none', title: { en: 'None' }, order: 0 }) as Level;

/** Every hop of the plan's flows is a tie of the network the finger has built. */
function flowsOnTies(level: Level): void {
  const plan = demoPlan(level);
  const ties = new Set([...plan.standing, ...plan.tapped].map((t) => pairKey(t.a, t.b)));
  for (const h of hopsOf([...plan.seek, ...plan.share])) expect(ties.has(h.key), `${level.id}: ${h.key}`).toBe(true);
}

describe('the booth demo plan', () => {
  it('makes the booth round’s two solution ties, then brings the practice home and shares it with the neighbour', () => {
    const plan = demoPlan(booth);
    expect(plan.tapped).toEqual(booth.solution);
    expect(plan.standing).toEqual(booth.ties);
    expect(plan.seek).toEqual([['partner', 'town']]);
    // The way back to the partner city is on the way to the neighbouring town: one way out, not two.
    expect(plan.share).toEqual([['town', 'partner', 'association', 'neighbour']]);
    flowsOnTies(booth);
  });

  it('shows, on every shipped level with a solution, flows that start and end where the game’s do', async () => {
    const loads = await loadLevels();
    expect(loads.length).toBeGreaterThan(0);
    for (const load of loads) {
      if (!load.ok) throw new Error(`${load.file} does not load`);
      const level = load.level;
      if (!level.solution?.length) continue;
      const plan = demoPlan(level);
      expect(plan.tapped.length).toBe(Math.min(TAPPED_TIES, level.solution.length));
      expect(plan.tapped.length + plan.standing.length).toBe(level.solution.length + (level.ties ?? []).length);
      const sources = level.objectives.seek.sources.map((s) => s.contact);
      for (const p of plan.seek) {
        expect(sources, level.id).toContain(p[0]);
        expect(p.at(-1), level.id).toBe(level.city.id);
      }
      for (const p of plan.share) expect(p[0], level.id).toBe(level.city.id);
      expect(plan.seek.length, level.id).toBeGreaterThan(0);
      expect(plan.share.length, level.id).toBeGreaterThan(0);
      flowsOnTies(level);
    }
  });

  it('has nothing to tap nor to flow on a level without a solution and no ties to the city', () => {
    const level = tiny((raw) => {
      delete raw.solution;
    });
    const plan = demoPlan(level);
    expect(plan.tapped).toEqual([]);
    expect(plan.seek).toEqual([]);
    expect(plan.share).toEqual([]);
  });
});

describe('hopsOf', () => {
  it('lists each tie crossed once, in the way it was first crossed', () => {
    expect(
      hopsOf([
        ['a', 'b', 'c'],
        ['a', 'b', 'd'],
        ['c', 'b'],
      ]),
    ).toEqual([
      { from: 'a', to: 'b', key: pairKey('a', 'b') },
      { from: 'b', to: 'c', key: pairKey('b', 'c') },
      { from: 'b', to: 'd', key: pairKey('b', 'd') },
    ]);
  });
});
