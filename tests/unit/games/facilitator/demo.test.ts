// The demo on the booth's welcome screen (components/demo.ts) plays the plan demoPlan.ts makes: the first decision a
// player meets, the choices offered there, the best one and what happens after it, in the scenario's own words.
import { describe, expect, it } from 'vitest';
import { boothRound } from '../../../../src/games/facilitator/booth';
import { clipWords, demoPlan, wordCount } from '../../../../src/games/facilitator/demoPlan';
import { loadLevels } from '../../../../src/games/facilitator/levels';
import type { Scenario } from '../../../../src/games/facilitator/schema';
import { fixture } from './fixture';

const booth = boothRound({ id: 'none', title: { en: 'None' }, order: 0 }) as Scenario;

describe('the booth demo plan', () => {
  it('plays the booth round’s first decision: its words, its three choices, the best one and what follows', () => {
    const plan = demoPlan(booth)!;
    const first = booth.nodes[booth.start]!;
    expect(plan.situation).toEqual(first.text);
    expect(plan.method).toBe('peer-review');
    // The narrator sets the scene: nobody is named above it.
    expect(plan.speaker).toBeNull();
    expect(plan.choices).toEqual(first.choices!.map((c) => c.text));
    const best = first.choices!.find((c) => c.quality === 'best')!;
    expect(plan.choices[plan.best]).toEqual(best.text);
    expect(plan.reaction).toEqual(best.consequence);
    expect(plan.reaction.en).toBe('Minh asks how the meters were announced. Soraya: "One letter, in May."');
  });

  it('takes the best move of every shipped scenario’s first decision', async () => {
    const loads = await loadLevels();
    expect(loads.length).toBeGreaterThan(0);
    for (const load of loads) {
      if (!load.ok) throw new Error(`${load.file} does not load`);
      const plan = demoPlan(load.level);
      expect(plan, load.file).not.toBeNull();
      // The first decision: past the opening lines, each read with Continue.
      let node = load.level.nodes[load.level.start]!;
      while (!node.choices) node = load.level.nodes[node.next!]!;
      expect(plan!.situation).toEqual(node.text);
      const chosen = node.choices.find((c) => c.text === plan!.choices[plan!.best]);
      expect(chosen?.quality, load.file).toBe('best');
      expect(plan!.reaction).toEqual(chosen!.consequence);
    }
  });

  it('reads past opening lines to the first decision, names who speaks, and leaves out a choice that is locked', () => {
    // From the mayor's line: her decision, where the best move needs ground rules set earlier (locked here).
    const s = { ...fixture(), start: 'mayor-talks' };
    const plan = demoPlan(s)!;
    expect(plan.situation.en).toBe('The mayor talks on.');
    expect(plan.speaker?.en).toBe('Mayor Test');
    expect(plan.choices.map((c) => c.en)).toEqual(['note', 'let her']);
    // No best move is open: the finger takes the workable one.
    expect(plan.choices[plan.best]!.en).toBe('note');
    expect(plan.reaction.en).toBe('after note');
  });

  it('gives no plan for a scenario that ends before any decision', () => {
    expect(demoPlan({ ...fixture(), start: 'end-good' })).toBeNull();
  });
});

describe('clipWords', () => {
  it('keeps a short text whole and cuts a long one to its first words with an ellipsis', () => {
    expect(clipWords('  One two three. ', 3)).toBe('One two three.');
    expect(clipWords('One two three four five', 3)).toBe('One two three…');
    expect(wordCount('One two three four five')).toBe(5);
  });

  it('keeps a French no-break space with its word, so a colon never starts a clipped line', () => {
    const fr = 'Laisser Soraya répondre\u00a0: ici, toute question est bienvenue.';
    expect(wordCount(fr)).toBe(8);
    expect(clipWords(fr, 3)).toBe('Laisser Soraya répondre\u00a0:…');
  });
});
