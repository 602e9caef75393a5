// A workshop room answering the same cards together: every team's answer to a card is entered before the reveal,
// then the room sees how it answered. The trainer steps through with reveal, next, skip, back one step and jump to
// any card; pause and the optional per-card timer (with extend; an answer keyed in after zero counts, marked late)
// are here too, so a reload resumes exactly.
// Pure and plain JSON, like a game's model: the view hands in the time of each action, nothing here reads a clock.
//
// Scores come from the revealed cards only, and are worked out again from the votes each time, so going back over
// a card and revealing it again never counts it twice. No speed points: a vote scores the same whenever it came.
import { invalid, isInvalid, type Invalid, type Verdict } from './round';
export { ranks } from './round';
import { cleanText } from './preset';

export const ROOM_VERSION = 1;
/** Points for a card's best answer; a part answer earns its share, rounded. */
export const ROOM_POINTS = 10;
/** Per-card timer bounds and the trainer's "more time" step (seconds). */
export const MIN_CARD_SECONDS = 15;
export const MAX_CARD_SECONDS = 900;
export const EXTEND_SECONDS = 30;
/** A session holds at most this many cards, the room's own stories included. */
export const MAX_ROOM_ITEMS = 40;
export const MAX_STORY_TEXT = 220;
export const MAX_STORY_WHY = 400;
/** Card and story ids: the level format's id characters. */
export const ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
/** Latest time a vote may carry (ms since the epoch; the largest a Date can hold). */
export const MAX_TIME = 8.64e15;
/** Stories are shown only as text: brackets a trainer types stay. */
export const KEEP = { brackets: true };

/** What the rules need of a card: its options and the credit (0..1) each earns. Open: a story not yet placed. */
export interface RoomRule {
  id: string;
  options: readonly string[];
  credit: Readonly<Record<string, number>>;
}

/** A situation the room brought, placed live: the trainer writes it, the room votes, the trainer sets the answer. */
export interface RoomStory {
  id: string;
  text: string;
  /** The accepted option, set when the trainer reveals; null until then. */
  accepted: string | null;
  why: string;
}

export interface RoomVote {
  option: string;
  /** When it was entered (ms since the epoch, from the view). */
  at: number;
  /** Entered after the card's clock reached zero (the room said its answer in time; the trainer keyed it late). */
  late?: true;
}

export type RoomPhase = 'vote' | 'reveal' | 'end';

export interface RoomState {
  v: typeof ROOM_VERSION;
  levelId: string;
  teams: string[];
  /** Card ids in play order: the level's, then the stories as they are added. */
  items: string[];
  /** The card on screen; items.length in the end summary. */
  index: number;
  phase: RoomPhase;
  /** itemId -> teamId -> vote (changeable until the reveal). */
  votes: Record<string, Record<string, RoomVote>>;
  /** Cards revealed so far, in no order; only these score. */
  revealed: string[];
  /** The team the next vote is for; null when every team has answered. */
  active: string | null;
  paused: boolean;
  /** Seconds per card (null: no timer), and what is left on this card's clock. */
  cardSeconds: number | null;
  secondsLeft: number | null;
  stories: RoomStory[];
}

export type RoomAction =
  | { type: 'team'; team: string }
  | { type: 'vote'; team?: string; option: string; at: number }
  | { type: 'unvote'; team: string }
  | { type: 'reveal'; accepted?: string; why?: string }
  | { type: 'next' }
  | { type: 'skip' }
  | { type: 'back' }
  | { type: 'jump'; index: number }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'tick'; seconds: number }
  | { type: 'extend'; seconds?: number }
  | { type: 'story'; id: string; text: string };

export type RoomRefusal =
  | 'paused'
  | 'notVoting'
  | 'notRevealing'
  | 'unknownTeam'
  | 'unknownOption'
  | 'noTimer'
  | 'badIndex'
  | 'atStart'
  | 'needsAnswer'
  | 'full'
  | 'badStory';

export type RoomResult = RoomState | Invalid<RoomRefusal>;

export function startRoom(o: { levelId: string; teams: readonly string[]; items: readonly string[]; cardSeconds: number | null }): RoomState {
  const secs = o.cardSeconds === null ? null : Math.max(MIN_CARD_SECONDS, Math.min(MAX_CARD_SECONDS, Math.round(o.cardSeconds)));
  return {
    v: ROOM_VERSION,
    levelId: o.levelId,
    teams: [...o.teams],
    items: o.items.slice(0, MAX_ROOM_ITEMS),
    index: 0,
    phase: o.items.length > 0 ? 'vote' : 'end',
    votes: {},
    revealed: [],
    active: o.teams[0] ?? null,
    paused: false,
    cardSeconds: secs,
    secondsLeft: secs,
    stories: [],
  };
}

/** The card on screen, or undefined in the end summary. */
export function currentItem(s: RoomState): string | undefined {
  return s.phase === 'end' ? undefined : s.items[s.index];
}

