// Pure rules of "Seek, sense, share": building ties on a budget, running the flow step by step, scoring and the debrief.
// No Phaser, DOM or storage here; the state is plain JSON so a round can be saved, resumed and replayed.
//
// API for the view (all pure; `level` is a parsed Level from schema.ts):
//   start(level): SssState                        fresh round: phase 'build', no ties built, step 0
//   apply(level, state, action): SssState | Invalid
//     { type: 'tie', a, b, kind }   build phase: add a tie (a, b: contact ids or the city id), pays tieCost
//     { type: 'untie', a, b }       build phase: remove a tie you built, full refund (pre-existing ties stay)
//     { type: 'run' }               build -> flow, step 0 (nothing shown yet)
//     { type: 'step' }              flow: reveal the next step (1 seek, 2 sense, 3 share)
//     { type: 'finish' }            build or flow -> done, all steps revealed
//     { type: 'back' }              flow -> build, to change ties and run again
//   canTie(level, state, a, b, kind): { ok: true, cost } | { ok: false, reason: TieRefusal }
//   tieCost(level, a, b, kind), budgetLeft(level, state), allTies(level, state), isFixedTie(level, a, b)
//   flowOf(level, state): FlowResult (simulation.ts) for the state's ties and the level's seed, computed once per
//     state object (states are never changed in place); eventsShown(level, state): events of the steps revealed
//   stepOutcome(level, state, step): the verdict and debrief items of one flow step ('waiting' until revealed)
//   rolesOf(level, id): what a contact is for in this level (source, audience, mustInclude)
//   scoreOf(level, state): Score, summary(level, state): RoundSummary (the debrief)
//   stateSchema, resume(level, raw): SssState | Invalid<ResumeRefusal> (checks a saved round against the level)
// Refusals are codes (REFUSALS, RESUME_REFUSALS); present.ts turns them into the player's words.
import { z } from 'zod';
import { invalid, starsFor, type Invalid, type RoundSummary, type SummaryItem, type Verdict } from '../../core/round';
import { budgetOf, DEFAULT_COSTS, LIMITS, POINTS, MAX_SCORE, pairKey, tieSchema, TIE_KINDS, type Level, type Tie, type TieKind } from './schema';
import { FLOW_STEPS, simulate, type FlowEvent, type FlowResult, type FlowStep } from './simulation';
import { buildDebrief, nameOf, type Cost, type Debrief } from './debrief';
import { sssStrings } from './strings';

export const PHASES = ['build', 'flow', 'done'] as const;

export const stateSchema = z.strictObject({
  /** 2: the budget's second currency is goodwill (it was called trust in version 1). */
  v: z.literal(2),
  levelId: z.string().max(64),
  phase: z.enum(PHASES),
  /** Ties the player built, in the order built (pre-existing ties live in the level, not here). */
  ties: z.array(tieSchema).max(LIMITS.ties),
  /** Budget spent on those ties; kept so the view need not recompute, checked again on resume. */
  spent: z.strictObject({ time: z.number().int().min(0), goodwill: z.number().int().min(0) }),
  /** Flow steps revealed: 0 none yet, 1 seek, 2 sense, 3 share. */
  step: z.number().int().min(0).max(FLOW_STEPS.length),
});
export type SssState = z.infer<typeof stateSchema>;

export type SssAction =
  | { type: 'tie'; a: string; b: string; kind: TieKind }
  | { type: 'untie'; a: string; b: string }
  | { type: 'run' }
  | { type: 'step' }
  | { type: 'finish' }
  | { type: 'back' };

export type { Cost, Debrief };
export { nameOf };

/** Why a tie cannot be built; strings has `refuse.<code>` for each. */
export const TIE_REFUSALS = ['not-building', 'unknown', 'self', 'already-tied', 'kind-refused', 'needs-introduction', 'no-time', 'no-goodwill'] as const;
export type TieRefusal = (typeof TIE_REFUSALS)[number];
/** Every code `apply` can give in an Invalid (present.ts shows `refuse.<code>` to the player). */
export const REFUSALS = [...TIE_REFUSALS, 'not-tied', 'fixed', 'not-flowing', 'flow-over', 'over', 'unknown-action'] as const;
export type Refusal = (typeof REFUSALS)[number];
/** Why a saved round cannot be resumed (developer-facing: the round is set aside and a fresh one starts). */
export const RESUME_REFUSALS = ['save-malformed', 'save-other-level', 'save-tie-refused', 'save-budget-mismatch', 'save-step-in-build'] as const;
export type ResumeRefusal = (typeof RESUME_REFUSALS)[number];
export type TieCheck = { ok: true; cost: Cost } | { ok: false; reason: TieRefusal };

