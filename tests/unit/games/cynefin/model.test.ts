// Rules of Cynefin sorting played through actions on a small fixture level: placing, part scores, streaks,
// stars, the end of a round, the clock in the state, saving and resuming, and the actions a player must not get away with.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isInvalid } from '../../../../src/core/round';
import {
  answerOf,
  apply,
  currentCard,
  domainVerdict,
  domainsOf,
  isDone,
  maxScore,
  optionsShown,
  secondVerdict,
  start,
  starsOf,
  weightOf,
  type CynefinAction,
  type CynefinRefusal,
  type CynefinState,
  type Level,
} from '../../../../src/games/cynefin/model';
import { resume } from '../../../../src/games/cynefin/resume';
import { summary } from '../../../../src/games/cynefin/results';
import { DOMAINS } from '../../../../src/games/cynefin/schema';
import { act, fixture, playAll, playRight, playWrong, rawFixture } from './fixture';

const level = fixture();
const cardOf = (id: string) => level.cards.find((c) => c.id === id)!;

/** Deals until the given card is current, playing the others right. */
function until(cardId: string, lv: Level = level, seed = 7): CynefinState {
  let s = start(lv, seed);
  while (currentCard(lv, s)?.id !== cardId) s = playRight(lv, s);
  return s;
}

describe('dealing', () => {
  it('deals every card exactly once, in an order fixed by the seed', () => {
    const a = start(level, 42);
    expect([...a.order].sort()).toEqual(level.cards.map((c) => c.id).sort());
    expect(start(level, 42).order).toEqual(a.order);
    const orders = new Set([1, 2, 3, 4, 5, 6, 7, 8].map((seed) => start(level, seed).order.join(',')));
    expect(orders.size).toBeGreaterThan(1);
    expect(a).toMatchObject({ index: 0, phase: 'place', score: 0, streak: 0, answers: [], timedOut: false });
    expect(currentCard(level, a)?.id).toBe(a.order[0]);
  });
});

