// Pure rules of Cynefin sorting: deal the cards, place each in a domain, answer the second question, score.
// No Phaser, DOM or storage here; the state is plain JSON so a round can be saved, resumed and replayed.
//
// API for the view (every function takes the parsed Level from levels.ts):
//   start(level, seed) -> CynefinState              deck shuffled by createRng(seed); phase 'place'
//   apply(level, state, action) -> CynefinState | Invalid   (never mutates; check with isInvalid)
//     { type: 'place', cardId, domain }   phase 'place', cardId = current card, domain on the board -> phase 'second'
//     { type: 'second', cardId, choice }  phase 'second', choice in secondOptions(level) -> next card or 'done'
//     { type: 'timeUp' }                  only on levels with timerSeconds; ends the round (timedOut = true)
//   currentCard(level, state)  the card to show, undefined when done
//   answerOf(state, cardId)    the player's answer so far (for feedback right after placing)
//   domainsOf(level)           board domains in board order (Confused last, only if showConfused)
//   secondOptions(level)       option ids of the level's second question, in display order
//   isDone, maxScore, starsOf, summary (RoundSummary for the results screen)
//   stateSchema / resume(level, raw)   validate a saved round before continuing it
import { z } from 'zod';
import type { LocalText } from '../../core/i18n';
import { localize } from '../../core/i18n';
import { createRng } from '../../core/rng';
import { invalid, isInvalid, starsFor, type Invalid, type RoundSummary, type SummaryItem, type Verdict } from '../../core/round';
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
import { t } from './strings';

export type { Card, Domain, Level, SecondChoice } from './schema';

export type Phase = 'place' | 'second' | 'done';

/** What the player did with one card, in play order. */
export interface CardAnswer {
  cardId: string;
  domain: Domain;
  /** round(scoring.domain * weight of the chosen domain); 0 when the domain is not accepted. */
  domainPoints: number;
  /** null until the second question is answered (stays null if time ran out first). */
  second: SecondChoice | null;
  secondPoints: number;
  /** Bonus earned on this card because the streak had reached scoring.streakFrom. */
  streakBonus: number;
}

export interface CynefinState {
  levelId: string;
  seed: number;
  /** Card ids in dealing order. */
  order: string[];
  /** Position in order of the current card; order.length once every card is done. */
  index: number;
  phase: Phase;
  /** One entry per card placed so far; in phase 'second' the last entry awaits its second answer. */
  answers: CardAnswer[];
  score: number;
  /** Consecutive cards placed in their weight-1 domain, up to now. */
  streak: number;
  bestStreak: number;
  /** True when the round ended by timeUp rather than by answering every card. */
  timedOut: boolean;
}

export type CynefinAction =
  | { type: 'place'; cardId: string; domain: Domain }
  | { type: 'second'; cardId: string; choice: SecondChoice }
  | { type: 'timeUp' };

const idText = z.string().min(1).max(64);

/** Shape of a saved round; resume() also checks it against the level by replaying it. */
export const stateSchema = z.strictObject({
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
    levelId: level.id,
    seed: s,
    order: createRng(s).shuffle(level.cards.map((c) => c.id)),
    index: 0,
    phase: 'place',
    answers: [],
    score: 0,
    streak: 0,
    bestStreak: 0,
    timedOut: false,
  };
}

export function isDone(state: CynefinState): boolean {
  return state.phase === 'done';
}

