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
//   flowOf(level, state): FlowResult (simulation.ts) for the state's ties and the level's seed;
//     eventsShown(level, state) gives the events of the steps revealed so far
//   rolesOf(level, id): what a contact is for in this level (source, audience, mustInclude)
//   scoreOf(level, state): Score, summary(level, state): RoundSummary (the debrief)
//   stateSchema, resume(level, raw): SssState | Invalid (checks a saved round against the level)
import { z } from 'zod';
import type { LocalText } from '../../core/i18n';
import { invalid, isInvalid, starsFor, type Invalid, type RoundSummary, type SummaryItem } from '../../core/round';
import { DEFAULT_COSTS, LIMITS, POINTS, MAX_SCORE, pairKey, tieSchema, TIE_KINDS, type Level, type Tie, type TieKind } from './schema';
import { FLOW_STEPS, simulate, type FlowEvent, type FlowResult } from './simulation';
import { joinLocal, say, sssStrings, type SssKey } from './strings';

export const PHASES = ['build', 'flow', 'done'] as const;
export type Phase = (typeof PHASES)[number];

export const stateSchema = z.strictObject({
  v: z.literal(1),
  levelId: z.string().max(64),
  phase: z.enum(PHASES),
  /** Ties the player built, in the order built (pre-existing ties live in the level, not here). */
  ties: z.array(tieSchema).max(LIMITS.ties),
  /** Budget spent on those ties; kept so the view need not recompute, checked again on resume. */
  spent: z.strictObject({ time: z.number().int().min(0), trust: z.number().int().min(0) }),
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

export interface Cost {
  time: number;
  trust: number;
}

/** Why a tie cannot be built; strings.ts has `refuse.<reason>` for each. */
export const TIE_REFUSALS = ['not-building', 'unknown', 'self', 'already-tied', 'kind-refused', 'needs-introduction', 'no-time', 'no-trust'] as const;
export type TieRefusal = (typeof TIE_REFUSALS)[number];
/** Every reason `apply` can give in an Invalid (show `refuse.<reason>` to the player). */
export const REFUSALS = [...TIE_REFUSALS, 'not-tied', 'fixed', 'not-flowing', 'flow-over', 'over'] as const;
export type Refusal = (typeof REFUSALS)[number];
export type TieCheck = { ok: true; cost: Cost } | { ok: false; reason: TieRefusal };

export function start(level: Level): SssState {
  return { v: 1, levelId: level.id, phase: 'build', ties: [], spent: { time: 0, trust: 0 }, step: 0 };
}

function contactOf(level: Level, id: string): Level['contacts'][number] | undefined {
  return level.contacts.find((c) => c.id === id);
}

function isNode(level: Level, id: string): boolean {
  return id === level.city.id || contactOf(level, id) !== undefined;
}

/** Base cost of the kind plus any extra trust the wary ends ask for. */
export function tieCost(level: Level, a: string, b: string, kind: TieKind): Cost {
  const base = (level.costs ?? DEFAULT_COSTS)[kind];
  const extra = (contactOf(level, a)?.extraTrust ?? 0) + (contactOf(level, b)?.extraTrust ?? 0);
  return { time: base.time, trust: base.trust + extra };
}

export function budgetLeft(level: Level, state: SssState): Cost {
  return { time: level.budget.time - state.spent.time, trust: level.budget.trust - state.spent.trust };
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
 * the city's network, or from a contact (not the city itself) who is: that contact introduces you.
 */
export function canTie(level: Level, state: SssState, a: string, b: string, kind: TieKind): TieCheck {
  if (state.phase !== 'build') return { ok: false, reason: 'not-building' };
  if (!isNode(level, a) || !isNode(level, b) || !TIE_KINDS.includes(kind)) return { ok: false, reason: 'unknown' };
  if (a === b) return { ok: false, reason: 'self' };
  const key = pairKey(a, b);
  if (allTies(level, state).some((t) => pairKey(t.a, t.b) === key)) return { ok: false, reason: 'already-tied' };
  for (const id of [a, b]) {
    const accepts = contactOf(level, id)?.accepts;
    if (accepts && !accepts.includes(kind)) return { ok: false, reason: 'kind-refused' };
  }
  const net = networkOf(level, allTies(level, state));
  for (const [x, y] of [
    [a, b],
    [b, a],
  ] as const) {
    if (!contactOf(level, x)?.requiresIntroduction || net.has(x)) continue;
    if (y === level.city.id || !net.has(y)) return { ok: false, reason: 'needs-introduction' };
  }
  const cost = tieCost(level, a, b, kind);
  const left = budgetLeft(level, state);
  if (cost.time > left.time) return { ok: false, reason: 'no-time' };
  if (cost.trust > left.trust) return { ok: false, reason: 'no-trust' };
  return { ok: true, cost };
}

/** An Invalid whose reason is one of REFUSALS, so the view can always find its sentence. */
function refuse(reason: Refusal): Invalid {
  return invalid(reason);
}

export function apply(level: Level, state: SssState, action: SssAction): SssState | Invalid {
  switch (action.type) {
    case 'tie': {
      const check = canTie(level, state, action.a, action.b, action.kind);
      if (!check.ok) return refuse(check.reason);
      return {
        ...state,
        ties: [...state.ties, { a: action.a, b: action.b, kind: action.kind }],
        spent: { time: state.spent.time + check.cost.time, trust: state.spent.trust + check.cost.trust },
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
        spent: { time: state.spent.time - cost.time, trust: state.spent.trust - cost.trust },
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
}

export function flowOf(level: Level, state: SssState): FlowResult {
  return simulate(level, allTies(level, state), level.seed);
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
  // Share is scored only when there was something to share; then partly by audiences reached.
  const shareP = flow.share.ok ? POINTS.share : flow.sense.ok ? share(flow.share.reached, flow.share.needed, POINTS.share - 5) : 0;
  const diversity = share(flow.diversity.sectors.length, flow.diversity.target, POINTS.diversity);
  const all = flow.seek.ok && flow.sense.ok && flow.share.ok;
  const total0 = level.budget.time + level.budget.trust;
  const budget = all && total0 > 0 ? Math.floor((POINTS.budget * Math.max(0, left.time + left.trust)) / total0) : 0;
  const total = Math.min(MAX_SCORE, seek + sense + shareP + diversity + budget);
  return { total, parts: { seek, sense, share: shareP, diversity, budget }, stars: starsFor(total, level.stars) };
}

export function scoreOf(level: Level, state: SssState): Score {
  return scoreFlow(level, flowOf(level, state), budgetLeft(level, state));
}

function nameOf(level: Level, id: string): LocalText {
  if (id === level.city.id) return level.city.name;
  return contactOf(level, id)?.name ?? { en: id };
}

function namesOf(level: Level, ids: readonly string[]): LocalText {
  return ids.length === 0 ? sssStrings.local('debrief.none') : joinLocal(ids.map((id) => nameOf(level, id)));
}

function tiesText(level: Level, ties: readonly Tie[]): LocalText {
  if (ties.length === 0) return sssStrings.local('debrief.none');
  return joinLocal(
    ties.map((t) => say('debrief.tie', { a: nameOf(level, t.a), b: nameOf(level, t.b), kind: sssStrings.local(`tie.${t.kind}`) })),
    '; ',
  );
}

function pathTies(path: readonly string[], all: readonly Tie[]): Tie[] {
  const kinds = new Map(all.map((t) => [pairKey(t.a, t.b), t.kind]));
  const out: Tie[] = [];
  for (let i = 1; i < path.length; i++) {
    const a = path[i - 1] as string;
    const b = path[i] as string;
    const kind = kinds.get(pairKey(a, b));
    if (kind) out.push({ a, b, kind });
  }
  return out;
}

function lines(...texts: LocalText[]): LocalText {
  return joinLocal(texts, ' ');
}

const depthKey = (d: number): SssKey => (d >= 3 ? 'depth.3' : d === 2 ? 'depth.2' : 'depth.1');

/** The debrief: one item per source sought, one for sense, one for share, then diversity and budget. */
export function summary(level: Level, state: SssState): RoundSummary {
  const flow = flowOf(level, state);
  const ties = allTies(level, state);
  const score = scoreFlow(level, flow, budgetLeft(level, state));
  const items: SummaryItem[] = [];
  const verdict = (ok: boolean, partial: boolean): SummaryItem['verdict'] => (ok ? 'right' : partial ? 'partial' : 'wrong');
  const practice = level.objectives.seek.practice;

  for (const s of flow.seek.sources) {
    const need = sssStrings.local(depthKey(s.need));
    const used = pathTies(s.path, ties);
    const title = say('debrief.seek.title', { practice, source: nameOf(level, s.contact) });
    if (s.depth === 0) {
      items.push({
        title,
        verdict: 'wrong',
        answer: say('debrief.seek.none', { source: nameOf(level, s.contact) }),
        expected: say('debrief.seek.expected', { need }),
        explanation: lines(sssStrings.local('reason.no-path'), sssStrings.local('debrief.seek.unlinked')),
      });
      continue;
    }
    items.push({
      title,
      verdict: verdict(s.ok, true),
      answer: say('debrief.seek.got', { depth: sssStrings.local(depthKey(s.depth)), path: joinLocal(s.path.map((id) => nameOf(level, id)), ' → ') }),
      ...(s.ok ? {} : { expected: say('debrief.seek.expected', { need }) }),
      explanation: s.ok
        ? say('debrief.seek.worked', { need, ties: tiesText(level, used) })
        : lines(sssStrings.local('reason.too-weak'), say('debrief.seek.weak', { need, ties: tiesText(level, s.weakTies) })),
    });
  }

  const sense = flow.sense;
  const senseNeed = level.objectives.sense;
  const senseExplain: LocalText[] = [];
  if (sense.reason) senseExplain.push(sssStrings.local(`reason.${sense.reason}`));
  if (sense.ties.length > 0) senseExplain.push(say('debrief.sense.worked', { ties: tiesText(level, sense.ties) }));
  if (sense.missing.length > 0) senseExplain.push(say('debrief.sense.missing', { names: namesOf(level, sense.missing) }));
  items.push({
    title: sssStrings.local('debrief.sense.title'),
    verdict: verdict(sense.ok, sense.ready),
    answer:
      sense.members.length === 0
        ? sssStrings.local('debrief.sense.none')
        : say('debrief.sense.got', { members: sense.members.length, outside: sense.outside.length, trust: sense.trust, need: senseNeed.minTrust }),
    ...(sense.ready ? {} : { expected: say('debrief.sense.expected', { outside: senseNeed.minOutside, need: senseNeed.minTrust }) }),
    explanation: senseExplain.length > 0 ? lines(...senseExplain) : sssStrings.local('step.sense.desc'),
  });

  const sh = flow.share;
  const reachedIds = sh.audiences.filter((a) => a.ok).map((a) => a.contact);
  const missedIds = sh.audiences.filter((a) => !a.ok).map((a) => a.contact);
  const shareTies = [...sh.audiences, ...sh.back].filter((a) => a.ok).flatMap((a) => pathTies(a.path, ties));
  const uniqueShareTies = [...new Map(shareTies.map((t) => [pairKey(t.a, t.b), t])).values()];
  const shareExplain: LocalText[] = [];
  if (sh.reason) shareExplain.push(sssStrings.local(`reason.${sh.reason}`));
  if (uniqueShareTies.length > 0) shareExplain.push(say('debrief.share.worked', { ties: tiesText(level, uniqueShareTies) }));
  if (missedIds.length > 0) shareExplain.push(say('debrief.share.missed', { names: namesOf(level, missedIds) }));
  const backOk = sh.back.filter((b) => b.ok).map((b) => b.contact);
  if (backOk.length > 0) shareExplain.push(say('debrief.share.back', { names: namesOf(level, backOk) }));
  items.push({
    title: sssStrings.local('debrief.share.title'),
    verdict: verdict(sh.ok, sh.ready || sh.reached > 0),
    answer: say('debrief.share.got', { reached: sh.reached, needed: sh.needed, names: namesOf(level, reachedIds) }),
    ...(sh.ready ? {} : { expected: say('debrief.share.expected', { needed: sh.needed, reach: level.objectives.share.reach }) }),
    explanation: shareExplain.length > 0 ? lines(...shareExplain) : sssStrings.local('step.share.desc'),
  });

  const div = flow.diversity;
  items.push({
    title: sssStrings.local('debrief.diversity.title'),
    verdict: 'info',
    answer: say('debrief.diversity.got', {
      sectors: div.sectors.length === 0 ? sssStrings.local('debrief.none') : joinLocal(div.sectors.map((s) => sssStrings.local(`sector.${s}`))),
    }),
    explanation: say('debrief.diversity.explain', { n: Math.min(div.sectors.length, div.target), target: div.target }),
  });
  const left = budgetLeft(level, state);
  items.push({
    title: sssStrings.local('debrief.budget.title'),
    verdict: 'info',
    answer: say('debrief.budget.got', { time: left.time, trust: left.trust }),
    explanation: sssStrings.local('debrief.budget.explain'),
  });

  const all = flow.seek.ok && flow.sense.ok && flow.share.ok;
  const anyStep = flow.seek.ok || flow.seek.sources.some((s) => s.depth > 0);
  const headline = sssStrings.local(all ? 'headline.all' : anyStep ? 'headline.partial' : 'headline.none');
  return { score: score.total, maxScore: MAX_SCORE, stars: score.stars, headline, items };
}

/** Restores a saved round, replaying its ties through the rules so a tampered or stale save is refused. */
export function resume(level: Level, raw: unknown): SssState | Invalid {
  const parsed = stateSchema.safeParse(raw);
  if (!parsed.success) return invalid(`saved round is malformed: ${parsed.error.issues[0]?.message ?? 'unknown'}`);
  const saved = parsed.data;
  if (saved.levelId !== level.id) return invalid(`saved round belongs to level "${saved.levelId}"`);
  let state = start(level);
  for (const t of saved.ties) {
    const next = apply(level, state, { type: 'tie', ...t });
    if (isInvalid(next)) return invalid(`saved tie ${t.a}–${t.b} is not allowed: ${next.reason}`);
    state = next;
  }
  if (state.spent.time !== saved.spent.time || state.spent.trust !== saved.spent.trust) {
    return invalid('saved budget does not match the saved ties');
  }
  if (saved.phase === 'build' && saved.step !== 0) return invalid('a round being built has no flow step');
  return { ...state, phase: saved.phase, step: saved.phase === 'done' ? FLOW_STEPS.length : saved.step };
}
