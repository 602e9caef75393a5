// The live room's rules for people: each team's answer is its members' majority (ties, late answers), phones placed in
// teams and the room full at 300, answering and changing until the reveal, moving team, the counts and the rate limit.
import { describe, expect, it } from 'vitest';
import {
  LIVE_MAX_PEOPLE,
  LIVE_RATE_COUNT,
  LIVE_RATE_MS,
  actLive,
  answerLive,
  answeredPeople,
  joinSeat,
  majority,
  membersOf,
  moveSeat,
  peopleTally,
  placeSeat,
  tiesOf,
  withinRate,
  type LiveAnswer,
  type LiveResult,
  type LiveState,
} from '../../../src/core/live';
import { isInvalid, startRoom, type RoomAction, type RoomRule } from '../../../src/core/room';

const OPTIONS = ['clear', 'complicated', 'complex', 'chaotic'];
const rules: RoomRule[] = [
  { id: 'c1', options: OPTIONS, credit: { complex: 1 } },
  { id: 'c2', options: OPTIONS, credit: { clear: 1 } },
  { id: 'c3', options: OPTIONS, credit: { chaotic: 1 } },
];

function live(o: { teams?: string[]; cardSeconds?: number | null } = {}): LiveState {
  return { room: startRoom({ levelId: 'lvl', teams: o.teams ?? ['t1', 't2'], items: rules.map((r) => r.id), cardSeconds: o.cardSeconds ?? null }), seats: {} };
}

/** The state, or a failed test naming the refusal. */
function ok(r: LiveResult): LiveState {
  if (isInvalid(r)) throw new Error(`refused: ${r.code}`);
  return r;
}

const refusal = (r: LiveResult): string | null => (isInvalid(r) ? r.code : null);

/** Seats s1..sn joined in order, each placed by the rules (or in the team given). */
function seated(s: LiveState, ...teams: Array<string | undefined>): LiveState {
  teams.forEach((team, i) => {
    s = ok(joinSeat(s, `s${Object.keys(s.seats).length + 1}`, { key: `k${i}`, ...(team ? { team } : {}) }));
  });
  return s;
}

const answer = (s: LiveState, seat: string, option: string, at: number): LiveState => ok(answerLive(s, rules, OPTIONS, seat, option, at));
const act = (s: LiveState, a: RoomAction): LiveState => ok(actLive(s, rules, OPTIONS, a));
const a = (option: string, at: number, late = false): LiveAnswer => (late ? { option, at, late: true } : { option, at });

describe('majority: a team answers what most of its members chose', () => {
  it('takes the option most members chose, at the time its last member gave it', () => {
    const m = majority([a('clear', 10), a('complex', 20), a('clear', 30), a('chaotic', 40)]);
    expect(m).toEqual({ vote: { option: 'clear', at: 30 }, tied: [], count: 2 });
  });

  it('with nobody answering, the team has no answer', () => {
    expect(majority([])).toBeNull();
  });

  it('a tie lists the tied options, earliest first, and counts as the option whose first answer came first', () => {
    const m = majority([a('complex', 50), a('clear', 10), a('complex', 60), a('clear', 70), a('chaotic', 5)]);
    expect(m?.tied).toEqual(['clear', 'complex']);
    expect(m?.count).toBe(2);
    expect(m?.vote).toEqual({ option: 'clear', at: 70 });
    // The other way round, the other option.
    expect(majority([a('complex', 5), a('clear', 10), a('complex', 60), a('clear', 70)])?.vote.option).toBe('complex');
  });

  it('is late only when every answer for the winning option came after time was up', () => {
    expect(majority([a('clear', 10, true), a('clear', 20, true)])?.vote).toEqual({ option: 'clear', at: 20, late: true });
    // One of the winning answers was in time: the team's answer was in time.
    expect(majority([a('clear', 10), a('clear', 20, true)])?.vote.late).toBeUndefined();
    // A late answer for another option does not make the winner late.
    expect(majority([a('clear', 10), a('clear', 20), a('complex', 30, true)])?.vote.late).toBeUndefined();
  });
});

