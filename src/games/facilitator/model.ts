// Pure rules of the facilitator role-play: walk a scenario's dialogue graph, move the meters, score the three roles.
// No Phaser, no DOM, no storage: the state is plain JSON, so a session can be saved, resumed and replayed in tests.
/*
 * API for the view (FacilitatorScene), in the spirit of ink's loop: show the current node, its choices, choose.
 *
 *   start(scenario, seed?) -> FacState   every decision's choices shuffled once from the seed (state.order), so the
 *                                 best move is not always first; the order is saved and kept by back and resume.
 *   apply(scenario, state, action) -> FacState | FacInvalid   (never mutates state; a refusal is a FacRefusal code)
 *     { type: 'choose', index }   on a decision; index into node.choices as in the FILE (the choice's identity,
 *                                 given by availableChoices), never a position on screen.
 *                                 Refused when out of range or when the choice's `requires` fails.
 *     { type: 'continue' }        on a line node (speaker + text + next): go to next.
 *     { type: 'back' }            anywhere after a decision (endings included): back to the last decision node,
 *                                 with the meters, flags and transcript exactly as before that choice.
 *     { type: 'restart' }         a fresh start with the same seed and order (the scene's Restart deals a new seed).
 *   currentNode(scenario, state), nodeKind(node) from schema.ts: 'decision' | 'line' | 'ending'
 *   availableChoices(scenario, state) -> every choice of the current decision with { index, choice, locked, reasons },
 *     in the order the state shows them (state.order), each keeping its file index.
 *     The view SHOWS locked choices, disabled, with their reasons (see lockText in strings.ts): seeing a door that
 *     an earlier move closed is part of the lesson. An unlocked choice always exists (the schema guarantees it).
 *   lastOutcome(scenario, state) -> the choice that led straight into the current node (show its consequence), or null.
 *   isEnded / endingOf; in results.ts: transcriptLines, scores (architect, pilot, guide, total, stars), summary (the
 *   debrief), recap (method steps).
 *   standing.ts: roleStanding / scoreStanding / moodStanding / isOverTime, the verdicts as codes for present.ts.
 *   stateSchema + resume(scenario, raw): a saved state is re-played from its decisions, so it is exact or refused.
 *
 * Meters: architect, pilot, guide are role points (start 0, not clamped); trust and energy start at 50 and stay
 * in 0..100; clock is minutes used (start 0, may run past agendaMinutes: running late is visible, not prevented).
 */
import { z } from 'zod';
import { createRng, seedFrom } from '../../core/rng';
import { invalid, isInvalid, type Invalid } from '../../core/round';
import { METERS, nodeById, nodeKind, type Choice, type Ending, type Meter, type Requires, type Scenario, type ScenarioNode, type Tone } from './schema';

export type Meters = Record<Meter, number>;

/** One decision taken: enough to replay the session exactly (lines have a single way on). */
export interface Decision {
  node: string;
  choiceIndex: number;
}

/** What the player has seen, by reference into the scenario (the text stays in the level file). */
export type TranscriptEntry =
  | { kind: 'node'; node: string } // a node was shown: its line, its prompt or its ending
  | { kind: 'choice'; node: string; choiceIndex: number }; // the player chose; its text and consequence were shown

export interface FacState {
  v: 2;
  /** The scenario id, so a save is not resumed against another scenario. */
  scenario: string;
  /** The round's seed; the choice order below was dealt from it. */
  seed: number;
  /**
   * Per decision node, the order its choices are shown in, as file indexes (a permutation of 0..n-1). Kept in the
   * state rather than recomputed, so a resumed or stepped-back session shows exactly what the player saw.
   */
  order: Record<string, number[]>;
  node: string;
  meters: Meters;
  /** Flags set by earlier choices, in the order first set. */
  flags: string[];
  history: Decision[];
  transcript: TranscriptEntry[];
  /** How often the player stepped back; informational, not scored (the debrief may mention it). */
  stepsBack: number;
}

export type FacAction = { type: 'choose'; index: number } | { type: 'continue' } | { type: 'back' } | { type: 'restart' };