describe('placing and the second question', () => {
  it('records the domain without scoring or judging it, then scores both with the second answer', () => {
    const s0 = until('f-clear');
    const s1 = act(level, s0, { type: 'place', cardId: 'f-clear', domain: 'clear' });
    expect(s1.phase).toBe('second');
    const pending = answerOf(s1, 'f-clear')!;
    expect(pending).toMatchObject({ domain: 'clear', domainPoints: 0, second: null, scored: false, secondPoints: 0, streakBonus: 0 });
    // Nothing revealed yet: no verdict, no points, the streak untouched.
    expect(domainVerdict(cardOf('f-clear'), pending)).toBeNull();
    expect(secondVerdict(cardOf('f-clear'), pending)).toBeNull();
    expect(s1).toMatchObject({ score: s0.score, streak: s0.streak, bestStreak: s0.bestStreak });
    const s2 = act(level, s1, { type: 'second', cardId: 'f-clear', choice: 'o-best' });
    expect(answerOf(s2, 'f-clear')).toMatchObject({ second: 'o-best', scored: true, secondPoints: 4, domainPoints: 10 });
    expect(domainVerdict(cardOf('f-clear'), answerOf(s2, 'f-clear')!)).toBe('right');
    expect(s2.score - s0.score).toBeGreaterThanOrEqual(14);
    expect(s2.index).toBe(s1.index + 1);
  });

  it('asks and scores the second answer before any domain verdict, and its points never depend on the domain', () => {
    for (const card of level.cards) {
      const s0 = until(card.id);
      const points = new Set<number>();
      for (const domain of domainsOf(level)) {
        const placed = act(level, s0, { type: 'place', cardId: card.id, domain });
        // Before the second answer: the domain is recorded only.
        expect(domainVerdict(card, answerOf(placed, card.id)!)).toBeNull();
        expect(placed.score).toBe(s0.score);
        const right = act(level, placed, { type: 'second', cardId: card.id, choice: 'o-best' });
        const wrongChoice = 'o-miss';
        const wrong = act(level, placed, { type: 'second', cardId: card.id, choice: wrongChoice });
        points.add(answerOf(right, card.id)!.secondPoints);
        expect(answerOf(wrong, card.id)!.secondPoints).toBe(0);
        // The domain's points are the domain's alone.
        expect(answerOf(right, card.id)!.domainPoints).toBe(answerOf(wrong, card.id)!.domainPoints);
      }
      expect([...points]).toEqual([level.scoring.second]);
    }
  });

  it('gives part points for a borderline domain, rounded, and none for a domain the card does not accept', () => {
    const scored = (id: string, domain: 'complex' | 'chaotic' | 'clear') => {
      const s = act(level, until(id), { type: 'place', cardId: id, domain });
      return answerOf(act(level, s, { type: 'second', cardId: id, choice: 'o-best' }), id)!;
    };
    expect(scored('f-borderline', 'complex').domainPoints).toBe(5);
    expect(scored('f-quarter', 'chaotic').domainPoints).toBe(3); // round(10 * 0.25) = round(2.5)
    expect(scored('f-chaotic', 'clear').domainPoints).toBe(0);
    expect(domainVerdict(cardOf('f-borderline'), scored('f-borderline', 'complex'))).toBe('partial');
    expect(domainVerdict(cardOf('f-chaotic'), scored('f-chaotic', 'clear'))).toBe('wrong');
  });

  it('scores the second answer on its own: right even after a wrong domain, zero when wrong', () => {
    let s = act(level, until('f-chaotic'), { type: 'place', cardId: 'f-chaotic', domain: 'complex' });
    s = act(level, s, { type: 'second', cardId: 'f-chaotic', choice: 'o-best' });
    expect(answerOf(s, 'f-chaotic')).toMatchObject({ domainPoints: 0, secondPoints: 4 });
    let w = act(level, until('f-complex'), { type: 'place', cardId: 'f-complex', domain: 'complex' });
    w = act(level, w, { type: 'second', cardId: 'f-complex', choice: 'o-miss' });
    expect(answerOf(w, 'f-complex')).toMatchObject({ domainPoints: 10, secondPoints: 0 });
    expect(secondVerdict(cardOf('f-complex'), answerOf(w, 'f-complex')!)).toBe('wrong');
  });

  it('rewards consistent reasoning: the move that fits a part-credit reading earns that share, after that placement or any', () => {
    // f-borderline: Complicated best, Complex half. The Complex reading's move earns half the second points.
    let s = act(level, until('f-borderline'), { type: 'place', cardId: 'f-borderline', domain: 'complex' });
    s = act(level, s, { type: 'second', cardId: 'f-borderline', choice: 'o-complex' });
    expect(answerOf(s, 'f-borderline')).toMatchObject({ domainPoints: 5, secondPoints: 2 });
    expect(secondVerdict(cardOf('f-borderline'), answerOf(s, 'f-borderline')!)).toBe('partial');
    // f-quarter: Chaotic at a quarter: round(4 * 0.25) = 1.
    let q = act(level, until('f-quarter'), { type: 'place', cardId: 'f-quarter', domain: 'chaotic' });
    q = act(level, q, { type: 'second', cardId: 'f-quarter', choice: 'o-chaotic' });
    expect(answerOf(q, 'f-quarter')).toMatchObject({ domainPoints: 3, secondPoints: 1 });
  });

  it("shows each card's own options in an order drawn from the seed, kept in the state, varied across seeds", () => {
    const card = cardOf('f-borderline');
    const ids = card.second!.options.map((o) => o.id).sort();
    const firsts = new Set<string>();
    for (let seed = 0; seed < 40; seed++) {
      const s = start(level, seed);
      const shown = optionsShown(level, s, card.id).map((o) => o.id);
      expect([...shown].sort()).toEqual(ids);
      // The same seed deals the same order, and the order is in the saved state.
      expect(optionsShown(level, start(level, seed), card.id).map((o) => o.id)).toEqual(shown);
      expect(s.options[s.order.indexOf(card.id)]).toEqual(shown);
      firsts.add(shown[0]!);
    }
    // Every option comes first for some seed: its place says nothing.
    expect(firsts.size).toBe(ids.length);
  });

  it('scores a card that asks no second question on placing, and the best score leaves its second points out', () => {
    const raw = rawFixture();
    delete (raw.cards[0] as { second?: unknown }).second;
    const lv = fixture({ cards: raw.cards });
    expect(maxScore(lv)).toBe(maxScore(level) - level.scoring.second);
    const s0 = until('f-clear', lv);
    const s1 = act(lv, s0, { type: 'place', cardId: 'f-clear', domain: 'clear' });
    expect(answerOf(s1, 'f-clear')).toMatchObject({ scored: true, second: null, domainPoints: 10, secondPoints: 0 });
    expect(s1.phase === 'place' || s1.phase === 'done').toBe(true);
    expect(apply(lv, s1, { type: 'second', cardId: 'f-clear', choice: 'o-best' })).toMatchObject({ invalid: true });
  });

  it('never changes the state it was given', () => {
    const s0 = start(level, 3);
    const before = JSON.stringify(s0);
    const card = currentCard(level, s0);
    if (!card) throw new Error('no card');
    apply(level, s0, { type: 'place', cardId: card.id, domain: 'clear' });
    apply(level, s0, { type: 'tick', seconds: 1 });
    expect(JSON.stringify(s0)).toBe(before);
  });
});

