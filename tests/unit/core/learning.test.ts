// The self-learner's keepsakes: the library of explanations met (by game and concept, searchable, newest first),
// the before-and-after checks, and the mix-ups that came back in a round.
import { describe, expect, it } from 'vitest';
import { LEARNING_KEY, LearningStore, foldText } from '../../../src/core/learning';
import { repeatedMixups, type SummaryItem } from '../../../src/core/round';
import { FORMS, checkSchema, checkScore, firstForm, gainByConcept, otherForm, questionsOf, shuffledOptions } from '../../../src/core/check';
import type { KeyValueStore } from '../../../src/core/storage';
import { FakeKv } from './fakeKv';
import { existsSync, readFileSync, readdirSync } from 'node:fs';

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
    a.remember('cynefin', { en: 'First sort' }, [
      item('Bridge inspection', 'Engineers can work it out.', 'Complicated'),
      item('Flood night', 'Act first.', 'Chaotic'),
    ]);
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
    kv.setItem(
      LEARNING_KEY,
      JSON.stringify({
        library: [{ gameId: 'g', levelTitle: { en: 'L' }, title: { en: 'ok' }, explanation: { en: 'fine' }, metAt: 1 }, { gameId: 5 }, null],
        checks: { g: { before: { score: 2, total: 5, at: 1 }, after: 'x' }, __proto__: { before: 1 } },
      }),
    );
    const s = new LearningStore(kv);
    expect(s.library().map((e) => e.title.en)).toEqual(['ok']);
    expect(s.check('g')).toEqual({ before: { score: 2, total: 5, at: 1 } });
  });

  it('plays on when storage is full or throws', () => {
    const kv: KeyValueStore = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    const s = new LearningStore(kv);
    s.remember('g', { en: 'L' }, [item('a', 'b')]);
    expect(s.library().length).toBe(1);
  });
});

