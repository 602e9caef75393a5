// A reader who sees only the options' words: a naive Bayes scorer that learns from other questions which words go
// with the best option, then picks the best in questions it has not seen. Content tests use it to show that a
// game cannot be won from the wording alone (DESIGN.md rule 14).

export interface ScoredOption {
  text: string;
  best: boolean;
}
export interface WordQuestion {
  /** Questions of one group (a scenario, a level) are held out together: a reader meets a new one whole. */
  group: string;
  options: readonly ScoredOption[];
}

const STOP = new Set([
  'the',
  'and',
  'for',
  'with',
  'that',
  'this',
  'are',
  'its',
  'but',
  'not',
  'you',
  'from',
  'into',
  'they',
  'their',
  'them',
  'has',
  'have',
  'was',
  'who',
  'one',
]);

/** The features of one option: its words (3+ letters, folded), crude stems, and its first word. */
export function features(text: string): Set<string> {
  const ws =
    text
      .toLowerCase()
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .match(/[a-z]+/g) ?? [];
  const out = new Set<string>();
  if (ws[0]) out.add(`first:${ws[0]}`);
  for (const w of ws) {
    if (w.length < 3 || STOP.has(w)) continue;
    out.add(w);
    if (w.length > 5) out.add(`stem:${w.slice(0, 5)}`);
  }
  return out;
}

interface Model {
  best: Map<string, number>;
  other: Map<string, number>;
  nBest: number;
  nOther: number;
}

export function train(questions: readonly WordQuestion[]): Model {
  const m: Model = { best: new Map(), other: new Map(), nBest: 0, nOther: 0 };
  for (const q of questions)
    for (const o of q.options) {
      const table = o.best ? m.best : m.other;
      if (o.best) m.nBest++;
      else m.nOther++;
      for (const f of features(o.text)) table.set(f, (table.get(f) ?? 0) + 1);
    }
  return m;
}

/** Log-odds that an option is a best one, from the presence of its features. */
export function score(m: Model, text: string): number {
  let s = 0;
  for (const f of features(text)) {
    const b = m.best.get(f) ?? 0;
    const o = m.other.get(f) ?? 0;
    if (b + o === 0) continue;
    s += Math.log((b + 1) / (m.nBest + 2)) - Math.log((o + 1) / (m.nOther + 2));
  }
  return s;
}

/** 1 if the scorer's top option is the best, a share when it ties with others, 0 otherwise. */
export function hit(m: Model, q: WordQuestion): number {
  const scores = q.options.map((o) => score(m, o.text));
  const top = Math.max(...scores);
  const tied = q.options.filter((_o, i) => scores[i] === top);
  return tied.some((o) => o.best) ? 1 / tied.length : 0;
}

export interface HeldOut {
  group: string;
  hitRate: number;
  chance: number;
}

/** Trains on every group but one and scores that one, for each group in turn. */
export function leaveOneGroupOut(questions: readonly WordQuestion[]): HeldOut[] {
  const groups = [...new Set(questions.map((q) => q.group))];
  return groups.map((g) => {
    const test = questions.filter((q) => q.group === g);
    const m = train(questions.filter((q) => q.group !== g));
    const hits = test.reduce((a, q) => a + hit(m, q), 0);
    const chance = test.reduce((a, q) => a + 1 / q.options.length, 0);
    return { group: g, hitRate: hits / test.length, chance: chance / test.length };
  });
}

/** How far the scorer beats chance, averaged over the held-out groups (0.1 = ten percentage points). */
export function edgeOverChance(results: readonly HeldOut[]): number {
  return results.reduce((a, r) => a + r.hitRate - r.chance, 0) / results.length;
}
