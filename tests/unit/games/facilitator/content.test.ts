// What the shipped scenarios teach, checked so the game cannot be won without reading: the best choice's place (in
// the file and on screen after the shuffle) and its length do not give it away, every explanation names the role it
// builds or costs, and the debrief carries the concept and the role mix-up for the learner's library and results.
import { describe, expect, it } from 'vitest';
import { isInvalid, type Invalid } from '../../../../src/core/round';
import { loadLevels } from '../../../../src/games/facilitator/levels';
import { apply, availableChoices, currentNode, endingOf, resume, start, type FacState } from '../../../../src/games/facilitator/model';
import { mainRole, summary } from '../../../../src/games/facilitator/results';
import { ROLES, type Choice, type Scenario } from '../../../../src/games/facilitator/schema';

const loads = await loadLevels();
const shipped = loads.flatMap((l) => (l.ok ? [l.level] : []));
const decisions = shipped.flatMap((sc) => Object.entries(sc.nodes).flatMap(([id, n]) => (n.choices ? [{ sc, id, choices: n.choices }] : [])));
const bestOf = (choices: readonly Choice[]): number => choices.findIndex((c) => c.quality === 'best');
const ok = (s: FacState | Invalid): FacState => {
  if (isInvalid(s)) throw new Error(s.code);
  return s;
};

/** The most decisions any one key holds, against half of all decisions. */
function mostPerKey(keys: readonly (string | number)[]): { top: number; half: number; counts: Record<string, number> } {
  const counts: Record<string, number> = {};
  for (const k of keys) counts[k] = (counts[k] ?? 0) + 1;
  return { top: Math.max(...Object.values(counts)), half: keys.length / 2, counts };
}

/** 0 = the longest choice of its decision; ties share the better rank. */
function lengthRank(choices: readonly Choice[], i: number): number {
  const len = (c: Choice) => c.text.en.length;
  return choices.filter((c) => len(c) > len(choices[i] as Choice)).length;
}

describe('the best choice is not given away', () => {
  it('ships enough decisions to judge', () => {
    expect(decisions.length).toBeGreaterThanOrEqual(80);
  });

  it('by its place in the file: no position holds the best choice in more than half the decisions', () => {
    const m = mostPerKey(decisions.map((d) => bestOf(d.choices)));
    expect(m.top, JSON.stringify(m.counts)).toBeLessThanOrEqual(m.half);
  });

  it('by its place on screen after the shuffle, for every one of 50 seeds', () => {
    for (let seed = 0; seed < 50; seed++) {
      const places = decisions.map((d) => start(d.sc, seed).order[d.id]?.indexOf(bestOf(d.choices)) ?? -1);
      expect(places.every((p) => p >= 0)).toBe(true);
      const m = mostPerKey(places);
      expect(m.top, `seed ${seed}: ${JSON.stringify(m.counts)}`).toBeLessThanOrEqual(m.half);
    }
  });

  it('by its length: no length rank holds the best choice in more than half the decisions', () => {
    const m = mostPerKey(decisions.map((d) => lengthRank(d.choices, bestOf(d.choices))));
    expect(m.top, JSON.stringify(m.counts)).toBeLessThanOrEqual(m.half);
    // And the best choice is the single longest in well under half.
    expect(m.counts['0'] ?? 0).toBeLessThan(m.half * 0.6);
  });

  it('every choice is one short sentence or so (under 200 characters)', () => {
    for (const d of decisions) for (const c of d.choices) expect(c.text.en.length, `${d.sc.id}/${d.id}`).toBeLessThan(200);
  });
});

