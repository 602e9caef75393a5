// The zod schema of a facilitator role-play scenario (levels/facilitator/<id>.json): a branching dialogue graph.
// Shape and graph checks (targets exist, acyclic, all reachable, one best per decision) live here and only here.
// Node ids are looked up as own keys only, so "constructor" or "toString" never resolve through Object.prototype.
import { z } from 'zod';
import { say } from '../../core/authorMessages';
import { discussionOf, idSchema, levelHeader, levelTextUpTo } from '../../core/levels';

/** Node, cast and flag name rules; exported so tests and tools use the same ones. */
export const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/;
export const FLAG_PATTERN = /^[a-z][a-zA-Z0-9]{0,39}$/;

export const MAX_NODES = 400;
export const MAX_CHOICES = 4;
export const MAX_TEXT = 600;

export const METHODS = ['world-cafe', 'peer-review', 'gallery', 'think-tank', 'peer-visit', 'fishbowl'] as const;
export type Method = (typeof METHODS)[number];

export const PORTRAITS = [
  'facilitator',
  'mayor',
  'newcomer',
  'presenter',
  'responder',
  'translator',
  'expert',
  'official',
  'citizen',
  'notetaker',
  'timekeeper',
  'partner',
] as const;
export type Portrait = (typeof PORTRAITS)[number];

/** The three facilitator roles scored in the debrief (seed 000 part 03). */
export const ROLES = ['architect', 'pilot', 'guide'] as const;
export type Role = (typeof ROLES)[number];

/** Everything a choice can move; role points start at 0, trust and energy at 50, clock (minutes used) at 0. */
export const METERS = ['architect', 'pilot', 'guide', 'trust', 'energy', 'clock'] as const;
export type Meter = (typeof METERS)[number];

export const QUALITIES = ['best', 'ok', 'poor'] as const;
export type Quality = (typeof QUALITIES)[number];

export const TONES = ['good', 'mixed', 'poor'] as const;
export type Tone = (typeof TONES)[number];

/** Speakers that need no cast entry. */
export const NARRATOR = 'narrator';
export const YOU = 'you';

/** Level text with the game's tighter length limit (a line must fit a dialogue box). */
const text = levelTextUpTo(MAX_TEXT);

const id = idSchema(64);
const flag = z.string().regex(FLAG_PATTERN, { error: (iss) => say('flag.chars', { value: JSON.stringify(iss.input) }) });

const rolePoints = z.number().int().min(-3).max(3);
const mood = z.number().int().min(-20).max(20);

export const effectsSchema = z.strictObject({
  architect: rolePoints.optional(),
  pilot: rolePoints.optional(),
  guide: rolePoints.optional(),
  trust: mood.optional(),
  energy: mood.optional(),
  /** Minutes this move takes; time only runs forward. */
  clock: z.number().int().min(0).max(45).optional(),
  /** Flags remembered for later choices (for example "briefedTranslator"). */
  set: z.array(flag).max(8).optional(),
});

const bound = z.number().int().min(-1000).max(10000);
const meterBounds = z.strictObject({
  architect: bound.optional(),
  pilot: bound.optional(),
  guide: bound.optional(),
  trust: bound.optional(),
  energy: bound.optional(),
  clock: bound.optional(),
});

/** A choice is offered only when every condition holds: meters within min/max, flags set, notFlags unset. */
export const requiresSchema = z
  .strictObject({
    min: meterBounds.optional(),
    max: meterBounds.optional(),
    flags: z.array(flag).max(8).optional(),
    notFlags: z.array(flag).max(8).optional(),
  })
  .superRefine((r, ctx) => {
    const empty =
      Object.keys(r.min ?? {}).length === 0 && Object.keys(r.max ?? {}).length === 0 && (r.flags ?? []).length === 0 && (r.notFlags ?? []).length === 0;
    if (empty) ctx.addIssue({ code: 'custom', message: say('fac.requiresEmpty'), path: [] });
    for (const m of METERS) {
      const lo = r.min?.[m];
      const hi = r.max?.[m];
      if (lo !== undefined && hi !== undefined && lo > hi) {
        ctx.addIssue({ code: 'custom', message: say('fac.minAboveMax', { meter: m, min: lo, max: hi }), path: ['min', m] });
      }
    }
    for (const [i, f] of (r.flags ?? []).entries()) {
      if ((r.notFlags ?? []).includes(f)) ctx.addIssue({ code: 'custom', message: say('fac.flagBoth', { flag: f }), path: ['flags', i] });
    }
  });