export function isStory(s: RoomState, itemId: string): RoomStory | undefined {
  return s.stories.find((x) => x.id === itemId);
}

/** The rule of a card: the level's, or a story's (credit only once the trainer has set its answer). */
export function ruleOf(s: RoomState, rules: readonly RoomRule[], storyOptions: readonly string[], itemId: string): RoomRule | undefined {
  const story = isStory(s, itemId);
  if (story) return { id: story.id, options: storyOptions, credit: story.accepted ? { [story.accepted]: 1 } : {} };
  return rules.find((r) => r.id === itemId);
}

/** The first team, after `from` in order, that has not answered this card; null when all have. */
function nextUnanswered(s: RoomState, itemId: string, from: string | null): string | null {
  const votes = s.votes[itemId] ?? {};
  const start = from === null ? -1 : s.teams.indexOf(from);
  for (let k = 1; k <= s.teams.length; k++) {
    const t = s.teams[(start + k) % s.teams.length]!;
    if (!Object.hasOwn(votes, t)) return t;
  }
  return null;
}

/** Moves to a card: its reveal if it was revealed, else its vote with a fresh clock. */
function openCard(s: RoomState, index: number): RoomState {
  if (index >= s.items.length) return { ...s, index: s.items.length, phase: 'end', active: null, paused: false };
  const id = s.items[index]!;
  if (s.revealed.includes(id)) return { ...s, index, phase: 'reveal', active: null };
  return { ...s, index, phase: 'vote', active: nextUnanswered(s, id, null), secondsLeft: s.cardSeconds };
}

export function applyRoom(s: RoomState, rules: readonly RoomRule[], storyOptions: readonly string[], a: RoomAction): RoomResult {
  const item = currentItem(s);
  // Paused: only resume (and moving the team marker, which changes nothing).
  if (s.paused && a.type !== 'resume' && a.type !== 'team') return invalid('paused');
  switch (a.type) {
    case 'team': {
      if (!s.teams.includes(a.team)) return invalid('unknownTeam', a.team);
      if (s.phase !== 'vote') return invalid('notVoting');
      return { ...s, active: a.team };
    }
    case 'vote': {
      if (s.phase !== 'vote' || item === undefined) return invalid('notVoting');
      const team = a.team ?? s.active;
      if (team === null || !s.teams.includes(team)) return invalid('unknownTeam', String(team));
      const rule = ruleOf(s, rules, storyOptions, item);
      if (!rule || !rule.options.includes(a.option)) return invalid('unknownOption', a.option);
      // After time is up an answer is still taken (the room answered in time; keying it in took longer), marked late.
      const vote: RoomVote = s.secondsLeft === 0 ? { option: a.option, at: a.at, late: true } : { option: a.option, at: a.at };
      const votes = { ...s.votes, [item]: { ...(s.votes[item] ?? {}), [team]: vote } };
      const next = { ...s, votes };
      return { ...next, active: nextUnanswered(next, item, team) };
    }
    case 'unvote': {
      if (s.phase !== 'vote' || item === undefined) return invalid('notVoting');
      if (!s.teams.includes(a.team)) return invalid('unknownTeam', a.team);
      const mine = { ...(s.votes[item] ?? {}) };
      delete mine[a.team];
      return { ...s, votes: { ...s.votes, [item]: mine }, active: a.team };
    }
    case 'reveal': {
      if (s.phase !== 'vote' || item === undefined) return invalid('notVoting');
      const story = isStory(s, item);
      if (story) {
        // A story's answer is the trainer's, given at the reveal with the why.
        if (!a.accepted || !storyOptions.includes(a.accepted)) return invalid('needsAnswer');
        const why = cleanText(a.why ?? '', MAX_STORY_WHY, KEEP);
        const stories = s.stories.map((x) => (x.id === item ? { ...x, accepted: a.accepted!, why } : x));
        return { ...s, stories, phase: 'reveal', active: null, revealed: [...s.revealed.filter((r) => r !== item), item] };
      }
      return { ...s, phase: 'reveal', active: null, revealed: [...s.revealed.filter((r) => r !== item), item] };
    }
    case 'next': {
      if (s.phase === 'end') return invalid('notRevealing');
      if (s.phase === 'vote') return invalid('notRevealing');
      return openCard(s, s.index + 1);
    }
    case 'skip': {
      if (s.phase === 'end') return invalid('notVoting');
      return openCard(s, s.index + 1);
    }
    case 'back': {
      if (s.phase === 'reveal' && item !== undefined) {
        // Back over a reveal: the card is open again (its votes kept), and it no longer counts until revealed.
        return { ...s, phase: 'vote', revealed: s.revealed.filter((r) => r !== item), active: nextUnanswered(s, item, null), secondsLeft: s.cardSeconds };
      }
      if (s.index === 0) return invalid('atStart');
      return openCard(s, s.index - 1);
    }
    case 'jump': {
      if (!Number.isInteger(a.index) || a.index < 0 || a.index > s.items.length) return invalid('badIndex', String(a.index));
      return openCard(s, a.index);
    }
    case 'pause':
      return s.phase === 'end' ? invalid('notVoting') : { ...s, paused: true };
    case 'resume':
      return { ...s, paused: false };
    case 'tick': {
      if (s.secondsLeft === null || s.phase !== 'vote') return invalid('noTimer');
      // The view measures wall time: after a hidden tab or a slow frame it hands in all the seconds that passed.
      const secs = Math.max(0, Math.min(MAX_CARD_SECONDS, Math.floor(a.seconds)));
      return { ...s, secondsLeft: Math.max(0, s.secondsLeft - secs) };
    }
    case 'extend': {
      if (s.secondsLeft === null || s.phase !== 'vote') return invalid('noTimer');
      const add = Math.max(1, Math.min(MAX_CARD_SECONDS, Math.floor(a.seconds ?? EXTEND_SECONDS)));
      return { ...s, secondsLeft: Math.min(MAX_CARD_SECONDS, s.secondsLeft + add) };
    }
    case 'story': {
      if (s.items.length >= MAX_ROOM_ITEMS) return invalid('full');
      // Typed by the trainer: control and format characters (bidi overrides) out, spaces collapsed.
      const text = cleanText(a.text, MAX_STORY_TEXT, KEEP);
      if (!text || !ID.test(a.id) || s.items.includes(a.id)) return invalid('badStory');
      const story: RoomStory = { id: a.id, text, accepted: null, why: '' };
      // The story is played now: before a card still being answered (which comes back next, its answers kept),
      // after a revealed one, or last from the end summary.
      const at = s.phase === 'end' ? s.items.length : s.phase === 'vote' ? s.index : s.index + 1;
      const items = [...s.items.slice(0, at), a.id, ...s.items.slice(at)];
      return openCard({ ...s, items, stories: [...s.stories, story] }, at);
    }
  }
}

