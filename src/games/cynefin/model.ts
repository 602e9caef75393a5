// Pure rules of Cynefin sorting: deal the cards, place each in a domain, answer the second question, score.
// No Phaser, DOM or storage here; the state is plain JSON so a round can be saved, resumed and replayed.
//
// The flow of one card: the player places it (nothing is scored or revealed yet), then answers the second
// question (response pattern, practice or kind of learning) with the domain still unrevealed, and only then are
// both scored and shown. The second answer is scored on its own: its points never depend on the domain.
//
// API for the view (every function takes the parsed Level from levels.ts):
//   start(level, seed) -> CynefinState              deck shuffled by createRng(seed); phase 'place'
//   apply(level, state, action) -> CynefinState | CynefinInvalid   (never mutates; check with isInvalid;
//                                    a refusal is a CynefinRefusal code, ids and counts in `detail`)
//     { type: 'place', cardId, domain }   phase 'place', cardId = current card, domain on the board -> phase 'second';
//                                         the domain is recorded, unscored and without a verdict (pending)
//     { type: 'second', cardId, choice }  phase 'second', choice in secondOptions(level): scores the second answer
//                                         and the domain together -> next card or 'done'
//     { type: 'tick', seconds }           only on levels with timerSeconds: the clock runs down in the state;
//                                         at 0 the round ends (timedOut = true), so a resumed round keeps its clock;
//                                         a card placed but not yet answered then scores nothing
//   currentCard(level, state)  the card to show, undefined when done
//   answerOf(state, cardId)    the player's answer so far (pending while its second answer is null)
//   domainsOf(level)           board domains in board order (Confused last, only if showConfused)
//   secondOptions(level)       option ids of the level's second question, in display order
//   domainVerdict, secondVerdict  right / partial / wrong of a scored answer (null while pending), for the feedback
//   isDone, maxScore, starsOf, summary (RoundSummary for the results screen: concept and mix-up per card)
//   stateSchema / resume(level, raw)   validate a saved round before continuing it
//   (the results screen's summary is in results.ts)
import { z } from 'zod';
import { createRng } from '../../core/rng';
import { invalid, isInvalid, starsFor, type Invalid, type Verdict } from '../../core/round';
import {
  BOARD_DOMAINS,
  DOMAINS,
  FITTING_OPTION,
  MAX_CARDS,
  SECOND_CHOICES,
  maxScoreOf,
  optionsFor,
  type Card,
  type Domain,
  type Level,
  type SecondChoice,
} from './schema';

export type { Card, Domain, Level, SecondChoice } from './schema';

export type Phase = 'place' | 'second' | 'done';

/** What the player did with one card, in play order. Pending (second = null, every point 0) from placing until the
 * second answer, which scores both. */
export interface CardAnswer {
  cardId: string;
  domain: Domain;
  /** round(scoring.domain * weight of the chosen domain); 0 when the domain is not accepted, and while pending. */
  domainPoints: number;
  /** null until the second question is answered (stays null if time ran out first). */
  second: SecondChoice | null;
  secondPoints: number;
  /** Bonus earned on this card because the streak had reached scoring.streakFrom. */
  streakBonus: number;
}

/**
 * Version of the saved state's shape. Saves without `v` (no clock) and version 1 (the domain scored on placing,
 * before the second answer) are taken up by resume; a newer version is refused.
 */
export const STATE_VERSION = 2;
/** The longest tick the rules take at once (the view ticks every second; a stalled tab may send more). */
export const MAX_TICK = 60;

export interface CynefinState {
  v: typeof STATE_VERSION;
  levelId: string;
  seed: number;
  /** Card ids in dealing order. */
  order: string[];
  /** Position in order of the current card; order.length once every card is done. */
  index: number;
  phase: Phase;
  /** One entry per card placed so far; in phase 'second' the last entry is pending its second answer. */
  answers: CardAnswer[];
  score: number;
  /** Consecutive scored cards placed in their weight-1 domain, up to now. */
  streak: number;
  bestStreak: number;
  /** Seconds left on a timed level's clock (null on untimed levels); ticks run it down, 0 ends the round. */
  secondsLeft: number | null;
  /** True when the round ended because the clock ran out rather than by answering every card. */
  timedOut: boolean;
}

