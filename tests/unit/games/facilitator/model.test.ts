// Runner behaviour of the facilitator role-play, played through actions on a small fixture scenario.
import { describe, expect, it } from 'vitest';
import { isInvalid, type Invalid } from '../../../../src/core/round';
import {
  apply,
  availableChoices,
  currentNode,
  isEnded,
  lastOutcome,
  resume,
  fileOrder,
  start,
  type FacAction,
  type FacState,
} from '../../../../src/games/facilitator/model';
import { recap, scores, summary, transcriptLines } from '../../../../src/games/facilitator/results';
import { moodStanding, roleStanding, scoreStanding } from '../../../../src/games/facilitator/standing';
import { fixture } from './fixture';

const sc = fixture();

function ok(s: FacState | Invalid): FacState {
  if (isInvalid(s)) throw new Error(`unexpected invalid: ${s.code} ${s.detail ?? ''}`);
  return s;
}
function play(...actions: FacAction[]): FacState {
  return actions.reduce((s, a) => ok(apply(sc, s, a)), start(sc, 1, fileOrder(sc)));
}
const choose = (index: number): FacAction => ({ type: 'choose', index });
const cont: FacAction = { type: 'continue' };
const code = (x: FacState | Invalid): string => (isInvalid(x) ? x.code : 'accepted');

describe('start', () => {
  it('begins at the start node with the documented meters and nothing decided', () => {
    const s = start(sc, 1, fileOrder(sc));
    expect(s.node).toBe('open');
    expect(s.meters).toEqual({ architect: 0, pilot: 0, guide: 0, trust: 50, energy: 50, clock: 0 });
    expect(s.history).toEqual([]);
    expect(transcriptLines(sc, s).map((l) => l.text.en)).toEqual(['How do you open?']);
  });
});

describe('choose and continue', () => {
  it('a choice moves the meters, sets its flags and goes to its next node', () => {
    const s = play(choose(0));
    expect(s.node).toBe('mayor-talks');
    expect(s.meters).toMatchObject({ architect: 2, pilot: 3, trust: 60, clock: 10 });
    expect(s.flags).toEqual(['groundRules']);
    expect(s.history).toEqual([{ node: 'open', choiceIndex: 0 }]);
    expect(lastOutcome(sc, s)?.choice.consequence.en).toBe('after rules');
  });

  it('continue walks a line node; the consequence is then no longer "just happened"', () => {
    const s = play(choose(1), cont);
    expect(s.node).toBe('steer');
    expect(lastOutcome(sc, s)).toBeNull();
  });

  it('keeps a transcript of everything seen, the player choice and its consequence included', () => {
    const s = play(choose(1), cont);
    expect(transcriptLines(sc, s).map((l) => [l.kind, l.text.en])).toEqual([
      ['prompt', 'How do you open?'],
      ['choice', 'skip'],
      ['consequence', 'after skip'],
      ['line', 'Let me say a few words.'],
      ['prompt', 'The mayor talks on.'],
    ]);
    expect(transcriptLines(sc, s)[3]?.name?.en).toBe('Mayor Test');
  });

  it('does not mutate the state it is given', () => {
    const s = start(sc, 1, fileOrder(sc));
    const copy = structuredClone(s);
    apply(sc, s, choose(0));
    expect(s).toEqual(copy);
  });

  it('clamps trust and energy to 0..100', () => {
    const low = play(choose(2), cont, choose(2)); // -20 trust, -20 energy then -20 energy
    expect(low.meters.trust).toBe(30);
    expect(low.meters.energy).toBe(10);
    const s = play(choose(0), cont);
    const high = ok(apply(sc, { ...s, meters: { ...s.meters, trust: 98 } }, choose(0)));
    expect(high.meters.trust).toBe(100);
  });

  it('lets the clock run past the agenda instead of hiding a late session', () => {
    const s = play(choose(2), cont, choose(2));
    expect(s.meters.clock).toBe(65);
    expect(s.meters.clock).toBeGreaterThan(sc.agendaMinutes);
  });
});