export function start(level: Level): SssState {
  return { v: 2, levelId: level.id, phase: 'build', ties: [], spent: { time: 0, goodwill: 0 }, step: 0 };
}

function contactOf(level: Level, id: string): Level['contacts'][number] | undefined {
  return level.contacts.find((c) => c.id === id);
}

function isNode(level: Level, id: string): boolean {
  return id === level.city.id || contactOf(level, id) !== undefined;
}

/** Extra goodwill a wary contact asks for each tie (`extraTrust` is the old name in older files). */
export function extraGoodwill(level: Level, id: string): number {
  const c = contactOf(level, id);
  return c?.extraGoodwill ?? c?.extraTrust ?? 0;
}

/** Base cost of the kind plus any extra goodwill the wary ends ask for. */
export function tieCost(level: Level, a: string, b: string, kind: TieKind): Cost {
  const base = level.costs?.[kind];
  const time = base?.time ?? DEFAULT_COSTS[kind].time;
  const goodwill = base ? (base.goodwill ?? base.trust ?? 0) : DEFAULT_COSTS[kind].goodwill;
  return { time, goodwill: goodwill + extraGoodwill(level, a) + extraGoodwill(level, b) };
}

export function budgetLeft(level: Level, state: SssState): Cost {
  const b = budgetOf(level);
  return { time: b.time - state.spent.time, goodwill: b.goodwill - state.spent.goodwill };
}

/** Pre-existing and built ties together: the network the flow runs on. */
export function allTies(level: Level, state: SssState): Tie[] {
  return [...(level.ties ?? []), ...state.ties];
}

export function isFixedTie(level: Level, a: string, b: string): boolean {
  const key = pairKey(a, b);
  return (level.ties ?? []).some((t) => pairKey(t.a, t.b) === key);
}

/** Nodes joined to the city by any chain of ties. */
export function networkOf(level: Level, ties: readonly Tie[]): Set<string> {
  const adj = new Map<string, string[]>();
  for (const t of ties) {
    adj.set(t.a, [...(adj.get(t.a) ?? []), t.b]);
    adj.set(t.b, [...(adj.get(t.b) ?? []), t.a]);
  }
  const seen = new Set([level.city.id]);
  const queue = [level.city.id];
  for (let i = 0; i < queue.length; i++) {
    for (const n of adj.get(queue[i] as string) ?? []) {
      if (!seen.has(n)) {
        seen.add(n);
        queue.push(n);
      }
    }
  }
  return seen;
}

/**
 * Whether the player may build this tie now. An introduction-only contact takes a tie once it is already joined to
 * the city's network, or from a contact (not the city itself) who is: that contact introduces you. The introduction
 * is checked when the tie is built, not afterwards; `introductions: false` skips it (replaying a saved round, where the
 * tie that made the introduction may since have been removed).
 */
export function canTie(level: Level, state: SssState, a: string, b: string, kind: TieKind, introductions = true): TieCheck {
  if (state.phase !== 'build') return { ok: false, reason: 'not-building' };
  if (!isNode(level, a) || !isNode(level, b) || !TIE_KINDS.includes(kind)) return { ok: false, reason: 'unknown' };
  if (a === b) return { ok: false, reason: 'self' };
  const key = pairKey(a, b);
  if (allTies(level, state).some((t) => pairKey(t.a, t.b) === key)) return { ok: false, reason: 'already-tied' };
  for (const id of [a, b]) {
    const accepts = contactOf(level, id)?.accepts;
    if (accepts && !accepts.includes(kind)) return { ok: false, reason: 'kind-refused' };
  }
  const net = introductions ? networkOf(level, allTies(level, state)) : null;
  for (const [x, y] of [
    [a, b],
    [b, a],
  ] as const) {
    if (!net || !contactOf(level, x)?.requiresIntroduction || net.has(x)) continue;
    if (y === level.city.id || !net.has(y)) return { ok: false, reason: 'needs-introduction' };
  }
  const cost = tieCost(level, a, b, kind);
  const left = budgetLeft(level, state);
  if (cost.time > left.time) return { ok: false, reason: 'no-time' };
  if (cost.goodwill > left.goodwill) return { ok: false, reason: 'no-goodwill' };
  return { ok: true, cost };
}