describe('the before-and-after check', () => {
  it('keeps the first "before" and the latest "after", with the form taken and the answers', () => {
    const s = new LearningStore(new FakeKv(), () => 5);
    s.recordCheck('cynefin', 'before', 2, 9, { form: 'b', answers: { q1: 'x' } });
    s.recordCheck('cynefin', 'before', 5, 9, { form: 'a', answers: {} });
    s.recordCheck('cynefin', 'after', 3, 9);
    s.recordCheck('cynefin', 'after', 4, 9, { form: 'a', answers: { q2: 'y' } });
    expect(s.check('cynefin')).toEqual({
      before: { score: 2, total: 9, at: 5, form: 'b', answers: { q1: 'x' } },
      after: { score: 4, total: 9, at: 5, form: 'a', answers: { q2: 'y' } },
    });
  });

  it('gives the first check a form drawn from a seed kept in storage, and the second check the other form', () => {
    const kv = new FakeKv();
    const s = new LearningStore(
      kv,
      () => 1,
      () => 0.123,
    );
    const first = s.formFor('cynefin', 'before');
    expect(s.formFor('cynefin', 'after')).toBe(otherForm(first));
    // Kept: another visit (another random source) gets the same form.
    expect(
      new LearningStore(
        kv,
        () => 1,
        () => 0.987,
      ).formFor('cynefin', 'before'),
    ).toBe(first);
    // Once taken, the second check is the other one of the form actually taken.
    s.recordCheck('cynefin', 'before', 1, 9, { form: otherForm(first), answers: {} });
    expect(s.formFor('cynefin', 'after')).toBe(first);
  });

  it('counterbalances: across players, about half start on each form, for every game', () => {
    for (const game of ['cynefin', 'seek-sense-share', 'facilitator']) {
      let a = 0;
      for (let seed = 0; seed < 400; seed++) if (firstForm(seed * 7919, game) === 'a') a++;
      expect(a, game).toBeGreaterThan(160);
      expect(a, game).toBeLessThan(240);
    }
  });

  it('drops a kept result with a bad form or bad answers, and keeps the rest', () => {
    const kv = new FakeKv();
    kv.setItem(
      LEARNING_KEY,
      JSON.stringify({
        library: [],
        formSeed: 42,
        checks: {
          cynefin: { before: { score: 1, total: 9, at: 1, form: 'c' }, after: { score: 2, total: 9, at: 2, form: 'b', answers: { q: 'o' } } },
          facilitator: { before: { score: 1, total: 9, at: 1, answers: { 'x<y': 'o' } } },
        },
      }),
    );
    const s = new LearningStore(kv);
    expect(s.check('cynefin')).toEqual({ after: { score: 2, total: 9, at: 2, form: 'b', answers: { q: 'o' } } });
    expect(s.check('facilitator')).toEqual({});
  });

  const files = readdirSync('src/games')
    .filter((g) => existsSync(`src/games/${g}/check.json`))
    .map((g) => `${g}.json`);
  it('every game has a shipped check', () => {
    expect(files.sort()).toEqual(['cynefin.json', 'facilitator.json', 'seek-sense-share.json']);
  });

  const checks = files.map((f) => [f, checkSchema.parse(JSON.parse(readFileSync(`src/games/${f.replace(/\.json$/, '')}/check.json`, 'utf8')))] as const);
  const forms = checks.flatMap(([f, c]) => FORMS.map((form) => [`${f} form ${form}`, c, questionsOf(c, form)] as const));

  it.each(checks)('%s: two parallel forms of 8 to 10 questions, each covering every concept, no question in both', (_f, c) => {
    for (const form of FORMS) {
      const qs = questionsOf(c, form);
      expect(qs.length).toBeGreaterThanOrEqual(8);
      expect(qs.length).toBeLessThanOrEqual(10);
      expect(new Set(qs.map((q) => q.concept))).toEqual(new Set(c.concepts.map((k) => k.id)));
    }
    expect(c.forms.a.length).toBe(c.forms.b.length);
    const prompts = new Set(c.forms.a.map((q) => q.prompt.en));
    expect(c.forms.b.some((q) => prompts.has(q.prompt.en))).toBe(false);
  });

  it.each(forms)('%s: the answer cannot be told by its place in the file or on screen, or by its length', (_name, _c, qs) => {
    // In the file: no place holds the answer in more than 40% of the questions.
    const inFile = qs.map((q) => q.options.findIndex((o) => o.id === q.answer));
    for (const p of new Set(inFile)) expect(inFile.filter((x) => x === p).length).toBeLessThanOrEqual(Math.ceil(qs.length * 0.4));
    // On screen, shuffled per seed: over many seeds the answer sits in every place.
    const places = new Set<number>();
    for (let seed = 1; seed < 40; seed++) shuffledOptions(qs, seed).forEach((ids, i) => places.add(ids.indexOf(qs[i]!.answer)));
    expect(places.size).toBeGreaterThanOrEqual(3);
    // By length, in every language: the longest in at most a third, the strictly shortest in at most a third.
    for (const lang of ['en', 'fr', 'es'] as const) {
      const len = (t: { en: string; fr?: string; es?: string }) => (t[lang] ?? t.en).length;
      const longest = qs.filter((q) => len(q.options.find((o) => o.id === q.answer)!.text) === Math.max(...q.options.map((o) => len(o.text)))).length;
      const shortest = qs.filter((q) => {
        const a = len(q.options.find((o) => o.id === q.answer)!.text);
        return q.options.every((o) => o.id === q.answer || len(o.text) > a);
      }).length;
      expect(longest, `${lang}: longest`).toBeLessThanOrEqual(Math.ceil(qs.length / 3));
      expect(shortest, `${lang}: shortest`).toBeLessThanOrEqual(Math.ceil(qs.length / 3));
    }
    const all = Object.fromEntries(qs.map((q) => [q.id, q.answer]));
    expect(checkScore(qs, all)).toBe(qs.length);
    expect(checkScore(qs, {})).toBe(0);
  });

  it.each(forms)('%s: no stem repeats a word that appears only in the best option', (_name, _c, qs) => {
    const words = (t: string) => new Set((t.toLowerCase().match(/[a-z]{4,}/g) ?? []).map((w) => w.replace(/(ing|ed|es|s)$/, '')));
    const giveaways = qs.flatMap((q) => {
      const stem = words(q.prompt.en);
      const best = words(q.options.find((o) => o.id === q.answer)!.text.en);
      const others = new Set(q.options.filter((o) => o.id !== q.answer).flatMap((o) => [...words(o.text.en)]));
      return [...best].filter((w) => stem.has(w) && !others.has(w)).map((w) => `${q.id}: ${w}`);
    });
    expect(giveaways).toEqual([]);
  });

  it("shows the gain per concept from both checks, in the check's concept order", () => {
    const c = checks.find(([f]) => f === 'cynefin.json')![1];
    const right = (qs: readonly { id: string; answer: string }[]) => Object.fromEntries(qs.map((q) => [q.id, q.answer]));
    const gains = gainByConcept(c, { form: 'a', answers: {} }, { form: 'b', answers: right(c.forms.b) });
    expect(gains.map((g) => g.concept)).toEqual(c.concepts.map((k) => k.id));
    for (const g of gains) {
      expect(g.before.right).toBe(0);
      expect(g.after.right).toBe(g.after.total);
      expect(g.after.total).toBeGreaterThan(0);
    }
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
    const kv: KeyValueStore = {
      getItem: () => null,
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    const s = new OwnLevelsStore(kv);
    expect(s.add('cynefin', 'mine', 'mine.json', '{}')).toBe('no-room');
    expect(s.list('cynefin').length).toBe(1);
  });

  it('drops a broken entry and keeps the rest', async () => {
    const { OWN_LEVELS_KEY, OwnLevelsStore } = await import('../../../src/core/ownLevels');
    const kv = new FakeKv();
    kv.setItem(
      OWN_LEVELS_KEY,
      JSON.stringify([{ gameId: 'cynefin', levelId: 'ok', file: 'ok.json', text: '{}', addedAt: 1 }, { gameId: '__proto__', levelId: 'x' }, 'junk']),
    );
    expect(new OwnLevelsStore(kv).list('cynefin').map((e) => e.levelId)).toEqual(['ok']);
  });
});
