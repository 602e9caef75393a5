// The self-learner's keepsakes: the library of explanations met (by game and concept, searchable, newest first),
// the before-and-after checks, and the mix-ups that came back in a round.
import { describe, expect, it } from 'vitest';
import { LEARNING_KEY, LearningStore, foldText } from '../../../src/core/learning';
import { repeatedMixups, type SummaryItem } from '../../../src/core/round';
import { checkSchema, checkScore, shuffledOptions } from '../../../src/core/check';
import type { KeyValueStore } from '../../../src/core/storage';
import { FakeKv } from './fakeKv';
import { readFileSync, readdirSync } from 'node:fs';


const item = (title: string, explanation: string, concept?: string): SummaryItem => ({
  title: { en: title },
  verdict: 'right',
  answer: { en: 'x' },
  explanation: { en: explanation },
  ...(concept ? { concept: { en: concept } } : {}),
});

describe('the library of what I learned', () => {
  it('keeps each explanation once (the latest), across a reload, newest first', () => {
    const kv = new FakeKv();
    let t = 0;
    const a = new LearningStore(kv, () => ++t);
    a.remember('cynefin', { en: 'First sort' }, [item('Bridge inspection', 'Engineers can work it out.', 'Complicated'), item('Flood night', 'Act first.', 'Chaotic')]);
    a.remember('cynefin', { en: 'First sort' }, [item('Bridge inspection', 'Experts analyse it.', 'Complicated')]);
    const b = new LearningStore(kv);
    expect(b.library().map((e) => [e.title.en, e.explanation.en])).toEqual([
      ['Bridge inspection', 'Experts analyse it.'],
      ['Flood night', 'Act first.'],
    ]);
  });

  it('finds entries by any word of title, explanation, concept or level, ignoring case and accents', () => {
    const s = new LearningStore(new FakeKv());
    s.remember('facilitator', { en: 'World café' }, [item('The silent newcomer', 'Invite, do not push.', 'The guide')]);
    s.remember('cynefin', { en: 'First sort' }, [item('Permit desk', 'Follow the procedure.', 'Clear')]);
    expect(s.library('CAFE').map((e) => e.title.en)).toEqual(['The silent newcomer']);
    expect(s.library('guide invite').map((e) => e.title.en)).toEqual(['The silent newcomer']);
    expect(s.library('procedure').map((e) => e.gameId)).toEqual(['cynefin']);
    expect(s.library('nothing-like-this')).toEqual([]);
    expect(foldText('Éléphant')).toBe('elephant');
  });

  it('drops unreadable entries and keeps the rest', () => {
    const kv = new FakeKv();
    kv.setItem(LEARNING_KEY, JSON.stringify({ library: [{ gameId: 'g', levelTitle: { en: 'L' }, title: { en: 'ok' }, explanation: { en: 'fine' }, metAt: 1 }, { gameId: 5 }, null], checks: { g: { before: { score: 2, total: 5, at: 1 }, after: 'x' }, __proto__: { before: 1 } } }));
    const s = new LearningStore(kv);
    expect(s.library().map((e) => e.title.en)).toEqual(['ok']);
    expect(s.check('g')).toEqual({ before: { score: 2, total: 5, at: 1 } });
  });

  it('plays on when storage is full or throws', () => {
    const kv: KeyValueStore = { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); }, removeItem: () => undefined };
    const s = new LearningStore(kv);
    s.remember('g', { en: 'L' }, [item('a', 'b')]);
    expect(s.library().length).toBe(1);
  });
});