describe('streaks', () => {
  it('pays the bonus from the streakFrom-th fully right card, and a part-right card resets it', () => {
    const s = start(level, 11);
    const [a, b, c, d] = s.order.map((id) => level.cards.find((x) => x.id === id)!);
    const best = (card: typeof a) => card!.domains.find((x) => x.weight === 1)!.domain;
    const placeAndAnswer = (st: CynefinState, card: typeof a, domain = best(card)) => {
      st = act(level, st, { type: 'place', cardId: card!.id, domain });
      return act(level, st, { type: 'second', cardId: card!.id, choice: 'o-best' });
    };
    let st = placeAndAnswer(s, a);
    expect(st.streak).toBe(1);
    expect(answerOf(st, a!.id)?.streakBonus).toBe(0);
    st = placeAndAnswer(st, b);
    expect(st.streak).toBe(2);
    expect(answerOf(st, b!.id)?.streakBonus).toBe(3);
    // Third card placed in a domain it does not accept: streak back to 0, best streak kept.
    const wrong = domainsOf(level).find((dm) => !c!.domains.some((x) => x.domain === dm))!;
    st = placeAndAnswer(st, c, wrong);
    expect(st).toMatchObject({ streak: 0, bestStreak: 2 });
    expect(answerOf(st, c!.id)?.streakBonus).toBe(0);
    st = placeAndAnswer(st, d);
    expect(st.streak).toBe(1);
    expect(answerOf(st, d!.id)?.streakBonus).toBe(0);
  });

  it('does not count a part-weight domain as fully right, and moves the streak only once the card is scored', () => {
    let s = until('f-borderline');
    const streakBefore = s.streak;
    s = act(level, s, { type: 'place', cardId: 'f-borderline', domain: 'complex' });
    expect(streakBefore).toBeGreaterThan(0);
    expect(s.streak).toBe(streakBefore);
    s = act(level, s, { type: 'second', cardId: 'f-borderline', choice: 'o-best' });
    expect(s.streak).toBe(0);
  });
});