describe('placing phones in teams', () => {
  it('puts a new phone in the team with fewest members, the first one on a tie', () => {
    let s = live({ teams: ['t1', 't2', 't3'] });
    expect(placeSeat(s)).toBe('t1');
    s = seated(s, undefined, undefined, undefined, undefined);
    expect(Object.values(s.seats).map((x) => x.team)).toEqual(['t1', 't2', 't3', 't1']);
    expect(placeSeat(s)).toBe('t2');
    // A team filled by choice is skipped by placement.
    s = seated(live({ teams: ['t1', 't2', 't3'] }), 't1', 't1', 't2');
    expect(placeSeat(s)).toBe('t3');
  });

  it('honours the team a phone asks for, even the fullest, and places one asking for an unknown team', () => {
    let s = seated(live(), 't1', 't1');
    expect(placeSeat(s, 't1')).toBe('t1');
    s = ok(joinSeat(s, 'x', { key: 'kx', team: 't1' }));
    expect(s.seats.x?.team).toBe('t1');
    expect(placeSeat(s, 'nope')).toBe('t2');
    s = ok(joinSeat(s, 'y', { key: 'ky', team: 'nope', nick: 'Ana' }));
    expect(s.seats.y).toEqual({ team: 't2', nick: 'Ana', answers: {}, key: 'ky' });
    expect(membersOf(s, 't1')).toEqual(['s1', 's2', 'x']);
  });

  it('joining again with a seat already taken changes nothing', () => {
    const s = seated(live(), 't2');
    expect(joinSeat(s, 's1', { key: 'other', team: 't1' })).toBe(s);
  });

  it(`holds ${LIVE_MAX_PEOPLE} phones and refuses the next one as full`, () => {
    let s = live();
    for (let i = 0; i < LIVE_MAX_PEOPLE; i++) s = ok(joinSeat(s, `p${i}`, { key: `k${i}` }));
    expect(Object.keys(s.seats)).toHaveLength(LIVE_MAX_PEOPLE);
    expect(membersOf(s, 't1')).toHaveLength(LIVE_MAX_PEOPLE / 2);
    expect(refusal(joinSeat(s, 'one-more', { key: 'late' }))).toBe('roomFull');
    // A phone coming back to its own seat is not a new person.
    expect(joinSeat(s, 'p7', { key: 'k7' })).toBe(s);
  });

  it('a room without teams places nobody', () => {
    const s = live({ teams: [] });
    expect(placeSeat(s)).toBeNull();
    expect(refusal(joinSeat(s, 's1', { key: 'k' }))).toBe('unknownTeam');
  });
});

