// A self-learner's progress in a file of their own: best scores and stars, the library of explanations met ("What I
// learned") and the before-and-after checks, saved from Settings and restored on another device or after clearing the
// browser. Restoring merges (nothing already here is lost: the better record of each level, every explanation once,
// the first "before" and the latest "after" check), and the file is checked like a level file: what is wrong is
// named with its place, a broken entry is left out and counted. Pure: the stores apply the merge.
import { z } from 'zod';
import { readJsonHead } from './jsonFile';
import { BAD } from './storedData';
import { betterRecord, readLevelRecord, type LevelRecord } from './saveFormat';
import { readCheckResult, readEntry, MAX_LIBRARY, type CheckRecord, type LibraryEntry } from './learning';

export const PROGRESS_KIND = 'learning-arcade-progress';
/** A progress file is small (600 explanations at most); anything much larger is not one. */
export const MAX_PROGRESS_CHARS = 4_000_000;

export interface Progress {
  levels: Record<string, LevelRecord>;
  library: LibraryEntry[];
  checks: Record<string, CheckRecord>;
}

export function progressFile(p: Progress, savedAt: number): string {
  return `${JSON.stringify({ kind: PROGRESS_KIND, v: 1, savedAt, ...p }, null, 2)}\n`;
}

const head = z.object({
  kind: z.literal(PROGRESS_KIND),
  v: z.literal(1),
  savedAt: z.number(),
  levels: z.record(z.string().regex(/^[a-z0-9-]{1,64}\/[a-z0-9][a-z0-9-]{0,63}$/), z.unknown()),
  library: z.array(z.unknown()).max(MAX_LIBRARY * 2),
  checks: z.record(z.string().regex(/^[a-z0-9-]{1,64}$/), z.unknown()),
});

/** The file read back: its progress and how many entries were left out, or what is wrong and where. */
export function readProgress(text: string): { progress: Progress; dropped: number } | { problem: string } {
  if (text.length > MAX_PROGRESS_CHARS) return { problem: 'size' };
  const h = readJsonHead(text, head, 'file');
  if ('problem' in h) return h;
  let dropped = 0;
  const levels: Record<string, LevelRecord> = {};
  for (const [key, value] of Object.entries(h.data.levels)) {
    const r = readLevelRecord(value);
    if (r === BAD) dropped++;
    else levels[key] = r;
  }
  const library: LibraryEntry[] = [];
  for (const e of h.data.library) {
    const r = readEntry(e);
    if (r === BAD) dropped++;
    else library.push(r);
  }
  const checks: Record<string, CheckRecord> = {};
  for (const [gameId, rec] of Object.entries(h.data.checks)) {
    const c: CheckRecord = {};
    for (const when of ['before', 'after'] as const) {
      const v = typeof rec === 'object' && rec !== null ? (rec as Record<string, unknown>)[when] : undefined;
      if (v === undefined) continue;
      const r = readCheckResult(v);
      if (r === BAD) dropped++;
      else c[when] = r;
    }
    checks[gameId] = c;
  }
  return { progress: { levels, library, checks }, dropped };
}

/** Each level's better record: the best score, the most stars, the more attempts, the later play. */
export function mergeLevels(here: Record<string, LevelRecord>, there: Record<string, LevelRecord>): Record<string, LevelRecord> {
  const out: Record<string, LevelRecord> = { ...here };
  for (const [key, r] of Object.entries(there)) out[key] = betterRecord(out[key], r);
  return out;
}

/** Every explanation once (by game and title, the later kept), oldest first, at most MAX_LIBRARY; for each game the
 * first "before" check (the starting point) and the latest "after". */
export function mergeLearning(here: Omit<Progress, 'levels'>, there: Omit<Progress, 'levels'>): Omit<Progress, 'levels'> {
  const byKey = new Map<string, LibraryEntry>();
  for (const e of [...here.library, ...there.library]) {
    const key = `${e.gameId}|${e.title.en}`;
    const had = byKey.get(key);
    if (!had || had.metAt < e.metAt) byKey.set(key, e);
  }
  const library = [...byKey.values()].sort((a, b) => a.metAt - b.metAt).slice(-MAX_LIBRARY);
  const checks: Record<string, CheckRecord> = structuredClone(here.checks);
  for (const [gameId, c] of Object.entries(there.checks)) {
    const mine = (checks[gameId] ??= {});
    if (c.before && (!mine.before || c.before.at < mine.before.at)) mine.before = c.before;
    if (c.after && (!mine.after || c.after.at > mine.after.at)) mine.after = c.after;
  }
  return { library, checks };
}