/** Why an action or a save is refused; present.ts (or nobody: the view just does not offer it) gives the words. */
export type FacRefusal =
  | 'not-a-decision' // choose on a line or an ending
  | 'no-such-choice' // index out of range or not whole (detail: index and count)
  | 'choice-locked' // the choice's `requires` fails (detail: the lock kinds)
  | 'decide-first' // continue on a decision
  | 'session-ended' // continue at an ending
  | 'not-on-the-way' // replay could not reach a decision's node (detail: node ids)
  | 'nothing-to-step-back' // back before any decision
  | 'save-malformed' // the saved state has the wrong shape or version
  | 'other-scenario' // the save belongs to another scenario (detail: its id)
  | 'does-not-fit' // the save's decisions no longer play out in this scenario (detail: the replay's code)
  | 'unknown-action'; // an action of no known type

export type FacInvalid = Invalid<FacRefusal>;

export const START_METERS: Readonly<Meters> = { architect: 0, pilot: 0, guide: 0, trust: 50, energy: 50, clock: 0 };

/** Why a choice is not offered; strings.ts turns it into words. */
export type LockReason =
  | { kind: 'min'; meter: Meter; value: number }
  | { kind: 'max'; meter: Meter; value: number }
  | { kind: 'flag'; flag: string } // needs something done earlier
  | { kind: 'notFlag'; flag: string }; // ruled out by something done earlier

export interface ChoiceOption {
  index: number;
  choice: Choice;
  locked: boolean;
  /** Empty when unlocked. */
  reasons: LockReason[];
}

export interface Scores {
  architect: number;
  pilot: number;
  guide: number;
  /** Quarter each of the three roles and the ending's tone; the tone part counts 0 until an ending is reached. */
  total: number;
  stars: 0 | 1 | 2 | 3;
}

export const TONE_SCORE: Readonly<Record<Tone, number>> = { good: 100, mixed: 60, poor: 20 };

/** Each decision's choices shuffled from the seed and the node id, so one node's order does not depend on another's. */
export function dealOrder(scenario: Scenario, seed: number): Record<string, number[]> {
  const order: Record<string, number[]> = {};
  for (const [id, node] of Object.entries(scenario.nodes)) {
    if (!node.choices) continue;
    // Hashing seed and id together mixes well; xor-ing them left neighbouring seeds' orders correlated.
    const rng = createRng(seedFrom(`${seed >>> 0}:${id}`));
    order[id] = rng.shuffle(node.choices.map((_, i) => i));
  }
  return order;
}

/** Every decision's choices in the file's order: for tests and for a trainer checking a file. */
export function fileOrder(scenario: Scenario): Record<string, number[]> {
  const order: Record<string, number[]> = {};
  for (const [id, node] of Object.entries(scenario.nodes)) if (node.choices) order[id] = node.choices.map((_, i) => i);
  return order;
}

/** `seed` defaults to one from the scenario id (a fixed deal), for callers that do not care about the order. */
export function start(scenario: Scenario, seed: number = seedFrom(scenario.id), order: Record<string, number[]> = dealOrder(scenario, seed)): FacState {
  return {
    v: 2,
    scenario: scenario.id,
    seed: seed >>> 0,
    order,
    node: scenario.start,
    meters: { ...START_METERS },
    flags: [],
    history: [],
    transcript: [{ kind: 'node', node: scenario.start }],
    stepsBack: 0,
  };
}

export function currentNode(scenario: Scenario, state: FacState): ScenarioNode {
  const node = nodeById(scenario.nodes, state.node);
  if (!node) throw new Error(`facilitator: node "${state.node}" is not in scenario "${scenario.id}"`);
  return node;
}

export function isEnded(scenario: Scenario, state: FacState): boolean {
  return nodeKind(currentNode(scenario, state)) === 'ending';
}

export function endingOf(scenario: Scenario, state: FacState): Ending | null {
  return currentNode(scenario, state).ending ?? null;
}

/** The conditions of `requires` that fail now; empty means the choice is offered. */
export function lockReasons(requires: Requires | undefined, meters: Meters, flags: readonly string[]): LockReason[] {
  if (!requires) return [];
  const out: LockReason[] = [];
  for (const m of METERS) {
    const lo = requires.min?.[m];
    const hi = requires.max?.[m];
    if (lo !== undefined && meters[m] < lo) out.push({ kind: 'min', meter: m, value: lo });
    if (hi !== undefined && meters[m] > hi) out.push({ kind: 'max', meter: m, value: hi });
  }
  for (const f of requires.flags ?? []) if (!flags.includes(f)) out.push({ kind: 'flag', flag: f });
  for (const f of requires.notFlags ?? []) if (flags.includes(f)) out.push({ kind: 'notFlag', flag: f });
  return out;
}