describe('invalid actions leave the player where they are', () => {
  it('refuses continue on a decision and choose on a line', () => {
    expect(isInvalid(apply(sc, start(sc, 1, fileOrder(sc)), cont))).toBe(true);
    expect(isInvalid(apply(sc, play(choose(0)), choose(0)))).toBe(true);
  });
  it('refuses choice indexes out of range or not whole', () => {
    for (const i of [-1, 3, 1.5, Number.NaN]) expect(isInvalid(apply(sc, start(sc, 1, fileOrder(sc)), choose(i)))).toBe(true);
  });
  it('refuses every move but back and restart at an ending', () => {
    const end = play(choose(1), cont, choose(1));
    expect(isEnded(sc, end)).toBe(true);
    expect(isInvalid(apply(sc, end, cont))).toBe(true);
    expect(isInvalid(apply(sc, end, choose(0)))).toBe(true);
  });
  it('refuses back before any decision', () => {
    expect(isInvalid(apply(sc, start(sc, 1, fileOrder(sc)), { type: 'back' }))).toBe(true);
  });
});

describe('refusals are typed codes, never sentences', () => {
  it('names each refusal by its code', () => {
    const end = play(choose(1), cont, choose(1));
    expect(code(apply(sc, start(sc, 1, fileOrder(sc)), cont))).toBe('decide-first');
    expect(code(apply(sc, play(choose(0)), choose(0)))).toBe('not-a-decision');
    expect(code(apply(sc, start(sc, 1, fileOrder(sc)), choose(7)))).toBe('no-such-choice');
    expect(code(apply(sc, play(choose(1), cont), choose(0)))).toBe('choice-locked');
    expect(code(apply(sc, end, cont))).toBe('session-ended');
    expect(code(apply(sc, start(sc, 1, fileOrder(sc)), { type: 'back' }))).toBe('nothing-to-step-back');
    expect(code(resume(sc, 'nonsense'))).toBe('save-malformed');
    expect(code(resume(sc, { ...start(sc, 1, fileOrder(sc)), v: 1 }))).toBe('save-malformed'); // a save from before the shuffle
    expect(code(resume(sc, { ...start(sc, 1, fileOrder(sc)), scenario: 'other' }))).toBe('other-scenario');
    expect(code(resume(sc, { ...play(choose(1), cont), node: 'end-good' }))).toBe('does-not-fit');
  });
  it('keeps ids and counts in the detail, for developers', () => {
    const r = apply(sc, start(sc, 1, fileOrder(sc)), choose(7));
    expect(isInvalid(r) && r.detail).toBe('7 of 3');
  });
});

describe('standings are codes the presenter names', () => {
  it('a role is not yet scored until it has had something to gain, then strong, fair or weak by the thresholds', () => {
    expect(roleStanding(sc, start(sc, 1, fileOrder(sc)), 'architect')).toBe('not-yet');
    const s = play(choose(0), cont); // architect 2 of 2, guide had nothing to gain yet
    expect(roleStanding(sc, s, 'architect')).toBe('strong');
    expect(roleStanding(sc, s, 'guide')).toBe('not-yet');
    expect(roleStanding(sc, play(choose(1), cont), 'pilot')).toBe('weak');
    expect([scoreStanding(80), scoreStanding(79), scoreStanding(50), scoreStanding(49)]).toEqual(['strong', 'fair', 'fair', 'weak']);
  });
  it('at an ending every role has its final word', () => {
    const end = play(choose(0), cont, choose(0));
    for (const r of ['architect', 'pilot', 'guide'] as const) expect(roleStanding(sc, end, r)).not.toBe('not-yet');
  });
  it('trust and energy are low, steady or high', () => {
    expect([moodStanding(34), moodStanding(35), moodStanding(65), moodStanding(66)]).toEqual(['low', 'steady', 'steady', 'high']);
  });
});

describe('requires', () => {
  it('locks a choice whose flag was not set earlier, and says why', () => {
    const s = play(choose(1), cont);
    const first = availableChoices(sc, s)[0];
    expect(first?.locked).toBe(true);
    expect(first?.reasons).toEqual([{ kind: 'flag', flag: 'groundRules' }]);
    expect(isInvalid(apply(sc, s, choose(0)))).toBe(true);
  });
  it('unlocks it when the earlier choice set the flag', () => {
    const s = play(choose(0), cont);
    expect(availableChoices(sc, s)[0]?.locked).toBe(false);
    expect(ok(apply(sc, s, choose(0))).node).toBe('end-good');
  });
  it('locks on a meter minimum (trust 55) and reports the value', () => {
    const s = play(choose(1), cont); // trust stays 50
    expect(availableChoices(sc, s)[3]?.reasons).toEqual([{ kind: 'min', meter: 'trust', value: 55 }]);
    expect(availableChoices(sc, play(choose(0), cont))[3]?.locked).toBe(false); // trust 60
  });
  it('offers no choices on a line or at an ending', () => {
    expect(availableChoices(sc, play(choose(0)))).toEqual([]);
  });
});