describe('every explanation names a role', () => {
  it('the role the choice mainly builds, or one the best choice built that this choice costs', () => {
    const missing: string[] = [];
    for (const d of decisions) {
      const best = d.choices[bestOf(d.choices)] as Choice;
      for (const c of d.choices) {
        const own = mainRole(c);
        const needed = own ? [own] : ROLES.filter((r) => (best.effects[r] ?? 0) > 0);
        const text = c.explanation.en.toLowerCase();
        if (!new RegExp(`\\b(${needed.join('|')})\\b`).test(text)) missing.push(`${d.sc.id}/${d.id}: ${c.text.en}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

describe('consistency across scenarios', () => {
  it('letting a silent newcomer who is listening be is never weak (the toolbox asks peers to tolerate pauses)', () => {
    const respect = decisions
      .filter((d) => d.id === 'newcomer')
      .flatMap((d) => d.choices.filter((c) => /^(let|leave) (her|him) (be|listen)\b/i.test(c.text.en)));
    expect(respect.length).toBeGreaterThanOrEqual(1);
    for (const c of respect) expect(c.quality).not.toBe('poor');
  });

  it('the peer review speaks of six phases and its recap lists six', () => {
    const pr = shipped.find((s) => s.id === 'peer-review') as Scenario;
    expect(pr.recap).toHaveLength(6);
    const sixes = Object.values(pr.nodes)
      .flatMap((n) => (n.choices ?? []).map((c) => c.text.en))
      .filter((t) => /six phases/.test(t));
    expect(sixes.length).toBeGreaterThan(0);
  });

  it('a peer mayor as consultant, one role each, is best; keeping her responder seat too is workable (seed 000 only names the consultant, and the La Paz consultants were mayors sharing their own experience)', () => {
    const pr = shipped.find((s) => s.id === 'peer-review') as Scenario;
    const choices = pr.nodes['casting-roles']?.choices ?? [];
    const both = choices.find((c) => /Mayor .* keep her responder seat too/.test(c.text.en));
    const only = choices.find((c) => /Mayor .* another peer takes her responder seat/.test(c.text.en));
    expect(both?.quality).toBe('ok');
    expect(both?.explanation.en).toMatch(/two roles/);
    expect(only?.quality).toBe('best');
  });
});

/** Plays the best choice, or another one picked by `pick`, at each decision, to the ending. */
function playTo(sc: Scenario, seed: number, pick: (s: FacState) => number): FacState {
  let s = start(sc, seed);
  for (let steps = 0; steps < 200 && !endingOf(sc, s); steps++) {
    s = ok(apply(sc, s, currentNode(sc, s).choices ? { type: 'choose', index: pick(s) } : { type: 'continue' }));
  }
  return s;
}

describe('the short fishbowl scenario', () => {
  const fb = shipped.find((s) => s.id === 'fishbowl') as Scenario;

  it('parses, has 4 to 6 decisions and a short agenda', () => {
    expect(fb).toBeDefined();
    expect(fb.method).toBe('fishbowl');
    const n = Object.values(fb.nodes).filter((x) => x.choices).length;
    expect(n).toBeGreaterThanOrEqual(4);
    expect(n).toBeLessThanOrEqual(6);
  });

  it('plays to each kind of ending, and a saved game resumes in the same order', () => {
    const best = playTo(fb, 3, (s) => availableChoices(fb, s).find((c) => c.choice.quality === 'best' && !c.locked)?.index ?? 0);
    expect(endingOf(fb, best)?.tone).toBe('good');
    const poor = playTo(fb, 4, (s) => (availableChoices(fb, s).find((c) => c.choice.quality === 'poor' && !c.locked) ?? availableChoices(fb, s)[0])!.index);
    expect(endingOf(fb, poor)?.tone).toBe('poor');
    const again = ok(resume(fb, JSON.parse(JSON.stringify(poor))));
    expect(again).toEqual(poor);
  });
});

describe('the debrief names concepts and role mix-ups', () => {
  it('every item carries a concept; a mix-up only where the weaker move built another role than the one that fitted', () => {
    let mixups = 0;
    for (const sc of shipped) {
      for (let seed = 0; seed < 20; seed++) {
        // A player who always takes the first choice on screen: often not the best one.
        const s = playTo(sc, seed, (st) => availableChoices(sc, st).find((c) => !c.locked)!.index);
        for (const [i, item] of summary(sc, s).items.entries()) {
          expect(item.concept?.en).toBeTruthy();
          const d = s.history[i]!;
          const choices = sc.nodes[d.node]!.choices!;
          const chosen = choices[d.choiceIndex]!;
          const best = choices[bestOf(choices)]!;
          if (item.mixup) {
            mixups++;
            expect(chosen.quality).not.toBe('best');
            expect(item.mixup.chosen.en.toLowerCase()).toBe(mainRole(chosen));
            expect(item.mixup.fits.en.toLowerCase()).toBe(mainRole(best));
            expect(item.mixup.chosen.en).not.toBe(item.mixup.fits.en);
          } else if (chosen !== best) {
            expect(mainRole(chosen) === null || mainRole(chosen) === mainRole(best)).toBe(true);
          }
        }
      }
    }
    expect(mixups).toBeGreaterThan(0);
  });
});
