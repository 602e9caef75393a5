// The live room: every participant answers from a phone, and each team's answer is its members' majority. This adds
// people to the workshop room's rules (./room): a seat per phone, placed in a team, with its own answer per card;
// the team's vote in the room is worked out again from its members each time one answers, so the room's reveal,
// scores and session record read it as they read a keyed answer. Pure and plain JSON: the server runs it as the
// authority, the trainer's browser keeps it as the session's record (a server restart loses nothing).
import { applyRoom, currentItem, isInvalid, type RoomAction, type RoomRefusal, type RoomRule, type RoomState, type RoomVote } from './room';
import { invalid, type Invalid } from './round';

/** A room holds at most this many phones. */
export const LIVE_MAX_PEOPLE = 300;
/** A nickname is optional, and short. */
export const LIVE_MAX_NICK = 24;
/** A phone may answer (or change its answer) this many times in a window of LIVE_RATE_MS. */
export const LIVE_RATE_COUNT = 5;
export const LIVE_RATE_MS = 5_000;

export interface LiveAnswer {
  option: string;
  at: number;
  late?: true;
}

export interface Seat {
  team: string;
  /** Shown to the trainer only; kept in the trainer's browser, never after the room on the server. */
  nick: string;
  /** itemId -> this phone's answer (changeable until the reveal). */
  answers: Record<string, LiveAnswer>;
  /** A hash of the seat's secret (the phone keeps the secret to come back to its seat; nobody else sees it). */
  key: string;
}

export interface LiveState {
  room: RoomState;
  /** seatId -> seat. A seat stays when its phone sleeps: it comes back to it. */
  seats: Record<string, Seat>;
}

export type LiveRefusal = RoomRefusal | 'unknownSeat' | 'roomFull';
export type LiveResult = LiveState | Invalid<LiveRefusal>;

/** The team a new phone joins: the one it asked for, else the one with fewest members (ties: the first). */
export function placeSeat(s: LiveState, wanted?: string): string | null {
  const teams = s.room.teams;
  if (wanted !== undefined && teams.includes(wanted)) return wanted;
  let best: string | null = null;
  let fewest = Infinity;
  for (const t of teams) {
    const n = membersOf(s, t).length;
    if (n < fewest) {
      best = t;
      fewest = n;
    }
  }
  return best;
}

export function membersOf(s: LiveState, team: string): string[] {
  return Object.keys(s.seats).filter((id) => s.seats[id]!.team === team);
}

export function joinSeat(s: LiveState, seatId: string, o: { key: string; team?: string; nick?: string }): LiveResult {
  if (Object.hasOwn(s.seats, seatId)) return s;
  if (Object.keys(s.seats).length >= LIVE_MAX_PEOPLE) return invalid('roomFull');
  const team = placeSeat(s, o.team);
  if (team === null) return invalid('unknownTeam');
  return { ...s, seats: { ...s.seats, [seatId]: { team, nick: o.nick ?? '', answers: {}, key: o.key } } };
}

/** A phone moves to another team (while the card is answered): both teams' answers to it are worked out again. A
 * team left with no member's answer loses the answer the phone had given it, and keeps one the trainer keyed in. */
export function moveSeat(s: LiveState, seatId: string, team: string): LiveResult {
  const seat = s.seats[seatId];
  if (!seat) return invalid('unknownSeat');
  if (!s.room.teams.includes(team)) return invalid('unknownTeam', team);
  if (seat.team === team) return s;
  const item = currentItem(s.room);
  if (item === undefined || s.room.phase !== 'vote') return invalid('notVoting');
  const seats = { ...s.seats, [seatId]: { ...seat, team } };
  const moved = { seats, room: s.room };
  const left = Object.values(seats).some((x) => x.team === seat.team && x.answers[item]);
  const mine = seat.answers[item];
  let room = left ? withTeamVote(moved, seats, seat.team, item) : s.room;
  if (!left && mine && room.votes[item]?.[seat.team]?.option === mine.option) {
    const card = { ...room.votes[item] };
    delete card[seat.team];
    room = { ...room, votes: { ...room.votes, [item]: card } };
  }
  if (mine) room = withTeamVote({ seats, room }, seats, team, item);
  return { seats, room };
}

/** A team's answer from its members' answers to a card: the option most of them chose, with the options tied with it.
 * A tie counts as the tied option reached first (the earliest of its answers), and is shown as a tie. */
export function majority(answers: readonly LiveAnswer[]): { vote: RoomVote; tied: string[]; count: number } | null {
  const byOption = new Map<string, { n: number; first: number; last: number; late: boolean }>();
  for (const a of answers) {
    const o = byOption.get(a.option) ?? { n: 0, first: Infinity, last: 0, late: false };
    byOption.set(a.option, { n: o.n + 1, first: Math.min(o.first, a.at), last: Math.max(o.last, a.at), late: o.late || Boolean(a.late) });
  }
  if (byOption.size === 0) return null;
  const top = Math.max(...[...byOption.values()].map((o) => o.n));
  const tied = [...byOption].filter(([, o]) => o.n === top).sort((a, b) => a[1].first - b[1].first);
  const [option, o] = tied[0]!;
  // The team's answer came when its last member gave it; late only when every answer for it came after time was up.
  const vote: RoomVote =
    o.late && answers.filter((a) => a.option === option).every((a) => a.late) ? { option, at: o.last, late: true } : { option, at: o.last };
  return { vote, tied: tied.length > 1 ? tied.map(([id]) => id) : [], count: top };
}

