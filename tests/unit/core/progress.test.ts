// A self-learner's progress file: read back checked, with what is wrong named, and merged without losing anything
// that was already on the device.
import { describe, expect, it } from 'vitest';
import { mergeLearning, mergeLevels, progressFile, readProgress, type Progress } from '../../../src/core/progress';

const entry = (title: string, metAt: number) => ({
  gameId: 'cynefin',
  levelTitle: { en: 'First sort' },
  title: { en: title },
  explanation: { en: 'Because.' },
  metAt,
});
const here: Progress = {
  levels: { 'cynefin/first-sort': { best: 40, stars: 2, attempts: 3, lastPlayed: 100 } },
  library: [entry('A shed', 10), entry('A flood', 20)],
  checks: { cynefin: { before: { score: 3, total: 8, at: 5 } } },
};

describe('a progress file', () => {
  it('reads back what was saved', () => {
    expect(readProgress(progressFile(here, 1))).toEqual({ progress: here, dropped: 0 });
  });

  it('names what is wrong and where, and leaves a broken entry out, counted', () => {
    expect(readProgress('{')).toEqual({ problem: expect.any(String) });
    expect(readProgress(JSON.stringify({ kind: 'learning-arcade-progress', v: 1, savedAt: 1, levels: {}, library: 'x', checks: {} }))).toEqual({
      problem: expect.stringMatching(/^library: /),
    });
    expect(readProgress(JSON.stringify({ kind: 'something-else' }))).toEqual({ problem: expect.stringMatching(/^kind: /) });
    const raw = JSON.parse(progressFile(here, 1));
    raw.library.push({ gameId: 'cynefin', title: 42 });
    raw.levels['cynefin/second'] = { best: -1 };
    const r = readProgress(JSON.stringify(raw));
    expect('progress' in r && r.dropped).toBe(2);
    expect('progress' in r && r.progress.library).toHaveLength(2);
  });

  it('merges without losing anything: the better record of each level, each explanation once, the first "before", the latest "after"', () => {
    const there: Progress = {
      levels: {
        'cynefin/first-sort': { best: 30, stars: 3, attempts: 1, lastPlayed: 200 },
        'facilitator/fishbowl': { best: 50, stars: 3, attempts: 1, lastPlayed: 150 },
      },
      library: [entry('A flood', 30), entry('A market', 25)],
      checks: { cynefin: { before: { score: 5, total: 8, at: 50 }, after: { score: 7, total: 8, at: 300 } } },
    };
    expect(mergeLevels(here.levels, there.levels)).toEqual({
      'cynefin/first-sort': { best: 40, stars: 3, attempts: 3, lastPlayed: 200 },
      'facilitator/fishbowl': { best: 50, stars: 3, attempts: 1, lastPlayed: 150 },
    });
    const learning = mergeLearning(here, there);
    expect(learning.library.map((e) => [e.title.en, e.metAt])).toEqual([
      ['A shed', 10],
      ['A market', 25],
      ['A flood', 30],
    ]);
    expect(learning.checks.cynefin).toEqual({ before: { score: 3, total: 8, at: 5 }, after: { score: 7, total: 8, at: 300 } });
  });
});