describe('answering from a phone', () => {
  it("records the phone's answer and makes it its team's vote, changeable until the reveal", () => {
    let s = seated(live(), 't1', 't2');
    s = answer(s, 's1', 'complex', 1000);
    expect(s.seats.s1?.answers.c1).toEqual({ option: 'complex', at: 1000 });
    expect(s.room.votes.c1).toEqual({ t1: { option: 'complex', at: 1000 } });
    s = answer(s, 's1', 'clear', 2000);
    expect(s.seats.s1?.answers.c1).toEqual({ option: 'clear', at: 2000 });
    expect(s.room.votes.c1?.t1?.option).toBe('clear');
    s = act(s, { type: 'reveal' });
    expect(refusal(answerLive(s, rules, OPTIONS, 's1', 'chaotic', 3000))).toBe('notVoting');
    expect(refusal(answerLive(s, rules, OPTIONS, 's2', 'chaotic', 3000))).toBe('notVoting');
    expect(s.room.votes.c1?.t1?.option).toBe('clear');
    // The next card starts with no answer from anyone; the last card's answers stay in the seats.
    s = act(s, { type: 'next' });
    expect(answeredPeople(s, 'c2')).toEqual({ answered: 0, people: 2 });
    s = answer(s, 's2', 'chaotic', 4000);
    expect(s.seats.s2?.answers).toEqual({ c2: { option: 'chaotic', at: 4000 } });
    expect(s.seats.s1?.answers.c1?.option).toBe('clear');
  });

  it('refuses while paused, an option the card does not have, and a seat that is not in the room', () => {
    const s = seated(live(), 't1');
    const paused = act(s, { type: 'pause' });
    expect(refusal(answerLive(paused, rules, OPTIONS, 's1', 'clear', 1))).toBe('paused');
    expect(refusal(answerLive(s, rules, OPTIONS, 's1', 'purple', 1))).toBe('unknownOption');
    expect(refusal(answerLive(s, rules, OPTIONS, 'ghost', 'clear', 1))).toBe('unknownSeat');
    const resumed = act(paused, { type: 'resume' });
    expect(answer(resumed, 's1', 'clear', 2).room.votes.c1?.t1?.option).toBe('clear');
  });

  it("works the team's vote out again from all its members each time one answers", () => {
    // t1: s1, s3, s5; t2: s2, s4.
    let s = seated(live(), undefined, undefined, undefined, undefined, undefined);
    s = answer(s, 's1', 'clear', 10);
    s = answer(s, 's3', 'complex', 20);
    s = answer(s, 's5', 'complex', 30);
    expect(s.room.votes.c1?.t1).toEqual({ option: 'complex', at: 30 });
    // One member changes its mind: the majority goes back.
    s = answer(s, 's5', 'clear', 40);
    expect(s.room.votes.c1?.t1).toEqual({ option: 'clear', at: 40 });
    // The other team is untouched by t1's members.
    expect(s.room.votes.c1?.t2).toBeUndefined();
    s = answer(s, 's2', 'chaotic', 50);
    expect(s.room.votes.c1).toEqual({ t1: { option: 'clear', at: 40 }, t2: { option: 'chaotic', at: 50 } });
  });

  it('marks an answer given after the clock reached zero as late, and the team vote with it', () => {
    let s = seated(live({ cardSeconds: 30 }), 't1', 't1');
    s = answer(s, 's1', 'clear', 10);
    s = act(s, { type: 'tick', seconds: 30 });
    expect(s.room.secondsLeft).toBe(0);
    s = answer(s, 's2', 'complex', 20);
    expect(s.seats.s2?.answers.c1).toEqual({ option: 'complex', at: 20, late: true });
    expect(s.seats.s1?.answers.c1?.late).toBeUndefined();
    // 1 to 1, clear came first and was in time.
    expect(s.room.votes.c1?.t1).toEqual({ option: 'clear', at: 10 });
    s = answer(s, 's1', 'complex', 30);
    expect(s.room.votes.c1?.t1).toEqual({ option: 'complex', at: 30, late: true });
  });
});

describe('moving a phone to another team', () => {
  it("works both teams' votes on the card on screen out again", () => {
    let s = seated(live(), 't1', 't1', 't2');
    s = answer(s, 's1', 'clear', 10);
    s = answer(s, 's2', 'complex', 20);
    s = answer(s, 's3', 'chaotic', 30);
    // t1 is tied clear/complex (clear first); t2 is chaotic.
    expect(s.room.votes.c1).toEqual({ t1: { option: 'clear', at: 10 }, t2: { option: 'chaotic', at: 30 } });
    s = ok(moveSeat(s, 's1', 't2'));
    expect(s.seats.s1?.team).toBe('t2');
    expect(s.seats.s1?.answers.c1?.option).toBe('clear');
    expect(s.room.votes.c1).toEqual({ t1: { option: 'complex', at: 20 }, t2: { option: 'clear', at: 10 } });
    expect(tiesOf(s, 'c1')).toEqual({ t2: ['clear', 'chaotic'] });
    // The last member who answered leaves a team: that team has no answer any more.
    s = ok(moveSeat(s, 's2', 't2'));
    expect(s.room.votes.c1?.t1).toBeUndefined();
    expect(s.room.votes.c1?.t2?.option).toBe('clear');
  });

  it('refuses an unknown seat or team, and staying in the same team changes nothing', () => {
    const s = seated(live(), 't1');
    expect(refusal(moveSeat(s, 'ghost', 't2'))).toBe('unknownSeat');
    expect(refusal(moveSeat(s, 's1', 'nope'))).toBe('unknownTeam');
    expect(moveSeat(s, 's1', 't1')).toBe(s);
  });

  it('after the reveal a phone cannot move: the revealed votes and the bars stay as they were', () => {
    let s = seated(live(), 't1', 't2');
    s = answer(s, 's1', 'clear', 10);
    s = act(s, { type: 'reveal' });
    expect(moveSeat(s, 's1', 't2')).toMatchObject({ invalid: true, code: 'notVoting' });
    expect(s.room.votes.c1).toEqual({ t1: { option: 'clear', at: 10 } });
  });

  it('a move never takes away an answer the trainer keyed in for a team', () => {
    // s1 (t1) has not answered; the trainer keyed answers for both teams.
    let s = seated(live(), 't1', 't2');
    s = act(s, { type: 'vote', team: 't1', option: 'complex', at: 5 });
    s = act(s, { type: 'vote', team: 't2', option: 'chaotic', at: 6 });
    s = ok(moveSeat(s, 's1', 't2'));
    expect(s.room.votes.c1).toEqual({ t1: { option: 'complex', at: 5 }, t2: { option: 'chaotic', at: 6 } });
  });
});

