// Cynefin sorting for a workshop room (core/room has the rules): the level's cards in the trainer's order, each
// with the board's domains as options, the accepted domains with their share and why, and questions for the room.
// Where the trainer chose it, each card's own second question follows as a round of its own (its options lettered
// A to D in an order drawn from the card's id, each with its credit and why). The room's own stories become cards
// of a session level the trainer can export and play again. Pure.
import { compose, localize, type LocalText } from '../../core/i18n';
import type { RoomStory } from '../../core/room';
import type { BaseLevel } from '../sdk/types';
import type { RoomChoices, RoomDeck, RoomGame, RoomItem } from '../sdk/room';
import { createRng } from '../../core/rng';
import { fnv1a } from '../../core/hash';
// The letters a card's options get come from its id: the same in every session.
import { DOMAINS, MAX_CARDS, maxScoreOf, type Card, type Domain, type Level } from './schema';
import { domainsOf } from './model';
import { DOMAIN_MARK } from './present';
import { t } from './strings';

/** The neighbour a story is compared with: the domain next to it on the board (never Confused, never itself). */
const NEIGHBOUR: Record<Domain, Exclude<Domain, 'confused'>> = {
  clear: 'complicated',
  complicated: 'complex',
  complex: 'complicated',
  chaotic: 'complex',
  confused: 'complex',
};

function domainName(d: Domain): string {
  return `${DOMAIN_MARK[d]} ${t(`domain.${d}`)}`;
}

function cardItem(level: Level, card: Card): RoomItem {
  const options = domainsOf(level);
  const credit: Record<string, number> = {};
  for (const d of card.domains) credit[d.domain] = d.weight;
  const accepted = [...card.domains].sort((a, b) => b.weight - a.weight).map((d) => ({ option: d.domain, credit: d.weight, why: localize(d.why) }));
  // The level's own debrief questions are the end's (they speak of the whole level), not one card's.
  const own = [t('room.q.city')];
  return {
    id: card.id,
    options,
    credit,
    text: localize(card.text),
    accepted,
    explanation: localize(card.explanation),
    notes: [t('summary.tempting', { domain: t(`domain.${card.tempting.domain}`), why: localize(card.tempting.why) })],
    discussion: [t('room.q.change', { domain: t(`domain.${card.tempting.domain}`) }), ...own],
  };
}

const LETTERS = ['a', 'b', 'c', 'd'] as const;
/** The id of a card's second round is the card's id (cut to fit the room's 64 characters) with this after it. */
export const SECOND_ROUND = '--second';

/** The card's second question as a round of its own: options lettered in a drawn order, credit and why each. */
function secondItem(level: Level, card: Card): RoomItem | null {
  if (!card.second) return null;
  const shuffled = createRng(fnv1a(card.id))
    .shuffle([...card.second.options])
    .slice(0, LETTERS.length);
  const options = shuffled.map((_, i) => LETTERS[i]!);
  const credit: Record<string, number> = {};
  const optionText: Record<string, string> = {};
  shuffled.forEach((o, i) => {
    credit[options[i]!] = o.credit;
    optionText[options[i]!] = localize(o.text);
  });
  const ranked = shuffled.map((o, i) => ({ o, id: options[i]! })).sort((a, b) => b.o.credit - a.o.credit);
  return {
    id: `${card.id.slice(0, 64 - SECOND_ROUND.length)}${SECOND_ROUND}`,
    question: t(`question.${level.secondStep}`),
    options,
    credit,
    optionText,
    text: localize(card.text),
    accepted: ranked.filter((r) => r.o.credit > 0).map((r) => ({ option: r.id, credit: r.o.credit, why: `${localize(r.o.text)} ${localize(r.o.why)}` })),
    explanation: localize(card.second.explanation),
    notes: ranked.filter((r) => r.o.credit === 0).map((r) => t('room.whyNot', { letter: r.id.toUpperCase(), why: localize(r.o.why) })),
    discussion: [t('room.q.second'), t('room.q.city')],
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

function deck(level: BaseLevel, choices: RoomChoices = { second: true }): RoomDeck {
  const lv = asLevel(level);
  const items = lv.cards.flatMap((c) => {
    const second = choices.second ? secondItem(lv, c) : null;
    return second ? [cardItem(lv, c), second] : [cardItem(lv, c)];
  });
  const lettered = choices.second && items.some((i) => i.optionText);
  return {
    question: t('board.prompt'),
    options: [
      ...domainsOf(lv).map((d) => ({
        id: d,
        label: domainName(d),
        mark: DOMAIN_MARK[d],
        cue: t(d === 'confused' ? 'domain.confused.short' : `domain.${d}.cue`),
      })),
      ...(lettered ? LETTERS.map((l) => ({ id: l, label: l.toUpperCase(), mark: l.toUpperCase() })) : []),
    ],
    items,
    discussion: (lv.discussion ?? []).map((q) => localize(q)),
  };
}

/** Text typed in the room: English is required by the level format, so it stands there too until translated. */
function typed(text: string, lang: string): LocalText {
  return lang === 'en' || (lang !== 'fr' && lang !== 'es') ? { en: text } : { en: text, [lang]: text };
}

/** A story's tempting answer: the domain teams chose instead, or the neighbouring one when none did. */
function roomLeaning(option: string | undefined, accepted: Domain): Card['tempting'] {
  const ok = (DOMAINS as readonly string[]).includes(option ?? '') && option !== accepted && option !== 'confused';
  const chosen = ok ? (option as Exclude<Domain, 'confused'>) : null;
  return chosen ? { domain: chosen, why: t.local('room.story.temptingRoom') } : { domain: NEIGHBOUR[accepted], why: t.local('room.story.temptingNeighbour') };
}

function sessionLevel(
  level: BaseLevel,
  stories: readonly RoomStory[],
  lang: string,
  leaning: Readonly<Record<string, string>> = {},
): { json: unknown; note: string | null } {
  const lv = asLevel(level);
  const placed = stories.filter((s) => s.accepted !== null);
  const cards: Card[] = [];
  let over = 0;
  for (const s of placed) {
    const d = s.accepted as Domain;
    // Past the most a level holds, a story is left out.
    if (cards.length >= MAX_CARDS) {
      over++;
      continue;
    }
    const why = s.why ? typed(s.why, lang) : t.local('room.story.noWhy');
    // A story asks only its domain: its second question is the trainer's to write in the level editor.
    cards.push({
      id: s.id,
      text: typed(s.text, lang),
      domains: [{ domain: d, weight: 1, why }],
      explanation: why,
      // The room's own leaning where teams chose another domain; else the neighbour, said as what it is.
      tempting: roomLeaning(leaning[s.id], d),
    });
  }
  // The level's own cards fill the rest, up to the most a level holds.
  const kept = lv.cards.slice(0, Math.max(0, MAX_CARDS - cards.length));
  const all = [...kept, ...cards];
  const max = maxScoreOf(lv.scoring, all);
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
  const note = over > 0 || dropped > 0 ? t('room.sessionNote', { over, dropped }) : null;
  return { json, note };
}

export const cynefinRoom: RoomGame = { deck, stories: { item: storyItem, level: sessionLevel } };