/** Credit (0..1) of an option on a card; 0 when it is not accepted or the card is still open. */
export function creditOf(rule: RoomRule | undefined, option: string): number {
  const c = rule && Object.hasOwn(rule.credit, option) ? rule.credit[option]! : 0;
  return Math.max(0, Math.min(1, c));
}

export function pointsOf(rule: RoomRule | undefined, option: string | undefined): number {
  return option === undefined ? 0 : Math.round(creditOf(rule, option) * ROOM_POINTS);
}

export function verdictOf(rule: RoomRule | undefined, option: string | undefined): Verdict {
  const c = option === undefined ? 0 : creditOf(rule, option);
  return c >= 1 ? 'right' : c > 0 ? 'partial' : 'wrong';
}

/** How the room answered a card: for each option in order, the teams that chose it. */
export function tally(s: RoomState, rule: RoomRule, itemId: string): Array<{ option: string; teams: string[] }> {
  const votes = s.votes[itemId] ?? {};
  return rule.options.map((option) => ({ option, teams: s.teams.filter((t) => votes[t]?.option === option) }));
}

export interface RoomScore {
  team: string;
  points: number;
  max: number;
  right: number;
  partial: number;
}

/** Each team's points over the revealed cards, best first (ties keep the teams' order). */
export function roomScores(s: RoomState, rules: readonly RoomRule[], storyOptions: readonly string[]): RoomScore[] {
  const out = s.teams.map((team): RoomScore => ({ team, points: 0, max: 0, right: 0, partial: 0 }));
  for (const id of s.items) {
    if (!s.revealed.includes(id)) continue;
    const rule = ruleOf(s, rules, storyOptions, id);
    for (const sc of out) {
      const option = s.votes[id]?.[sc.team]?.option;
      sc.points += pointsOf(rule, option);
      sc.max += ROOM_POINTS;
      const v = verdictOf(rule, option);
      if (v === 'right') sc.right++;
      else if (v === 'partial') sc.partial++;
    }
  }
  return out
    .map((x, i) => ({ x, i }))
    .sort((a, b) => b.x.points - a.x.points || a.i - b.i)
    .map((e) => e.x);
}

/** How many teams have answered the card. */
export function answeredCount(s: RoomState, itemId: string): number {
  const votes = s.votes[itemId] ?? {};
  return s.teams.filter((t) => Object.hasOwn(votes, t)).length;
}

export { isInvalid };

// --- A saved room, read back checked (a reload in the middle of a workshop resumes it) -----------------------------

/** Applies an action, or leaves the state as it was when the rules refuse it. */
export function tryRoom(
  s: RoomState,
  rules: readonly RoomRule[],
  storyOptions: readonly string[],
  a: RoomAction,
): { state: RoomState; refused: Invalid<RoomRefusal> | null } {
  const r = applyRoom(s, rules, storyOptions, a);
  return isInvalid(r) ? { state: s, refused: r as Invalid<RoomRefusal> } : { state: r, refused: null };
}