export type CynefinAction =
  | { type: 'place'; cardId: string; domain: Domain }
  | { type: 'second'; cardId: string; choice: SecondChoice }
  | { type: 'tick'; seconds: number };

const idText = z.string().min(1).max(64);

/** Shape of a saved round; resume() also checks it against the level by replaying it. */
export const stateSchema = z.strictObject({
  v: z.literal(STATE_VERSION),
  levelId: idText,
  seed: z.number().int().min(0).max(0xffffffff),
  order: z.array(idText).min(1).max(MAX_CARDS),
  index: z.number().int().min(0).max(MAX_CARDS),
  phase: z.enum(['place', 'second', 'done']),
  answers: z
    .array(
      z.strictObject({
        cardId: idText,
        domain: z.enum(DOMAINS),
        domainPoints: z.number().int().min(0).max(100),
        second: z.enum(SECOND_CHOICES).nullable(),
        secondPoints: z.number().int().min(0).max(100),
        streakBonus: z.number().int().min(0).max(100),
      }),
    )
    .max(MAX_CARDS),
  score: z.number().int().min(0).max(100_000),
  streak: z.number().int().min(0).max(MAX_CARDS),
  bestStreak: z.number().int().min(0).max(MAX_CARDS),
  secondsLeft: z.number().int().min(0).max(1800).nullable(),
  timedOut: z.boolean(),
});

/** The domains on this level's board, in board order. */
export function domainsOf(level: Level): Domain[] {
  return level.showConfused ? [...BOARD_DOMAINS, 'confused'] : [...BOARD_DOMAINS];
}

/** Option ids for this level's second question, in display order. */
export function secondOptions(level: Level): SecondChoice[] {
  return optionsFor(level.secondStep, level.showConfused);
}

export function maxScore(level: Level): number {
  return maxScoreOf(level.scoring, level.cards.length);
}

export function start(level: Level, seed: number): CynefinState {
  const s = seed >>> 0;
  return {
    v: STATE_VERSION,
    levelId: level.id,
    seed: s,
    order: createRng(s).shuffle(level.cards.map((c) => c.id)),
    index: 0,
    phase: 'place',
    answers: [],
    score: 0,
    streak: 0,
    bestStreak: 0,
    secondsLeft: level.timerSeconds ?? null,
    timedOut: false,
  };
}

export function isDone(state: CynefinState): boolean {
  return state.phase === 'done';
}

export function cardById(level: Level, id: string): Card | undefined {
  return level.cards.find((c) => c.id === id);
}

export function currentCard(level: Level, state: CynefinState): Card | undefined {
  if (state.phase === 'done') return undefined;
  const id = state.order[state.index];
  return id === undefined ? undefined : cardById(level, id);
}

export function answerOf(state: CynefinState, cardId: string): CardAnswer | undefined {
  return state.answers.find((a) => a.cardId === cardId);
}

/** Weight of a domain for a card: 1 for the best answer, a part for a borderline one, 0 if not accepted. */
export function weightOf(card: Card, domain: Domain): number {
  return card.domains.find((d) => d.domain === domain)?.weight ?? 0;
}

/** Why the rules refuse an action or a saved round: a code the presenter may turn into words; ids go in `detail`. */
export type CynefinRefusal =
  | 'wrong-level'
  | 'round-over'
  | 'no-timer'
  | 'bad-tick'
  | 'no-card'
  | 'not-current-card'
  | 'already-placed'
  | 'unknown-domain'
  | 'domain-not-on-board'
  | 'not-placed'
  | 'unknown-choice'
  | 'option-not-offered'
  | 'answers-mismatch'
  | 'unknown-action'
  | 'save-malformed'
  | 'save-newer'
  | 'save-other-level'
  | 'save-other-cards'
  | 'save-bad-clock'
  | 'save-replay-failed'
  | 'save-mismatch';

export type CynefinInvalid = Invalid<CynefinRefusal>;

/** The round ends on time: cards not yet answered count as wrong. */
function endOnTime(state: CynefinState): CynefinState {
  return { ...state, phase: 'done', timedOut: true, secondsLeft: 0 };
}

