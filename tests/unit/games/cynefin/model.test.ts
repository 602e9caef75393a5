// Rules of Cynefin sorting played through actions on a small fixture level: placing, part scores, streaks,
// stars, the end of a round, the clock in the state, saving and resuming, and the actions a player must not get away with.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { isInvalid } from '../../../../src/core/round';
import {
  answerOf,
  apply,
  currentCard,
  domainsOf,
  isDone,
  maxScore,
  resume,
  secondOptions,
  start,
  starsOf,
  summary,
  type CynefinAction,
  type CynefinRefusal,
  type CynefinState,
} from '../../../../src/games/cynefin/model';
import { DOMAINS, SECOND_CHOICES } from '../../../../src/games/cynefin/schema';
import { act, fixture, playAll, playRight, playWrong } from './fixture';

const level = fixture();

/** Deals until the given card is current, playing the others right. */
function until(cardId: string, seed = 7): CynefinState {
  let s = start(level, seed);
  while (currentCard(level, s)?.id !== cardId) s = playRight(level, s);
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
  it('gives full domain points for the best domain, then asks the second question', () => {
    const s0 = until('f-clear');
    const s1 = act(level, s0, { type: 'place', cardId: 'f-clear', domain: 'clear' });
    expect(s1.phase).toBe('second');
    expect(answerOf(s1, 'f-clear')).toMatchObject({ domain: 'clear', domainPoints: 10, second: null });
    expect(s1.score - s0.score).toBeGreaterThanOrEqual(10);
    const s2 = act(level, s1, { type: 'second', cardId: 'f-clear', choice: 'sense-categorize-respond' });
    expect(answerOf(s2, 'f-clear')).toMatchObject({ second: 'sense-categorize-respond', secondPoints: 4 });
    expect(s2.index).toBe(s1.index + 1);
  });

  it('gives part points for a borderline domain, rounded, and none for a domain the card does not accept', () => {
    const half = act(level, until('f-borderline'), { type: 'place', cardId: 'f-borderline', domain: 'complex' });
    expect(answerOf(half, 'f-borderline')?.domainPoints).toBe(5);
    const quarter = act(level, until('f-quarter'), { type: 'place', cardId: 'f-quarter', domain: 'chaotic' });
    expect(answerOf(quarter, 'f-quarter')?.domainPoints).toBe(3); // round(10 * 0.25) = round(2.5)
    const none = act(level, until('f-chaotic'), { type: 'place', cardId: 'f-chaotic', domain: 'clear' });
    expect(answerOf(none, 'f-chaotic')?.domainPoints).toBe(0);
  });

  it('scores the second answer on its own: right even after a wrong domain, zero when wrong', () => {
    let s = act(level, until('f-chaotic'), { type: 'place', cardId: 'f-chaotic', domain: 'complex' });
    s = act(level, s, { type: 'second', cardId: 'f-chaotic', choice: 'act-sense-respond' });
    expect(answerOf(s, 'f-chaotic')).toMatchObject({ domainPoints: 0, secondPoints: 4 });
    let w = act(level, until('f-complex'), { type: 'place', cardId: 'f-complex', domain: 'complex' });
    w = act(level, w, { type: 'second', cardId: 'f-complex', choice: 'act-sense-respond' });
    expect(answerOf(w, 'f-complex')?.secondPoints).toBe(0);
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
      return act(level, st, { type: 'second', cardId: card!.id, choice: card!.second.answer });
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

  it('does not count a part-weight domain as fully right', () => {
    let s = until('f-borderline');
    const streakBefore = s.streak;
    s = act(level, s, { type: 'place', cardId: 'f-borderline', domain: 'complex' });
    expect(streakBefore).toBeGreaterThan(0);
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
  it('marks right, partial and wrong cards and explains the accepted domains with their points', () => {
    let s = start(level, 21);
    while (!isDone(s)) {
      const card = currentCard(level, s)!;
      if (card.id === 'f-borderline') {
        s = act(level, s, { type: 'place', cardId: card.id, domain: 'complex' });
        s = act(level, s, { type: 'second', cardId: card.id, choice: 'sense-analyze-respond' });
      } else if (card.id === 'f-chaotic') s = playWrong(level, s);
      else s = playRight(level, s);
    }
    const sum = summary(level, s);
    expect(sum.score).toBe(s.score);
    expect(sum.maxScore).toBe(99);
    const byTitle = (text: string) => sum.items.find((i) => i.title.en === text)!;
    const partial = byTitle('Retiming signals near a new school.');
    expect(partial.verdict).toBe('partial');
    expect(partial.answer.en).toBe('Complex · Sense, analyse, respond');
    expect(partial.expected?.en).toContain('Complicated (10 of 10 points): engineers can model it');
    expect(partial.expected?.en).toContain('Complex (5 of 10 points): parents may change routes');
    expect(partial.explanation.en).toBe('e2 s2');
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
        explanation: { en: c.explanation.en, fr: `fr-${c.explanation.en}` },
        second: { ...c.second, explanation: { en: c.second.explanation.en, fr: `fr-${c.second.explanation.en}` } },
      })),
    };
    const s = playAll(fr, start(fr, 2), playRight);
    const item = summary(fr, s).items[0]!;
    expect(item.explanation.fr).toMatch(/^fr-e\d fr-s\d$/);
    // Only the first explanation in French: the joined text stays English throughout.
    const half = { ...raw, cards: raw.cards.map((c) => ({ ...c, explanation: { en: c.explanation.en, fr: `fr-${c.explanation.en}` } })) };
    const h = summary(half, playAll(half, start(half, 2), playRight)).items[0]!;
    expect(h.explanation.fr).toBeUndefined();
    expect(h.explanation.en).toMatch(/^e\d s\d$/);
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
    ['the second answer before placing', s0, { type: 'second', cardId: cur.id, choice: 'best' }],
    ['placing the same card twice', placed, { type: 'place', cardId: cur.id, domain: 'complex' }],
    ['an unknown domain', s0, { type: 'place', cardId: cur.id, domain: 'orderly' as never }],
    ['Confused on a board without it', s0, { type: 'place', cardId: cur.id, domain: 'confused' }],
    ['an unknown choice', placed, { type: 'second', cardId: cur.id, choice: 'guess' as never }],
    ['a choice of another kind of level', placed, { type: 'second', cardId: cur.id, choice: 'best' }],
    ['Break it down on a board without Confused', placed, { type: 'second', cardId: cur.id, choice: 'break-down' }],
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
    'option-not-offered',
    'option-not-offered',
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

describe('board and options', () => {
  it('shows Confused and Break it down only where the level asks for it', () => {
    expect(domainsOf(level)).toEqual(['clear', 'complicated', 'complex', 'chaotic']);
    expect(secondOptions(level)).toEqual(['sense-categorize-respond', 'sense-analyze-respond', 'probe-sense-respond', 'act-sense-respond']);
    const adv = fixture({ showConfused: true, secondStep: 'response' });
    expect(domainsOf(adv)).toContain('confused');
    expect(secondOptions(adv)).toContain('break-down');
  });
});

describe('saving and resuming', () => {
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
    const { v: _v, secondsLeft: _left, ...old } = JSON.parse(JSON.stringify(s)) as CynefinState;
    expect(resume(level, old)).toEqual({ ...s, secondsLeft: 60 });
    const ended = act(level, s, { type: 'tick', seconds: 60 });
    const { v: _v2, secondsLeft: _left2, ...oldEnded } = JSON.parse(JSON.stringify(ended)) as CynefinState;
    expect(resume(level, oldEnded)).toEqual(ended);
    const untimed = fixture({ timerSeconds: undefined });
    const u = playRight(untimed, start(untimed, 6));
    const { v: _v3, secondsLeft: _left3, ...oldUntimed } = JSON.parse(JSON.stringify(u)) as CynefinState;
    expect(resume(untimed, oldUntimed)).toEqual(u);
  });

  it('refuses a save that is malformed, for another level, for changed cards, or with doctored points', () => {
    const s = playRight(level, start(level, 8));
    const codeOf = (raw: unknown) => {
      const r = resume(level, raw);
      return isInvalid(r) ? r.code : 'accepted';
    };
    expect(codeOf('not a state')).toBe('save-malformed');
    expect(codeOf({ ...s, extra: 1 })).toBe('save-malformed');
    expect(codeOf({ ...s, v: 2 })).toBe('save-newer');
    expect(codeOf({ ...s, levelId: 'first-sort' })).toBe('save-other-level');
    expect(codeOf({ ...s, order: [...s.order.slice(1), 'gone'] })).toBe('save-other-cards');
    expect(codeOf({ ...s, score: s.score + 50 })).toBe('save-mismatch');
    expect(codeOf({ ...s, secondsLeft: 61 })).toBe('save-bad-clock');
    expect(codeOf({ ...s, secondsLeft: 0 })).toBe('save-bad-clock');
    expect(codeOf({ ...s, secondsLeft: null })).toBe('save-bad-clock');
    // A wrong second answer saved with the points of a right one.
    const first = level.cards.find((c) => c.id === s.order[0])!;
    const wrongChoice = secondOptions(level).find((o) => o !== first.second.answer)!;
    expect(s.answers[0]!.secondPoints).toBe(4);
    expect(codeOf({ ...s, answers: [{ ...s.answers[0]!, second: wrongChoice }] })).toBe('save-mismatch');
  });
});

describe('invariants under any sequence of actions', () => {
  const action = fc.oneof(
    fc.record({ type: fc.constant('place' as const), pick: fc.nat(7), domain: fc.constantFrom(...DOMAINS) }),
    fc.record({ type: fc.constant('second' as const), pick: fc.nat(7), choice: fc.constantFrom(...SECOND_CHOICES) }),
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
