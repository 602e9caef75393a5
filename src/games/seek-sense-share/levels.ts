// Loads the shipped "Seek, sense, share" levels through the schema, and checks the set as a whole
// (unique ids and orders, shipped size, and that each stored solution fits its budget and earns a star).
import { say } from '../../core/authorMessages';
import { parseLevelText, type LevelIssue, type LevelLoad } from '../../core/levels';
import { loadLevelSet } from '../../core/levelSet';
import { isInvalid } from '../../core/round';
import { apply, scoreOf, start, type SssState } from './model';
import { LIMITS, levelSchema, type Level } from './schema';

const files = import.meta.glob('../../../levels/seek-sense-share/*.json', { import: 'default' });

/** Every shipped level with its translations, parsed and checked as a set (core/levelSet). */
export function loadLevels(): Promise<LevelLoad<Level>[]> {
  return loadLevelSet({ files, schema: levelSchema, checkSet: (levels) => checkLevelSet(levels) });
}

/** A trainer's own level file, checked like the shipped ones. */
export function parseLevelFile(file: string, text: string): LevelLoad<Level> {
  return parseLevelText(levelSchema, file, text);
}

/** Builds a level's stored solution tie by tie (each must be allowed, in order), or says why it cannot. */
export function playSolution(level: Level): { state: SssState } | { failed: number; reason: string } {
  let state = start(level);
  const ties = level.solution ?? [];
  for (let i = 0; i < ties.length; i++) {
    const t = ties[i];
    if (!t) continue;
    const next = apply(level, state, { type: 'tie', a: t.a, b: t.b, kind: t.kind });
    if (isInvalid(next)) return { failed: i, reason: next.code };
    state = next;
  }
  return { state };
}

/** Checks across files, and what a file cannot show alone: that its solution really wins. Empty means clean. */
export function checkLevelSet(levels: readonly { file: string; level: Level }[], shipped = true): LevelIssue[] {
  const issues: LevelIssue[] = [];
  const ids = new Map<string, string>();
  const orders = new Map<number, string>();
  for (const { file, level } of levels) {
    const otherId = ids.get(level.id);
    if (otherId) issues.push({ file, path: 'id', message: say('set.idTwice', { id: level.id, other: otherId }) });
    ids.set(level.id, file);
    const otherOrder = orders.get(level.order);
    if (otherOrder) issues.push({ file, path: 'order', message: say('set.orderTwice', { order: level.order, other: otherOrder }) });
    orders.set(level.order, file);
    if (shipped && level.contacts.length > LIMITS.shippedContacts) {
      issues.push({ file, path: 'contacts', message: say('set.shippedContacts', { limit: LIMITS.shippedContacts, count: level.contacts.length }) });
    }
    if (shipped && !level.solution) issues.push({ file, path: 'solution', message: say('set.shippedSolution') });
    if (!level.solution) continue;
    const played = playSolution(level);
    if ('failed' in played) {
      issues.push({ file, path: `solution[${played.failed}]`, message: say('set.tieRefused', { reason: played.reason }) });
      continue;
    }
    const score = scoreOf(level, played.state);
    if (score.stars < 1) issues.push({ file, path: 'solution', message: say('set.solutionWeak', { score: score.total, star: level.stars[0] }) });
  }
  return issues;
}
