// The words a Cynefin player sees and hears, read from the presenter in Node: the HUD with its clock, the card,
// the board, the feedback blocks with their verdicts, the question and the Next button.
import { describe, expect, it } from 'vitest';
import { currentCard, start, type CynefinState } from '../../../../src/games/cynefin/model';
import { cardAnnouncement, hudLine, present, timeWarning } from '../../../../src/games/cynefin/present';
import { act, fixture, playAll, playRight } from './fixture';

const level = fixture();
const untimed = fixture({ timerSeconds: undefined, showConfused: true });
const none = { feedback: null, holding: false };

/** Deals until the given card is current, playing the others right. */
function until(cardId: string, seed = 7): CynefinState {
  let s = start(level, seed);
  while (currentCard(level, s)?.id !== cardId) s = playRight(level, s);
  return s;
}

describe('HUD', () => {
  it('names the card, the score and the clock in minutes and seconds', () => {
    const s = start(level, 1);
    expect(hudLine(s)).toBe('Card 1 of 6 · Score 0 · 1:00 left');
    expect(hudLine(act(level, s, { type: 'tick', seconds: 7 }))).toBe('Card 1 of 6 · Score 0 · 0:53 left');
    expect(present(level, s, none).hud).toBe(hudLine(s));
  });

  it('shows the streak from 2 on, and no clock on an untimed level', () => {
    let s = start(untimed, 1);
    expect(hudLine(s)).toBe('Card 1 of 6 · Score 0');
    s = playRight(untimed, s);
    expect(hudLine(s)).not.toContain('Streak');
    s = playRight(untimed, s);
    expect(hudLine(s)).toMatch(/^Card 3 of 6 · Score \d+ · Streak 2$/);
  });

  it('warns once, at one minute left', () => {
    const timed = fixture({ timerSeconds: 90 });
    let s = start(timed, 1);
    expect(timeWarning(s)).toBeNull();
    s = act(timed, s, { type: 'tick', seconds: 30 });
    expect(timeWarning(s)).toBe('1 minute left.');
    expect(timeWarning(act(timed, s, { type: 'tick', seconds: 1 }))).toBeNull();
  });
});

describe('placing', () => {
  it('shows the prompt, the card with its accessible name and hint, and every domain on the board', () => {
    const s = until('f-clear');
    const v = present(level, s, none);
    expect(v.place?.prompt).toBe('Where does this situation belong?');
    expect(v.place?.card).toMatchObject({ id: 'f-clear', text: 'A standard permit.', label: 'Situation card: A standard permit.', holding: false });
    expect(v.place?.card.hint).toBe('Drag me to a domain, or pick me up and choose a domain.');
    expect(v.place?.domains.map((d) => d.title)).toEqual(['○ Clear', '▢ Complicated', '◇ Complex', '✶ Chaotic']);
    expect(v.place?.domains[0]).toMatchObject({ label: 'Place in Clear', cue: 'Cause and effect are obvious to everyone' });
    expect(v.feedback).toBeUndefined();
    expect(cardAnnouncement(level, s)).toMatch(/^Card \d of 6\. A standard permit\. Where does this situation belong\?$/);
  });

  it('says the card is picked up while it is held, and shows Confused where the level has it', () => {
    const v = present(level, start(level, 1), { feedback: null, holding: true });
    expect(v.place?.card.label).toMatch(/^Situation card, picked up: /);
    expect(v.place?.card.hint).toBe('Card picked up: now choose a domain.');
    const c = present(untimed, start(untimed, 1), none);
    expect(c.place?.domains.map((d) => d.domain)).toContain('confused');
    expect(c.place?.domains.at(-1)?.title).toBe('? Confused');
  });
});

describe('asking the second question before the reveal', () => {
  it('after placing: the card and where it went, no verdict and no points, then the question and its options', () => {
    const s = act(level, until('f-clear'), { type: 'place', cardId: 'f-clear', domain: 'complex' });
    const v = present(level, s, none);
    expect(v.place).toBeUndefined();
    expect(v.feedback?.kind).toBe('ask');
    expect(v.feedback?.blocks.map((b) => [b.role, b.verdict, b.text])).toEqual([
      ['card', undefined, 'A standard permit.'],
      ['verdict', 'info', 'You placed it in Complex.'],
      ['detail', undefined, 'Before you see how that fared, answer the question: it is scored on its own.'],
    ]);
    // Nothing in the words gives the domain's verdict away.
    expect(v.feedback?.blocks.map((b) => b.text).join(' ')).not.toMatch(/Right|Not quite|best fit|Why not|\+\d/);
    expect(v.feedback?.announce).toBe('You placed it in Complex. What should the city do now?');
    expect(v.question?.heading).toBe('What should the city do now?');
    // The card's own moves, in the order this round dealt them, each its own text: no domain name, no pattern name.
    expect(v.question?.options.map((o) => o.choice)).toEqual(s.options[s.order.indexOf('f-clear')]);
    expect(v.question?.options.map((o) => o.label).sort()).toEqual([
      'a move no reading supports',
      'another move no reading supports',
      'the best move for clear',
    ]);
    expect(v.next).toBeUndefined();
  });
});

