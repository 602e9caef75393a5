// Cynefin sorting for a workshop room (core/room has the rules): the level's cards in the trainer's order, each
// with the board's domains as options, the accepted domains with their share and why, and questions for the room.
// The room's own stories become cards of a session level the trainer can export and play again. Pure.
import { compose, localize, type LocalText } from '../../core/i18n';
import type { RoomStory } from '../../core/room';
import type { BaseLevel } from '../sdk/types';
import type { RoomDeck, RoomGame, RoomItem } from '../sdk/room';
import { FITTING_OPTION, MAX_CARDS, maxScoreOf, type Card, type Domain, type Level } from './schema';
import { domainsOf } from './model';
import { DOMAIN_MARK } from './present';
import { t } from './strings';

/** The neighbour a story is compared with: the domain next to it on the board (never Confused, never itself). */
const NEIGHBOUR: Record<Domain, Exclude<Domain, 'confused'>> = { clear: 'complicated', complicated: 'complex', complex: 'complicated', chaotic: 'complex', confused: 'complex' };

function domainName(d: Domain): string {
  return `${DOMAIN_MARK[d]} ${t(`domain.${d}`)}`;
}

function cardItem(level: Level, card: Card, n: number): RoomItem {
  const options = domainsOf(level);
  const credit: Record<string, number> = {};
  for (const d of card.domains) credit[d.domain] = d.weight;
  const accepted = [...card.domains].sort((a, b) => b.weight - a.weight).map((d) => ({ option: d.domain, credit: d.weight, why: localize(d.why) }));
  const levelQs = level.discussion ?? [];
  const own = levelQs.length > 0 ? [localize(levelQs[n % levelQs.length]!)] : [t('room.q.city')];
  return {
    id: card.id,
    options,
    credit,
    text: localize(card.text),
    accepted,
    explanation: localize(card.explanation),
    notes: [
      t('summary.tempting', { domain: t(`domain.${card.tempting.domain}`), why: localize(card.tempting.why) }),
      t('room.secondStep', { option: t(`option.${card.second.answer}`), why: localize(card.second.explanation) }),
    ],
    discussion: [t('room.q.change', { domain: t(`domain.${card.tempting.domain}`) }), ...own],
  };
}

function asLevel(level: BaseLevel): Level {
  // The room is only offered for this game's own levels, which came through its schema.
  return level as Level;
}

function storyItem(level: BaseLevel, story: RoomStory): RoomItem {
  const lv = asLevel(level);
  const d = story.accepted as Domain | null;
  return {
    id: story.id,
    options: domainsOf(lv),
    credit: d ? { [d]: 1 } : {},
    text: story.text,
    accepted: d ? [{ option: d, credit: 1, why: story.why || t('room.story.noWhy') }] : [],
    // The trainer's why is the accepted answer's own line.
    explanation: '',
    notes: [],
    discussion: [t('room.q.story'), t('room.q.city')],
  };
}

function deck(level: BaseLevel): RoomDeck {
  const lv = asLevel(level);
  return {
    question: t('board.prompt'),
    options: domainsOf(lv).map((d) => ({ id: d, label: domainName(d), mark: DOMAIN_MARK[d], cue: t(d === 'confused' ? 'domain.confused.short' : `domain.${d}.cue`) })),
    items: lv.cards.map((c, i) => cardItem(lv, c, i)),
    discussion: (lv.discussion ?? []).map((q) => localize(q)),
  };
}

/** Text typed in the room: English is required by the level format, so it stands there too until translated. */
function typed(text: string, lang: string): LocalText {
  return lang === 'en' || (lang !== 'fr' && lang !== 'es') ? { en: text } : { en: text, [lang]: text };
}

function sessionLevel(level: BaseLevel, stories: readonly RoomStory[], lang: string): { json: unknown; note: string | null } {
  const lv = asLevel(level);
  const fit: Partial<Record<Domain, string>> = FITTING_OPTION[lv.secondStep];
  const placed = stories.filter((s) => s.accepted !== null);
  const cards: Card[] = [];
  let unfit = 0;
  let over = 0;
  for (const s of placed) {
    const d = s.accepted as Domain;
    const answer = fit[d];
    // A story placed where the level's second question has no option (Confused, on a practice level) cannot be a
    // card of this level; past the most a level holds, it is left out.
    if (!answer) {
      unfit++;
      continue;
    }
    if (cards.length >= MAX_CARDS) {
      over++;
      continue;
    }
    const why = s.why ? typed(s.why, lang) : t.local('room.story.noWhy');
    const tempting = NEIGHBOUR[d];
    cards.push({
      id: s.id,
      text: typed(s.text, lang),
      domains: [{ domain: d, weight: 1, why }],
      explanation: why,
      second: { answer: answer as Card['second']['answer'], explanation: t.local('room.story.second') },
      tempting: { domain: tempting, why: t.local('room.story.tempting') },
    });
  }
  // The level's own cards fill the rest, up to the most a level holds.
  const kept = lv.cards.slice(0, Math.max(0, MAX_CARDS - cards.length));
  const all = [...kept, ...cards];
  const max = maxScoreOf(lv.scoring, all.length);
  const stars: [number, number, number] = [Math.max(1, Math.round(max * 0.4)), Math.max(2, Math.round(max * 0.65)), Math.max(3, Math.round(max * 0.85))];
  const { discussion, ...rest } = lv;
  const json = {
    ...rest,
    id: `${lv.id}-room`.slice(0, 64),
    title: compose(t.local('room.sessionTitle'), { title: lv.title }),
    stars,
    cards: all,
    ...(discussion ? { discussion } : {}),
  };
  const dropped = lv.cards.length - kept.length;
  const note = unfit > 0 || over > 0 || dropped > 0 ? t('room.sessionNote', { unfit, over, dropped }) : null;
  return { json, note };
}

export const cynefinRoom: RoomGame = { deck, stories: { item: storyItem, level: sessionLevel } };
