// A large generated level for the benchmark (hundreds of contacts and ties); it passes the same schema as shipped files.
import { createRng } from '../../core/rng';
import { INSIDE_SECTORS, LIMITS, OUTSIDE_SECTORS, pairKey, TIE_KINDS, type Contact, type Level, type Tie } from './schema';

/** A valid level with `contacts` contacts and `ties` pre-existing ties laid out on a loose grid, all from `seed`. */
export function makeStressLevel(contacts = 200, ties = 300, seed = 1): Level {
  const n = Math.max(8, Math.min(LIMITS.contacts, Math.floor(contacts)));
  const rng = createRng(seed);
  const cols = Math.ceil(Math.sqrt(n));
  const list: Contact[] = [];
  for (let i = 0; i < n; i++) {
    // Every third contact is inside government, like the red dots of a cloud of trust.
    const inside = i % 3 === 0;
    const sectors = inside ? INSIDE_SECTORS : OUTSIDE_SECTORS;
    const col = i % cols;
    const row = Math.floor(i / cols);
    list.push({
      id: `c${i}`,
      name: { en: `Contact ${i + 1}` },
      kind: inside ? 'inside' : 'outside',
      sector: sectors[rng.int(sectors.length)] ?? sectors[0],
      position: {
        x: Math.min(1, Math.max(0, (col + 0.5 + (rng.next() - 0.5) * 0.6) / cols)),
        y: Math.min(1, Math.max(0, (row + 0.5 + (rng.next() - 0.5) * 0.6) / cols)),
      },
      ...(i % 17 === 5 ? { requiresIntroduction: true } : {}),
    });
  }
  // The outside sectors all appear at least once, so any diversity target is possible.
  OUTSIDE_SECTORS.forEach((s, k) => {
    const c = list[3 * k + 1];
    if (c) c.sector = s;
  });
  const nodes = ['city', ...list.map((c) => c.id)];
  const wanted = Math.max(0, Math.min(LIMITS.ties, Math.floor(ties), (nodes.length * (nodes.length - 1)) / 2));
  const seen = new Set<string>();
  const tieList: Tie[] = [];
  for (let guard = 0; tieList.length < wanted && guard < wanted * 50; guard++) {
    const a = nodes[rng.int(nodes.length)] ?? 'city';
    // Mostly near neighbours in the grid, so the picture looks like clusters joined by a few long ties.
    const near = rng.next() < 0.8;
    const ia = nodes.indexOf(a);
    const ib = near ? Math.min(nodes.length - 1, Math.max(0, ia + rng.int(2 * cols + 1) - cols)) : rng.int(nodes.length);
    const b = nodes[ib] ?? 'city';
    if (a === b || seen.has(pairKey(a, b))) continue;
    seen.add(pairKey(a, b));
    tieList.push({ a, b, kind: TIE_KINDS[rng.int(TIE_KINDS.length)] ?? 'network' });
  }
  return {
    schemaVersion: 1,
    id: `stress-${n}-${tieList.length}`,
    title: { en: `Stress test: ${n} contacts, ${tieList.length} ties` },
    order: 1000,
    tier: 'meta',
    seed: seed >>> 0,
    brief: { en: 'A generated network for measuring speed.' },
    budget: { time: LIMITS.budget, trust: LIMITS.budget },
    city: { id: 'city', name: { en: 'Your city' }, position: { x: 0.5, y: 0.5 } },
    contacts: list,
    ties: tieList,
    objectives: {
      seek: { practice: { en: 'a practice' }, sources: [{ contact: `c${n - 1}`, depth: 2 }] },
      sense: { minTrust: 2, minOutside: 1 },
      share: { audiences: [`c${n - 2}`, `c${n - 3}`], reach: 12 },
      diversity: { target: 3 },
    },
    stars: [40, 70, 90],
  };
}
