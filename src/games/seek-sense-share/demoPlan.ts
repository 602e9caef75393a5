// What Seek, sense, share's demo on the booth's welcome screen plays (components/demo.ts draws it), pure: the ties a
// finger makes (the level's stored solution), then the ways the practice comes in (SEEK) and the story goes out
// (SHARE) over those ties, as the simulation itself runs them, so the demo never shows a flow the game would not.
import { simulate } from './simulation';
import { pairKey, type Level, type Tie } from './schema';

/** Ties the finger makes one by one; any further ties of the solution are there from the start. */
export const TAPPED_TIES = 2;

export interface DemoPlan {
  /** The solution's ties the finger makes, in order. */
  tapped: Tie[];
  /** Ties drawn from the start: the level's own, and the rest of the solution. */
  standing: Tie[];
  /** Each way the practice comes in: node ids from a source to the city (SEEK). */
  seek: string[][];
  /** Each way the story goes out: node ids from the city to an audience, or back to a source (SHARE). */
  share: string[][];
}

/** Whether `a` is the start of `b` (a way back to a source on the way to an audience adds nothing to show). */
function isPrefix(a: readonly string[], b: readonly string[]): boolean {
  return a.length <= b.length && a.every((id, i) => b[i] === id);
}

export function demoPlan(level: Level): DemoPlan {
  const solution = level.solution ?? [];
  const tapped = solution.slice(0, TAPPED_TIES);
  const standing = [...(level.ties ?? []), ...solution.slice(TAPPED_TIES)];
  const flow = simulate(level, [...standing, ...tapped], level.seed);
  const seek = flow.seek.sources.filter((s) => s.ok && s.path.length > 1).map((s) => s.path);
  const out = [...flow.share.audiences, ...flow.share.back].filter((t) => t.ok && t.path.length > 1).map((t) => t.path);
  const share = out.filter((p, i) => !out.some((q, j) => j !== i && (q.length > p.length || j < i) && isPrefix(p, q)));
  return { tapped, standing, seek, share };
}

/** The ties a set of ways crosses, each once, as pair keys (the flows the game highlights). */
export function hopsOf(paths: readonly (readonly string[])[]): Array<{ from: string; to: string; key: string }> {
  const seen = new Set<string>();
  const hops: Array<{ from: string; to: string; key: string }> = [];
  for (const p of paths) {
    for (let i = 1; i < p.length; i++) {
      const from = p[i - 1]!;
      const to = p[i]!;
      const key = pairKey(from, to);
      if (seen.has(key)) continue;
      seen.add(key);
      hops.push({ from, to, key });
    }
  }
  return hops;
}