describe('back and restart', () => {
  it('back restores exactly the state before the last decision', () => {
    const before = play(choose(1), cont);
    const after = ok(apply(sc, before, choose(2)));
    const back = ok(apply(sc, after, { type: 'back' }));
    expect({ ...back, stepsBack: 0 }).toEqual(before);
    expect(back.stepsBack).toBe(1);
  });
  it('back from a line after a decision returns to that decision', () => {
    const back = ok(apply(sc, play(choose(0)), { type: 'back' }));
    expect(back.node).toBe('open');
    expect(back.flags).toEqual([]);
    expect(back.meters.trust).toBe(50);
  });
  it('back twice undoes two decisions', () => {
    const s = play(choose(0), cont, choose(0), { type: 'back' }, { type: 'back' });
    expect(s.node).toBe('open');
    expect(s.history).toEqual([]);
    expect(s.stepsBack).toBe(2);
  });
  it('restart begins afresh from anywhere', () => {
    const s = play(choose(0), cont, choose(0), { type: 'restart' });
    expect(s).toEqual(start(sc, 1, fileOrder(sc)));
  });
});

describe('scores and debrief', () => {
  it('the all-best path scores 100 on every role and earns three stars', () => {
    const s = play(choose(0), cont, choose(0));
    expect(scores(sc, s)).toEqual({ architect: 100, pilot: 100, guide: 100, total: 100, stars: 3 });
  });
  it('role scores are points over the most that role could gain on the decisions met', () => {
    // open: pilot max 3, skip gives 1; steer: pilot max 1 (grab mic, locked or not), note gives 0 -> 1/4
    const s = play(choose(1), cont, choose(1));
    const sc2 = scores(sc, s);
    expect(sc2.pilot).toBe(25);
    expect(sc2.architect).toBe(0);
    expect(sc2.guide).toBe(33);
    expect(sc2.total).toBe(Math.round((25 + 0 + 33 + 60) / 4));
  });
  it('role scores stay in 0..100 even when points are lost', () => {
    const s = play(choose(2), cont, choose(2));
    for (const v of Object.values(scores(sc, s))) expect(v).toBeGreaterThanOrEqual(0);
    expect(scores(sc, s).total).toBe(Math.round(20 / 4));
  });
  it('the debrief lists each decision with the better choice and both reasons when they differ', () => {
    const s = play(choose(1), cont, choose(2));
    const r = summary(sc, s);
    expect(r.headline?.en).toBe('Poor');
    expect(r.maxScore).toBe(100);
    expect(r.items).toHaveLength(2);
    expect(r.items[0]).toEqual({
      title: { en: 'How do you open?' },
      verdict: 'partial',
      answer: { en: 'skip' },
      expected: { en: 'rules' },
      explanation: { en: 'why skip why rules' },
      // Both moves mainly build the pilot: a weaker pilot move, not a mix-up of roles (the role's name comes from
      // the string tables, in every language they have).
      concept: expect.objectContaining({ en: 'Pilot' }),
    });
    expect(r.items[0]).not.toHaveProperty('mixup');
    expect(r.items[1]?.verdict).toBe('wrong');
  });
  it('names the role a decision tests, and a mix-up where the weaker move built another role', () => {
    // At "steer" the best move mainly builds the guide; "grab mic" (open at trust 60) mainly builds the pilot.
    const r = summary(sc, play(choose(0), cont, choose(3)));
    expect(r.items[1]).toMatchObject({ verdict: 'wrong', concept: { en: 'Guide' }, mixup: { chosen: { en: 'Pilot' }, fits: { en: 'Guide' } } });
    // "let her" builds no role: no mix-up is claimed.
    const none = summary(sc, play(choose(0), cont, choose(2))).items[1];
    expect(none?.concept?.en).toBe('Guide');
    expect(none?.mixup).toBeUndefined();
    expect(summary(sc, play(choose(0), cont, choose(0))).items[1]?.mixup).toBeUndefined();
  });
  it('the debrief speaks of best, workable and weak moves and of the better choice, not of right answers', () => {
    const r = summary(sc, play(choose(1), cont, choose(2)));
    expect(r.labels?.right?.en).toBe('Best move');
    expect(r.labels?.partial?.en).toBe('Workable move');
    expect(r.labels?.wrong?.en).toBe('Weak move');
    expect(r.labels?.expected?.en).toBe('Better choice');
  });
  it('a best choice is marked right with no "better choice"', () => {
    const item = summary(sc, play(choose(0), cont, choose(0))).items[0];
    expect(item?.verdict).toBe('right');
    expect(item?.expected).toBeUndefined();
    expect(item?.explanation.en).toBe('why rules');
  });
  it('recap gives the method and its steps', () => {
    expect(recap(sc)).toEqual({ method: 'world-cafe', steps: sc.recap });
  });
});

