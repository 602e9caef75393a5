// Loads the shipped Cynefin levels (levels/cynefin/*.json) through the schema, and parses a trainer's own file.
// Checks that span files (ids unique across levels) live in checkLevelSet, which the tests also run.
import { say } from '../../core/authorMessages';
import { parseLevelText, type LevelIssue, type LevelLoad } from '../../core/levels';
import { loadLevelSet } from '../../core/levelSet';
import { levelSchema, type Level } from './schema';

/** Lazy loaders of the level files and their translation overlays (`*.fr.json`); each is its own chunk. */
const loaders = import.meta.glob<unknown>('../../../levels/cynefin/*.json', { import: 'default' });

/** Cross-file checks: level ids, level order and card ids must each be unique across the whole set. */
export function checkLevelSet(levels: readonly { file: string; level: Level }[]): LevelIssue[] {
  const issues: LevelIssue[] = [];
  const levelIds = new Map<string, string>();
  const orders = new Map<number, string>();
  const cardIds = new Map<string, string>();
  for (const { file, level } of levels) {
    const otherLevel = levelIds.get(level.id);
    if (otherLevel !== undefined) issues.push({ file, path: 'id', message: say('set.idTwice', { id: level.id, other: otherLevel }) });
    else levelIds.set(level.id, file);

    const otherOrder = orders.get(level.order);
    if (otherOrder !== undefined) issues.push({ file, path: 'order', message: say('set.orderTwice', { order: level.order, other: otherOrder }) });
    else orders.set(level.order, file);

    level.cards.forEach((c, i) => {
      const other = cardIds.get(c.id);
      // Duplicates inside one file are reported by the schema; here only clashes between files.
      if (other !== undefined && other !== file) issues.push({ file, path: `cards[${i}].id`, message: say('set.cardTwice', { id: c.id, other }) });
      else cardIds.set(c.id, file);
    });
  }
  return issues;
}

/** Every shipped level with its translations, parsed and checked as a set (core/levelSet). */
export function loadLevels(): Promise<LevelLoad<Level>[]> {
  return loadLevelSet({ files: loaders, schema: levelSchema, checkSet: checkLevelSet });
}

/** A trainer's own level file (text from a file picker or fetch), checked like the shipped ones. */
export function parseLevelFile(file: string, text: string): LevelLoad<Level> {
  return parseLevelText(levelSchema, file, text);
}