/** The file indexes of a decision's choices in the order shown; the file's order when the state has none for it. */
export function shownOrder(scenario: Scenario, state: FacState, nodeId: string = state.node): number[] {
  const n = nodeById(scenario.nodes, nodeId)?.choices?.length ?? 0;
  const o = Object.hasOwn(state.order, nodeId) ? state.order[nodeId] : undefined;
  return o && isPermutation(o, n) ? o : Array.from({ length: n }, (_, i) => i);
}

function isPermutation(o: readonly number[], n: number): boolean {
  return o.length === n && new Set(o).size === n && o.every((i) => Number.isInteger(i) && i >= 0 && i < n);
}

/** Every choice of the current decision (none on a line or an ending), in the order shown, locked ones with their reasons. */
export function availableChoices(scenario: Scenario, state: FacState): ChoiceOption[] {
  const node = currentNode(scenario, state);
  const choices = node.choices ?? [];
  return shownOrder(scenario, state).map((index) => {
    const choice = choices[index] as Choice;
    const reasons = lockReasons(choice.requires, state.meters, state.flags);
    return { index, choice, locked: reasons.length > 0, reasons };
  });
}

export const clamp = (x: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, x));

function withEffects(meters: Meters, choice: Choice): Meters {
  const e = choice.effects;
  return {
    architect: meters.architect + (e.architect ?? 0),
    pilot: meters.pilot + (e.pilot ?? 0),
    guide: meters.guide + (e.guide ?? 0),
    trust: clamp(meters.trust + (e.trust ?? 0), 0, 100),
    energy: clamp(meters.energy + (e.energy ?? 0), 0, 100),
    clock: Math.max(0, meters.clock + (e.clock ?? 0)),
  };
}

function choose(scenario: Scenario, state: FacState, index: number): FacState | FacInvalid {
  const node = currentNode(scenario, state);
  if (!node.choices) return invalid('not-a-decision', state.node);
  if (!Number.isInteger(index) || index < 0 || index >= node.choices.length) {
    return invalid('no-such-choice', `${index} of ${node.choices.length}`);
  }
  const choice = node.choices[index] as Choice;
  const reasons = lockReasons(choice.requires, state.meters, state.flags);
  if (reasons.length > 0) return invalid('choice-locked', `${index}: ${reasons.map((r) => r.kind).join(',')}`);
  const flags = [...state.flags];
  for (const f of choice.effects.set ?? []) if (!flags.includes(f)) flags.push(f);
  return {
    ...state,
    node: choice.next,
    meters: withEffects(state.meters, choice),
    flags,
    history: [...state.history, { node: state.node, choiceIndex: index }],
    transcript: [...state.transcript, { kind: 'choice', node: state.node, choiceIndex: index }, { kind: 'node', node: choice.next }],
  };
}

function advance(scenario: Scenario, state: FacState): FacState | FacInvalid {
  const node = currentNode(scenario, state);
  if (node.next === undefined) return invalid(node.ending ? 'session-ended' : 'decide-first', state.node);
  return { ...state, node: node.next, transcript: [...state.transcript, { kind: 'node', node: node.next }] };
}

/** Continues through line nodes until `target`; refused if a decision or an ending comes first. */
function advanceTo(scenario: Scenario, state: FacState, target: string): FacState | FacInvalid {
  let s = state;
  // Bounded by the node count: the graph is acyclic, so a chain of lines never revisits a node.
  for (let steps = 0; s.node !== target; steps++) {
    if (steps > Object.keys(scenario.nodes).length) return invalid('not-on-the-way', target);
    const n = advance(scenario, s);
    if (isInvalid(n)) return invalid('not-on-the-way', `${target} from ${s.node}`);
    s = n;
  }
  return s;
}

/**
 * Plays a list of decisions from the start of a round dealt with `deal`'s seed and order, continuing through lines;
 * the single source of exact back and resume.
 */
