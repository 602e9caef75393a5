// A small hand-checked level for the Cynefin rule tests, and helpers that play it through actions.
import { isInvalid, type Invalid } from '../../../../src/core/round';
import { apply, currentCard, domainsOf, isDone, type CynefinAction, type CynefinState, type Level } from '../../../../src/games/cynefin/model';
import { levelSchema } from '../../../../src/games/cynefin/schema';

const en = (s: string) => ({ en: s });

/** A card's second question: the best move (fits `best`, credit 1), one move per part-credit domain with its weight,
 *  and a move that follows no reading (credit 0). Option ids: `o-best`, `o-<domain>`, `o-miss` (and `o-other` when there is no part-credit domain). */
export function sec(best: string, parts: [string, number][] = [], explanation = 'second why') {
  return {
    options: [
      { id: 'o-miss', text: en(`a move no reading supports`), credit: 0, why: en('misses') },
      { id: 'o-best', text: en(`the best move for ${best}`), fits: best, credit: 1, why: en('fits best') },
      ...parts.map(([d, w]) => ({ id: `o-${d}`, text: en(`the move for ${d}`), fits: d, credit: w, why: en(`fits ${d}`) })),
      // At least three options: another move that follows no reading.
      ...(parts.length === 0 ? [{ id: 'o-other', text: en('another move no reading supports'), credit: 0, why: en('misses too') }] : []),
    ],
    explanation: en(explanation),
  };
}

/** Raw JSON of a valid level: 6 cards, two of them borderline, timer on, streak bonus from the 2nd card.
 *  Max score = 6 * (10 + 4) + 5 * 3 = 99. */
export function rawFixture() {
  return {
    schemaVersion: 1,
    id: 'fixture',
    title: en('Fixture'),
    order: 1,
    secondStep: 'response',
    showConfused: false,
    timerSeconds: 60,
    scoring: { domain: 10, second: 4, streakBonus: 3, streakFrom: 2 },
    stars: [30, 60, 90],
    cards: [
      {
        id: 'f-clear',
        text: en('A standard permit.'),
        domains: [{ domain: 'clear', weight: 1, why: en('rules cover it') }],
        explanation: en('e1'),
        second: sec('clear', [], 's1'),
        tempting: { domain: 'complicated', why: en('t1') },
      },
      {
        id: 'f-borderline',
        text: en('Retiming signals near a new school.'),
        domains: [
          { domain: 'complicated', weight: 1, why: en('engineers can model it') },
          { domain: 'complex', weight: 0.5, why: en('parents may change routes') },
        ],
        explanation: en('e2'),
        second: sec('complicated', [['complex', 0.5]], 's2'),
        tempting: { domain: 'complex', why: en('t2') },
      },
      {
        id: 'f-complex',
        text: en('An empty square at night.'),
        domains: [{ domain: 'complex', weight: 1, why: en('people interact') }],
        explanation: en('e3'),
        second: sec('complex', [], 's3'),
        tempting: { domain: 'complicated', why: en('t3') },
      },
      {
        id: 'f-chaotic',
        text: en('A flood at 2 a.m.'),
        domains: [{ domain: 'chaotic', weight: 1, why: en('act now') }],
        explanation: en('e4'),
        second: sec('chaotic', [], 's4'),
        tempting: { domain: 'clear', why: en('t4') },
      },
      {
        id: 'f-clear2',
        text: en('Missed bins on one street.'),
        domains: [{ domain: 'clear', weight: 1, why: en('routine') }],
        explanation: en('e5'),
        second: sec('clear', [], 's5'),
        tempting: { domain: 'complex', why: en('t5') },
      },
      {
        id: 'f-quarter',
        text: en('Week three after a quake.'),
        domains: [
          { domain: 'complex', weight: 1, why: en('trust matters') },
          { domain: 'chaotic', weight: 0.25, why: en('flare-ups') },
        ],
        explanation: en('e6'),
        second: sec('complex', [['chaotic', 0.25]], 's6'),
        tempting: { domain: 'chaotic', why: en('t6') },
      },
    ],
  };
}

export function fixture(overrides: Record<string, unknown> = {}): Level {
  return levelSchema.parse({ ...rawFixture(), ...overrides });
}

export function must(x: CynefinState | Invalid): CynefinState {
  if (isInvalid(x)) throw new Error(`unexpected invalid: ${x.code} ${x.detail ?? ''}`);
  return x;
}

export function act(level: Level, state: CynefinState, action: CynefinAction): CynefinState {
  return must(apply(level, state, action));
}

/** Plays one card: the best domain and the right second answer (only the answer if already placed). The domain is
 * placed first and scored only with the second answer. */
export function playRight(level: Level, s: CynefinState): CynefinState {
  const card = currentCard(level, s);
  if (!card) throw new Error('no current card');
  const choice = card.second?.options.find((o) => o.credit === 1)?.id ?? '';
  if (s.phase === 'second') return act(level, s, { type: 'second', cardId: card.id, choice });
  const best = card.domains.find((d) => d.weight === 1);
  if (!best) throw new Error('card without a weight-1 domain');
  s = act(level, s, { type: 'place', cardId: card.id, domain: best.domain });
  return card.second ? act(level, s, { type: 'second', cardId: card.id, choice }) : s;
}

/** Plays one card all wrong: a board domain the card does not accept and a wrong option. */
export function playWrong(level: Level, s: CynefinState): CynefinState {
  const card = currentCard(level, s);
  if (!card) throw new Error('no current card');
  const domain = domainsOf(level).find((d) => !card.domains.some((a) => a.domain === d));
  const choice = card.second?.options.find((o) => o.credit === 0)?.id;
  if (!domain || !choice) throw new Error(`card ${card.id} has no wrong answer on this board`);
  s = act(level, s, { type: 'place', cardId: card.id, domain });
  return act(level, s, { type: 'second', cardId: card.id, choice });
}

export function playAll(level: Level, s: CynefinState, play: (l: Level, s: CynefinState) => CynefinState): CynefinState {
  for (let guard = 0; !isDone(s) && guard < 100; guard++) s = play(level, s);
  return s;
}
