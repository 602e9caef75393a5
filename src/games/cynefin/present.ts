// Pure presenter of Cynefin sorting: (level, state, what the view has selected) -> every word the player sees or
// hears, with the verdict each block shows. No Phaser or DOM here, so tests read the screen's words in Node.
import type { Verdict } from '../../core/round';
import { localize } from '../../core/i18n';
import * as M from './model';
import type { CynefinState, Domain, Level, OptionId } from './model';
import { t } from './strings';

/** The card whose two verdicts are on screen, right after its second answer: view-only, not part of the saved
 * game state (a resumed round goes on to the next card). */
export type Feedback = null | { cardId: string };

/** What the view has selected besides the model's state. */
export interface Selection {
  feedback: Feedback;
  /** The card is "picked up" and waits for a domain. */
  holding: boolean;
}

/** A symbol per domain, so colour is never the only cue (the colours are the view's). */
export const DOMAIN_MARK: Record<Domain, string> = { complex: '◇', complicated: '▢', chaotic: '✶', clear: '○', confused: '?' };

/** Seconds left at which screen-reader users hear a warning (once, not every second). */
export const WARN_AT_SECONDS = 60;

export interface DomainView {
  domain: Domain;
  /** Drawn on the tile: mark and name. */
  title: string;
  /** The button's accessible name. */
  label: string;
  cue: string;
  /** A shorter cue drawn inside Confused's circle where it fits (the full cue is the button's description). */
  shortCue?: string;
}

/** One paragraph of feedback: the card it is about, a verdict line, or the explanation. */
export interface FeedbackBlock {
  role: 'card' | 'verdict' | 'detail';
  text: string;
  verdict?: Verdict;
  /** Appeared with the latest answer (the view animates only these). */
  fresh: boolean;
}

export interface OptionView {
  choice: OptionId;
  /** The option's own text, written for this card. */
  label: string;
}

export interface CynefinView {
  hud: string;
  /** Placing: the card and the board. */
  place?: {
    prompt: string;
    card: { id: string; text: string; label: string; hint: string; holding: boolean };
    domains: DomainView[];
  };
  /** 'ask': the card placed, its domain not yet revealed, above the second question; 'reveal': both verdicts. */
  feedback?: { kind: 'ask' | 'reveal'; blocks: FeedbackBlock[]; announce: string };
  question?: { heading: string; options: OptionView[] };
  next?: { label: string; done: boolean };
}

/** The HUD line: card, score, streak from 2, and the clock on timed levels. While a card's verdicts are shown
 * (`revealing`) it still names that card, though the state has moved on to the next. */
export function hudLine(state: CynefinState, revealing = false): string {
  const n = Math.max(1, Math.min(revealing ? state.index : state.index + 1, state.order.length));
  const left = state.secondsLeft ?? 0;
  return t('hud.line', {
    n,
    total: state.order.length,
    score: state.score,
    streak: state.streak,
    timed: state.secondsLeft === null ? 'no' : 'yes',
    minutes: Math.floor(left / 60),
    seconds: String(left % 60).padStart(2, '0'),
  });
}

/** Said when the clock reaches the warning mark, else null. */
export function timeWarning(state: CynefinState): string | null {
  return state.secondsLeft === WARN_AT_SECONDS && !M.isDone(state) ? t('announce.timeWarning', { minutes: WARN_AT_SECONDS / 60 }) : null;
}

/** Read out when a card comes up. */
export function cardAnnouncement(level: Level, state: CynefinState): string | null {
  const card = M.currentCard(level, state);
  if (!card) return null;
  return t('announce.card', { n: Math.min(state.index + 1, state.order.length), total: state.order.length, text: localize(card.text) });
}

export function domainView(d: Domain): DomainView {
  const name = t(`domain.${d}`);
  const view: DomainView = {
    domain: d,
    title: t('board.domainTitle', { mark: DOMAIN_MARK[d], domain: name }),
    label: t('board.placeIn', { domain: name }),
    cue: t(`domain.${d}.cue`),
  };
  if (d === 'confused') view.shortCue = t('domain.confused.short');
  return view;
}

