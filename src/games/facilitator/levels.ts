// Loads the shipped facilitator scenarios (levels/facilitator/*.json) through the schema, and a trainer's own file.
// Checks that need every file at once (unique ids and orders, file named after its id) are in checkLevelSet.
import { say } from '../../core/authorMessages';
import { fileName, parseLevelText, type LevelIssue, type LevelLoad } from '../../core/levels';
import { loadLevelSet } from '../../core/levelSet';
import { scenarioSchema, type Scenario } from './schema';

/** Lazy loaders, one per shipped file; Vite bundles each JSON as its own chunk. */
const files = import.meta.glob<unknown>('../../../levels/facilitator/*.json', { import: 'default' });

/** Every shipped scenario with its translations, parsed and checked as a set (core/levelSet). */
export function loadLevels(): Promise<LevelLoad<Scenario>[]> {
  return loadLevelSet({ files, schema: scenarioSchema, checkSet: checkLevelSet });
}

/** A trainer's own scenario file (from a file picker), with size, JSON and schema checks. */
export function parseLevelFile(file: string, text: string): LevelLoad<Scenario> {
  return parseLevelText(scenarioSchema, file, text);
}

/** Cross-file checks over the good loads: ids and orders unique, each file named after its id. */
export function checkLevelSet(levels: readonly { file: string; level: Scenario }[]): LevelIssue[] {
  const issues: LevelIssue[] = [];
  const ids = new Map<string, string>();
  const orders = new Map<number, string>();
  for (const { file, level } of levels) {
    const name = fileName(file);
    if (name !== `${level.id}.json`) issues.push({ file, path: 'id', message: say('set.idFile', { id: level.id }) });
    const sameId = ids.get(level.id);
    if (sameId !== undefined) issues.push({ file, path: 'id', message: say('set.idTwice', { id: level.id, other: sameId }) });
    else ids.set(level.id, name);
    const sameOrder = orders.get(level.order);
    if (sameOrder !== undefined) issues.push({ file, path: 'order', message: say('set.orderTwice', { order: level.order, other: sameOrder }) });
    else orders.set(level.order, name);
  }
  return issues;
}
