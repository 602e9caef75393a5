// What a round comes to, from the rules in model.ts: the results screen's summary (each card with the player's
// answer, the accepted ones and why, including why the tempting neighbour is wrong; its concept and mix-up).
import { compose, composeLines } from '../../core/i18n';
import type { RoundSummary, SummaryItem, Verdict } from '../../core/round';
import { t } from './strings';
import {
  answerOf,
  bestDomain,
  bestOption,
  cardById,
  maxScore,
  secondVerdict,
  starsOf,
  weightOf,
  type CardAnswer,
  type CynefinState,
  type Level,
} from './model';
import type { Card } from './schema';

function verdictOf(card: Card, a: CardAnswer | undefined): Verdict {
  // A card not placed, or placed but not answered before the clock ran out, scored nothing.
  if (!a || !a.scored) return 'wrong';
  // A card that asks no second question counts as right there.
  const second = card.second ? secondVerdict(card, a) : 'right';
  const w = weightOf(card, a.domain);
  if (w === 1 && second === 'right') return 'right';
  if (w > 0 || second !== 'wrong') return 'partial';
  return 'wrong';
}

export function summary(level: Level, state: CynefinState): RoundSummary {
  const items: SummaryItem[] = [];
  let bestPlaced = 0;
  let secondRight = 0;
  for (const id of state.order) {
    const card = cardById(level, id);
    if (!card) continue;
    const a = answerOf(state, id);
    const scored = a && a.scored ? a : undefined;
    const verdict = verdictOf(card, a);
    const best = bestDomain(card);
    if (scored && scored.domain === best) bestPlaced++;
    if (scored && card.second && secondVerdict(card, scored) === 'right') secondRight++;
    const chosen = card.second?.options.find((o) => o.id === a?.second);
    const answer = !a
      ? t.local('summary.notPlaced')
      : !card.second
        ? t.local(`domain.${a.domain}`)
        : compose(t.local('summary.answer'), { domain: t.local(`domain.${a.domain}`), second: chosen ? chosen.text : t.local('summary.noSecond') });
    const tempting = compose(t.local('summary.tempting'), { domain: t.local(`domain.${card.tempting.domain}`), why: card.tempting.why });
    const item: SummaryItem = {
      title: card.text,
      verdict,
      answer,
      explanation: composeLines(card.second ? [card.explanation, tempting, card.second.explanation] : [card.explanation, tempting], ' '),
      concept: t.local(`domain.${best}`),
    };
    // The mix-up is about the domain: a scored card placed anywhere but its best fit.
    if (scored && scored.domain !== best) item.mixup = { chosen: t.local(`domain.${scored.domain}`), fits: t.local(`domain.${best}`) };
    if (verdict !== 'right') {
      // Best domain first, then the part-credit ones, each with its points and reason.
      const accepted = [...card.domains]
        .sort((x, y) => y.weight - x.weight)
        .map((d) =>
          compose(t.local('summary.accepted'), {
            domain: t.local(`domain.${d.domain}`),
            points: Math.round(level.scoring.domain * d.weight),
            max: level.scoring.domain,
            why: d.why,
          }),
        );
      const best = bestOption(card);
      const second = best ? [compose(t.local('summary.expectedSecond'), { second: best.text })] : [];
      item.expected = composeLines([...accepted, ...second]);
    }
    items.push(item);
  }
  const total = state.order.length;
  const left = total - state.answers.filter((a) => a.scored).length;
  const first = state.timedOut ? compose(t.local('summary.timeUp'), { left, total }) : compose(t.local('summary.bestStreak'), { streak: state.bestStreak });
  // Two tallies, since the second question is scored on its own, not as a follow-up of the domain.
  const tallies = compose(t.local('summary.tallies'), { domains: bestPlaced, seconds: secondRight, total });
  return { score: state.score, maxScore: maxScore(level), stars: starsOf(level, state), headline: composeLines([first, tallies]), items };
}
