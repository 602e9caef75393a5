// What every game hands the shell at the end of a round: the results screen and the save are built from it.
import type { LocalText } from './i18n';

export type Verdict = 'right' | 'partial' | 'wrong' | 'info';

export interface SummaryItem {
  /** What was decided on: a card's text, a decision's prompt. */
  title: LocalText;
  verdict: Verdict;
  /** The player's answer. */
  answer: LocalText;
  /** The accepted or better answer, when it differs from the player's. */
  expected?: LocalText;
  explanation: LocalText;
  /** The idea this item teaches (a domain, a step, a facilitator's role), so the learner's library can gather
   * explanations by concept. */
  concept?: LocalText;
  /** For an answer that missed: what the player chose and what fitted, in words of one kind (two domain names,
   * two roles), so the results can say which mix-up came back again and again. */
  mixup?: { chosen: LocalText; fits: LocalText };
}

/** A mix-up the player made more than once in a round. */
export interface Mixup {
  chosen: LocalText;
  fits: LocalText;
  count: number;
}

/** The mix-ups that came back at least `min` times in a round, most frequent first. */
export function repeatedMixups(items: readonly SummaryItem[], min = 2): Mixup[] {
  const byPair = new Map<string, Mixup>();
  for (const i of items) {
    if (!i.mixup) continue;
    const key = `${i.mixup.chosen.en}\u0000${i.mixup.fits.en}`;
    const m = byPair.get(key) ?? { chosen: i.mixup.chosen, fits: i.mixup.fits, count: 0 };
    m.count++;
    byPair.set(key, m);
  }
  return [...byPair.values()].filter((m) => m.count >= min).sort((a, b) => b.count - a.count || a.fits.en.localeCompare(b.fits.en));
}

export interface RoundSummary {
  score: number;
  maxScore: number;
  stars: 0 | 1 | 2 | 3;
  /** One or two lines at the top of the results (an ending's text, a headline). */
  headline?: LocalText;
  items: SummaryItem[];
  /**
   * The game's own words for the verdicts and for the accepted answer, where the shell's ("Right",
   * "Accepted") do not fit (a facilitation move is "best" or "workable", not "right").
   */
  labels?: Partial<Record<Verdict | 'expected', LocalText>>;
}

/**
 * The marker a pure model returns for an action it refuses; the state is left as it was. `code` is typed per game
 * (a union of refusal codes the presenter turns into the player's language); `detail` is for developers and tests
 * only (ids, counts), never shown.
 */
export interface Invalid<C extends string = string> {
  invalid: true;
  code: C;
  detail?: string;
}

export function invalid<C extends string>(code: C, detail?: string): Invalid<C> {
  return detail === undefined ? { invalid: true, code } : { invalid: true, code, detail };
}

export function isInvalid(x: unknown): x is Invalid {
  return typeof x === 'object' && x !== null && (x as Invalid).invalid === true;
}

/** Stars from ascending thresholds [one, two, three] on a score. */
export function starsFor(score: number, thresholds: readonly [number, number, number]): 0 | 1 | 2 | 3 {
  if (score >= thresholds[2]) return 3;
  if (score >= thresholds[1]) return 2;
  if (score >= thresholds[0]) return 1;
  return 0;
}

/** Places for scores sorted best first, equal scores sharing a place (10, 10, 5 -> 1, 1, 3). */
export function ranks(sorted: readonly number[]): number[] {
  return sorted.map((v) => sorted.indexOf(v) + 1);
}
