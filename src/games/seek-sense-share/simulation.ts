// The flow of a built network, pure and deterministic for a seed: SEEK brings the practice in, SENSE tests it in
// a community of practice, SHARE carries the city's story out. Knowledge only ever crosses ties that exist.
// SHARE is working out loud: it runs alongside SENSE, not after it. What goes out before the test has held is work in
// progress, and the feedback that comes back from the wider network informs the test (one outside view). There is a
// story to tell only about a practice SEEK actually brought in, and it goes back only to the sources learned from.
import { createRng } from '../../core/rng';
import { isOutsideSector, OUTSIDE_SECTORS, pairKey, type Contact, type Level, type OutsideSector, type Tie, type TieKind } from './schema';

/** How deep a know-how a tie can carry: loose ties carry news, communities tested know-how, work teams complex practice. */
export const TIE_DEPTH: Readonly<Record<TieKind, 1 | 2 | 3>> = { network: 1, community: 2, team: 3 };
/** Reach a story uses up crossing a tie: loose ties pass stories on, close ties keep them inside the group. */
export const SHARE_STEP_COST: Readonly<Record<TieKind, number>> = { network: 1, community: 2, team: 3 };

export const FLOW_STEPS = ['seek', 'sense', 'share'] as const;
export type FlowStep = (typeof FLOW_STEPS)[number];

/** Why a step (or one hop of it) failed; strings.ts has `reason.<code>` for each. */
export const FLOW_REASONS = [
  'no-path',
  'too-weak',
  'no-community',
  'no-outside',
  'low-trust',
  'missing-member',
  'nothing-to-test',
  'out-of-reach',
  'no-audience-path',
  'not-shared-back',
  'nothing-to-share',
] as const;
export type FlowReason = (typeof FLOW_REASONS)[number];

export interface FlowEvent {
  step: FlowStep;
  from: string;
  to: string;
  /** The tie crossed; every event is one tie of the network. */
  kind: TieKind;
  /** seek: the practice (know-how); sense: trust built in the community; share: the city's story. */
  moved: 'practice' | 'trust' | 'story';
  /** seek: depth of know-how still carried after this tie; sense: trust so far; share: reach used so far. */
  amount: number;
  ok: boolean;
  reason?: FlowReason;
}

export interface SourceResult {
  contact: string;
  need: number;
  /** Depth that reached the city: 0 when no chain of ties joins them. */
  depth: number;
  /** Node ids from the source to the city along the best chain (empty when none). */
  path: string[];
  ok: boolean;
  /** Ties of that chain too weak for the depth needed: the ones to blame in the debrief. */
  weakTies: Tie[];
}

export interface SeekResult {
  ok: boolean;
  sources: SourceResult[];
  reason: FlowReason | null;
}

export interface SenseResult {
  ok: boolean;
  /** The network part holds (a community fit to test), whether or not there was a practice to test. */
  ready: boolean;
  /** Contacts joined to the city by chains of community-of-practice ties. */
  members: string[];
  outside: string[];
  /** Community-of-practice ties inside that community. */
  ties: Tie[];
  trust: number;
  missing: string[];
  /**
   * Working out loud feeding the test: a stakeholder from outside local government whom the shared work in progress
   * reached, and whose feedback stood in for one missing outside member; null when none was needed or none answered.
   */
  feedback: string | null;
  reason: FlowReason | null;
}

export interface TargetResult {
  contact: string;
  /** Reach the story needs to get there; null when no chain of ties leads there. */
  distance: number | null;
  /** Node ids from the city to the target along the cheapest chain (empty when none). */
  path: string[];
  ok: boolean;
}

