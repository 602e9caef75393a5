import { describe, expect, it } from 'vitest';
import { resumeRoom } from '../../../src/core/roomResume';
import { wallSeconds } from '../../../src/core/wallClock';
import {
  ROOM_POINTS,
  applyRoom,
  isInvalid,
  ranks,
  roomScores,
  startRoom,
  tally,
  tryRoom,
  type RoomAction,
  type RoomRule,
  type RoomState,
} from '../../../src/core/room';

const OPTIONS = ['clear', 'complicated', 'complex', 'chaotic'];
const rules: RoomRule[] = [
  { id: 'c1', options: OPTIONS, credit: { complex: 1, complicated: 0.5 } },
  { id: 'c2', options: OPTIONS, credit: { clear: 1 } },
  { id: 'c3', options: OPTIONS, credit: { chaotic: 1 } },
];
const teams = ['t1', 't2', 't3'];

function room(cardSeconds: number | null = null): RoomState {
  return startRoom({ levelId: 'lvl', teams, items: rules.map((r) => r.id), cardSeconds });
}

function run(s: RoomState, ...actions: RoomAction[]): RoomState {
  for (const a of actions) {
    const r = applyRoom(s, rules, OPTIONS, a);
    if (isInvalid(r)) throw new Error(`refused ${a.type}: ${r.code}`);
    s = r;
  }
  return s;
}

const vote = (team: string, option: string, at = 1000): RoomAction => ({ type: 'vote', team, option, at });