/** An Invalid whose code is one of REFUSALS, so the presenter can always find its sentence. */
function refuse(code: Refusal, detail?: string): Invalid<Refusal> {
  return invalid(code, detail);
}

export function apply(level: Level, state: SssState, action: SssAction): SssState | Invalid<Refusal> {
  switch (action.type) {
    case 'tie': {
      const check = canTie(level, state, action.a, action.b, action.kind);
      if (!check.ok) return refuse(check.reason);
      return {
        ...state,
        ties: [...state.ties, { a: action.a, b: action.b, kind: action.kind }],
        spent: { time: state.spent.time + check.cost.time, goodwill: state.spent.goodwill + check.cost.goodwill },
      };
    }
    case 'untie': {
      if (state.phase !== 'build') return refuse('not-building');
      if (isFixedTie(level, action.a, action.b)) return refuse('fixed');
      const key = pairKey(action.a, action.b);
      const tie = state.ties.find((t) => pairKey(t.a, t.b) === key);
      if (!tie) return refuse('not-tied');
      const cost = tieCost(level, tie.a, tie.b, tie.kind);
      return {
        ...state,
        ties: state.ties.filter((t) => t !== tie),
        spent: { time: state.spent.time - cost.time, goodwill: state.spent.goodwill - cost.goodwill },
      };
    }
    case 'run':
      if (state.phase !== 'build') return refuse('not-building');
      return { ...state, phase: 'flow', step: 0 };
    case 'step':
      if (state.phase !== 'flow') return refuse(state.phase === 'done' ? 'over' : 'not-flowing');
      if (state.step >= FLOW_STEPS.length) return refuse('flow-over');
      return { ...state, step: state.step + 1 };
    case 'finish':
      if (state.phase === 'done') return refuse('over');
      return { ...state, phase: 'done', step: FLOW_STEPS.length };
    case 'back':
      if (state.phase !== 'flow') return refuse(state.phase === 'done' ? 'over' : 'not-flowing');
      return { ...state, phase: 'build', step: 0 };
  }
  // An action of no known type (a hand-made message, a newer client): refused, never taken as the state.
  return refuse('unknown-action');
}

/** Flow results by state object: a view asks many times per redraw, and states are replaced, never changed. */
const flows = new WeakMap<SssState, { level: Level; flow: FlowResult }>();

export function flowOf(level: Level, state: SssState): FlowResult {
  const hit = flows.get(state);
  if (hit?.level === level) return hit.flow;
  const flow = simulate(level, allTies(level, state), level.seed);
  flows.set(state, { level, flow });
  return flow;
}

/** Events of the steps revealed so far (what the view animates). */
export function eventsShown(level: Level, state: SssState): FlowEvent[] {
  const shown = new Set(FLOW_STEPS.slice(0, state.step));
  return flowOf(level, state).events.filter((e) => shown.has(e.step));
}

export interface Roles {
  source: boolean;
  audience: boolean;
  mustInclude: boolean;
}

export function rolesOf(level: Level, id: string): Roles {
  const o = level.objectives;
  return {
    source: o.seek.sources.some((s) => s.contact === id),
    audience: o.share.audiences.includes(id),
    mustInclude: (o.sense.mustInclude ?? []).includes(id),
  };
}

export interface Score {
  total: number;
  /** Points per objective, for the results screen. */
  parts: { seek: number; sense: number; share: number; diversity: number; budget: number };
  stars: 0 | 1 | 2 | 3;
}

/** Scores a flow: each step in full when it worked, partly when some of its sources or audiences made it. */
export function scoreFlow(level: Level, flow: FlowResult, left: Cost): Score {
  const share = (done: number, of: number, points: number): number => (of <= 0 ? 0 : Math.floor((points * Math.min(done, of)) / of));
  const seekDone = flow.seek.sources.filter((s) => s.ok).length;
  const seek = flow.seek.ok ? POINTS.seek : share(seekDone, flow.seek.sources.length, POINTS.seek);
  const sense = flow.sense.ok ? POINTS.sense : 0;
  // Share does not wait for SENSE (work in progress counts): partly by audiences reached, in full with the way back.
  // But only a practice SEEK brought in makes a story: with nothing learned, reaching audiences earns nothing.
  const told = flow.share.learned.length > 0;
  const shareP = flow.share.ok ? POINTS.share : told ? share(flow.share.reached, flow.share.needed, POINTS.share - 5) : 0;
  const diversity = share(flow.diversity.sectors.length, flow.diversity.target, POINTS.diversity);
  const all = flow.seek.ok && flow.sense.ok && flow.share.ok;
  const b = budgetOf(level);
  const total0 = b.time + b.goodwill;
  const budget = all && total0 > 0 ? Math.floor((POINTS.budget * Math.max(0, left.time + left.goodwill)) / total0) : 0;
  const total = Math.min(MAX_SCORE, seek + sense + shareP + diversity + budget);
  return { total, parts: { seek, sense, share: shareP, diversity, budget }, stars: starsFor(total, level.stars) };
}