describe('the reveal: both verdicts after the second answer', () => {
  const reveal = (id: string) => ({ feedback: { cardId: id }, holding: false });

  it('after a right card: both verdicts right, the explanation and why the tempting neighbour is not it, then Next', () => {
    let s = act(level, until('f-clear'), { type: 'place', cardId: 'f-clear', domain: 'clear' });
    s = act(level, s, { type: 'second', cardId: 'f-clear', choice: 'o-best' });
    const v = present(level, s, reveal('f-clear'));
    expect(v.feedback?.kind).toBe('reveal');
    expect(v.feedback?.blocks.map((b) => [b.role, b.verdict, b.text, b.fresh])).toEqual([
      ['card', undefined, 'A standard permit.', false],
      ['verdict', 'right', expect.stringMatching(/^✓ Right\. You chose Clear\. \(\+1[03]\)$/), true],
      ['detail', undefined, expect.stringMatching(/^e1( Streak bonus \+3\.)?$/), true],
      ['detail', undefined, 'Why not Complicated? t1', true],
      ['verdict', 'right', '✓ Best move. the best move for clear (+4)', true],
      ['detail', undefined, 'fits best s1', true],
    ]);
    expect(v.feedback?.announce).toMatch(/^✓ Right\. You chose Clear\. \(\+\d+\) e1 .*Why not Complicated\? t1/);
    // The HUD still names the card whose verdicts are shown.
    expect(v.hud).toMatch(new RegExp(`^Card ${s.index} of 6 · Score ${s.score}( · Streak \\d)? · 1:00 left$`));
    expect(v.question).toBeUndefined();
    expect(v.next).toEqual({ label: expect.stringMatching(/^(Next card|See the results)$/), done: expect.any(Boolean) });
  });

  it('after a borderline placement: partly right, why the domain half fits, the best fit', () => {
    let s = act(level, until('f-borderline'), { type: 'place', cardId: 'f-borderline', domain: 'complex' });
    s = act(level, s, { type: 'second', cardId: 'f-borderline', choice: 'o-complex' });
    const v = present(level, s, reveal('f-borderline'));
    expect(v.feedback?.blocks[1]).toMatchObject({ verdict: 'partial', text: '◐ Partly right. You chose Complex. (+5)' });
    expect(v.feedback?.blocks[2]?.text).toBe('parents may change routes The best fit is Complicated. e2');
    expect(v.feedback?.blocks[3]?.text).toBe('Why not Complex? t2');
    // The move that fits the Complex reading: part credit, its own why, then the best move and its why.
    expect(v.feedback?.blocks[4]).toMatchObject({ verdict: 'partial', text: '◐ Fits your reading, in part. the move for complex (+2)' });
    expect(v.feedback?.blocks[5]?.text).toBe('fits complex The best move here: the best move for complicated. s2');
  });

  it('after a wrong placement and a wrong second answer: not quite twice, the better answers, and Next', () => {
    let s = act(level, until('f-chaotic'), { type: 'place', cardId: 'f-chaotic', domain: 'clear' });
    s = act(level, s, { type: 'second', cardId: 'f-chaotic', choice: 'o-miss' });
    const v = present(level, s, reveal('f-chaotic'));
    expect(v.feedback?.blocks.map((b) => b.text)).toEqual([
      'A flood at 2 a.m.',
      '✗ Not quite. You chose Clear. (+0)',
      'The best fit is Chaotic. e4',
      'Why not Clear? t4',
      '✗ Not the best move. a move no reading supports (+0)',
      'misses The best move here: the best move for chaotic. s4',
    ]);
    expect(v.feedback?.blocks.map((b) => b.fresh)).toEqual([false, true, true, true, true, true]);
    expect(v.question).toBeUndefined();
    expect(v.next).toEqual({ label: 'Next card', done: false });
  });

  it('says Confused is not for hard cards when a card is parked there wrongly', () => {
    const adv = fixture({ showConfused: true });
    let s = start(adv, 7);
    while (currentCard(adv, s)?.id !== 'f-complex') s = playRight(adv, s);
    s = act(adv, s, { type: 'place', cardId: 'f-complex', domain: 'confused' });
    s = act(adv, s, { type: 'second', cardId: 'f-complex', choice: 'o-miss' });
    const text = present(adv, s, reveal('f-complex')).feedback?.blocks[2]?.text;
    expect(text).toBe(
      'The best fit is Complex. Confused is for a situation where people cannot agree which domain they are in, not for one that is merely hard. e3',
    );
  });

  it('offers the results after the last card', () => {
    const done = playAll(level, start(level, 3), playRight);
    const last = done.answers.at(-1)!.cardId;
    expect(present(level, done, reveal(last)).next).toEqual({ label: 'See the results', done: true });
  });
});