function cardById(level: Level, id: string): Card | undefined {
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

export function apply(level: Level, state: CynefinState, action: CynefinAction): CynefinState | Invalid {
  if (state.levelId !== level.id) return invalid(`this round belongs to level "${state.levelId}", not "${level.id}"`);
  if (state.phase === 'done') return invalid('the round is over');

  if (action.type === 'timeUp') {
    if (level.timerSeconds === undefined) return invalid('this level has no timer');
    return { ...state, phase: 'done', timedOut: true };
  }

  const card = currentCard(level, state);
  if (!card) return invalid('there is no current card');
  if (action.cardId !== card.id) return invalid(`"${action.cardId}" is not the current card ("${card.id}")`);

  if (action.type === 'place') {
    if (state.phase !== 'place') return invalid('this card is already placed; answer the second question');
    if (!(DOMAINS as readonly string[]).includes(action.domain)) return invalid(`unknown domain "${String(action.domain)}"`);
    if (!domainsOf(level).includes(action.domain)) return invalid(`domain "${action.domain}" is not on this level's board`);
    const weight = weightOf(card, action.domain);
    const full = weight === 1;
    const streak = full ? state.streak + 1 : 0;
    const streakBonus = full && streak >= level.scoring.streakFrom ? level.scoring.streakBonus : 0;
    const domainPoints = Math.round(level.scoring.domain * weight);
    const answer: CardAnswer = { cardId: card.id, domain: action.domain, domainPoints, second: null, secondPoints: 0, streakBonus };
    return {
      ...state,
      phase: 'second',
      answers: [...state.answers, answer],
      score: state.score + domainPoints + streakBonus,
      streak,
      bestStreak: Math.max(state.bestStreak, streak),
    };
  }

  if (action.type === 'second') {
    if (state.phase !== 'second') return invalid('place the card in a domain first');
    if (!(SECOND_CHOICES as readonly string[]).includes(action.choice)) return invalid(`unknown choice "${String(action.choice)}"`);
    if (!secondOptions(level).includes(action.choice)) return invalid(`"${action.choice}" is not an option on this level`);
    const last = state.answers[state.answers.length - 1];
    if (!last || last.cardId !== card.id) return invalid('the saved answers do not match the current card');
    const secondPoints = action.choice === card.second.answer ? level.scoring.second : 0;
    const index = state.index + 1;
    return {
      ...state,
      index,
      phase: index >= state.order.length ? 'done' : 'place',
      answers: [...state.answers.slice(0, -1), { ...last, second: action.choice, secondPoints }],
      score: state.score + secondPoints,
    };
  }

  return invalid('unknown action');
}

export function starsOf(level: Level, state: CynefinState): 0 | 1 | 2 | 3 {
  return starsFor(state.score, level.stars);
}

/** Checks a saved round (parsed JSON) against the level and returns a trusted state, or why it cannot resume. */
export function resume(level: Level, raw: unknown): CynefinState | Invalid {
  const parsed = stateSchema.safeParse(raw);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return invalid(`saved round is malformed${first ? ` at ${first.path.join('.') || 'top level'}: ${first.message}` : ''}`);
  }
  const saved: CynefinState = parsed.data;
  if (saved.levelId !== level.id) return invalid(`saved round is for level "${saved.levelId}", not "${level.id}"`);
  const ids = level.cards.map((c) => c.id);
  const sameCards = saved.order.length === ids.length && new Set(saved.order).size === ids.length && saved.order.every((id) => ids.includes(id));
  if (!sameCards) return invalid('saved round does not hold the cards of this level (the level file may have changed)');

  // Replaying the saved answers recomputes every score, so a tampered or stale save cannot carry wrong points.
  let s: CynefinState | Invalid = { ...start(level, saved.seed), order: [...saved.order] };
  for (const a of saved.answers) {
    s = apply(level, s, { type: 'place', cardId: a.cardId, domain: a.domain });
    if (isInvalid(s)) return invalid(`saved round cannot be replayed: ${s.reason}`);
    if (a.second !== null) {
      s = apply(level, s, { type: 'second', cardId: a.cardId, choice: a.second });
      if (isInvalid(s)) return invalid(`saved round cannot be replayed: ${s.reason}`);
    }
  }
  if (saved.timedOut) {
    s = apply(level, s, { type: 'timeUp' });
    if (isInvalid(s)) return invalid(`saved round cannot be replayed: ${s.reason}`);
  }
  if (stableJson(s) !== stableJson(saved)) return invalid('saved round does not match its own answers');
  return s;
}