describe('choice order', () => {
  it('deals each decision its own order from the seed; choices keep their file index', () => {
    const a = start(sc, 7);
    expect(Object.keys(a.order).sort()).toEqual(['open', 'steer']);
    expect([...(a.order.open ?? [])].sort()).toEqual([0, 1, 2]);
    expect(start(sc, 7).order).toEqual(a.order);
    expect(availableChoices(sc, a).map((c) => c.index)).toEqual(a.order.open);
    expect(availableChoices(sc, a).map((c) => c.choice.text.en)).toEqual((a.order.open ?? []).map((i) => sc.nodes.open?.choices?.[i]?.text.en));
  });
  it('different seeds give different orders', () => {
    const orders = new Set(Array.from({ length: 20 }, (_, seed) => JSON.stringify(start(sc, seed).order)));
    expect(orders.size).toBeGreaterThan(5);
  });
  it('a choice is chosen by its file index, whatever its place on screen', () => {
    const s = ok(apply(sc, start(sc, 3), choose(0)));
    expect(lastOutcome(sc, s)?.choice.text.en).toBe('rules');
  });
  it('the order survives save and resume, step back and restart', () => {
    for (const seed of [1, 2, 99, 123456]) {
      const s0 = start(sc, seed);
      const s = ok(apply(sc, ok(apply(sc, s0, choose(1))), cont));
      const again = ok(resume(sc, JSON.parse(JSON.stringify(s))));
      expect(again.order).toEqual(s0.order);
      expect(availableChoices(sc, again).map((c) => c.index)).toEqual(availableChoices(sc, s).map((c) => c.index));
      const back = ok(apply(sc, s, { type: 'back' }));
      expect(availableChoices(sc, back).map((c) => c.index)).toEqual(s0.order.open);
      expect(ok(apply(sc, s, { type: 'restart' })).order).toEqual(s0.order);
    }
  });
  it('refuses a save whose order does not fit the scenario', () => {
    const s = start(sc, 5);
    expect(code(resume(sc, { ...s, order: { ...s.order, open: [0, 0, 1] } }))).toBe('does-not-fit');
    expect(code(resume(sc, { ...s, order: { open: s.order.open } }))).toBe('does-not-fit');
    expect(code(resume(sc, { ...s, order: { ...s.order, extra: [0, 1] } }))).toBe('does-not-fit');
  });
});

describe('save and resume', () => {
  it('resumes a saved session exactly, through JSON', () => {
    const s = play(choose(0), cont, { type: 'back' });
    const again = resume(sc, JSON.parse(JSON.stringify(s)));
    expect(again).toEqual(s);
    expect(currentNode(sc, ok(again)).text?.en).toBe('How do you open?');
  });
  it('refuses a save whose history no longer fits the scenario', () => {
    const s = play(choose(1), cont);
    expect(
      isInvalid(
        resume(sc, {
          ...s,
          history: [
            { node: 'open', choiceIndex: 1 },
            { node: 'steer', choiceIndex: 0 },
          ],
          node: 'end-good',
        }),
      ),
    ).toBe(true);
    expect(isInvalid(resume(sc, { ...s, node: 'end-good' }))).toBe(true);
  });
  it('refuses garbage and saves from another scenario', () => {
    expect(isInvalid(resume(sc, 'nonsense'))).toBe(true);
    expect(isInvalid(resume(sc, { ...start(sc, 1, fileOrder(sc)), scenario: 'other' }))).toBe(true);
    expect(isInvalid(resume(sc, { ...start(sc, 1, fileOrder(sc)), extra: 1 }))).toBe(true);
  });
});