export function apply(level: Level, state: CynefinState, action: CynefinAction): CynefinState | CynefinInvalid {
  if (state.levelId !== level.id) return invalid('wrong-level', `${state.levelId}/${level.id}`);
  if (state.phase === 'done') return invalid('round-over');

  if (action.type === 'tick') {
    if (level.timerSeconds === undefined || state.secondsLeft === null) return invalid('no-timer');
    if (!Number.isInteger(action.seconds) || action.seconds < 1 || action.seconds > MAX_TICK) return invalid('bad-tick', String(action.seconds));
    const secondsLeft = Math.max(0, state.secondsLeft - action.seconds);
    return secondsLeft === 0 ? endOnTime(state) : { ...state, secondsLeft };
  }

  const card = currentCard(level, state);
  if (!card) return invalid('no-card');
  if (action.cardId !== card.id) return invalid('not-current-card', `${action.cardId}/${card.id}`);

  if (action.type === 'place') {
    if (state.phase !== 'place') return invalid('already-placed', card.id);
    if (!(DOMAINS as readonly string[]).includes(action.domain)) return invalid('unknown-domain', String(action.domain));
    if (!domainsOf(level).includes(action.domain)) return invalid('domain-not-on-board', action.domain);
    // Recorded only: no points, no streak and no verdict until the second answer is in.
    const answer: CardAnswer = { cardId: card.id, domain: action.domain, domainPoints: 0, second: null, secondPoints: 0, streakBonus: 0 };
    return { ...state, phase: 'second', answers: [...state.answers, answer] };
  }

  if (action.type === 'second') {
    if (state.phase !== 'second') return invalid('not-placed', card.id);
    if (!(SECOND_CHOICES as readonly string[]).includes(action.choice)) return invalid('unknown-choice', String(action.choice));
    if (!secondOptions(level).includes(action.choice)) return invalid('option-not-offered', action.choice);
    const last = state.answers[state.answers.length - 1];
    if (!last || last.cardId !== card.id) return invalid('answers-mismatch', card.id);
    // The second answer on its own: the card's answer or not, whatever domain the card was placed in.
    const secondPoints = action.choice === card.second.answer ? level.scoring.second : 0;
    const weight = weightOf(card, last.domain);
    const full = weight === 1;
    const streak = full ? state.streak + 1 : 0;
    const streakBonus = full && streak >= level.scoring.streakFrom ? level.scoring.streakBonus : 0;
    const domainPoints = Math.round(level.scoring.domain * weight);
    const index = state.index + 1;
    return {
      ...state,
      index,
      phase: index >= state.order.length ? 'done' : 'place',
      answers: [...state.answers.slice(0, -1), { ...last, domainPoints, second: action.choice, secondPoints, streakBonus }],
      score: state.score + domainPoints + secondPoints + streakBonus,
      streak,
      bestStreak: Math.max(state.bestStreak, streak),
    };
  }

  return invalid('unknown-action');
}

export function starsOf(level: Level, state: CynefinState): 0 | 1 | 2 | 3 {
  return starsFor(state.score, level.stars);
}

/** How right a placement was: the verdict the feedback shows (and its colour); null while the card is pending
 * its second answer, since the domain is revealed only with it. */
export function domainVerdict(card: Card, answer: CardAnswer): Verdict | null {
  if (answer.second === null) return null;
  const w = weightOf(card, answer.domain);
  return w >= 1 ? 'right' : w > 0 ? 'partial' : 'wrong';
}

/** Whether the second answer was the card's; null while it is not given. */
export function secondVerdict(card: Card, answer: CardAnswer): Verdict | null {
  if (answer.second === null) return null;
  return answer.second === card.second.answer ? 'right' : 'wrong';
}

/**
 * Checks a saved round (parsed JSON) against the level and returns a trusted state, or why it cannot resume.
 * Saves from before the version field (no `v`, no clock) are taken up: their clock restarts at the level's time.
 */