export function present(level: Level, state: CynefinState, sel: Selection): CynefinView {
  const fb = sel.feedback;
  const view: CynefinView = { hud: hudLine(state, fb !== null) };
  if (fb) {
    const blocks = revealBlocks(level, state, fb.cardId);
    view.feedback = {
      kind: 'reveal',
      blocks,
      announce: blocks
        .filter((b) => b.fresh)
        .map((b) => b.text)
        .join(' '),
    };
    const done = M.isDone(state);
    view.next = { label: done ? t('feedback.results') : t('feedback.next'), done };
    return view;
  }
  const card = M.currentCard(level, state);
  if (!card) return view;
  const text = localize(card.text);
  const pending = state.phase === 'second' ? M.answerOf(state, card.id) : undefined;
  if (pending && card.second) {
    // Placed, not revealed: the second question comes first, so it is answered on its own.
    const heading = t(`question.${level.secondStep}`);
    const placed = t('ask.placed', { domain: t(`domain.${pending.domain}`) });
    view.feedback = {
      kind: 'ask',
      blocks: [
        { role: 'card', text, fresh: false },
        { role: 'verdict', verdict: 'info', text: placed, fresh: true },
        { role: 'detail', text: t('ask.later'), fresh: true },
      ],
      announce: t('announce.ask', { domain: t(`domain.${pending.domain}`), question: heading }),
    };
    view.question = {
      heading,
      options: M.optionsShown(level, state, card.id).map((o) => ({ choice: o.id, label: localize(o.text) })),
    };
    return view;
  }
  view.place = {
    prompt: t('board.prompt'),
    card: {
      id: card.id,
      text,
      label: sel.holding ? t('card.selected', { text }) : t('card.label', { text }),
      hint: sel.holding ? t('card.holding') : t('card.hint'),
      holding: sel.holding,
    },
    domains: M.domainsOf(level).map(domainView),
  };
  return view;
}

/** An option's text as the end of a sentence: options are written without a full stop. */
function sentence(text: string): string {
  return /[.!?…»"”)]$/.test(text.trim()) ? text.trim() : `${text.trim()}.`;
}

/** The card just answered and both verdicts: the domain's (why the chosen one part fits, the best fit, the
 * explanation, why the tempting neighbour is not it) and the second answer's, scored on its own. */
function revealBlocks(level: Level, state: CynefinState, cardId: string): FeedbackBlock[] {
  const card = level.cards.find((c) => c.id === cardId);
  const a = M.answerOf(state, cardId);
  if (!card || !a) return [];
  const verdict = M.domainVerdict(card, a);
  if (!verdict) return [{ role: 'card', text: localize(card.text), fresh: false }];
  const best = M.bestDomain(card);
  const chosen = card.domains.find((d) => d.domain === a.domain);
  const tempting = card.tempting;
  // Whole sentences, each from the table or the level file, read one after another.
  const details = [
    chosen && chosen.weight < 1 ? localize(chosen.why) : '',
    best !== a.domain ? t('feedback.bestFit', { domain: t(`domain.${best}`) }) : '',
    a.domain === 'confused' && !chosen && tempting.domain !== 'confused' ? t('feedback.notConfused') : '',
    localize(card.explanation),
    a.streakBonus > 0 ? t('feedback.streak', { bonus: a.streakBonus }) : '',
  ].filter(Boolean);
  // Its own paragraph, so the neighbour the reader was drawn to stands out.
  const whyNot = `${t('feedback.whyNot', { domain: t(`domain.${tempting.domain}`) })} ${localize(tempting.why)}`;
  const blocks: FeedbackBlock[] = [
    { role: 'card', text: localize(card.text), fresh: false },
    {
      role: 'verdict',
      verdict,
      text: t('feedback.domainHead', { verdict, domain: t(`domain.${a.domain}`), points: a.domainPoints + a.streakBonus }),
      fresh: true,
    },
    { role: 'detail', text: details.join(' '), fresh: true },
    // A booth round keeps the reveal short; the results still say why the neighbour is not it.
    ...(level.compact ? [] : [{ role: 'detail' as const, text: whyNot, fresh: true }]),
  ];
  const chosenOption = card.second?.options.find((o) => o.id === a.second);
  const second = M.secondVerdict(card, a);
  const bestOption = M.bestOption(card);
  if (!card.second || !chosenOption || !second || !bestOption) return blocks;
  // The chosen move's own why, then the best move and the card's explanation where the choice was not it.
  const more = [
    localize(chosenOption.why),
    second === 'right' ? '' : t('feedback.expected', { option: sentence(localize(bestOption.text)) }),
    localize(card.second.explanation),
  ];
  blocks.push(
    {
      role: 'verdict',
      verdict: second,
      text: t('feedback.secondHead', { verdict: second, option: localize(chosenOption.text), points: a.secondPoints }),
      fresh: true,
    },
    { role: 'detail', text: more.filter(Boolean).join(' '), fresh: true },
  );
  return blocks;
}