describe('end of the round and stars', () => {
  it('all right reaches the maximum score and three stars; all wrong scores nothing', () => {
    expect(maxScore(level)).toBe(99);
    const right = playAll(level, start(level, 5), playRight);
    expect(isDone(right)).toBe(true);
    expect(right.score).toBe(99);
    expect(starsOf(level, right)).toBe(3);
    expect(right.bestStreak).toBe(6);
    const wrong = playAll(level, start(level, 5), playWrong);
    expect(wrong.score).toBe(0);
    expect(starsOf(level, wrong)).toBe(0);
  });

  it('gives stars by the level thresholds', () => {
    const s = start(level, 1);
    expect(starsOf(level, { ...s, score: 29 })).toBe(0);
    expect(starsOf(level, { ...s, score: 30 })).toBe(1);
    expect(starsOf(level, { ...s, score: 60 })).toBe(2);
    expect(starsOf(level, { ...s, score: 90 })).toBe(3);
  });

  it('runs the clock down by ticks and ends the round when it reaches 0, keeping the points earned', () => {
    let s = playRight(level, start(level, 9));
    expect(s.secondsLeft).toBe(60);
    s = act(level, s, { type: 'tick', seconds: 1 });
    expect(s).toMatchObject({ secondsLeft: 59, phase: 'place', timedOut: false });
    s = act(level, s, { type: 'place', cardId: currentCard(level, s)!.id, domain: 'chaotic' });
    const scoreBefore = s.score;
    for (let i = 0; i < 58; i++) s = act(level, s, { type: 'tick', seconds: 1 });
    expect(s).toMatchObject({ secondsLeft: 1, phase: 'second' });
    s = act(level, s, { type: 'tick', seconds: 1 });
    expect(s).toMatchObject({ phase: 'done', timedOut: true, score: scoreBefore, secondsLeft: 0 });
    expect(currentCard(level, s)).toBeUndefined();
    const sum = summary(level, s);
    expect(sum.items).toHaveLength(6);
    expect(sum.items.slice(2).every((i) => i.verdict === 'wrong' && i.answer.en.includes('time ran out'))).toBe(true);
    expect(sum.headline?.en).toContain('5 of 6');
  });
});

