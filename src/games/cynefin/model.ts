// Pure rules of Cynefin sorting: deal the cards, place each in a domain, answer the second question, score.
// No Phaser, DOM or storage here; the state is plain JSON so a round can be saved, resumed and replayed.
//
// The flow of one card: the player places it (nothing is scored or revealed yet), then answers the card's own second
// question (what the city should do, which way of working, where to learn: options written for this card, shuffled
// per round) with the domain still unrevealed, and only then are both scored and shown. The second answer is scored
// on its own: an option earns its credit (1 for the best move, a part-credit domain's weight for the move that fits
// that reading), whatever domain the card was placed in. A card without a second question is scored on placing.
//
// API for the view (every function takes the parsed Level from levels.ts):
//   start(level, seed) -> CynefinState              deck shuffled by createRng(seed); phase 'place'
//   apply(level, state, action) -> CynefinState | CynefinInvalid   (never mutates; check with isInvalid;
//                                    a refusal is a CynefinRefusal code, ids and counts in `detail`)
//     { type: 'place', cardId, domain }   phase 'place', cardId = current card, domain on the board -> phase 'second';
//                                         the domain is recorded, unscored and without a verdict (pending); a card
//                                         without a second question is scored at once -> next card or 'done'
//     { type: 'second', cardId, choice }  phase 'second', choice one of the card's option ids: scores the second
//                                         answer and the domain together -> next card or 'done'
//     { type: 'tick', seconds }           only on levels with timerSeconds: the clock runs down in the state;
//                                         at 0 the round ends (timedOut = true), so a resumed round keeps its clock;
//                                         a card placed but not yet answered then scores nothing
//   currentCard(level, state)  the card to show, undefined when done
//   answerOf(state, cardId)    the player's answer so far (pending while its second answer is null)
//   domainsOf(level)           board domains in board order (Confused last, only if showConfused)
//   optionsShown(level, state, cardId)  the card's second-question options in this round's order
//   domainVerdict, secondVerdict  right / partial / wrong of a scored answer (null while pending), for the feedback
//   isDone, maxScore, starsOf, summary (RoundSummary for the results screen: concept and mix-up per card)
//   (a saved round is checked and taken up by resume.ts: stateSchema / resume(level, raw); the results screen's
//   summary is in results.ts)
import { createRng } from '../../core/rng';
import { invalid, starsFor, type Invalid, type Verdict } from '../../core/round';
import { BOARD_DOMAINS, DOMAINS, maxScoreOf, type Card, type Domain, type Level, type OptionId, type SecondOption } from './schema';

export type { Card, Domain, Level, OptionId, SecondOption } from './schema';

export type Phase = 'place' | 'second' | 'done';

/** What the player did with one card, in play order. Pending (scored = false, every point 0) from placing until the
 * second answer, which scores both. */
export interface CardAnswer {
  cardId: string;
  domain: Domain;
  /** round(scoring.domain * weight of the chosen domain); 0 when the domain is not accepted, and while pending. */
  domainPoints: number;
  /** The chosen option's id; null until the second question is answered (stays null if time ran out first, and on
   * a card that asks none). */
  second: OptionId | null;
  /** False while the card waits for its second answer (or if time ran out then): nothing is scored or revealed. */
  scored: boolean;
  secondPoints: number;
  /** Bonus earned on this card because the streak had reached scoring.streakFrom. */
  streakBonus: number;
}

/**
 * Version of the saved state's shape. Saves without `v` (no clock), version 1 (the domain scored on placing, before
 * the second answer) and version 2 (one fixed table of second-question options) are taken up by resume; a newer
 * version is refused.
 */
export const STATE_VERSION = 3;
/** The longest tick the rules take at once (the view ticks every second; a stalled tab may send more). */
export const MAX_TICK = 60;