export type Requires = z.infer<typeof requiresSchema>;

export const choiceSchema = z.strictObject({
  /** What the facilitator does or says. */
  text,
  effects: effectsSchema,
  requires: requiresSchema.optional(),
  /** Shown at once after choosing. */
  consequence: text,
  /** Shown in the debrief: why this is good or poor facilitation. */
  explanation: text,
  quality: z.enum(QUALITIES),
  next: id,
});
export type Choice = z.infer<typeof choiceSchema>;

export const endingSchema = z.strictObject({
  title: text,
  text,
  /** Counts for a quarter of the total score: good 100, mixed 60, poor 20. */
  tone: z.enum(TONES),
});
export type Ending = z.infer<typeof endingSchema>;

/**
 * One node of the dialogue. Exactly one of three kinds (see nodeKind):
 * a decision (speaker, text, 2-4 choices), a line (speaker, text, next), or an ending (ending only).
 * Kept as one flat object rather than a union so a wrong node gets a message naming its field.
 */
export const nodeSchema = z.strictObject({
  /** "narrator", "you" (the facilitator) or a cast id. */
  speaker: z.string().max(64).optional(),
  text: text.optional(),
  choices: z.array(choiceSchema).min(2).max(MAX_CHOICES).optional(),
  next: id.optional(),
  ending: endingSchema.optional(),
});
export type ScenarioNode = z.infer<typeof nodeSchema>;
export type NodeKind = 'decision' | 'line' | 'ending';

export function nodeKind(node: ScenarioNode): NodeKind {
  if (node.ending) return 'ending';
  if (node.choices) return 'decision';
  return 'line';
}

export const castSchema = z.strictObject({
  id,
  name: text,
  role: text,
  portrait: z.enum(PORTRAITS),
});

const scenarioFields = z.strictObject({
  ...levelHeader,
  method: z.enum(METHODS),
  setting: text,
  /** The session's time box; the clock meter counts minutes used against it. */
  agendaMinutes: z.number().int().min(10).max(600),
  cast: z.array(castSchema).max(16),
  start: id,
  nodes: z
    // zod drops an own "__proto__" key from a record without a word; refuse it so the node is not silently lost.
    .custom<unknown>((v) => !(typeof v === 'object' && v !== null && Object.hasOwn(v, '__proto__')), { error: () => say('fac.protoNode') })
    .pipe(z.record(z.string(), nodeSchema)),
  /** The method's steps in order, shown after the debrief. */
  recap: z.array(text).min(4).max(8),
  /** Total-score thresholds for one, two and three stars, ascending. */
  stars: z.tuple([z.number().int().min(0).max(100), z.number().int().min(0).max(100), z.number().int().min(0).max(100)]),
  /** Two or three open questions for the room's debrief after this scenario, put by the trainer; separate from the
   * scenario's own debrief nodes, which speak to the player. Not scored. */
  discussion: discussionOf(text),
});

export const scenarioSchema = scenarioFields.superRefine((s, ctx) => checkGraph(s, ctx));

export type Scenario = z.infer<typeof scenarioSchema>;

type Ctx = z.core.$RefinementCtx<unknown>;
type PathPart = string | number;

/** An edge of the graph with the field path that names it, for messages. */
interface Edge {
  to: string;
  path: PathPart[];
}