describe('summary for the results screen', () => {
  /** A round of seed 21: the borderline card half right (Complex, a part domain), the chaotic card played by
   * `onChaotic`, every other card right. */
  function mixedRound(onChaotic: (s: CynefinState, cardId: string) => CynefinState): CynefinState {
    let s = start(level, 21);
    while (!isDone(s)) {
      const card = currentCard(level, s)!;
      if (card.id === 'f-borderline') {
        s = act(level, s, { type: 'place', cardId: card.id, domain: 'complex' });
        s = act(level, s, { type: 'second', cardId: card.id, choice: 'o-best' });
      } else if (card.id === 'f-chaotic') s = onChaotic(s, card.id);
      else s = playRight(level, s);
    }
    return s;
  }

  it('marks right, partial and wrong cards and explains the accepted domains with their points', () => {
    const s = mixedRound((s) => playWrong(level, s));
    const sum = summary(level, s);
    expect(sum.score).toBe(s.score);
    expect(sum.maxScore).toBe(99);
    const byTitle = (text: string) => sum.items.find((i) => i.title.en === text)!;
    const partial = byTitle('Retiming signals near a new school.');
    expect(partial.verdict).toBe('partial');
    expect(partial.answer.en).toBe('Complex · the best move for complicated');
    expect(partial.expected?.en).toContain('Complicated (10 of 10 points): engineers can model it');
    expect(partial.expected?.en).toContain('Complex (5 of 10 points): parents may change routes');
    expect(partial.explanation.en).toBe('e2 Why not Complex? t2 s2');
    expect(byTitle('A flood at 2 a.m.').verdict).toBe('wrong');
    const right = byTitle('A standard permit.');
    expect(right.verdict).toBe('right');
    expect(right.expected).toBeUndefined();
  });

  it('carries other languages through when every part has them, and never mixes two languages in one text', () => {
    const raw = fixture();
    const fr = {
      ...raw,
      cards: raw.cards.map((c) => ({
        ...c,
        text: { en: c.text.en, fr: `fr-${c.text.en}` },
        explanation: { en: c.explanation.en, fr: `fr-${c.explanation.en}` },
        second: c.second && { ...c.second, explanation: { en: c.second.explanation.en, fr: `fr-${c.second.explanation.en}` } },
        tempting: { ...c.tempting, why: { en: c.tempting.why.en, fr: `fr-${c.tempting.why.en}` } },
      })),
    };
    const item = summary(fr, playAll(fr, start(fr, 2), playRight)).items[0]!;
    expect(item.title.fr).toMatch(/^fr-/);
    // The explanation also holds a sentence of the game's table ("Why not …?"), which has no French yet: English
    // throughout, never French card texts around an English phrase.
    expect(item.explanation.fr).toBeUndefined();
    expect(item.explanation.en).toMatch(/^e\d Why not \w+\? t\d s\d$/);
    const half = { ...raw, cards: raw.cards.map((c) => ({ ...c, explanation: { en: c.explanation.en, fr: `fr-${c.explanation.en}` } })) };
    const h = summary(half, playAll(half, start(half, 2), playRight)).items[0]!;
    expect(h.explanation.fr).toBeUndefined();
    expect(h.explanation.en).toMatch(/^e\d Why not \w+\? t\d s\d$/);
  });

  it('names the concept of every card and, for a domain missed, what was chosen and what fitted', () => {
    const s = mixedRound((s, cardId) => {
      s = act(level, s, { type: 'place', cardId, domain: 'clear' });
      return act(level, s, { type: 'second', cardId, choice: 'o-best' });
    });
    const sum = summary(level, s);
    const byId = (id: string) => sum.items.find((i) => i.title.en === cardOf(id).text.en)!;
    expect(byId('f-clear')).toMatchObject({ concept: { en: 'Clear' } });
    expect(byId('f-clear').mixup).toBeUndefined();
    expect(byId('f-borderline')).toMatchObject({ concept: { en: 'Complicated' }, mixup: { chosen: { en: 'Complex' }, fits: { en: 'Complicated' } } });
    expect(byId('f-chaotic')).toMatchObject({ verdict: 'partial', concept: { en: 'Chaotic' }, mixup: { chosen: { en: 'Clear' }, fits: { en: 'Chaotic' } } });
    expect(sum.items.every((i) => i.concept !== undefined)).toBe(true);
    // The headline counts the two questions apart: 4 of 6 domains, 6 of 6 second answers.
    expect(sum.headline?.en).toContain('Best domain on 4 of 6 cards; second question right on 6 (scored on its own).');
  });

  it('leaves a card placed but not answered when the clock ran out unscored, with no mix-up', () => {
    let s = start(level, 9);
    const card = currentCard(level, s)!;
    const wrong = domainsOf(level).find((d) => weightOf(card, d) === 0)!;
    s = act(level, s, { type: 'place', cardId: card.id, domain: wrong });
    s = act(level, s, { type: 'tick', seconds: 60 });
    expect(s).toMatchObject({ phase: 'done', timedOut: true, score: 0 });
    const item = summary(level, s).items[0]!;
    expect(item).toMatchObject({ verdict: 'wrong' });
    expect(item.answer.en).toContain('time ran out before the second answer');
    expect(item.mixup).toBeUndefined();
  });
});