describe('the before-and-after check', () => {
  it('keeps the first "before" and the latest "after"', () => {
    const s = new LearningStore(new FakeKv(), () => 5);
    s.recordCheck('cynefin', 'before', 2, 5);
    s.recordCheck('cynefin', 'before', 5, 5);
    s.recordCheck('cynefin', 'after', 3, 5);
    s.recordCheck('cynefin', 'after', 4, 5);
    expect(s.check('cynefin')).toEqual({ before: { score: 2, total: 5, at: 5 }, after: { score: 4, total: 5, at: 5 } });
  });

  const files = readdirSync('levels/checks').filter((f) => f.endsWith('.json'));
  it('every game has a shipped check', () => {
    expect(files.sort()).toEqual(['cynefin.json', 'facilitator.json', 'seek-sense-share.json']);
  });

  it.each(files)('%s: parses, and the answer cannot be told by its place or its length', (file) => {
    const check = checkSchema.parse(JSON.parse(readFileSync(`levels/checks/${file}`, 'utf8')));
    const longest = check.questions.filter((q) => {
      const lens = q.options.map((o) => o.text.en.length);
      return q.options.find((o) => o.id === q.answer)!.text.en.length === Math.max(...lens);
    }).length;
    expect(longest).toBeLessThanOrEqual(Math.floor(check.questions.length / 2));
    // Shuffled per seed: over many seeds the answer sits in every place.
    const places = new Set<number>();
    for (let seed = 1; seed < 40; seed++) shuffledOptions(check, seed).forEach((ids, i) => places.add(ids.indexOf(check.questions[i]!.answer)));
    expect(places.size).toBeGreaterThanOrEqual(3);
    const all = Object.fromEntries(check.questions.map((q) => [q.id, q.answer]));
    expect(checkScore(check, all)).toBe(check.questions.length);
    expect(checkScore(check, {})).toBe(0);
  });
});

describe('mix-ups that came back', () => {
  it('counts the same chosen/fitting pair across items and keeps those seen at least twice', () => {
    const mix = (chosen: string, fits: string): SummaryItem => ({ ...item('t', 'e'), verdict: 'wrong', mixup: { chosen: { en: chosen }, fits: { en: fits } } });
    const items = [mix('Clear', 'Complicated'), mix('Clear', 'Complicated'), mix('Chaotic', 'Complex'), item('ok', 'fine'), mix('Clear', 'Complicated')];
    expect(repeatedMixups(items)).toEqual([{ chosen: { en: 'Clear' }, fits: { en: 'Complicated' }, count: 3 }]);
    expect(repeatedMixups(items, 1).length).toBe(2);
  });
});

describe('a trainer’s own levels kept in the browser', () => {
  it('keeps, replaces by level id, lists per game, removes, and survives a reload', async () => {
    const { OwnLevelsStore, MAX_OWN_PER_GAME } = await import('../../../src/core/ownLevels');
    const kv = new FakeKv();
    const a = new OwnLevelsStore(kv, () => 7);
    expect(a.add('cynefin', 'mine', 'mine.json', '{"v":1}')).toBe('added');
    expect(a.add('cynefin', 'mine', 'mine-2.json', '{"v":2}')).toBe('replaced');
    expect(a.add('facilitator', 'other', 'o.json', '{}')).toBe('added');
    const b = new OwnLevelsStore(kv);
    expect(b.list('cynefin')).toEqual([{ gameId: 'cynefin', levelId: 'mine', file: 'mine-2.json', text: '{"v":2}', addedAt: 7 }]);
    b.remove('cynefin', 'mine');
    expect(new OwnLevelsStore(kv).list('cynefin')).toEqual([]);
    expect(new OwnLevelsStore(kv).list('facilitator').length).toBe(1);
    for (let i = 0; i < MAX_OWN_PER_GAME; i++) b.add('g', `l${i}`, 'f.json', '{}');
    expect(b.add('g', 'one-more', 'f.json', '{}')).toBe('too-many');
  });

  it('keeps a file for this visit when storage is full, and says it will not be there next time', async () => {
    const { OwnLevelsStore } = await import('../../../src/core/ownLevels');
    const kv: KeyValueStore = { getItem: () => null, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); }, removeItem: () => undefined };
    const s = new OwnLevelsStore(kv);
    expect(s.add('cynefin', 'mine', 'mine.json', '{}')).toBe('no-room');
    expect(s.list('cynefin').length).toBe(1);
  });

  it('drops a broken entry and keeps the rest', async () => {
    const { OWN_LEVELS_KEY, OwnLevelsStore } = await import('../../../src/core/ownLevels');
    const kv = new FakeKv();
    kv.setItem(OWN_LEVELS_KEY, JSON.stringify([{ gameId: 'cynefin', levelId: 'ok', file: 'ok.json', text: '{}', addedAt: 1 }, { gameId: '__proto__', levelId: 'x' }, 'junk']));
    expect(new OwnLevelsStore(kv).list('cynefin').map((e) => e.levelId)).toEqual(['ok']);
  });
});
