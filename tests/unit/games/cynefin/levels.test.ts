// The shipped Cynefin levels: every file parses, the set is consistent, the content has the promised shape,
// and each level can be played to full marks and to zero through the rules.
import { describe, expect, it } from 'vitest';
import { checkLevelSet, loadLevels, parseLevelFile } from '../../../../src/games/cynefin/levels';
import {
  apply, currentCard, domainsOf, isDone, maxScore, secondOptions, start, starsOf, weightOf, type CynefinState, type Level,
} from '../../../../src/games/cynefin/model';
import { summary } from '../../../../src/games/cynefin/results';
import { present } from '../../../../src/games/cynefin/present';
import { isInvalid } from '../../../../src/core/round';
import { playAll, playRight, playWrong } from './fixture';

// Raw file text, read independently of levels.ts's own glob (no Node types in this project's tsconfig).
const rawLevels = import.meta.glob<string>(['../../../../levels/cynefin/*.json', '!../../../../levels/cynefin/*.*.json'], { query: '?raw', import: 'default', eager: true });
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

describe('not winnable without reading', () => {
  /** Words too common to give an answer away. */
  const STOP = new Set('about after also been before city city\'s council every from have into more must nobody only over same says some than that their them then there they this through very want wants were what when where which while will with your'.split(' '));

  it('spreads the second question\'s right answer within each level (options are in a fixed order)', async () => {
    for (const { file, level } of await shipped()) {
      const counts = new Map<string, number>();
      for (const c of level.cards) counts.set(c.second.answer, (counts.get(c.second.answer) ?? 0) + 1);
      expect(counts.size, file).toBeGreaterThanOrEqual(4);
      expect(Math.max(...counts.values()), file).toBeLessThanOrEqual(Math.ceil(level.cards.length / 3));
    }
  });

  it('keeps the four board domains among the first six cards (a booth\'s short round plays only those)', async () => {
    for (const { file, level } of await shipped()) {
      const first = new Set(level.cards.slice(0, 6).map(primary));
      for (const d of ['clear', 'complicated', 'complex', 'chaotic']) expect(first.has(d as never), `${file}: ${d}`).toBe(true);
    }
  });

  it('gives no domain away by card length', async () => {
    const levels = (await shipped()).map((l) => l.level);
    const cards = levels.flatMap((l) => l.cards);
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    const all = mean(cards.map((c) => c.text.en.length));
    for (const d of ['clear', 'complicated', 'complex', 'chaotic', 'confused'] as const) {
      const lengths = cards.filter((c) => primary(c) === d).map((c) => c.text.en.length);
      expect(Math.abs(mean(lengths) - all) / all, `${d}: mean ${Math.round(mean(lengths))} of ${Math.round(all)}`).toBeLessThanOrEqual(0.15);
    }
    // The longest card of a level is not always of the same domain.
    const longest = levels.map((l) => primary([...l.cards].sort((a, b) => b.text.en.length - a.text.en.length)[0]!));
    for (const d of new Set(longest)) expect(longest.filter((x) => x === d).length, `longest cards: ${longest.join(', ')}`).toBeLessThanOrEqual(2);
  });

  it('has no telltale word: none found in four or more cards that all share one best domain', async () => {
    const cards = (await shipped()).flatMap((l) => l.level.cards);
    const seen = new Map<string, Set<string>>();
    for (const c of cards) {
      for (const w of new Set(c.text.en.toLowerCase().match(/[a-z']{4,}/g) ?? [])) {
        if (STOP.has(w)) continue;
        const ids = seen.get(w) ?? new Set<string>();
        ids.add(c.id);
        seen.set(w, ids);
      }
    }
    const byId = new Map(cards.map((c) => [c.id, primary(c)]));
    const tells = [...seen].filter(([, ids]) => ids.size >= 4 && new Set([...ids].map((id) => byId.get(id))).size === 1).map(([w]) => w);
    expect(tells).toEqual([]);
  });
});

describe('the tempting neighbour', () => {
  it('is on every shipped card, never its best domain, and named with its why in the feedback after any placement', async () => {
    for (const { file, level } of await shipped()) {
      for (const [i, card] of level.cards.entries()) {
        expect(card.tempting.domain, `${file} ${card.id}`).not.toBe(primary(card));
        const name = card.tempting.domain[0]!.toUpperCase() + card.tempting.domain.slice(1);
        // Played right and played into the tempting domain itself: the feedback names it and says why not.
        for (const domain of [primary(card), card.tempting.domain]) {
          let s: CynefinState = { ...start(level, 1), order: [card.id, ...level.cards.filter((c) => c.id !== card.id).map((c) => c.id)] };
          const placed = apply(level, s, { type: 'place', cardId: card.id, domain });
          if (isInvalid(placed)) throw new Error(placed.code);
          const second = apply(level, placed, { type: 'second', cardId: card.id, choice: secondOptions(level)[i % secondOptions(level).length]! });
          if (isInvalid(second)) throw new Error(second.code);
          s = second;
          const text = present(level, s, { feedback: { cardId: card.id }, holding: false }).feedback?.blocks.map((b) => b.text).join(' ') ?? '';
          expect(text, `${file} ${card.id}`).toContain(`Why not ${name}? ${card.tempting.why.en}`);
        }
        expect(domainsOf(level)).toContain(card.tempting.domain);
        expect(weightOf(card, card.tempting.domain)).toBeLessThan(1);
      }
    }
  });

  it('is in the results explanation too, with the concept of every card and its mix-up when missed', async () => {
    for (const { file, level } of await shipped()) {
      const s = playAll(level, start(level, 7), playWrong);
      const items = summary(level, s).items;
      for (const item of items) {
        const card = level.cards.find((c) => c.text.en === item.title.en)!;
        expect(item.explanation.en, `${file} ${card.id}`).toContain(card.tempting.why.en);
        expect(item.concept?.en.toLowerCase()).toBe(primary(card));
        expect(item.mixup?.fits.en.toLowerCase()).toBe(primary(card));
        expect(item.mixup?.chosen.en.toLowerCase()).not.toBe(primary(card));
      }
      expect(currentCard(level, s)).toBeUndefined();
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