describe('actions the rules refuse', () => {
  const s0 = start(level, 13);
  const cur = currentCard(level, s0)!;
  const other = level.cards.find((c) => c.id !== cur.id)!;
  const placed = act(level, s0, { type: 'place', cardId: cur.id, domain: 'clear' });
  const done = playAll(level, s0, playRight);
  const cases: [string, CynefinState, CynefinAction][] = [
    ['a card that is not the current one', s0, { type: 'place', cardId: other.id, domain: 'clear' }],
    ['a card id that does not exist', s0, { type: 'place', cardId: 'nope', domain: 'clear' }],
    ['the second answer before placing', s0, { type: 'second', cardId: cur.id, choice: 'o-best' }],
    ['placing the same card twice', placed, { type: 'place', cardId: cur.id, domain: 'complex' }],
    ['an unknown domain', s0, { type: 'place', cardId: cur.id, domain: 'orderly' as never }],
    ['Confused on a board without it', s0, { type: 'place', cardId: cur.id, domain: 'confused' }],
    ['an unknown choice', placed, { type: 'second', cardId: cur.id, choice: 'guess' as never }],
    ['an option of another card', placed, { type: 'second', cardId: cur.id, choice: 'o-nowhere' }],
    ['an option id from the old fixed table', placed, { type: 'second', cardId: cur.id, choice: 'sense-categorize-respond' }],
    ['placing after the round is over', done, { type: 'place', cardId: cur.id, domain: 'clear' }],
    ['a tick after the round is over', done, { type: 'tick', seconds: 1 }],
    ['a tick of no time', s0, { type: 'tick', seconds: 0 }],
    ['a tick back in time', s0, { type: 'tick', seconds: -5 }],
    ['a tick of a fraction', s0, { type: 'tick', seconds: 0.5 }],
    ['a tick longer than a stalled tab sends', s0, { type: 'tick', seconds: 61 }],
  ];
  const codes: CynefinRefusal[] = [
    'not-current-card',
    'not-current-card',
    'not-placed',
    'already-placed',
    'unknown-domain',
    'domain-not-on-board',
    'unknown-choice',
    'unknown-choice',
    'unknown-choice',
    'round-over',
    'round-over',
    'bad-tick',
    'bad-tick',
    'bad-tick',
    'bad-tick',
  ];
  it.each(cases.map((c, i) => [...c, codes[i]] as const))('rejects %s', (_name, state, action, code) => {
    const r = apply(level, state, action);
    if (!isInvalid(r)) throw new Error('accepted');
    expect(r.code).toBe(code);
    // Codes, not sentences: ids and counts stay in the developer's detail.
    expect(r.code).toMatch(/^[a-z-]+$/);
  });

  it('rejects a tick on a level without a timer, and a state from another level', () => {
    const untimed = fixture({ timerSeconds: undefined });
    expect(start(untimed, 1).secondsLeft).toBeNull();
    expect(apply(untimed, start(untimed, 1), { type: 'tick', seconds: 1 })).toMatchObject({ invalid: true, code: 'no-timer' });
    const otherLevel = fixture({ id: 'other' });
    expect(apply(otherLevel, s0, { type: 'place', cardId: cur.id, domain: 'clear' })).toMatchObject({ invalid: true, code: 'wrong-level' });
  });
});

describe('the board', () => {
  it('shows Confused only where the level asks for it', () => {
    expect(domainsOf(level)).toEqual(['clear', 'complicated', 'complex', 'chaotic']);
    const adv = fixture({ showConfused: true, secondStep: 'response' });
    expect(domainsOf(adv)).toContain('confused');
  });
});

/** The fixed table version 2 offered on a "response" level, by the domain each option stood for. */
const OLD_RESPONSE: Record<string, string> = {
  clear: 'sense-categorize-respond',
  complicated: 'sense-analyze-respond',
  complex: 'probe-sense-respond',
  chaotic: 'act-sense-respond',
};

/** A state as version 2 saved it: no option orders, no `scored`, and a second answer named from the fixed table. */
function asV2(s: CynefinState): Record<string, unknown> & { answers: Record<string, unknown>[] } {
  const { options: _options, ...rest } = JSON.parse(JSON.stringify(s)) as CynefinState;
  const answers = rest.answers.map(({ scored: _scored, ...a }) => {
    const fits = cardOf(a.cardId).second!.options.find((o) => o.id === a.second)?.fits;
    return { ...a, second: a.second === null ? null : (OLD_RESPONSE[fits ?? ''] ?? 'act-sense-respond') };
  });
  return { ...rest, v: 2, answers };
}