export interface ShareResult {
  ok: boolean;
  /** The network part holds (audiences and the way back within reach), whether or not there was anything to tell. */
  ready: boolean;
  /**
   * Sources whose know-how SEEK brought in at the depth needed: what the story is about, and where it goes back to.
   * Empty when SEEK brought nothing: then nothing goes out, no audience hears anything, and SHARE earns nothing.
   */
  learned: string[];
  /** What went out: tested experience when SENSE held, else work in progress (shared all the same). */
  tested: boolean;
  /** Stakeholders from outside local government the story reached within its reach: who could send feedback. */
  heardBy: string[];
  /** Each audience: how far it is and whether the city's ties reach it (`ok`), story or not. */
  audiences: TargetResult[];
  /** Audiences within reach of the city's ties; counted in the score only when there was something to tell. */
  reached: number;
  needed: number;
  /**
   * The story's way back to each source it learned from (every tier): a source SEEK never reached gave nothing to
   * report back on. Empty when nothing was learned, or when the level sets `backToSources: false`.
   */
  back: TargetResult[];
  reason: FlowReason | null;
}

export interface DiversityResult {
  /** Distinct outside sectors among contacts joined to the city by any chain of ties. */
  sectors: OutsideSector[];
  target: number;
}

export interface FlowResult {
  /** In play order: all seek events, then sense, then share; a step that did not run has none. */
  events: FlowEvent[];
  seek: SeekResult;
  sense: SenseResult;
  share: ShareResult;
  diversity: DiversityResult;
}

interface Edge {
  to: string;
  kind: TieKind;
}

/** Adjacency lists in a seed-shuffled order that does not depend on the order ties were built. */
function graphOf(ties: readonly Tie[], seed: number): Map<string, Edge[]> {
  const sorted = [...ties].sort((x, y) => (pairKey(x.a, x.b) < pairKey(y.a, y.b) ? -1 : 1));
  const adj = new Map<string, Edge[]>();
  const add = (from: string, e: Edge): void => {
    const list = adj.get(from);
    if (list) list.push(e);
    else adj.set(from, [e]);
  };
  for (const t of sorted) {
    add(t.a, { to: t.b, kind: t.kind });
    add(t.b, { to: t.a, kind: t.kind });
  }
  const rng = createRng(seed);
  for (const key of [...adj.keys()].sort()) adj.set(key, rng.shuffle(adj.get(key) ?? []));
  return adj;
}

/** Shortest chain (in ties) from `from` to `to` using only edges that pass `keep`; null when none. */
function bfsPath(adj: Map<string, Edge[]>, from: string, to: string, keep: (e: Edge) => boolean): Edge[] | null {
  const prev = new Map<string, { node: string; edge: Edge }>();
  const seen = new Set([from]);
  let frontier = [from];
  while (frontier.length > 0 && !seen.has(to)) {
    const next: string[] = [];
    for (const n of frontier) {
      for (const e of adj.get(n) ?? []) {
        if (!keep(e) || seen.has(e.to)) continue;
        seen.add(e.to);
        prev.set(e.to, { node: n, edge: e });
        next.push(e.to);
      }
    }
    frontier = next;
  }
  if (!seen.has(to)) return null;
  const edges: Edge[] = [];
  for (let n = to; n !== from;) {
    const p = prev.get(n);
    if (!p) break;
    edges.push(p.edge);
    n = p.node;
  }
  return edges.reverse();
}

function componentOf(adj: Map<string, Edge[]>, start: string, keep: (e: Edge) => boolean): { nodes: string[]; edges: Tie[] } {
  const seen = new Set([start]);
  const nodes: string[] = [];
  const edges: Tie[] = [];
  const counted = new Set<string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const n = queue[i] as string;
    for (const e of adj.get(n) ?? []) {
      if (!keep(e)) continue;
      const key = pairKey(n, e.to);
      if (!counted.has(key)) {
        counted.add(key);
        edges.push({ a: n, b: e.to, kind: e.kind });
      }
      if (!seen.has(e.to)) {
        seen.add(e.to);
        nodes.push(e.to);
        queue.push(e.to);
      }
    }
  }
  return { nodes, edges };
}

