// Saved rounds of Cynefin sorting, pure: the shape a round is saved in, and resume, which checks a save against the
// level, takes up saves of older versions and replays the answers, so only a round the rules could reach goes on.
// Split from model.ts (the rules it replays); no Phaser, DOM or storage here.
import { z } from 'zod';
import { createRng } from '../../core/rng';
import { invalid, isInvalid } from '../../core/round';
import { STATE_VERSION, apply, bestDomain, cardById, endOnTime, start, weightOf, type CynefinInvalid, type CynefinState } from './model';
import { DOMAINS, MAX_CARDS, SECOND_OPTIONS, type Domain, type Level } from './schema';

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
