// The words of the results screen, read from its presenter in Node: the score, stars and a new best (never at a
// booth), which buttons there are for a self-learner, on the last level, at a booth and in a workshop, the teams'
// scoreboard, the mix-ups that came back, and each answer with its verdict, the accepted answer and why.
import { afterEach, describe, expect, it } from 'vitest';
import { loadLang, setLang } from '../../../src/core/i18n';
import type { RoundSummary, SummaryItem } from '../../../src/core/round';
import { initialFocus, presentResults, type ResultsInput } from '../../../src/arcade/results.present';

afterEach(() => setLang('en'));

const en = (s: string) => ({ en: s });
const item = (title: string, verdict: SummaryItem['verdict'], o: Partial<SummaryItem> = {}): SummaryItem => ({
  title: en(title),
  verdict,
  answer: en('Clear'),
  explanation: en(`Because of ${title}.`),
  ...o,
});
const summary: RoundSummary = {
  score: 40,
  maxScore: 60,
  stars: 2,
  headline: en('You placed most cards well.'),
  items: [
    item('Card A', 'right', { expected: en('Clear') }),
    item('Card B', 'wrong', { expected: en('Complex'), mixup: { chosen: en('Clear'), fits: en('Complex') } }),
    item('Card C', 'wrong', { expected: en('Complex'), mixup: { chosen: en('Clear'), fits: en('Complex') } }),
    item('Card D', 'partial', { answer: en('Complicated'), expected: en('Complex') }),
    item('Card E', 'info'),
  ],
};
const input = (o: Partial<ResultsInput> = {}): ResultsInput => ({
  game: en('Cynefin sorting'),
  level: en('First sort'),
  summary,
  newBest: true,
  next: true,
  last: false,
  ...o,
});
const booth = [
  { id: 'name', label: 'Add my name to today’s board', style: 'primary' as const },
  { id: 'again', label: 'Play again', style: 'quiet' as const },
  { id: 'done', label: 'I’m done', style: 'quiet' as const },
];
const exportButton = { id: 'export', label: 'Export the session', style: 'quiet' as const };

describe('the score', () => {
  it('names the game and level, the score, the stars and a new best', () => {
    const v = presentResults(input());
    expect(v.header).toBe('Cynefin sorting: First sort');
    expect(v.score).toBe('Score 40 of 60');
    expect(v.stars).toBe(2);
    expect(v.starsText).toBe('2 of 3 stars');
    expect(v.newBest).toBe('★ New best score!');
    expect(v.headline).toBe('You placed most cards well.');
    expect(presentResults(input({ newBest: false, summary: { ...summary, headline: undefined } }))).toMatchObject({ newBest: null, headline: null });
  });

  it('says the score, the stars and a new best after the screen’s name; at a booth or in a workshop no best (it is the device’s)', () => {
    expect(presentResults(input()).announcement).toBe('Score 40 of 60. 2 stars of 3. New best score!');
    expect(presentResults(input({ newBest: false, summary: { ...summary, stars: 1 } })).announcement).toBe('Score 40 of 60. 1 star of 3.');
    expect(presentResults(input({ booth }))).toMatchObject({ newBest: null, announcement: 'Score 40 of 60. 2 stars of 3.' });
    // Teams taking turns on the trainer's device: their scoreboard ranks them, not the device's best.
    expect(presentResults(input({ workshop: { button: exportButton, board: null } }))).toMatchObject({
      newBest: null,
      announcement: 'Score 40 of 60. 2 stars of 3.',
    });
  });
});

