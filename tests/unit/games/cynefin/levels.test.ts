// The shipped Cynefin levels: every file parses, the set is consistent, the content has the promised shape,
// and each level can be played to full marks and to zero through the rules.
import { describe, expect, it } from 'vitest';
import { checkLevelSet, loadLevels, parseLevelFile } from '../../../../src/games/cynefin/levels';
import {
  apply,
  bestOption,
  currentCard,
  domainsOf,
  isDone,
  maxScore,
  optionsShown,
  start,
  starsOf,
  weightOf,
  type CynefinState,
  type Level,
} from '../../../../src/games/cynefin/model';
import { summary } from '../../../../src/games/cynefin/results';
import { present } from '../../../../src/games/cynefin/present';
import { isInvalid } from '../../../../src/core/round';
import { playAll, playRight, playWrong } from './fixture';
import { hit, leaveOneGroupOut, train, type WordQuestion } from '../../content/wordScorer';

// Raw file text, read independently of levels.ts's own glob (no Node types in this project's tsconfig).
const rawLevels = import.meta.glob<string>(['../../../../levels/cynefin/*.json', '!../../../../levels/cynefin/*.*.json'], {
  query: '?raw',
  import: 'default',
  eager: true,
});
const fileOf = (path: string) => path.split('/').pop() ?? path;
const files = Object.keys(rawLevels).map(fileOf);

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

/** A short list of card ids for a failure message. */
const d2 = (ids: string[]): string => `${ids.length} cards (${ids.slice(0, 12).join(', ')})`;

describe('not winnable without reading', () => {
  /** Words too common to give an answer away. */
  const STOP = new Set(
    "about after also been before city city's council every from have into more must nobody only over same says some than that their them then there they this through very want wants were what when where which while will with your".split(
      ' ',
    ),
  );

  it('asks a second question written for every shipped card: three or four moves, one best', async () => {
    for (const { file, level } of await shipped()) {
      for (const c of level.cards) {
        expect(c.second, `${file} ${c.id}`).toBeDefined();
        expect(
          c.second!.options.filter((o) => o.credit === 1),
          `${file} ${c.id}`,
        ).toHaveLength(1);
      }
    }
  });

  /** The share of cards whose best move a rule finds; each rule must find it in at most a third of the cards. */
  const THIRD = 1 / 3;

  it('does not let the chosen domain give the best move away: a word scorer per domain, trained on the other levels', async () => {
    const all = await shipped();
    let hits = 0;
    let n = 0;
    const misses: string[] = [];
    for (const { file, level } of all) {
      for (const c of level.cards) {
        // The reader knows the domain they chose (the best one) and has seen which moves were best for that domain
        // on every other level's cards.
        const d = primary(c);
        const others: WordQuestion[] = all
          .filter((x) => x.file !== file)
          .flatMap((x) => x.level.cards.filter((k) => primary(k) === d && k.second))
          .map((k) => ({ group: k.id, options: k.second!.options.map((o) => ({ text: o.text.en, best: o.credit === 1 })) }));
        const h = hit(train(others), { group: c.id, options: c.second!.options.map((o) => ({ text: o.text.en, best: o.credit === 1 })) });
        hits += h;
        n++;
        if (h === 1) misses.push(c.id);
      }
    }
    expect(hits / n, `found from the words for ${d2(misses)}`).toBeLessThanOrEqual(THIRD);
  });

  it('does not let the words alone give the best move away: a word scorer trained on the other levels', async () => {
    const questions: WordQuestion[] = (await shipped()).flatMap(({ file, level }) =>
      level.cards.map((c) => ({ group: file, options: c.second!.options.map((o) => ({ text: o.text.en, best: o.credit === 1 })) })),
    );
    const results = leaveOneGroupOut(questions);
    const rate = results.reduce((a, r) => a + r.hitRate, 0) / results.length;
    expect(rate, results.map((r) => `${r.group}: ${(r.hitRate * 100).toFixed(0)}%`).join('; ')).toBeLessThanOrEqual(THIRD);
  });

  it('does not let the place on screen give the best move away: no place holds it in more than a third of the cards', async () => {
    const all = await shipped();
    const counts = new Map<number, number>();
    let n = 0;
    for (let seed = 0; seed < 50; seed++) {
      for (const { level } of all) {
        const s = start(level, seed);
        for (const c of level.cards) {
          const place = optionsShown(level, s, c.id).findIndex((o) => o.credit === 1);
          counts.set(place, (counts.get(place) ?? 0) + 1);
          n++;
        }
      }
    }
    expect(counts.has(-1)).toBe(false);
    for (const [place, k] of counts) expect(k / n, `place ${place}`).toBeLessThanOrEqual(THIRD);
  });

  it('does not let length give the best move away: neither the longest nor the shortest is best in more than a third', async () => {
    const cards = (await shipped()).flatMap((l) => l.level.cards);
    for (const lang of ['en', 'fr', 'es'] as const) {
      const len = (t: { en: string; fr?: string; es?: string }) => (t[lang] ?? t.en).length;
      const longest = cards.filter((c) => len(bestOption(c)!.text) === Math.max(...c.second!.options.map((o) => len(o.text)))).length;
      const shortest = cards.filter((c) => len(bestOption(c)!.text) === Math.min(...c.second!.options.map((o) => len(o.text)))).length;
      expect(longest / cards.length, `${lang}: longest`).toBeLessThanOrEqual(THIRD);
      expect(shortest / cards.length, `${lang}: shortest`).toBeLessThanOrEqual(THIRD);
    }
  });

  it('rewards consistent reasoning: on every card with part credit, the move for that reading earns the same share', async () => {
    for (const { file, level } of await shipped()) {
      for (const c of level.cards) {
        for (const d of c.domains.filter((x) => x.weight < 1)) {
          const move = c.second!.options.find((o) => o.fits === d.domain);
          expect(move?.credit, `${file} ${c.id} ${d.domain}`).toBe(d.weight);
        }
      }
    }
  });

  it("keeps the four board domains among the first six cards (a booth's short round plays only those)", async () => {
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
          const options = card.second!.options;
          const second = apply(level, placed, { type: 'second', cardId: card.id, choice: options[i % options.length]!.id });
          if (isInvalid(second)) throw new Error(second.code);
          s = second;
          const text =
            present(level, s, { feedback: { cardId: card.id }, holding: false })
              .feedback?.blocks.map((b) => b.text)
              .join(' ') ?? '';
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
      expect(
        summary(level, s).items.every((i) => i.verdict === 'right'),
        file,
      ).toBe(true);
    }
  });

  it('all wrong gives zero points and no stars', async () => {
    for (const { file, level } of await shipped()) {
      const s = playAll(level, start(level, 2024), playWrong);
      expect(isDone(s), file).toBe(true);
      expect(s.score, file).toBe(0);
      expect(starsOf(level, s), file).toBe(0);
      expect(
        summary(level, s).items.every((i) => i.verdict === 'wrong' && i.expected !== undefined),
        file,
      ).toBe(true);
    }
  });
});