describe('saving and resuming', () => {
  it('takes up a version 2 save (a fixed table of options): each answer becomes the card option for that reading', () => {
    let s = playRight(level, playRight(level, start(level, 31)));
    const back = resume(level, asV2(s));
    expect(back).toEqual(s);
    // A v2 answer that fits no reading of the card becomes a move that earns nothing, and the replay rescores it.
    const card = currentCard(level, s)!;
    s = act(level, s, { type: 'place', cardId: card.id, domain: card.domains[0]!.domain });
    const old = asV2(s);
    // A wrong answer in version 2 paid nothing.
    const wrong = {
      ...old,
      score: (old.score as number) - level.scoring.second,
      answers: old.answers.map((a, i) => (i === 0 ? { ...a, second: 'break-down', secondPoints: 0 } : a)),
    };
    const r = resume(level, wrong);
    if (isInvalid(r)) throw new Error(r.code);
    const first = r.answers[0]!;
    expect(cardOf(first.cardId).second!.options.find((o) => o.id === first.second)?.credit).toBe(0);
    expect(first.secondPoints).toBe(0);
    expect(r.score).toBe(s.score - level.scoring.second);
    // Doctored points are still refused: a total that is not the answers', or a wrong answer saved as paid.
    expect(resume(level, { ...old, score: (old.score as number) + 5 })).toMatchObject({ invalid: true, code: 'save-mismatch' });
    expect(resume(level, { ...wrong, score: old.score, answers: wrong.answers.map((a, i) => (i === 0 ? { ...a, secondPoints: 4 } : a)) })).toMatchObject({
      invalid: true,
      code: 'save-mismatch',
    });
  });

  it('resumes a round saved as JSON mid-card and finishes exactly as the unsaved round would', () => {
    let s = playRight(level, playRight(level, start(level, 99)));
    s = act(level, s, { type: 'place', cardId: currentCard(level, s)!.id, domain: 'complex' });
    const back = resume(level, JSON.parse(JSON.stringify(s)));
    if (isInvalid(back)) throw new Error(back.code);
    expect(back).toEqual(s);
    expect(playAll(level, back, playRight)).toEqual(playAll(level, s, playRight));
  });

  it('resumes a finished or timed-out round', () => {
    const done = playAll(level, start(level, 4), playRight);
    expect(resume(level, JSON.parse(JSON.stringify(done)))).toEqual(done);
    const timed = act(level, playRight(level, start(level, 4)), { type: 'tick', seconds: 60 });
    expect(resume(level, JSON.parse(JSON.stringify(timed)))).toEqual(timed);
  });

  it('keeps the clock of a resumed timed round', () => {
    let s = playRight(level, start(level, 6));
    s = act(level, s, { type: 'tick', seconds: 17 });
    const back = resume(level, JSON.parse(JSON.stringify(s)));
    if (isInvalid(back)) throw new Error(back.code);
    expect(back.secondsLeft).toBe(43);
    expect(act(level, back, { type: 'tick', seconds: 43 })).toMatchObject({ phase: 'done', timedOut: true });
  });

  it('takes up a save from before the version field: its clock restarts, an ended-on-time round stays ended', () => {
    const s = playRight(level, start(level, 6));
    const { v: _v, secondsLeft: _left, ...old } = asV2(s);
    expect(resume(level, old)).toEqual({ ...s, secondsLeft: 60 });
    const ended = act(level, s, { type: 'tick', seconds: 60 });
    const { v: _v2, secondsLeft: _left2, ...oldEnded } = asV2(ended);
    expect(resume(level, oldEnded)).toEqual(ended);
    const untimed = fixture({ timerSeconds: undefined });
    const u = playRight(untimed, start(untimed, 6));
    const { v: _v3, secondsLeft: _left3, ...oldUntimed } = asV2(u);
    expect(resume(untimed, oldUntimed)).toEqual(u);
  });

  it('takes up a version 1 save (domain scored on placing): answered cards keep their points, a placed card waits unscored', () => {
    // Two cards right, then the third placed: in version 1 its domain points and streak were already counted.
    let s = playRight(level, playRight(level, start(level, 12)));
    const third = currentCard(level, s)!;
    const best = third.domains.find((d) => d.weight === 1)!.domain;
    const placed = act(level, s, { type: 'place', cardId: third.id, domain: best });
    const v1 = asV2(placed) as unknown as CynefinState;
    const last = v1.answers.at(-1)!;
    const bonus = level.scoring.streakBonus;
    const old = {
      ...v1,
      v: 1,
      score: v1.score + 10 + bonus,
      streak: 3,
      bestStreak: 3,
      answers: [...v1.answers.slice(0, -1), { ...last, domainPoints: 10, streakBonus: bonus }],
    };
    const back = resume(level, old);
    if (isInvalid(back)) throw new Error(back.code);
    expect(back).toEqual(placed);
    expect(back.phase).toBe('second');
    // A doctored version 1 save is still refused by the replay.
    const doctored = { ...old, answers: [{ ...old.answers[0]!, secondPoints: 40 }, ...old.answers.slice(1)] };
    expect(resume(level, doctored)).toMatchObject({ invalid: true, code: 'save-mismatch' });
  });

  it('refuses a save that is malformed, for another level, for changed cards, or with doctored points', () => {
    const s = playRight(level, start(level, 8));
    const codeOf = (raw: unknown) => {
      const r = resume(level, raw);
      return isInvalid(r) ? r.code : 'accepted';
    };
    expect(codeOf('not a state')).toBe('save-malformed');
    expect(codeOf({ ...s, extra: 1 })).toBe('save-malformed');
    expect(codeOf({ ...s, v: 4 })).toBe('save-newer');
    // Options that are not the card's own, or shown twice.
    expect(codeOf({ ...s, options: s.options.map((o, i) => (i === 0 ? [...o.slice(1), 'o-nowhere'] : o)) })).toBe('save-other-options');
    expect(codeOf({ ...s, options: s.options.map((o, i) => (i === 0 ? [o[0]!, o[0]!, ...o.slice(2)] : o)) })).toBe('save-other-options');
    expect(codeOf({ ...s, levelId: 'first-sort' })).toBe('save-other-level');
    expect(codeOf({ ...s, order: [...s.order.slice(1), 'gone'] })).toBe('save-other-cards');
    expect(codeOf({ ...s, score: s.score + 50 })).toBe('save-mismatch');
    expect(codeOf({ ...s, secondsLeft: 61 })).toBe('save-bad-clock');
    expect(codeOf({ ...s, secondsLeft: 0 })).toBe('save-bad-clock');
    expect(codeOf({ ...s, secondsLeft: null })).toBe('save-bad-clock');
    // A wrong second answer saved with the points of a right one.
    const first = level.cards.find((c) => c.id === s.order[0])!;
    const wrongChoice = first.second!.options.find((o) => o.credit === 0)!.id;
    expect(s.answers[0]!.secondPoints).toBe(4);
    expect(codeOf({ ...s, answers: [{ ...s.answers[0]!, second: wrongChoice }] })).toBe('save-mismatch');
  });
});

