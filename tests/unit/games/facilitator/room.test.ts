// The facilitator role-play for a workshop room: the decisions along each scenario's best path, with what was just
// said, the choices lettered in the dealt order, and credit by quality.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { facilitatorRoom } from '../../../../src/games/facilitator/room';
import { parseLevelFile } from '../../../../src/games/facilitator/levels';
import type { Scenario } from '../../../../src/games/facilitator/schema';

const files = readdirSync('levels/facilitator').filter((f) => /^[a-z-]+\.json$/.test(f));

function scenario(file: string): Scenario {
  const r = parseLevelFile(file, readFileSync(`levels/facilitator/${file}`, 'utf8'));
  if (!r.ok) throw new Error(`${file}: ${r.issues[0]?.message}`);
  return r.level;
}

describe('the facilitator role-play for a workshop room', () => {
  it.each(files)('%s: gives the room each decision of the best path, with one best choice and its why', (file) => {
    const s = scenario(file);
    const deck = facilitatorRoom.deck(s);
    expect(deck.items.length).toBeGreaterThanOrEqual(3);
    expect(new Set(deck.items.map((i) => i.id)).size).toBe(deck.items.length);
    for (const item of deck.items) {
      const node = s.nodes[item.id]!;
      expect(node.choices).toBeDefined();
      expect(item.options.length).toBeGreaterThanOrEqual(2);
      expect(item.options).toEqual(['a', 'b', 'c', 'd'].slice(0, item.options.length));
      expect(Object.values(item.credit).filter((c) => c === 1)).toHaveLength(1);
      // Each letter says its choice, and the best one's why is the accepted answer's.
      expect(Object.keys(item.optionText ?? {})).toEqual(item.options);
      expect(Object.values(item.optionText ?? {}).every((x) => x.length > 0)).toBe(true);
      const best = node.choices!.find((c) => c.quality === 'best')!;
      expect(item.accepted[0]?.why).toContain(best.explanation.en);
      expect(item.discussion.length).toBeGreaterThanOrEqual(2);
    }
    expect(deck.discussion.length).toBeGreaterThanOrEqual(2);
  });

  it('does not put the best choice under the same letter every time', () => {
    const letters = files.flatMap((f) => facilitatorRoom.deck(scenario(f)).items.map((i) => Object.entries(i.credit).find(([, c]) => c === 1)![0]));
    const counts = new Map<string, number>();
    for (const l of letters) counts.set(l, (counts.get(l) ?? 0) + 1);
    expect(counts.size).toBeGreaterThanOrEqual(3);
    expect(Math.max(...counts.values())).toBeLessThan(letters.length * 0.6);
  });

  it('offers the room no stories of its own: a decision has its own choices', () => {
    expect(facilitatorRoom.stories).toBeUndefined();
  });
});
