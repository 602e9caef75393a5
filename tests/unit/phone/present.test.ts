// The phone page's words, as a participant reads them: where the room is, its clock and how many answered (never
// what), their own result at the reveal (or none marked, for a first check), and how the room answered, in people
// and teams with a split team said as such.
import { describe, expect, it } from 'vitest';
import { barLines, clock, revealLines, statusLine, type RoomView } from '../../../src/phone/present';
import { normaliseCode, showCode, CODE } from '../../../src/core/livePhone';

const view = (o: Partial<RoomView> = {}): RoomView => ({
  code: 'ABCD2345',
  lang: 'en',
  unit: 'card',
  phase: 'vote',
  index: 1,
  total: 9,
  paused: false,
  secondsLeft: 75,
  people: 24,
  answered: 17,
  cardId: 'c2',
  text: 'A situation',
  question: 'Which domain?',
  options: [
    { id: 'clear', label: '○ Clear', mark: '○', text: '' },
    { id: 'complex', label: '◇ Complex', mark: '◇', text: '' },
  ],
  teams: [],
  explanation: '',
  accepted: [],
  bars: [],
  ...o,
});

describe('the phone page', () => {
  it('says where the room is, the time left and how many answered, never what', () => {
    expect(statusLine(view())).toBe('Card 2 of 9 · 1:15 left · 17 of 24 answered');
    expect(statusLine(view({ unit: 'decision', secondsLeft: -1 }))).toBe('Decision 2 of 9 · 17 of 24 answered');
    expect(statusLine(view({ paused: true }))).toContain('The trainer has paused the room.');
    expect(statusLine(view({ secondsLeft: 0 }))).toContain('Time is up');
    expect(statusLine(view({ phase: 'reveal' }))).toBe('Card 2 of 9');
    expect(clock(605)).toBe('10:05');
  });

  it('gives a participant their own result at the reveal, with what fits and why', () => {
    const revealed = view({ phase: 'reveal', accepted: [{ option: 'complex', credit: 1, why: 'Nobody can know in advance.' }] });
    expect(revealLines(revealed, 'clear')).toEqual({
      yours: 'You answered: ○ Clear.',
      verdict: 'Not this time.',
      fits: ['What fits: ◇ Complex. Nobody can know in advance.'],
    });
    expect(revealLines(revealed, 'complex').verdict).toBe('It fits.');
    expect(revealLines(revealed, null)).toMatchObject({ yours: 'You did not answer this one.', verdict: '' });
    const part = view({
      phase: 'reveal',
      accepted: [
        { option: 'complex', credit: 1, why: '' },
        { option: 'clear', credit: 0.5, why: '' },
      ],
    });
    expect(revealLines(part, 'clear').verdict).toBe('Partly: it earns part of the points.');
  });

  it('marks nothing right for a first check: the room’s starting point', () => {
    expect(revealLines(view({ phase: 'reveal' }), 'clear')).toEqual({
      yours: 'You answered: ○ Clear.',
      verdict: 'No answer is marked right here: this question shows where the room starts.',
      fits: [],
    });
  });

  it('says how the room answered in people and teams, and a team split evenly as such', () => {
    const v = view({
      phase: 'reveal',
      bars: [
        { option: 'clear', people: 1, teams: 0, tiedTeams: 1 },
        { option: 'complex', people: 9, teams: 3, tiedTeams: 0 },
      ],
    });
    expect(barLines(v)).toEqual(['○ Clear: 1 person; no team, and 1 team split evenly', '◇ Complex: 9 people; 3 teams']);
  });

  it('reads a typed code however it is written, and shows it in two groups', () => {
    expect(normaliseCode(' abcd-2345 ')).toBe('ABCD2345');
    expect(CODE.test(normaliseCode('abcd 2345'))).toBe(true);
    // Letters that could be misread are not in any code.
    expect(CODE.test('ABCD0O1I')).toBe(false);
    expect(showCode('ABCD2345')).toBe('ABCD-2345');
  });
});