function stableJson(v: unknown): string {
  return JSON.stringify(v, (_k, val: unknown) =>
    val && typeof val === 'object' && !Array.isArray(val)
      ? Object.fromEntries(Object.entries(val as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : val,
  );
}

// ---- results screen ----

type Param = string | number | LocalText;

/** Fills a LocalText template with params (some themselves LocalText) in every language any of them has. */
function fillLocal(template: LocalText, params: Record<string, Param>): LocalText {
  const langs = new Set<'en' | 'fr' | 'es'>(['en']);
  for (const x of [template, ...Object.values(params)]) {
    if (typeof x === 'object') {
      if (x.fr) langs.add('fr');
      if (x.es) langs.add('es');
    }
  }
  const out: LocalText = { en: '' };
  for (const lang of langs) {
    const p: Record<string, string | number> = {};
    for (const [k, v] of Object.entries(params)) p[k] = typeof v === 'object' ? localize(v, undefined, lang) : v;
    out[lang] = localize(template, p, lang);
  }
  return out;
}

/** Joins LocalTexts with a separator, per language. */
function joinLocal(parts: LocalText[], sep: string): LocalText {
  const params: Record<string, LocalText> = {};
  const names = parts.map((p, i) => {
    params[`p${i}`] = p;
    return `{p${i}}`;
  });
  return fillLocal({ en: names.join(sep) }, params);
}

function verdictOf(card: Card, a: CardAnswer | undefined): Verdict {
  if (!a) return 'wrong';
  const secondRight = a.second !== null && a.second === card.second.answer;
  const w = weightOf(card, a.domain);
  if (w === 1 && secondRight) return 'right';
  if (w > 0 || secondRight) return 'partial';
  return 'wrong';
}

export function summary(level: Level, state: CynefinState): RoundSummary {
  const items: SummaryItem[] = [];
  for (const id of state.order) {
    const card = cardById(level, id);
    if (!card) continue;
    const a = answerOf(state, id);
    const verdict = verdictOf(card, a);
    const answer = a
      ? fillLocal(t.local('summary.answer'), {
          domain: t.local(`domain.${a.domain}`),
          second: a.second ? t.local(`option.${a.second}`) : t.local('summary.noSecond'),
        })
      : t.local('summary.notPlaced');
    const item: SummaryItem = {
      title: card.text,
      verdict,
      answer,
      explanation: joinLocal([card.explanation, card.second.explanation], ' '),
    };
    if (verdict !== 'right') {
      // Best domain first, then the part-credit ones, each with its points and reason.
      const accepted = [...card.domains]
        .sort((x, y) => y.weight - x.weight)
        .map((d) =>
          fillLocal(t.local('summary.accepted'), {
            domain: t.local(`domain.${d.domain}`),
            points: Math.round(level.scoring.domain * d.weight),
            max: level.scoring.domain,
            why: d.why,
          }),
        );
      const second = fillLocal(t.local('summary.expectedSecond'), { second: t.local(`option.${card.second.answer}`) });
      item.expected = joinLocal([...accepted, second], '\n');
    }
    items.push(item);
  }
  const left = state.order.length - state.answers.filter((a) => a.second !== null).length;
  const headline = state.timedOut
    ? fillLocal(t.local('summary.timeUp'), { left, total: state.order.length })
    : fillLocal(t.local('summary.bestStreak'), { streak: state.bestStreak });
  return { score: state.score, maxScore: maxScore(level), stars: starsOf(level, state), headline, items };
}

/** The option that fits a domain on this level's second question (for hints and tests); undefined if none. */
export function fittingOption(level: Level, domain: Domain): SecondChoice | undefined {
  const fit: Partial<Record<Domain, SecondChoice>> = FITTING_OPTION[level.secondStep];
  return fit[domain];
}
