// The facilitator's best move cannot be found from the choices' words alone: a word scorer trained on five scenarios
// picks choices in the sixth no better than chance plus ten points, averaged over the six held-out scenarios.
import { describe, expect, it } from 'vitest';
import { loadLevels } from '../../../../src/games/facilitator/levels';
import { edgeOverChance, leaveOneGroupOut, type WordQuestion } from '../../content/wordScorer';

const shipped = (await loadLevels()).flatMap((l) => (l.ok ? [l.level] : []));
const questions: WordQuestion[] = shipped.flatMap((sc) =>
  Object.values(sc.nodes).flatMap((n) =>
    n.choices ? [{ group: sc.id, options: n.choices.map((c) => ({ text: c.text.en, best: c.quality === 'best' })) }] : [],
  ),
);

describe('the best choice is not given away by its words', () => {
  it('holds out each scenario in turn: a word scorer trained on the others beats chance by at most 10 points', () => {
    expect(new Set(questions.map((q) => q.group)).size).toBeGreaterThanOrEqual(6);
    const results = leaveOneGroupOut(questions);
    const edge = edgeOverChance(results);
    expect(edge, results.map((r) => `${r.group}: ${(r.hitRate * 100).toFixed(0)}% vs ${(r.chance * 100).toFixed(0)}%`).join('; ')).toBeLessThanOrEqual(0.1);
  });
});