export function edgesOf(nodeId: string, node: ScenarioNode): Edge[] {
  if (node.choices) return node.choices.map((c, i) => ({ to: c.next, path: ['nodes', nodeId, 'choices', i, 'next'] }));
  if (node.next !== undefined) return [{ to: node.next, path: ['nodes', nodeId, 'next'] }];
  return [];
}

/** The node with this id, as an own key only: "constructor" or "toString" never find Object.prototype's. */
export function nodeById(nodes: Readonly<Record<string, ScenarioNode>>, nodeId: string): ScenarioNode | undefined {
  return Object.hasOwn(nodes, nodeId) ? nodes[nodeId] : undefined;
}

/** Names a loop for a message: `"a" → "b" → "a"`, the middle elided when it is long. */
function loopWords(cycle: readonly string[]): string {
  const shown = cycle.length > 6 ? [...cycle.slice(0, 3), '…', ...cycle.slice(-2)] : cycle;
  return [...shown, cycle[0] as string].map((n) => (n === '…' ? n : `"${n}"`)).join(' → ');
}

/**
 * Every loop reachable by walking the edges, each once, as the node ids in walking order and the edge that closes it.
 * Iterative DFS (a long chain cannot overflow the stack), roots in the order given so loops near the start come first.
 */
export function findLoops(nodes: Readonly<Record<string, ScenarioNode>>, roots: readonly string[]): { cycle: string[]; edge: Edge }[] {
  const loops: { cycle: string[]; edge: Edge }[] = [];
  const state = new Map<string, 'open' | 'done'>();
  for (const root of roots) {
    if (state.has(root) || !nodeById(nodes, root)) continue;
    const stack: { id: string; edges: Edge[]; i: number }[] = [];
    const push = (nid: string) => {
      const node = nodeById(nodes, nid);
      state.set(nid, 'open');
      stack.push({ id: nid, edges: node ? edgesOf(nid, node) : [], i: 0 });
    };
    push(root);
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as (typeof stack)[number];
      const e = top.edges[top.i++];
      if (!e) {
        state.set(top.id, 'done');
        stack.pop();
        continue;
      }
      if (!nodeById(nodes, e.to)) continue;
      const st = state.get(e.to);
      if (st === 'open') {
        const from = stack.findIndex((f) => f.id === e.to);
        loops.push({ cycle: stack.slice(from).map((f) => f.id), edge: e });
      } else if (st === undefined) push(e.to);
    }
  }
  return loops;
}