/** Cheapest reach from the city to every node (Dijkstra), with the tie used to arrive. */
function reachFrom(adj: Map<string, Edge[]>, start: string): Map<string, { dist: number; prev: string | null; kind: TieKind | null }> {
  const best = new Map<string, { dist: number; prev: string | null; kind: TieKind | null }>([[start, { dist: 0, prev: null, kind: null }]]);
  const done = new Set<string>();
  for (;;) {
    let pick: string | null = null;
    let pickDist = Infinity;
    for (const [n, v] of best) {
      if (!done.has(n) && v.dist < pickDist) {
        pick = n;
        pickDist = v.dist;
      }
    }
    if (pick === null) break;
    done.add(pick);
    for (const e of adj.get(pick) ?? []) {
      const d = pickDist + SHARE_STEP_COST[e.kind];
      const old = best.get(e.to);
      if (!old || d < old.dist) best.set(e.to, { dist: d, prev: pick, kind: e.kind });
    }
  }
  return best;
}

function seekStep(level: Level, adj: Map<string, Edge[]>, events: FlowEvent[]): SeekResult {
  const city = level.city.id;
  const sources: SourceResult[] = level.objectives.seek.sources.map(({ contact, depth: need }) => {
    // The best chain is the one whose weakest tie is strongest; among those, the shortest.
    let path: Edge[] | null = null;
    for (let d = need; d >= 1 && !path; d--) path = bfsPath(adj, contact, city, (e) => TIE_DEPTH[e.kind] >= d);
    if (!path) return { contact, need, depth: 0, path: [], ok: false, weakTies: [] };
    const nodes = [contact];
    const weakTies: Tie[] = [];
    let carried = 3;
    let at = contact;
    for (const e of path) {
      carried = Math.min(carried, TIE_DEPTH[e.kind]);
      const ok = TIE_DEPTH[e.kind] >= need;
      if (!ok) weakTies.push({ a: at, b: e.to, kind: e.kind });
      events.push({ step: 'seek', from: at, to: e.to, kind: e.kind, moved: 'practice', amount: carried, ok, ...(ok ? {} : { reason: 'too-weak' as const }) });
      nodes.push(e.to);
      at = e.to;
    }
    return { contact, need, depth: carried, path: nodes, ok: carried >= need, weakTies };
  });
  const ok = sources.every((s) => s.ok);
  const reason = ok ? null : sources.some((s) => s.depth === 0) ? 'no-path' : 'too-weak';
  return { ok, sources, reason };
}

function senseStep(
  level: Level,
  adj: Map<string, Edge[]>,
  contacts: ReadonlyMap<string, Contact>,
  seekOk: boolean,
  heardBy: readonly string[],
  events: FlowEvent[],
): SenseResult {
  const { minTrust, minOutside, mustInclude = [] } = level.objectives.sense;
  const group = componentOf(adj, level.city.id, (e) => e.kind === 'community');
  const members = group.nodes;
  const sector = (id: string): Contact['sector'] | undefined => contacts.get(id)?.sector;
  const outside = members.filter((id) => {
    const s = sector(id);
    return s !== undefined && isOutsideSector(s);
  });
  const trust = group.edges.length;
  const missing = mustInclude.filter((id) => !members.includes(id));
  // Feedback on the work in progress makes up for one missing outside view, and only for a community that exists.
  const short = minOutside - outside.length;
  const feedback = members.length > 0 && short === 1 ? (heardBy.find((id) => !members.includes(id)) ?? null) : null;
  let reason: FlowReason | null = null;
  if (members.length === 0) reason = 'no-community';
  else if (outside.length + (feedback ? 1 : 0) < minOutside) reason = 'no-outside';
  else if (trust < minTrust) reason = 'low-trust';
  else if (missing.length > 0) reason = 'missing-member';
  const ready = reason === null;
  if (ready && !seekOk) reason = 'nothing-to-test';
  const ok = reason === null;
  if (seekOk) {
    group.edges.forEach((t, i) => {
      events.push({ step: 'sense', from: t.a, to: t.b, kind: t.kind, moved: 'trust', amount: i + 1, ok: true });
    });
  }
  return { ok, ready, members, outside, ties: group.edges, trust, missing, feedback, reason };
}

/**
 * SHARE, run before SENSE is judged (it does not wait for it): who the story reaches, and who can answer back. The
 * story is about what SEEK brought in (`learned`): with nothing learned nothing goes out, so no tie carries a story
 * and no one hears it; the way back leads only to the sources learned from.
 */
