// Cynefin's booth round (two to four minutes, for a passer-by): the level's first four cards, the domain only (no
// second question), its star thresholds scaled to the shorter maximum and its timer to the shorter round. A level
// that cannot be cut so (fewer cards) is played whole. Pure; the shell calls it through GameEntry.loadBoothRound.
import type { BaseLevel } from '../sdk/types';
import { compose } from '../../core/i18n';
import { levelSchema, maxScoreOf, type Level } from './schema';
import { t } from './strings';

/** Cards in the booth round: with the domain alone, about 300 words and a dozen taps. */
export const BOOTH_CARDS = 4;

export function boothRound(level: BaseLevel): BaseLevel {
  const full = levelSchema.safeParse(level);
  if (!full.success || full.data.cards.length <= BOOTH_CARDS) return level;
  const l: Level = full.data;
  // The first four, which the levels keep to four different domains; asked for their domain only.
  const cards = l.cards.slice(0, BOOTH_CARDS).map(({ second: _second, ...c }) => c);
  const fullMax = maxScoreOf(l.scoring, l.cards);
  const max = maxScoreOf(l.scoring, cards);
  const scaled = l.stars.map((s) => Math.max(1, Math.round((s * max) / fullMax)));
  // Still rising and reachable after rounding.
  const s3 = Math.min(max, Math.max(3, scaled[2]!));
  const s2 = Math.min(s3 - 1, Math.max(2, scaled[1]!));
  const s1 = Math.min(s2 - 1, Math.max(1, scaled[0]!));
  // Built from a level the schema accepted: only the count of cards is below what an authored level needs.
  const round: Level = {
    ...l,
    id: `${l.id}-short`.slice(0, 64),
    title: compose(t.local('booth.shortTitle'), { title: l.title, cards: BOOTH_CARDS }),
    cards,
    compact: true,
    stars: [s1, s2, s3],
    ...(l.timerSeconds ? { timerSeconds: Math.max(30, Math.round((l.timerSeconds * BOOTH_CARDS) / l.cards.length)) } : {}),
  };
  return round;
}
