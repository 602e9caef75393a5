// Cynefin's short booth round (about three minutes): the level's first six cards, its star thresholds scaled to the
// shorter maximum and its timer to the shorter round. Checked by the game's own schema: if the trimmed level would
// not be valid, the full level is played. Pure; the shell calls it through GameEntry.boothRound.
import type { BaseLevel } from '../sdk/types';
import { compose } from '../../core/i18n';
import { SHORT_CARDS } from '../../core/kioskSettings';
import { levelSchema, maxScoreOf, type Level } from './schema';
import { t } from './strings';

export function boothRound(level: BaseLevel): BaseLevel {
  const full = levelSchema.safeParse(level);
  if (!full.success || full.data.cards.length <= SHORT_CARDS) return level;
  const l: Level = full.data;
  const fullMax = maxScoreOf(l.scoring, l.cards);
  const max = maxScoreOf(l.scoring, l.cards.slice(0, SHORT_CARDS));
  const scaled = l.stars.map((s) => Math.max(1, Math.round((s * max) / fullMax)));
  // Still rising and reachable after rounding.
  const s3 = Math.min(max, Math.max(3, scaled[2]!));
  const s2 = Math.min(s3 - 1, Math.max(2, scaled[1]!));
  const s1 = Math.min(s2 - 1, Math.max(1, scaled[0]!));
  const candidate: Level = {
    ...l,
    id: `${l.id}-short`.slice(0, 64),
    title: compose(t.local('booth.shortTitle'), { title: l.title, cards: SHORT_CARDS }),
    cards: l.cards.slice(0, SHORT_CARDS),
    stars: [s1, s2, s3],
    ...(l.timerSeconds ? { timerSeconds: Math.max(30, Math.round((l.timerSeconds * SHORT_CARDS) / l.cards.length)) } : {}),
  };
  const r = levelSchema.safeParse(candidate);
  return r.success ? r.data : level;
}