export function scoreOf(level: Level, state: SssState): Score {
  return scoreFlow(level, flowOf(level, state), budgetLeft(level, state));
}

const debriefs = new WeakMap<SssState, { level: Level; debrief: Debrief }>();

/** The debrief of the state's network (debrief.ts), computed once per state object like flowOf. */
export function debriefOf(level: Level, state: SssState): Debrief {
  const hit = debriefs.get(state);
  if (hit?.level === level) return hit.debrief;
  const debrief = buildDebrief(level, flowOf(level, state), allTies(level, state), budgetLeft(level, state));
  debriefs.set(state, { level, debrief });
  return debrief;
}

/** A flow step's verdict: 'waiting' until revealed, then from its own debrief items (all right, all wrong, or partly). */
export type StepStatus = Verdict | 'waiting';

export interface StepOutcome {
  status: StepStatus;
  /** The step's debrief items once revealed (one per source for SEEK); empty while waiting. */
  items: SummaryItem[];
}

export function stepOutcome(level: Level, state: SssState, step: FlowStep): StepOutcome {
  if (state.step <= FLOW_STEPS.indexOf(step)) return { status: 'waiting', items: [] };
  const d = debriefOf(level, state);
  // SHARE shows working out loud beside it: what went out early, the feedback it brought, the way back.
  const items = step === 'seek' ? d.seek : step === 'share' ? [d.share, d.outLoud] : [d[step]];
  const v = items.map((i) => i.verdict).filter((x) => x !== 'info');
  const status: Verdict = v.every((x) => x === 'right') ? 'right' : v.every((x) => x === 'wrong') ? 'wrong' : 'partial';
  return { status, items };
}

/** The round's summary for the results screen: the debrief in order, the score and a headline. */
export function summary(level: Level, state: SssState): RoundSummary {
  const flow = flowOf(level, state);
  const score = scoreFlow(level, flow, budgetLeft(level, state));
  const d = debriefOf(level, state);
  const all = flow.seek.ok && flow.sense.ok && flow.share.ok;
  const anyStep = flow.seek.ok || flow.seek.sources.some((s) => s.depth > 0);
  const headline = sssStrings.local(all ? 'headline.all' : anyStep ? 'headline.partial' : 'headline.none');
  return { score: score.total, maxScore: MAX_SCORE, stars: score.stars, headline, items: [...d.seek, d.sense, d.share, d.outLoud, d.diversity, d.budget] };
}

/** Restores a saved round, replaying its ties through the rules so a tampered or stale save is refused. */
export function resume(level: Level, raw: unknown): SssState | Invalid<ResumeRefusal> {
  const parsed = stateSchema.safeParse(raw);
  if (!parsed.success) return invalid('save-malformed', parsed.error.issues[0]?.path.join('.'));
  const saved = parsed.data;
  if (saved.levelId !== level.id) return invalid('save-other-level', saved.levelId);
  let state = start(level);
  for (const t of saved.ties) {
    // Introductions were checked when each tie was built; the tie that made one may have been removed since.
    const check = canTie(level, state, t.a, t.b, t.kind, false);
    if (!check.ok) return invalid('save-tie-refused', `${t.a}–${t.b}: ${check.reason}`);
    state = { ...state, ties: [...state.ties, t], spent: { time: state.spent.time + check.cost.time, goodwill: state.spent.goodwill + check.cost.goodwill } };
  }
  if (state.spent.time !== saved.spent.time || state.spent.goodwill !== saved.spent.goodwill) return invalid('save-budget-mismatch');
  if (saved.phase === 'build' && saved.step !== 0) return invalid('save-step-in-build');
  return { ...state, phase: saved.phase, step: saved.phase === 'done' ? FLOW_STEPS.length : saved.step };
}