describe('the buttons', () => {
  it('offers the next level first once it is open, then play again and the level select', () => {
    const v = presentResults(input());
    expect(v.buttons).toEqual([
      { id: 'next', label: 'Next level', style: 'primary' },
      { id: 'again', label: 'Play again', style: 'quiet' },
      { id: 'levels', label: 'Choose a level', style: 'quiet' },
    ]);
    expect(initialFocus(v.buttons)).toBe('next');
  });

  it('makes Play again the main button without a next level, and adds the recap after the last level', () => {
    const v = presentResults(input({ next: false, last: true }));
    expect(v.buttons.map((b) => [b.id, b.style])).toEqual([
      ['again', 'primary'],
      ['levels', 'quiet'],
      ['recap', 'quiet'],
    ]);
    expect(v.buttons[2]!.label).toBe('What to take home');
    expect(initialFocus(v.buttons)).toBe('again');
  });

  it('shows a booth’s own buttons in place of the shell’s: no next level, no level select', () => {
    expect(presentResults(input({ booth })).buttons).toEqual(booth);
  });

  it('focuses a button the screen has: at a booth its first, even once a next level is found (the booth offers none)', () => {
    for (const next of [false, true]) {
      const v = presentResults(input({ booth, next }));
      expect(v.buttons.map((b) => b.id)).not.toContain('next');
      expect(initialFocus(v.buttons)).toBe('name');
    }
    // A workshop's booth too, with its export last; and whatever the buttons, the focus is one of them.
    const ws = presentResults(input({ booth, next: true, workshop: { button: exportButton, board: null } }));
    expect(initialFocus(ws.buttons)).toBe('name');
    for (const i of [
      input(),
      input({ next: false }),
      input({ next: false, last: true }),
      input({ booth }),
      input({ workshop: { button: exportButton, board: null } }),
    ]) {
      const v = presentResults(i);
      expect(v.buttons.map((b) => b.id)).toContain(initialFocus(v.buttons));
    }
  });

  it('adds the workshop’s export last, and its scoreboard between turns to the details', () => {
    const board = { lines: ['1st: Owls, 40 points in 1 round'], next: 'Foxes plays next.' };
    const v = presentResults(input({ last: true, workshop: { button: exportButton, board } }));
    expect(v.buttons.map((b) => b.id)).toEqual(['next', 'again', 'levels', 'recap', 'export']);
    expect(v.details.board).toEqual({ title: 'Scores so far', lines: ['1st: Owls, 40 points in 1 round', 'Foxes plays next.'] });
    expect(presentResults(input({ workshop: { button: exportButton, board: null } })).details.board).toBeNull();
  });
});

describe('the answers, one by one', () => {
  it('gives each answer its verdict with a symbol, the player’s answer, the accepted one and why', () => {
    const v = presentResults(input()).details;
    expect(v.title).toBe('Your answers, one by one');
    expect(v.answers.map((a) => a.verdictText)).toEqual(['✓ Right', '✗ Not this time', '✗ Not this time', '◐ Partly right', '• Note']);
    expect(v.answers[3]).toEqual({
      verdict: 'partial',
      verdictText: '◐ Partly right',
      title: 'Card D',
      answer: 'Your answer: Complicated',
      expected: 'Accepted: Complex',
      why: 'Because of Card D.',
    });
    expect(v.answers[4]!.expected).toBeNull();
  });

  it('uses the game’s own words for its verdicts and the accepted answer, keeping the shell’s symbols', () => {
    const own = { ...summary, labels: { right: en('Best move'), wrong: en('Risky'), expected: en('A better move') } };
    const v = presentResults(input({ summary: own })).details;
    expect(v.answers.map((a) => a.verdictText)).toEqual(['✓ Best move', '✗ Risky', '✗ Risky', '◐ Partly right', '• Note']);
    expect(v.answers[1]!.expected).toBe('A better move: Complex');
  });

  it('names a mix-up that came back more than once, and none that came once', () => {
    expect(presentResults(input()).details.mixups).toEqual({
      title: 'What you mixed up more than once',
      lines: ['2 times you chose Clear where Complex fitted better.'],
    });
    expect(presentResults(input({ summary: { ...summary, items: summary.items.slice(0, 2) } })).details.mixups).toBeNull();
  });

  it('speaks the player’s language', async () => {
    await loadLang('fr');
    setLang('fr');
    const v = presentResults(input());
    expect(v.buttons[0]!.label).toBe('Niveau suivant');
    expect(v.score).not.toBe('Score 40 of 60');
  });
});
