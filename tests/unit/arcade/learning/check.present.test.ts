// The before-and-after check read from its presenter in Node: what the check is before it starts, each question
// with its place in the form and its options in the order drawn (never a word of right or wrong), what is said
// between questions, the end screens, a game without a check, and what is focused first.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { loadLang, setLang } from '../../../../src/core/i18n';
import type { Check } from '../../../../src/core/check';
import { reviewLines } from '../../../../src/arcade/learning/checkReview';
import {
  checkHeading,
  doneAnnouncement,
  initialFocus,
  presentCheck,
  progressAnnouncement,
  type CheckInput,
} from '../../../../src/arcade/learning/check.present';

afterEach(() => setLang('en'));

const check = JSON.parse(readFileSync('src/games/cynefin/check.json', 'utf8')) as Check;
const q = check.forms.a[0]!;
const input = (o: Partial<CheckInput> = {}): CheckInput => ({
  phase: 'intro',
  game: 'Cynefin sorting',
  when: 'before',
  total: check.forms.a.length,
  index: 0,
  question: null,
  review: [],
  ...o,
});
const asked = (order: string[], index = 1): CheckInput => input({ phase: 'question', index, question: { prompt: q.prompt, options: q.options, order } });

describe('before the check starts', () => {
  it('names the game in the title bar and, for a screen reader, which check it is', () => {
    const v = presentCheck(input());
    expect(v.header).toBe('Cynefin sorting');
    expect(v.heading).toBe('Cynefin sorting: what you know');
    expect(checkHeading('Cynefin sorting', 'after')).toBe('Cynefin sorting: what you learned');
  });

  it('says what the first check is, how many questions, and that nothing is marked yet, with Start focused', () => {
    const v = presentCheck(input());
    expect(v.panel).toMatchObject({ id: 'about', title: 'Before you start', size: 'full' });
    expect(v.panel!.lines[0]!.text).toMatch(/^9 short questions on the ideas of this game/);
    expect(v.panel!.lines[0]!.text).toContain('nothing is marked right or wrong yet');
    expect(v.bottom).toEqual({ id: 'start', label: 'Start' });
    expect(initialFocus('intro')).toBe('start');
  });

  it('says the second check has new questions on the same ideas', () => {
    const v = presentCheck(input({ when: 'after' }));
    expect(v.panel!.title).toBe('After the last level');
    expect(v.panel!.lines[0]!.text).toMatch(/^9 new questions on the same ideas/);
  });

  it('says it is loading until the check comes', () => {
    const v = presentCheck(input({ phase: 'loading' }));
    expect(v.message).toBe('Loading levels…');
    expect(v.panel).toBeNull();
    expect(v.bottom).toBeNull();
  });

  it('says so when the game has no check, with the way back to the levels', () => {
    const v = presentCheck(input({ phase: 'missing' }));
    expect(v.panel).toEqual({ id: 'about', title: 'This game has no check yet.', lines: [], size: 'short' });
    expect(v.bottom).toEqual({ id: 'done', label: 'Back to the levels' });
    expect(initialFocus('missing')).toBe('done');
  });
});

describe('a question', () => {
  it('shows its place in the form and the situation, with the options in the order drawn', () => {
    const ids = q.options.map((o) => o.id).reverse();
    const v = presentCheck(asked(ids));
    expect(v.panel).toEqual({ id: 'question', title: 'Question 2 of 9', lines: [{ kind: 'text', text: q.prompt.en }], size: 'question' });
    expect(v.options.map((o) => o.optionId)).toEqual(ids);
    expect(v.options.map((o) => o.id)).toEqual(['opt-0', 'opt-1', 'opt-2', 'opt-3']);
    expect(v.options.map((o) => o.label)).toEqual(ids.map((id) => q.options.find((o) => o.id === id)!.text.en));
    expect(v.slots).toBe(4);
    expect(v.bottom).toBeNull();
    expect(initialFocus('question')).toBe('opt-0');
  });

  it('never says which option is right, nor why, while the check runs', () => {
    const v = JSON.stringify(presentCheck(asked(q.options.map((o) => o.id))));
    expect(v).not.toContain(q.explanation.en);
    expect(v).not.toMatch(/✓|✗|right|wrong/i);
  });

  it('keeps an option’s place in the order when the question lacks it', () => {
    const v = presentCheck(asked(['nope', q.options[1]!.id]));
    expect(v.options).toEqual([{ id: 'opt-1', label: q.options[1]!.text.en, optionId: q.options[1]!.id }]);
    expect(v.slots).toBe(2);
  });

  it('says only where the player is as the next question comes', () => {
    expect(progressAnnouncement(3, 9)).toBe('Question 3 of 9');
  });
});

describe('the end screens', () => {
  it('after the first check: thanks, that the starting point is saved, and not a word of how it went', () => {
    const rec = { before: { score: 3, total: 9, at: 1, form: 'a' as const, answers: {} } };
    const review = reviewLines(check, rec, 'before');
    const v = presentCheck(input({ phase: 'done', review }));
    expect(v.panel).toMatchObject({ id: 'result', title: 'Your check', size: 'full' });
    expect(v.panel!.lines).toEqual(review);
    expect(v.panel!.lines[0]!.text).toContain('your starting point is saved');
    expect(JSON.stringify(v)).not.toMatch(/3 of 9|right|wrong/);
    expect(v.bottom).toEqual({ id: 'done', label: 'Back to the levels' });
    expect(doneAnnouncement(review)).toBe(review[0]!.text);
    expect(initialFocus('done')).toBe('done');
  });

  it('after the second: both scores compared, said first', () => {
    const rec = { before: { score: 3, total: 9, at: 1 }, after: { score: 7, total: 9, at: 2 } };
    const review = reviewLines(check, rec, 'after');
    expect(doneAnnouncement(review)).toBe('Before you started: 3 of 9. Now: 7 of 9. 4 more right.');
    expect(doneAnnouncement([])).toBe('');
  });
});

it('speaks the player’s language', async () => {
  await loadLang('fr');
  setLang('fr');
  const v = presentCheck(input());
  expect(v.panel!.title).toBe('Avant de commencer');
  expect(v.bottom!.label).toBe('Commencer');
  expect(presentCheck(asked(q.options.map((o) => o.id))).panel!.lines[0]!.text).toBe(q.prompt.fr);
});
