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
//   stateSchema / resume(level, raw)   validate a saved round before continuing it
//   (the results screen's summary is in results.ts)
import { z } from 'zod';
import { createRng } from '../../core/rng';
import { invalid, isInvalid, starsFor, type Invalid, type Verdict } from '../../core/round';
import { BOARD_DOMAINS, DOMAINS, MAX_CARDS, SECOND_OPTIONS, maxScoreOf, type Card, type Domain, type Level, type OptionId, type SecondOption } from './schema';

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

const idText = z.string().min(1).max(64);

/** Shape of a saved round; resume() also checks it against the level by replaying it. */
export const stateSchema = z.strictObject({
  v: z.literal(STATE_VERSION),
  levelId: idText,
  seed: z.number().int().min(0).max(0xffffffff),
  order: z.array(idText).min(1).max(MAX_CARDS),
  options: z.array(z.array(z.string().min(1).max(40)).max(SECOND_OPTIONS.max)).max(MAX_CARDS),
  index: z.number().int().min(0).max(MAX_CARDS),
  phase: z.enum(['place', 'second', 'done']),
  answers: z
    .array(
      z.strictObject({
        cardId: idText,
        domain: z.enum(DOMAINS),
        domainPoints: z.number().int().min(0).max(100),
        second: z.string().min(1).max(40).nullable(),
        scored: z.boolean(),
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
  // Each card's options are its own, each once, in whatever order the seed drew.
  const sameOptions =
    saved.options.length === saved.order.length &&
    saved.order.every((id, i) => {
      const own = (cardById(level, id)?.second?.options ?? []).map((o) => o.id);
      const shown = saved.options[i] ?? [];
      return shown.length === own.length && new Set(shown).size === own.length && shown.every((o) => own.includes(o));
    });
  if (!sameOptions) return invalid('save-other-options');
  // A timed level's clock is between 0 and its time, and at 0 exactly when the round ended on time.
  const clockOk =
    level.timerSeconds === undefined
      ? saved.secondsLeft === null && !saved.timedOut
      : saved.secondsLeft !== null && saved.secondsLeft <= level.timerSeconds && (saved.secondsLeft === 0) === saved.timedOut;
  if (!clockOk) return invalid('save-bad-clock', String(saved.secondsLeft));

  // Replaying the saved answers recomputes every score, so a tampered or stale save cannot carry wrong points.
  let s: CynefinState | CynefinInvalid = { ...start(level, saved.seed), order: [...saved.order], options: saved.options.map((o) => [...o]) };
  for (const a of saved.answers) {
    s = apply(level, s, { type: 'place', cardId: a.cardId, domain: a.domain });
    if (isInvalid(s)) return invalid('save-replay-failed', s.code);
    if (a.second !== null && s.phase === 'second') {
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
  if (r.v === 1) r = fromVersion1(level, r) as Record<string, unknown>;
  return r.v === 2 ? fromVersion2(level, r) : r;
}

/** The domain each option of version 2's fixed table stood for: a v2 answer becomes the card's option for it. */
const V2_OPTION_DOMAIN: Record<string, Domain> = {
  'sense-categorize-respond': 'clear',
  best: 'clear',
  'follow-procedure': 'clear',
  'sense-analyze-respond': 'complicated',
  good: 'complicated',
  'ask-expert': 'complicated',
  'probe-sense-respond': 'complex',
  emergent: 'complex',
  'peers-safe-to-try': 'complex',
  'act-sense-respond': 'chaotic',
  novel: 'chaotic',
  'stabilise-first': 'chaotic',
  'break-down': 'confused',
};

/**
 * Version 2 offered one fixed table of options. Each answer becomes the card's own option that fits the domain the
 * old one stood for, or, where no option fits it, the card's weakest (credit 0) option, so the round goes on and
 * the replay rescores it; every card gets its option order from the seed; answers are marked scored.
 */
function fromVersion2(level: Level, r: Record<string, unknown>): unknown {
  const seed = typeof r.seed === 'number' ? r.seed >>> 0 : 0;
  const order = Array.isArray(r.order) ? r.order.map(String) : [];
  const rng = createRng(seed);
  rng.shuffle(level.cards.map((c) => c.id));
  const options = order.map((id) => rng.shuffle((cardById(level, id)?.second?.options ?? []).map((o) => o.id)));
  if (!Array.isArray(r.answers) || !r.answers.every(isRecord)) return { ...r, v: STATE_VERSION, options };
  // The totals move by the change in second points only, so a doctored save still fails the replay's comparison.
  let score = typeof r.score === 'number' ? r.score : 0;
  const answers = r.answers.map((a) => {
    const card = cardById(level, String(a.cardId));
    const domain = typeof a.second === 'string' ? V2_OPTION_DOMAIN[a.second] : undefined;
    const own = card?.second?.options ?? [];
    const option = typeof a.second === 'string' ? (own.find((o) => domain !== undefined && o.fits === domain) ?? own.find((o) => o.credit === 0)) : undefined;
    const second = a.second === null ? null : (option?.id ?? null);
    // What version 2 paid: the second points for the card's fitting answer, nothing else. Points saved otherwise
    // were doctored and are kept as saved, so the replay refuses them.
    const v2Points = card && domain !== undefined && domain === bestDomain(card) ? level.scoring.second : 0;
    const saved = typeof a.secondPoints === 'number' ? a.secondPoints : 0;
    const secondPoints = saved !== v2Points ? saved : option ? Math.round(level.scoring.second * option.credit) : 0;
    score += secondPoints - saved;
    return { ...a, second, secondPoints, scored: a.second !== null };
  });
  return { ...r, v: STATE_VERSION, options, answers, score };
}

/**
 * Version 1 scored the domain on placing. Its answered cards keep their points (the replay checks each one); a card
 * placed but not yet answered becomes pending (no points), and the totals follow from the answers.
 */
function fromVersion1(level: Level, r: Record<string, unknown>): unknown {
  if (!Array.isArray(r.answers) || !r.answers.every(isRecord)) return { ...r, v: 2 };
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
  return { ...r, v: 2, answers, score, streak, bestStreak };
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