describe('invariants under any sequence of actions', () => {
  const action = fc.oneof(
    fc.record({ type: fc.constant('place' as const), pick: fc.nat(7), domain: fc.constantFrom(...DOMAINS) }),
    fc.record({
      type: fc.constant('second' as const),
      pick: fc.nat(7),
      choice: fc.constantFrom('o-best', 'o-miss', 'o-other', 'o-complex', 'o-chaotic', 'best'),
    }),
    fc.record({ type: fc.constant('tick' as const), seconds: fc.integer({ min: 1, max: 30 }) }),
  );
  it('keeps the score equal to the points on the answers, within 0..max, and every accepted state resumable', () => {
    fc.assert(
      fc.property(fc.nat(), fc.array(action, { maxLength: 30 }), (seed, actions) => {
        let s = start(level, seed);
        for (const a of actions) {
          // pick 0..5 names a card by position; 6 and 7 mean "the current card", so most actions are plausible.
          const cardId = a.type === 'tick' ? '' : a.pick < 6 ? level.cards[a.pick]!.id : (currentCard(level, s)?.id ?? 'x');
          const next =
            a.type === 'place'
              ? apply(level, s, { type: 'place', cardId, domain: a.domain })
              : a.type === 'second'
                ? apply(level, s, { type: 'second', cardId, choice: a.choice })
                : apply(level, s, { type: 'tick', seconds: a.seconds });
          if (!isInvalid(next)) s = next;
        }
        const sum = s.answers.reduce((t, x) => t + x.domainPoints + x.secondPoints + x.streakBonus, 0);
        expect(s.score).toBe(sum);
        expect(s.score).toBeGreaterThanOrEqual(0);
        expect(s.score).toBeLessThanOrEqual(maxScore(level));
        expect(resume(level, JSON.parse(JSON.stringify(s)))).toEqual(s);
      }),
      { seed: 20240601, numRuns: 300 },
    );
  });
});