export interface CynefinState {
  v: typeof STATE_VERSION;
  levelId: string;
  seed: number;
  /** Card ids in dealing order. */
  order: string[];
  /** The option ids of each card's second question in this round's order, aligned with `order` (empty for a card
   * that asks none): drawn from the seed, so a reload shows them where they were. */
  options: OptionId[][];
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
  | { type: 'second'; cardId: string; choice: OptionId }
  | { type: 'tick'; seconds: number };

/** The domains on this level's board, in board order. */
export function domainsOf(level: Level): Domain[] {
  return level.showConfused ? [...BOARD_DOMAINS, 'confused'] : [...BOARD_DOMAINS];
}

export function maxScore(level: Level): number {
  return maxScoreOf(level.scoring, level.cards);
}

/** The deck and every card's option order, from one seed: the deck first, so a seed deals as it always did. */
function deal(level: Level, seed: number): { order: string[]; options: OptionId[][] } {
  const rng = createRng(seed);
  const order = rng.shuffle(level.cards.map((c) => c.id));
  const options = order.map((id) => rng.shuffle((cardById(level, id)?.second?.options ?? []).map((o) => o.id)));
  return { order, options };
}

export function start(level: Level, seed: number): CynefinState {
  const s = seed >>> 0;
  return {
    v: STATE_VERSION,
    levelId: level.id,
    seed: s,
    ...deal(level, s),
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

/** The card's second-question options in this round's order; empty for a card that asks none. */
export function optionsShown(level: Level, state: CynefinState, cardId: string): SecondOption[] {
  const card = cardById(level, cardId);
  const ids = state.options[state.order.indexOf(cardId)] ?? [];
  return ids.flatMap((id) => card?.second?.options.find((o) => o.id === id) ?? []);
}

/** The option a card counts as its best move (credit 1). */
export function bestOption(card: Card): SecondOption | undefined {
  return card.second?.options.find((o) => o.credit === 1);
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
  | 'save-other-options'
  | 'save-bad-clock'
  | 'save-replay-failed'
  | 'save-mismatch';

export type CynefinInvalid = Invalid<CynefinRefusal>;

/** The round ends on time: cards not yet answered count as wrong. */
export function endOnTime(state: CynefinState): CynefinState {
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
    const answer: CardAnswer = { cardId: card.id, domain: action.domain, domainPoints: 0, second: null, scored: false, secondPoints: 0, streakBonus: 0 };
    // A card that asks no second question is scored on placing.
    if (!card.second) return score(level, { ...state, answers: [...state.answers, answer] }, answer, null, 0);
    // Recorded only: no points, no streak and no verdict until the second answer is in.
    return { ...state, phase: 'second', answers: [...state.answers, answer] };
  }

  if (action.type === 'second') {
    if (state.phase !== 'second') return invalid('not-placed', card.id);
    const option = typeof action.choice === 'string' ? card.second?.options.find((o) => o.id === action.choice) : undefined;
    if (!option) return invalid('unknown-choice', String(action.choice));
    const last = state.answers[state.answers.length - 1];
    if (!last || last.cardId !== card.id) return invalid('answers-mismatch', card.id);
    // The second answer on its own: the option's credit, whatever domain the card was placed in.
    return score(level, state, last, option.id, Math.round(level.scoring.second * option.credit));
  }

  return invalid('unknown-action');
}

/** Scores the last (pending) answer with its second answer, and moves to the next card. */
function score(level: Level, state: CynefinState, last: CardAnswer, second: OptionId | null, secondPoints: number): CynefinState {
  const card = cardById(level, last.cardId);
  const weight = card ? weightOf(card, last.domain) : 0;
  const full = weight === 1;
  const streak = full ? state.streak + 1 : 0;
  const streakBonus = full && streak >= level.scoring.streakFrom ? level.scoring.streakBonus : 0;
  const domainPoints = Math.round(level.scoring.domain * weight);
  const index = state.index + 1;
  return {
    ...state,
    index,
    phase: index >= state.order.length ? 'done' : 'place',
    answers: [...state.answers.slice(0, -1), { ...last, domainPoints, second, scored: true, secondPoints, streakBonus }],
    score: state.score + domainPoints + secondPoints + streakBonus,
    streak,
    bestStreak: Math.max(state.bestStreak, streak),
  };
}

export function starsOf(level: Level, state: CynefinState): 0 | 1 | 2 | 3 {
  return starsFor(state.score, level.stars);
}

/** How right a placement was: the verdict the feedback shows (and its colour); null while the card is pending
 * its second answer, since the domain is revealed only with it. */
export function domainVerdict(card: Card, answer: CardAnswer): Verdict | null {
  if (!answer.scored) return null;
  const w = weightOf(card, answer.domain);
  return w >= 1 ? 'right' : w > 0 ? 'partial' : 'wrong';
}

/** How good the second answer was: the best move, a part-credit move, or neither; null while it is not given. */
export function secondVerdict(card: Card, answer: CardAnswer): Verdict | null {
  if (answer.second === null) return null;
  const credit = card.second?.options.find((o) => o.id === answer.second)?.credit ?? 0;
  return credit >= 1 ? 'right' : credit > 0 ? 'partial' : 'wrong';
}

// ---- results screen ----

/** The card's weight-1 domain (the schema guarantees exactly one). */
export function bestDomain(card: Card): Domain {
  return (card.domains.find((d) => d.weight === 1) ?? card.domains[0]!).domain;
}