export function resume(level: Level, raw: unknown): CynefinState | CynefinInvalid {
  const upgraded = upgradeSave(level, raw);
  if (upgraded === 'newer') return invalid('save-newer');
  const parsed = stateSchema.safeParse(upgraded);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return invalid('save-malformed', first ? first.path.join('.') || '(top)' : undefined);
  }
  const saved: CynefinState = parsed.data;
  if (saved.levelId !== level.id) return invalid('save-other-level', `${saved.levelId}/${level.id}`);
  const ids = level.cards.map((c) => c.id);
  const sameCards = saved.order.length === ids.length && new Set(saved.order).size === ids.length && saved.order.every((id) => ids.includes(id));
  if (!sameCards) return invalid('save-other-cards');
  // A timed level's clock is between 0 and its time, and at 0 exactly when the round ended on time.
  const clockOk =
    level.timerSeconds === undefined
      ? saved.secondsLeft === null && !saved.timedOut
      : saved.secondsLeft !== null && saved.secondsLeft <= level.timerSeconds && saved.secondsLeft === 0 === saved.timedOut;
  if (!clockOk) return invalid('save-bad-clock', String(saved.secondsLeft));

  // Replaying the saved answers recomputes every score, so a tampered or stale save cannot carry wrong points.
  let s: CynefinState | CynefinInvalid = { ...start(level, saved.seed), order: [...saved.order] };
  for (const a of saved.answers) {
    s = apply(level, s, { type: 'place', cardId: a.cardId, domain: a.domain });
    if (isInvalid(s)) return invalid('save-replay-failed', s.code);
    if (a.second !== null) {
      s = apply(level, s, { type: 'second', cardId: a.cardId, choice: a.second });
      if (isInvalid(s)) return invalid('save-replay-failed', s.code);
    }
  }
  if (saved.timedOut) {
    // Every card answered, yet ended on time: no play reaches that.
    if (s.phase === 'done') return invalid('save-mismatch');
    s = endOnTime(s);
  } else s = { ...s, secondsLeft: saved.secondsLeft };
  if (stableJson(s) !== stableJson(saved)) return invalid('save-mismatch');
  return s;
}

/** Brings a save of an older shape to the current one; 'newer' for a save this version cannot read. */
function upgradeSave(level: Level, raw: unknown): unknown {
  if (!isRecord(raw)) return raw;
  if (typeof raw.v === 'number' && raw.v > STATE_VERSION) return 'newer';
  let r = raw;
  if (!('v' in r)) {
    // Version 0 had no `v` and no clock: a timed round that had ended on time is at 0, any other restarts the clock.
    const secondsLeft = level.timerSeconds === undefined ? null : r.timedOut === true ? 0 : level.timerSeconds;
    r = { ...r, v: 1, secondsLeft };
  }
  return r.v === 1 ? fromVersion1(level, r) : r;
}

/**
 * Version 1 scored the domain on placing. Its answered cards keep their points (the replay checks each one); a card
 * placed but not yet answered becomes pending (no points), and the totals follow from the answers.
 */
function fromVersion1(level: Level, r: Record<string, unknown>): unknown {
  if (!Array.isArray(r.answers) || !r.answers.every(isRecord)) return { ...r, v: STATE_VERSION };
  const answers = r.answers.map((a) => (a.second === null ? { ...a, domainPoints: 0, streakBonus: 0 } : a));
  let score = 0;
  let streak = 0;
  let bestStreak = 0;
  for (const a of answers) {
    if (a.second === null) continue;
    for (const k of ['domainPoints', 'secondPoints', 'streakBonus']) score += typeof a[k] === 'number' ? a[k] : 0;
    const card = cardById(level, String(a.cardId));
    streak = card && weightOf(card, a.domain as Domain) === 1 ? streak + 1 : 0;
    bestStreak = Math.max(bestStreak, streak);
  }
  return { ...r, v: STATE_VERSION, answers, score, streak, bestStreak };
}

function isRecord(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function stableJson(v: unknown): string {
  return JSON.stringify(v, (_k, val: unknown) =>
    val && typeof val === 'object' && !Array.isArray(val)
      ? Object.fromEntries(Object.entries(val as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : val,
  );
}

// ---- results screen ----

/** The card's weight-1 domain (the schema guarantees exactly one). */
export function bestDomain(card: Card): Domain {
  return (card.domains.find((d) => d.weight === 1) ?? card.domains[0]!).domain;
}

/** The option that fits a domain on this level's second question (for hints and tests); undefined if none. */
export function fittingOption(level: Level, domain: Domain): SecondChoice | undefined {
  const fit: Partial<Record<Domain, SecondChoice>> = FITTING_OPTION[level.secondStep];
  return fit[domain];
}