describe('what the room is shown', () => {
  function fiveAnswered(): LiveState {
    // t1: s1, s3, s5; t2: s2, s4; s6 (t2) does not answer.
    let s = seated(live(), undefined, undefined, undefined, undefined, undefined, undefined);
    s = answer(s, 's1', 'clear', 10);
    s = answer(s, 's3', 'clear', 20);
    s = answer(s, 's5', 'chaotic', 30);
    s = answer(s, 's2', 'complex', 40);
    return answer(s, 's4', 'chaotic', 50);
  }

  it('counts the phones that answered the card, of all in the room', () => {
    const s = fiveAnswered();
    expect(answeredPeople(s, 'c1')).toEqual({ answered: 5, people: 6 });
    expect(answeredPeople(s, 'c2')).toEqual({ answered: 0, people: 6 });
    expect(answeredPeople(live(), 'c1')).toEqual({ answered: 0, people: 0 });
  });

  it('counts people per option, every option of the card listed, in its order', () => {
    const s = fiveAnswered();
    expect(peopleTally(s, rules[0]!, 'c1')).toEqual({ clear: 2, complicated: 0, complex: 1, chaotic: 2 });
    expect(Object.keys(peopleTally(s, rules[0]!, 'c1'))).toEqual(OPTIONS);
    // An answer that is not one of this rule's options is not counted.
    expect(peopleTally(s, { id: 'c1', options: ['clear', 'complex'], credit: {} }, 'c1')).toEqual({ clear: 2, complex: 1 });
    expect(peopleTally(s, rules[1]!, 'c2')).toEqual({ clear: 0, complicated: 0, complex: 0, chaotic: 0 });
  });

  it('shows the teams split evenly, with what they are split between; a clear majority or no answer is no tie', () => {
    const s = fiveAnswered();
    expect(tiesOf(s, 'c1')).toEqual({ t2: ['complex', 'chaotic'] });
    expect(tiesOf(s, 'c2')).toEqual({});
  });
});

describe('withinRate: a phone tapping fast', () => {
  const now = 100_000;

  it(`allows ${LIVE_RATE_COUNT} answers in ${LIVE_RATE_MS} ms and refuses the next`, () => {
    const times = Array.from({ length: LIVE_RATE_COUNT - 1 }, (_, i) => now - 100 * i);
    expect(withinRate([], now)).toBe(true);
    expect(withinRate(times, now)).toBe(true);
    expect(withinRate([...times, now - 1], now)).toBe(false);
  });

  it('forgets answers older than the window', () => {
    const full = Array.from({ length: LIVE_RATE_COUNT }, (_, i) => now - 10 * i);
    expect(withinRate(full, now)).toBe(false);
    // The oldest of the five drops out of the window first.
    expect(withinRate(full, now - 10 * (LIVE_RATE_COUNT - 1) + LIVE_RATE_MS - 1)).toBe(false);
    expect(withinRate(full, now - 10 * (LIVE_RATE_COUNT - 1) + LIVE_RATE_MS)).toBe(true);
    expect(withinRate([...full.slice(1), now - LIVE_RATE_MS], now)).toBe(true);
  });
});
