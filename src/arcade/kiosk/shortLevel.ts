// The short Cynefin round for a booth (about three minutes): the level's first six cards, its star thresholds
// scaled to the shorter maximum and its timer to the shorter round. Checked by the game's own schema: if the
// trimmed level would not be valid, the full level is played.
import type { BaseLevel } from '../../games/sdk/types';
import { levelSchema, maxScoreOf, type Level } from '../../games/cynefin/schema';
import { compose } from '../../core/i18n';
import { SHORT_CARDS } from '../../core/kioskSettings';
import { K } from './strings';

export function shortCynefin(level: BaseLevel): BaseLevel {
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
  const id = `${l.id}-short`.slice(0, 64);
  const candidate: Level = {
    ...l,
    id,
    title: compose(K.local('short.title'), { title: l.title }),
    cards: l.cards.slice(0, SHORT_CARDS),
    stars: [s1, s2, s3],
    ...(l.timerSeconds ? { timerSeconds: Math.max(30, Math.round((l.timerSeconds * SHORT_CARDS) / l.cards.length)) } : {}),
  };
  const r = levelSchema.safeParse(candidate);
  return r.success ? r.data : level;
}
