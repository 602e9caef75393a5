// The shipped Cynefin levels: every file parses, the set is consistent, the content has the promised shape,
// and each level can be played to full marks and to zero through the rules.
import { describe, expect, it } from 'vitest';
import { checkLevelSet, loadLevels, parseLevelFile } from '../../../../src/games/cynefin/levels';
import { isDone, maxScore, start, starsOf, summary, type Level } from '../../../../src/games/cynefin/model';
import { playAll, playRight, playWrong } from './fixture';

// Raw file text, read independently of levels.ts's own glob (no Node types in this project's tsconfig).
const rawLevels = import.meta.glob<string>('../../../../levels/cynefin/*.json', { query: '?raw', import: 'default', eager: true });
const fileOf = (path: string) => path.split('/').pop() ?? path;
const files = Object.keys(rawLevels).map(fileOf);
const rawSources = import.meta.glob<string>('../../../../src/games/cynefin/*.ts', { query: '?raw', import: 'default', eager: true });

async function shipped(): Promise<{ file: string; level: Level }[]> {
  const loads = await loadLevels();
  const bad = loads.filter((l) => !l.ok);
  expect(bad).toEqual([]);
  return loads.flatMap((l) => (l.ok ? [{ file: l.file, level: l.level }] : []));
}

const primary = (c: Level['cards'][number]) => c.domains.find((d) => d.weight === 1)!.domain;

describe('shipped level files', () => {
  it.each(Object.entries(rawLevels))('%s parses through the schema', (path, text) => {
    const r = parseLevelFile(fileOf(path), text);
    expect(r.ok ? [] : r.issues).toEqual([]);
  });

  it('load through loadLevels, sorted by order, with no clashes across files', async () => {
    const levels = await shipped();
    expect(levels.map((l) => l.file).sort()).toEqual([...files].sort());
    const orders = levels.map((l) => l.level.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    expect(checkLevelSet(levels)).toEqual([]);
  });

  it('offer at least five levels and 48 distinct cards', async () => {
    const levels = await shipped();
    expect(levels.length).toBeGreaterThanOrEqual(5);
    const ids = new Set(levels.flatMap((l) => l.level.cards.map((c) => c.id)));
    expect(ids.size).toBeGreaterThanOrEqual(48);
  });

  it('rise in difficulty: a clear-cut first level, borderline cards later, Confused and learning at the end', async () => {
    const levels = (await shipped()).map((l) => l.level);
    const first = levels[0]!;
    expect(first.secondStep).toBe('response');
    expect(first.showConfused).toBe(false);
    expect(first.cards.every((c) => c.domains.length === 1)).toBe(true);
    expect(levels.some((l) => l.secondStep === 'practice')).toBe(true);
    expect(levels.some((l) => l.cards.some((c) => c.domains.length > 1))).toBe(true);
    for (const l of levels.slice(-2)) {
      expect(l.showConfused).toBe(true);
      expect(l.secondStep).toBe('learning');
      expect(l.cards.some((c) => primary(c) === 'confused')).toBe(true);
    }
  });

  it('vary the right domain within each level (no level dominated by one domain)', async () => {
    for (const { file, level } of await shipped()) {
      const counts = new Map<string, number>();
      for (const c of level.cards) counts.set(primary(c), (counts.get(primary(c)) ?? 0) + 1);
      expect(counts.size, file).toBeGreaterThanOrEqual(4);
      expect(Math.max(...counts.values()), file).toBeLessThanOrEqual(Math.ceil(level.cards.length / 3));
    }
  });
});

describe('playing every shipped level', () => {
  it('all right gives the maximum score and three stars', async () => {
    for (const { file, level } of await shipped()) {
      const s = playAll(level, start(level, 2024), playRight);
      expect(isDone(s), file).toBe(true);
      expect(s.score, file).toBe(maxScore(level));
      expect(starsOf(level, s), file).toBe(3);
      expect(summary(level, s).items.every((i) => i.verdict === 'right'), file).toBe(true);
    }
  });

  it('all wrong gives zero points and no stars', async () => {
    for (const { file, level } of await shipped()) {
      const s = playAll(level, start(level, 2024), playWrong);
      expect(isDone(s), file).toBe(true);
      expect(s.score, file).toBe(0);
      expect(starsOf(level, s), file).toBe(0);
      expect(summary(level, s).items.every((i) => i.verdict === 'wrong' && i.expected !== undefined), file).toBe(true);
    }
  });
});

describe('purity of the rules', () => {
  it('model, schema, levels and strings import no engine, DOM or storage', () => {
    const names = Object.keys(rawSources).map(fileOf);
    expect(names).toEqual(expect.arrayContaining(['model.ts', 'schema.ts', 'levels.ts', 'strings.ts']));
    for (const [path, src] of Object.entries(rawSources)) {
      // Only the rule files: the view (CynefinScene.ts and its helpers) may use Phaser and the DOM.
      if (!['model.ts', 'schema.ts', 'levels.ts', 'strings.ts'].includes(fileOf(path))) continue;
      expect(src, path).not.toMatch(/from ['"](phaser|howler)['"]|\b(window|document|localStorage)\./);
    }
  });
});