/** The room with one team's vote on a card worked out again from its members (no member answered: no vote). */
function withTeamVote(s: LiveState, seats: LiveState['seats'], team: string, itemId: string): RoomState {
  const mine = Object.values(seats)
    .filter((x) => x.team === team && x.answers[itemId])
    .map((x) => x.answers[itemId]!);
  const m = majority(mine);
  const card = { ...(s.room.votes[itemId] ?? {}) };
  if (m) card[team] = m.vote;
  else delete card[team];
  return { ...s.room, votes: { ...s.room.votes, [itemId]: card } };
}

/** A phone's answer to the card on screen (or a changed one): its seat's, then its team's majority. */
export function answerLive(s: LiveState, rules: readonly RoomRule[], storyOptions: readonly string[], seatId: string, option: string, at: number): LiveResult {
  const seat = s.seats[seatId];
  if (!seat) return invalid('unknownSeat');
  // The room's own rule for a vote checks the phase, the pause and the option.
  const probe = applyRoom(s.room, rules, storyOptions, { type: 'vote', team: seat.team, option, at });
  if (isInvalid(probe)) return probe as Invalid<RoomRefusal>;
  const item = currentItem(s.room)!;
  const answer: LiveAnswer = s.room.secondsLeft === 0 ? { option, at, late: true } : { option, at };
  const seats = { ...s.seats, [seatId]: { ...seat, answers: { ...seat.answers, [item]: answer } } };
  return { seats, room: withTeamVote(s, seats, seat.team, item) };
}

/** A trainer's action on the room; the seats are untouched. */
export function actLive(s: LiveState, rules: readonly RoomRule[], storyOptions: readonly string[], a: RoomAction): LiveResult {
  const r = applyRoom(s.room, rules, storyOptions, a);
  return isInvalid(r) ? (r as Invalid<RoomRefusal>) : { ...s, room: r };
}

/** How many phones answered the card, of how many in the room. */
export function answeredPeople(s: LiveState, itemId: string): { answered: number; people: number } {
  const seats = Object.values(s.seats);
  return { answered: seats.filter((x) => x.answers[itemId]).length, people: seats.length };
}

/** For each option of a card, how many people chose it. */
export function peopleTally(s: LiveState, rule: RoomRule, itemId: string): Record<string, number> {
  const out: Record<string, number> = Object.fromEntries(rule.options.map((o) => [o, 0]));
  for (const seat of Object.values(s.seats)) {
    const o = seat.answers[itemId]?.option;
    if (o !== undefined && Object.hasOwn(out, o)) out[o]!++;
  }
  return out;
}

/** The teams whose members are split evenly on a card, with the options they are split between. */
export function tiesOf(s: LiveState, itemId: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const team of s.room.teams) {
    const m = majority(
      Object.values(s.seats)
        .filter((x) => x.team === team && x.answers[itemId])
        .map((x) => x.answers[itemId]!),
    );
    if (m && m.tied.length > 1) out[team] = m.tied;
  }
  return out;
}

/** Whether a phone's answers within the last window leave room for one more (answers are rate-limited). */
export function withinRate(times: readonly number[], now: number): boolean {
  return times.filter((t) => now - t < LIVE_RATE_MS).length < LIVE_RATE_COUNT;
}

/** The room with every team's vote on a card worked out from the seats, for the teams whose members answered it
 * (the trainer's window, as phones' answers come in; a team with no phone answering keeps what the trainer keyed). */
export function withSeatVotes(s: LiveState, itemId: string, teams: readonly string[] = s.room.teams): RoomState {
  let room = s.room;
  for (const team of teams) {
    const answers = Object.values(s.seats).filter((x) => x.team === team && x.answers[itemId]);
    if (answers.length > 0) room = withTeamVote({ ...s, room }, s.seats, team, itemId);
  }
  return room;
}

/** What the room's screens show of the phones on a card: how many answered of how many, per team too, and (for the
 * reveal) how many people chose each option and which teams are split evenly. */
export interface LiveSummary {
  people: number;
  answered: number;
  teams: Record<string, { members: number; answered: number }>;
  tally: Record<string, number>;
  ties: Record<string, string[]>;
}

export function summarise(s: LiveState, rule: RoomRule | undefined, itemId: string): LiveSummary {
  const teams: LiveSummary['teams'] = {};
  for (const t of s.room.teams) teams[t] = { members: 0, answered: 0 };
  for (const seat of Object.values(s.seats)) {
    const t = teams[seat.team];
    if (!t) continue;
    t.members++;
    if (seat.answers[itemId]) t.answered++;
  }
  return { ...answeredPeople(s, itemId), teams, tally: rule ? peopleTally(s, rule, itemId) : {}, ties: tiesOf(s, itemId) };
}