export function replay(scenario: Scenario, deal: Pick<FacState, 'seed' | 'order'>, decisions: readonly Decision[]): FacState | FacInvalid {
  let s = start(scenario, deal.seed, deal.order);
  for (const d of decisions) {
    const at = advanceTo(scenario, s, d.node);
    if (isInvalid(at)) return at;
    const next = choose(scenario, at, d.choiceIndex);
    if (isInvalid(next)) return invalid(next.code, `at ${d.node}: ${next.detail ?? ''}`);
    s = next;
  }
  return s;
}

export function apply(scenario: Scenario, state: FacState, action: FacAction): FacState | FacInvalid {
  switch (action.type) {
    case 'choose':
      return choose(scenario, state, action.index);
    case 'continue':
      return advance(scenario, state);
    case 'restart':
      return start(scenario, state.seed, state.order);
    case 'back': {
      const last = state.history[state.history.length - 1];
      if (!last) return invalid('nothing-to-step-back');
      const before = replay(scenario, state, state.history.slice(0, -1));
      if (isInvalid(before)) return before;
      const at = advanceTo(scenario, before, last.node);
      if (isInvalid(at)) return at;
      return { ...at, stepsBack: state.stepsBack + 1 };
    }
  }
  return invalid('unknown-action');
}

/** The choice that led straight into the current node, whose consequence the view shows at once; null after Continue. */
export function lastOutcome(scenario: Scenario, state: FacState): { node: string; index: number; choice: Choice } | null {
  const prev = state.transcript[state.transcript.length - 2];
  if (!prev || prev.kind !== 'choice') return null;
  const choice = nodeById(scenario.nodes, prev.node)?.choices?.[prev.choiceIndex];
  return choice ? { node: prev.node, index: prev.choiceIndex, choice } : null;
}

const meterValue = z.number().int().min(-100000).max(100000);
const nodeRef = z.string().min(1).max(64);

/** A saved session. Bounded so a corrupt or hostile save cannot blow up; contents are then checked by replay. */
export const stateSchema = z.strictObject({
  v: z.literal(2),
  scenario: z.string().min(1).max(64),
  seed: z.number().int().min(0).max(0xffffffff),
  order: z.record(nodeRef, z.array(z.number().int().min(0).max(3)).max(4)),
  node: nodeRef,
  meters: z.strictObject({ architect: meterValue, pilot: meterValue, guide: meterValue, trust: meterValue, energy: meterValue, clock: meterValue }),
  flags: z.array(z.string().max(40)).max(400),
  history: z.array(z.strictObject({ node: nodeRef, choiceIndex: z.number().int().min(0).max(3) })).max(400),
  transcript: z
    .array(
      z.discriminatedUnion('kind', [
        z.strictObject({ kind: z.literal('node'), node: nodeRef }),
        z.strictObject({ kind: z.literal('choice'), node: nodeRef, choiceIndex: z.number().int().min(0).max(3) }),
      ]),
    )
    .max(1200),
  stepsBack: z.number().int().min(0).max(1_000_000),
});

/**
 * Resumes a saved session: the decisions are re-played against the scenario and the result must land on the saved
 * node, so a save from an edited scenario is refused (start again) rather than resumed into a broken state.
 */
export function resume(scenario: Scenario, raw: unknown): FacState | FacInvalid {
  const parsed = stateSchema.safeParse(raw);
  if (!parsed.success) return invalid('save-malformed', parsed.error.issues[0]?.path.join('.'));
  const saved = parsed.data;
  if (saved.scenario !== scenario.id) return invalid('other-scenario', saved.scenario);
  // The saved order must cover exactly this scenario's decisions, each a permutation of its choices.
  const decisions = Object.entries(scenario.nodes).filter(([, n]) => n.choices);
  const orderFits =
    Object.keys(saved.order).length === decisions.length &&
    decisions.every(([id, n]) => Object.hasOwn(saved.order, id) && isPermutation(saved.order[id] as number[], n.choices?.length ?? 0));
  if (!orderFits) return invalid('does-not-fit', 'order');
  const played = replay(scenario, saved, saved.history);
  if (isInvalid(played)) return invalid('does-not-fit', played.code);
  const at = advanceTo(scenario, played, saved.node);
  if (isInvalid(at)) return invalid('does-not-fit', at.code);
  return { ...at, stepsBack: saved.stepsBack };
}