describe('a workshop room answering cards together', () => {
  it('takes every team’s answer before the reveal and shows how the room answered, option by option', () => {
    const s = run(room(), vote('t1', 'complex'), vote('t2', 'complicated'), vote('t3', 'complex'));
    expect(tally(s, rules[0]!, 'c1')).toEqual([
      { option: 'clear', teams: [] },
      { option: 'complicated', teams: ['t2'] },
      { option: 'complex', teams: ['t1', 't3'] },
      { option: 'chaotic', teams: [] },
    ]);
    // Nothing scores before the reveal.
    expect(roomScores(s, rules, OPTIONS).every((x) => x.points === 0 && x.max === 0)).toBe(true);
    const r = run(s, { type: 'reveal' });
    expect(r.phase).toBe('reveal');
    const scores = roomScores(r, rules, OPTIONS);
    expect(scores.map((x) => [x.team, x.points])).toEqual([
      ['t1', ROOM_POINTS],
      ['t3', ROOM_POINTS],
      ['t2', ROOM_POINTS / 2],
    ]);
    // A team changes its mind before the reveal, not after.
    expect(tryRoom(r, rules, OPTIONS, vote('t2', 'complex')).refused?.code).toBe('notVoting');
  });

  it('lets a team change its answer until the reveal, and moves to the next team that has not answered', () => {
    let s = run(room(), vote('t1', 'clear'));
    expect(s.active).toBe('t2');
    s = run(s, vote('t1', 'complex'), { type: 'unvote', team: 't1' });
    expect(s.votes.c1?.t1).toBeUndefined();
    expect(s.active).toBe('t1');
    expect(tryRoom(s, rules, OPTIONS, vote('t9', 'clear')).refused?.code).toBe('unknownTeam');
    expect(tryRoom(s, rules, OPTIONS, vote('t1', 'purple')).refused?.code).toBe('unknownOption');
  });

  it('goes back one step over a reveal without counting the card twice', () => {
    let s = run(room(), vote('t1', 'complex'), { type: 'reveal' });
    expect(roomScores(s, rules, OPTIONS)[0]).toMatchObject({ team: 't1', points: 10, max: 10 });
    s = run(s, { type: 'back' });
    expect(s.phase).toBe('vote');
    expect(s.votes.c1?.t1?.option).toBe('complex');
    expect(roomScores(s, rules, OPTIONS).find((x) => x.team === 't1')?.max).toBe(0);
    s = run(s, { type: 'reveal' }, { type: 'next' });
    expect(s.index).toBe(1);
    s = run(s, { type: 'back' });
    // Back from the next card's vote lands on the last card's reveal.
    expect([s.index, s.phase]).toEqual([0, 'reveal']);
    expect(roomScores(s, rules, OPTIONS).find((x) => x.team === 't1')).toMatchObject({ points: 10, max: 10 });
    expect(tryRoom(run(s, { type: 'back' }), rules, OPTIONS, { type: 'back' }).refused?.code).toBe('atStart');
  });

  it('skips a card unscored, reaches the end, and jumps back to any card for discussion', () => {
    let s = run(room(), { type: 'skip' }, vote('t1', 'clear'), { type: 'reveal' }, { type: 'next' }, { type: 'skip' });
    expect(s.phase).toBe('end');
    expect(roomScores(s, rules, OPTIONS).find((x) => x.team === 't1')).toMatchObject({ points: 10, max: 10, right: 1 });
    s = run(s, { type: 'jump', index: 1 });
    expect([s.index, s.phase]).toEqual([1, 'reveal']);
    s = run(s, { type: 'jump', index: 0 });
    expect([s.index, s.phase]).toEqual([0, 'vote']);
    expect(tryRoom(s, rules, OPTIONS, { type: 'jump', index: 7 }).refused?.code).toBe('badIndex');
  });

  it('holds everything while paused except resuming', () => {
    const s = run(room(60), { type: 'pause' });
    for (const a of [vote('t1', 'clear'), { type: 'reveal' } as const, { type: 'tick', seconds: 1 } as const, { type: 'next' } as const]) {
      expect(tryRoom(s, rules, OPTIONS, a).refused?.code).toBe('paused');
    }
    expect(run(s, { type: 'resume' }, vote('t1', 'clear')).votes.c1?.t1?.option).toBe('clear');
  });

  it('still takes an answer keyed in after the card’s time is up, marked late, and gives more time when asked', () => {
    let s = run(room(30), vote('t2', 'clear'), { type: 'tick', seconds: 20 });
    expect(s.secondsLeft).toBe(10);
    s = run(s, { type: 'tick', seconds: 20 });
    expect(s.secondsLeft).toBe(0);
    s = run(s, vote('t1', 'clear'));
    expect(s.votes.c1).toEqual({ t2: { option: 'clear', at: expect.any(Number) }, t1: { option: 'clear', at: expect.any(Number), late: true } });
    // A late answer survives a reload as late.
    expect(resumeRoom(JSON.parse(JSON.stringify(s)), { levelId: 'lvl', teams, items: ['c1', 'c2', 'c3'] })?.votes.c1?.t1?.late).toBe(true);
    s = run(s, { type: 'extend' });
    expect(s.secondsLeft).toBe(30);
    // The next card starts with a full clock.
    s = run(s, { type: 'tick', seconds: 5 }, { type: 'reveal' }, { type: 'next' });
    expect(s.secondsLeft).toBe(30);
    expect(tryRoom(room(null), rules, OPTIONS, { type: 'extend' }).refused?.code).toBe('noTimer');
  });

  it('plays the room’s own story next, and scores it only once the trainer has placed it', () => {
    // Added while card 1 is being answered: the story comes now, and card 1 (its answers kept) right after.
    let s = run(room(), vote('t3', 'chaotic'), { type: 'story', id: 'story-1', text: '  The market traders want the square back on Sundays. ' });
    expect(s.items).toEqual(['story-1', 'c1', 'c2', 'c3']);
    expect([s.index, s.phase]).toEqual([0, 'vote']);
    s = run(s, vote('t1', 'complex'), vote('t2', 'clear'));
    expect(tryRoom(s, rules, OPTIONS, { type: 'reveal' }).refused?.code).toBe('needsAnswer');
    s = run(s, { type: 'reveal', accepted: 'complex', why: 'Nobody knows how the traders and residents will react.' });
    expect(s.stories[0]).toMatchObject({ text: 'The market traders want the square back on Sundays.', accepted: 'complex' });
    expect(roomScores(s, rules, OPTIONS).find((x) => x.team === 't1')?.points).toBe(10);
    expect(tryRoom(s, rules, OPTIONS, { type: 'story', id: 'story-1', text: 'again' }).refused?.code).toBe('badStory');
    expect(tryRoom(s, rules, OPTIONS, { type: 'story', id: 'story-2', text: '   ' }).refused?.code).toBe('badStory');
    // Next comes back to card 1, still open, with its answer.
    s = run(s, { type: 'next' });
    expect([s.items[s.index], s.phase, s.votes.c1?.t3?.option]).toEqual(['c1', 'vote', 'chaotic']);
    // A story after a reveal comes next; from the end summary, last.
    s = run(s, { type: 'reveal' }, { type: 'story', id: 'story-2', text: 'Second' });
    expect(s.items).toEqual(['story-1', 'c1', 'story-2', 'c2', 'c3']);
    s = run(s, { type: 'jump', index: s.items.length }, { type: 'story', id: 'story-3', text: 'Third' });
    expect([s.items.at(-1), s.index, s.phase]).toEqual(['story-3', 4 + 1, 'vote']);
  });

  it('keeps a story as plain text: control and direction characters out, brackets kept as typed', () => {
    const s = run(room(), { type: 'story', id: 'story-1', text: 'Bins \u202Eevil\u0007 <b>now</b>' });
    expect(s.stories[0]?.text).toBe('Bins evil <b>now</b>');
  });

  it('takes no more cards than a session holds', () => {
    const many = startRoom({ levelId: 'lvl', teams, items: Array.from({ length: 39 }, (_, i) => `c${i}`), cardSeconds: null });
    const full = run(many, { type: 'story', id: 'story-1', text: 'One' });
    expect(full.items).toHaveLength(40);
    expect(tryRoom(full, rules, OPTIONS, { type: 'story', id: 'story-2', text: 'Two' }).refused?.code).toBe('full');
  });

  it('gives equal scores the same place', () => {
    expect(ranks([10, 10, 5, 0, 0])).toEqual([1, 1, 3, 4, 4]);
  });

  it('resumes a saved room after a reload, and starts afresh from one that does not fit', () => {
    const s = run(room(45), vote('t1', 'complex'), { type: 'story', id: 'story-1', text: 'A story' }, vote('t2', 'clear'));
    const saved = JSON.parse(JSON.stringify(s)) as unknown;
    const o = { levelId: 'lvl', teams, items: ['c1', 'c2', 'c3'] };
    expect(resumeRoom(saved, o)).toEqual(s);
    expect(resumeRoom(saved, { ...o, teams: ['t1', 't2'] })).toBeNull();
    expect(resumeRoom(saved, { ...o, items: ['c1', 'c3', 'c2'] })).toBeNull();
    expect(resumeRoom({ ...(saved as object), index: 99 }, o)).toBeNull();
    expect(resumeRoom({ ...(saved as object), votes: { c1: { t1: { option: 'x', at: 'soon' } } } }, o)).toBeNull();
    expect(resumeRoom({ ...(saved as object), votes: { c1: { t1: { option: 'x', at: 1e17 } } } }, o)).toBeNull();
    expect(resumeRoom({ ...(saved as object), stories: [{ id: 'story-1', text: '   ', accepted: null, why: '' }] }, o)).toBeNull();
    expect(
      resumeRoom({ ...(saved as object), stories: [{ id: 'story-1', text: 'A story', accepted: 'purple', why: '' }] }, { ...o, storyOptions: OPTIONS }),
    ).toBeNull();
    expect(resumeRoom({ v: 1 }, o)).toBeNull();
    expect(resumeRoom('not a room', o)).toBeNull();
  });

  it('resumes a room saved while paused unpaused, so every key works again', () => {
    const s = run(room(), vote('t1', 'clear'), { type: 'pause' });
    const back = resumeRoom(JSON.parse(JSON.stringify(s)), { levelId: 'lvl', teams, items: ['c1', 'c2', 'c3'] });
    expect(back?.paused).toBe(false);
    expect(run(back!, { type: 'reveal' }).phase).toBe('reveal');
  });

  it('counts every second that passed when the view hands in a long gap (a hidden tab), down to zero and no further', () => {
    const s = run(room(300), { type: 'tick', seconds: 130 });
    expect(s.secondsLeft).toBe(170);
    expect(run(s, { type: 'tick', seconds: 600 }).secondsLeft).toBe(0);
  });
});

describe('the clock on wall time', () => {
  it('counts whole seconds since the last look and carries the rest, however long the gap', () => {
    expect(wallSeconds(1000, 1999)).toEqual({ seconds: 0, countedTo: 1000 });
    expect(wallSeconds(1000, 3500)).toEqual({ seconds: 2, countedTo: 3000 });
    // A hidden tab woken after a minute and a half.
    expect(wallSeconds(0, 90_400)).toEqual({ seconds: 90, countedTo: 90_000 });
    // A clock set back: nothing counted, counting starts again from now.
    expect(wallSeconds(5000, 4000)).toEqual({ seconds: 0, countedTo: 4000 });
  });
});