function shareStep(
  level: Level,
  adj: Map<string, Edge[]>,
  contacts: ReadonlyMap<string, Contact>,
  learned: readonly string[],
  events: FlowEvent[],
): Omit<ShareResult, 'tested'> {
  const { audiences, reach, backToSources = true } = level.objectives.share;
  const needed = level.objectives.share.min ?? audiences.length;
  const best = reachFrom(adj, level.city.id);
  const target = (contact: string): TargetResult => {
    const hit = best.get(contact);
    if (!hit) return { contact, distance: null, path: [], ok: false };
    const path = [contact];
    for (let n = best.get(contact)?.prev ?? null; n !== null; n = best.get(n)?.prev ?? null) path.push(n);
    return { contact, distance: hit.dist, path: path.reverse(), ok: hit.dist <= reach };
  };
  const aud = audiences.map(target);
  const back = backToSources ? learned.map(target) : [];
  const reached = aud.filter((a) => a.ok).length;
  let reason: FlowReason | null = null;
  if (reached < needed) reason = aud.some((a) => a.distance === null) ? 'no-audience-path' : 'out-of-reach';
  else if (back.some((b) => !b.ok)) reason = 'not-shared-back';
  const ready = reason === null;
  const told = learned.length > 0;
  if (!told) {
    // Nothing came in, so nothing goes out: no story on any tie, no one who heard it. A network that could have
    // carried one is still told apart (ready) from one that could not, as SENSE does with nothing to test.
    return { ok: false, ready, learned: [], heardBy: [], audiences: aud, reached, needed, back, reason: ready ? 'nothing-to-share' : reason };
  }
  // The story's way to each target, each tie once, nearest first.
  const hops = new Map<string, FlowEvent>();
  for (const t of [...aud, ...back]) {
    for (let i = 1; i < t.path.length; i++) {
      const to = t.path[i] as string;
      const info = best.get(to);
      if (!info || info.kind === null || info.prev === null || hops.has(to)) continue;
      const ok = info.dist <= reach;
      hops.set(to, {
        step: 'share',
        from: info.prev,
        to,
        kind: info.kind,
        moved: 'story',
        amount: info.dist,
        ok,
        ...(ok ? {} : { reason: 'out-of-reach' as const }),
      });
    }
  }
  events.push(...[...hops.values()].sort((x, y) => x.amount - y.amount));
  // Nearest first, then by id, so the same network always names the same voice.
  const heardBy = [...best.entries()]
    .filter(([id, v]) => v.dist <= reach && id !== level.city.id && isOutsideSector(contacts.get(id)?.sector ?? 'peer-city'))
    .sort((x, y) => x[1].dist - y[1].dist || (x[0] < y[0] ? -1 : 1))
    .map(([id]) => id);
  return { ok: reason === null, ready, learned: [...learned], heardBy, audiences: aud, reached, needed, back, reason };
}

/** Runs SEEK, SENSE and SHARE over `ties` (pre-existing and built together). Same level, ties and seed: same result. */
export function simulate(level: Level, ties: readonly Tie[], seed: number): FlowResult {
  const adj = graphOf(ties, seed);
  const contacts = new Map(level.contacts.map((c) => [c.id, c]));
  const events: FlowEvent[] = [];
  const seek = seekStep(level, adj, events);
  // Working out loud: the story goes out while the practice is being tested, and its feedback informs the test.
  const shareEvents: FlowEvent[] = [];
  const learned = seek.sources.filter((s) => s.ok).map((s) => s.contact);
  const shared = shareStep(level, adj, contacts, learned, shareEvents);
  const sense = senseStep(level, adj, contacts, seek.ok, shared.heardBy, events);
  events.push(...shareEvents);
  const share: ShareResult = { ...shared, tested: sense.ok };
  const cloud = componentOf(adj, level.city.id, () => true).nodes;
  const present = new Set(cloud.map((id) => contacts.get(id)?.sector));
  const sectors = OUTSIDE_SECTORS.filter((s) => present.has(s));
  return { events, seek, sense, share, diversity: { sectors, target: level.objectives.diversity.target } };
}
