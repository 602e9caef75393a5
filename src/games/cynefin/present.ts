// Pure presenter of Cynefin sorting: (level, state, what the view has selected) -> every word the player sees or
// hears, with the verdict each block shows. No Phaser or DOM here, so tests read the screen's words in Node.
import type { Verdict } from '../../core/round';
import { localize } from '../../core/i18n';
import * as M from './model';
import type { CynefinState, Domain, Level, SecondChoice } from './model';
import { t } from './strings';

/** What the player sees right after answering: view-only, not part of the saved game state. */
export type Feedback = null | { kind: 'domain' | 'second'; cardId: string };

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
  choice: SecondChoice;
  label: string;
  description: string;
}

export interface CynefinView {
  hud: string;
  /** Placing: the card and the board. */
  place?: {
    prompt: string;
    card: { id: string; text: string; label: string; hint: string; holding: boolean };
    domains: DomainView[];
  };
  feedback?: { kind: 'domain' | 'second'; blocks: FeedbackBlock[]; announce: string };
  question?: { heading: string; options: OptionView[] };
  next?: { label: string; done: boolean };
}

/** The HUD line: card, score, streak from 2, and the clock on timed levels. */
export function hudLine(state: CynefinState): string {
  const n = Math.min(state.index + 1, state.order.length);
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
  return { domain: d, title: t('board.domainTitle', { mark: DOMAIN_MARK[d], domain: name }), label: t('board.placeIn', { domain: name }), cue: t(`domain.${d}.cue`) };
}

export function present(level: Level, state: CynefinState, sel: Selection): CynefinView {
  const view: CynefinView = { hud: hudLine(state) };
  const fb = sel.feedback;
  if (fb) {
    const blocks = feedbackBlocks(level, state, fb);
    view.feedback = { kind: fb.kind, blocks, announce: blocks.filter((b) => b.fresh).map((b) => b.text).join(' ') };
    if (fb.kind === 'domain') {
      view.question = {
        heading: t(`question.${level.secondStep}`),
        options: M.secondOptions(level).map((o) => ({ choice: o, label: t(`option.${o}`), description: t(`option.${o}.desc`) })),
      };
    } else {
      const done = M.isDone(state);
      view.next = { label: done ? t('feedback.results') : t('feedback.next'), done };
    }
    return view;
  }
  const card = M.currentCard(level, state);
  if (card) {
    const text = localize(card.text);
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
  }
  return view;
}

/** The card just answered, its verdicts and explanations; the second answer's blocks once it is given. */
function feedbackBlocks(level: Level, state: CynefinState, fb: Exclude<Feedback, null>): FeedbackBlock[] {
  const card = level.cards.find((c) => c.id === fb.cardId);
  const a = M.answerOf(state, fb.cardId);
  if (!card || !a) return [];
  const verdict = M.domainVerdict(card, a);
  const best = card.domains.find((d) => d.weight === 1);
  const chosen = card.domains.find((d) => d.domain === a.domain);
  const firstFresh = fb.kind === 'domain';
  // Whole sentences, each from the table or the level file, read one after another.
  const details = [
    chosen && chosen.weight < 1 ? localize(chosen.why) : '',
    best && best.domain !== a.domain ? t('feedback.bestFit', { domain: t(`domain.${best.domain}`) }) : '',
    localize(card.explanation),
    a.streakBonus > 0 ? t('feedback.streak', { bonus: a.streakBonus }) : '',
  ].filter(Boolean);
  const blocks: FeedbackBlock[] = [
    { role: 'card', text: localize(card.text), fresh: false },
    {
      role: 'verdict',
      verdict,
      text: t('feedback.domainHead', { verdict, domain: t(`domain.${a.domain}`), points: a.domainPoints + a.streakBonus }),
      fresh: firstFresh,
    },
    { role: 'detail', text: details.join(' '), fresh: firstFresh },
  ];
  const second = M.secondVerdict(card, a);
  if (fb.kind === 'second' && a.second && second) {
    blocks.push({ role: 'verdict', verdict: second, text: t('feedback.secondHead', { verdict: second, option: t(`option.${a.second}`), points: a.secondPoints }), fresh: true });
    const more = [second === 'right' ? '' : t('feedback.expected', { option: t(`option.${card.second.answer}`) }), localize(card.second.explanation)];
    blocks.push({ role: 'detail', text: more.filter(Boolean).join(' '), fresh: true });
  }
  return blocks;
}