function checkGraph(s: z.infer<typeof scenarioFields>, ctx: Ctx): void {
  const issue = (path: PathPart[], message: string) => ctx.addIssue({ code: 'custom', message, path });
  const ids = Object.keys(s.nodes);
  const castIds = new Set<string>();
  const has = (nid: string) => nodeById(s.nodes, nid) !== undefined;

  if (!(s.stars[0] <= s.stars[1] && s.stars[1] <= s.stars[2])) issue(['stars'], say('fac.stars', { stars: `[${s.stars.join(', ')}]` }));

  for (const [i, c] of s.cast.entries()) {
    if (c.id === NARRATOR || c.id === YOU) issue(['cast', i, 'id'], say('fac.castReserved', { id: c.id, who: c.id === YOU ? 'facilitator' : 'narrator' }));
    else if (castIds.has(c.id)) issue(['cast', i, 'id'], say('fac.castTwice', { id: c.id }));
    castIds.add(c.id);
  }

  if (ids.length > MAX_NODES) {
    issue(['nodes'], say('fac.tooManyNodes', { count: ids.length, limit: MAX_NODES }));
    return;
  }
  if (ids.length === 0) {
    issue(['nodes'], say('fac.noNodes'));
    return;
  }

  // The cause before its effects: a loop is named first, and the nodes it cuts off are not listed one by one.
  const startOk = has(s.start);
  const loops = findLoops(s.nodes, startOk ? [s.start, ...ids] : ids);
  for (const { cycle, edge } of loops) {
    issue(edge.path, cycle.length === 1 ? say('fac.selfLoop', { id: cycle[0] as string }) : say('fac.loop', { cycle: loopWords(cycle) }));
  }

  for (const nid of ids) {
    if (nid.length > 64) issue(['nodes', nid], say('fac.nodeIdLong', { id: `${nid.slice(0, 20)}…`, count: nid.length, limit: 64 }));
    else if (!ID_PATTERN.test(nid)) issue(['nodes', nid], say('fac.nodeIdChars', { id: nid }));
  }
  if (!startOk) issue(['start'], say('fac.noStart', { id: s.start }));

  // Flags some choice sets, so a requires naming a flag nobody sets (a typo) is caught.
  const setFlags = new Set<string>();
  for (const node of Object.values(s.nodes)) for (const c of node.choices ?? []) for (const f of c.effects.set ?? []) setFlags.add(f);

  for (const [nid, node] of Object.entries(s.nodes)) {
    const at = (...p: PathPart[]) => ['nodes', nid, ...p];
    const kinds = [node.choices !== undefined, node.next !== undefined, node.ending !== undefined].filter(Boolean).length;
    if (kinds !== 1) {
      issue(at(), kinds === 0 ? say('fac.nodeKindNone') : say('fac.nodeKindMany'));
      continue;
    }
    if (node.ending) {
      if (node.speaker !== undefined) issue(at('speaker'), say('fac.endingSpeaker'));
      if (node.text !== undefined) issue(at('text'), say('fac.endingText'));
      continue;
    }
    if (node.speaker === undefined) issue(at('speaker'), say('fac.needSpeaker'));
    else if (node.speaker !== NARRATOR && node.speaker !== YOU && !castIds.has(node.speaker)) {
      issue(at('speaker'), say('fac.unknownSpeaker', { id: node.speaker }));
    }
    if (node.text === undefined) issue(at('text'), say('fac.needText'));

    if (node.choices) {
      const best = node.choices.filter((c) => c.quality === 'best').length;
      if (best !== 1) issue(at('choices'), say('fac.best', { count: best }));
      if (node.choices.every((c) => c.requires !== undefined)) issue(at('choices'), say('fac.allLocked'));
      for (const [ci, c] of node.choices.entries()) {
        for (const key of ['flags', 'notFlags'] as const) {
          for (const [fi, f] of (c.requires?.[key] ?? []).entries()) {
            if (!setFlags.has(f)) issue(at('choices', ci, 'requires', key, fi), say('fac.flagUnset', { flag: f }));
          }
        }
      }
    }
    for (const e of edgesOf(nid, node)) {
      if (!has(e.to)) issue(e.path, say('fac.noNext', { id: e.to }));
    }
  }

  if (!startOk) return;

  // Reachability from start, over every edge (requires ignored: a node behind a lock still counts as reachable).
  const seen = new Set<string>([s.start]);
  const queue = [s.start];
  while (queue.length > 0) {
    const nid = queue.pop() as string;
    const node = nodeById(s.nodes, nid);
    if (!node) continue;
    for (const e of edgesOf(nid, node)) {
      if (has(e.to) && !seen.has(e.to)) {
        seen.add(e.to);
        queue.push(e.to);
      }
    }
  }
  const unreachable = ids.filter((nid) => !seen.has(nid));
  if (loops.length > 0 && unreachable.length > 0) {
    // Most likely a next that should lead on leads back instead: one line, not one per node cut off.
    issue(
      ['nodes'],
      unreachable.length === 1
        ? say('fac.unreachableAfterLoopOne', { id: unreachable[0] as string, start: s.start })
        : say('fac.unreachableAfterLoop', { count: unreachable.length, start: s.start }),
    );
  } else {
    for (const nid of unreachable) issue(['nodes', nid], say('fac.unreachable', { id: nid, start: s.start }));
  }
}
