// Level files of the Cynefin sorting game: the zod schema, its cross-checks, and the fixed tables
// (domains, second-step options, which option fits which domain) that the model and the view share.
import { z } from 'zod';
import { say } from '../../core/authorMessages';
import { discussionOf, idSchema, levelHeader, levelText } from '../../core/levels';
import { LANGS } from '../../core/i18n';
// The one author message the core table lacks (tempting domain = best domain) is in the game's own table.
import { t } from './strings';

/** Every domain a card can be placed in; "confused" is the centre, shown only on advanced levels. */
export const DOMAINS = ['clear', 'complicated', 'complex', 'chaotic', 'confused'] as const;
export type Domain = (typeof DOMAINS)[number];
/** The four domains always on the board, in board order. */
export const BOARD_DOMAINS = ['clear', 'complicated', 'complex', 'chaotic'] as const satisfies readonly Domain[];

/** What the second question about a card asks, chosen per level. */
export const SECOND_KINDS = ['response', 'practice', 'learning'] as const;
export type SecondKind = (typeof SECOND_KINDS)[number];

/** The option each domain calls for, per second-step kind; a missing entry means the kind has no option for it. */
export const FITTING_OPTION = {
  response: {
    clear: 'sense-categorize-respond',
    complicated: 'sense-analyze-respond',
    complex: 'probe-sense-respond',
    chaotic: 'act-sense-respond',
    confused: 'break-down',
  },
  // Practice kinds have nothing for Confused: there is no practice until the situation is broken down.
  practice: { clear: 'best', complicated: 'good', complex: 'emergent', chaotic: 'novel' },
  learning: {
    clear: 'follow-procedure',
    complicated: 'ask-expert',
    complex: 'peers-safe-to-try',
    chaotic: 'stabilise-first',
    confused: 'break-down',
  },
} as const satisfies Record<SecondKind, Partial<Record<Domain, string>>>;

/** Every second-step option id of every kind (a card's answer is checked against its level's kind). */
export const SECOND_CHOICES = [
  'sense-categorize-respond',
  'sense-analyze-respond',
  'probe-sense-respond',
  'act-sense-respond',
  'best',
  'good',
  'emergent',
  'novel',
  'follow-procedure',
  'ask-expert',
  'peers-safe-to-try',
  'stabilise-first',
  'break-down',
] as const;
export type SecondChoice = (typeof SECOND_CHOICES)[number];

/** Longest card text in any language, so a card stays readable on a phone held upright. */
export const MAX_CARD_TEXT = 220;
export const MIN_CARDS = 6;
export const MAX_CARDS = 16;

const cardId = idSchema(64);

const acceptedDomain = z.strictObject({
  domain: z.enum(DOMAINS),
  /** Share of the domain points: 1 for the best answer, less for a defensible second reading. */
  weight: z.number().gt(0).lte(1),
  /** Why this domain fits (or half fits), shown on the results screen. */
  why: levelText,
});

const card = z.strictObject({
  /** Unique across all shipped levels, so saved rounds and analytics can name a card without its level. */
  id: cardId,
  text: levelText,
  domains: z.array(acceptedDomain).min(1).max(3),
  /** Shown right after the card is placed: why the best domain fits, by cause and effect. */
  explanation: levelText,
  second: z.strictObject({
    answer: z.enum(SECOND_CHOICES),
    explanation: levelText,
  }),
  /** The neighbouring domain a reader is most tempted by, and why it is not the best fit (shown in the feedback
   * and on the results screen). Never the card's weight-1 domain; it may be one with part credit. */
  tempting: z.strictObject({
    domain: z.enum(DOMAINS),
    why: levelText,
  }),
});

const scoring = z.strictObject({
  /** Points for a card placed in its weight-1 domain (part weights give a rounded share). */
  domain: z.number().int().min(1).max(100),
  /** Points for the right answer to the second question. */
  second: z.number().int().min(0).max(100),
  /** Extra points per card once the streak of fully right domains reaches streakFrom. */
  streakBonus: z.number().int().min(0).max(100),
  streakFrom: z.number().int().min(1).max(MAX_CARDS),
});
export type Scoring = z.infer<typeof scoring>;

/** The options a level offers for its second question: Break it down only where Confused is on the board. */
export function optionsFor(kind: SecondKind, showConfused: boolean): SecondChoice[] {
  const fit: Partial<Record<Domain, SecondChoice>> = FITTING_OPTION[kind];
  const out: SecondChoice[] = [];
  for (const d of DOMAINS) {
    const o = fit[d];
    if (o && (d !== 'confused' || showConfused)) out.push(o);
  }
  return out;
}

/** Best possible score: every card fully right, streak bonus from the streakFrom-th card on. */
export function maxScoreOf(s: Scoring, cardCount: number): number {
  const bonusCards = Math.max(0, cardCount - s.streakFrom + 1);
  return cardCount * (s.domain + s.second) + bonusCards * s.streakBonus;
}

export const levelSchema = z
  .strictObject({
    ...levelHeader,
    secondStep: z.enum(SECOND_KINDS),
    /** Puts the Confused domain in the centre of the board (advanced levels). */
    showConfused: z.boolean(),
    /** Off when absent; when set, the view counts down and sends timeUp, which ends the round. */
    timerSeconds: z.number().int().min(30).max(1800).optional(),
    scoring,
    /** Score needed for one, two and three stars; ascending and reachable. */
    stars: z.tuple([z.number().int().min(1), z.number().int().min(1), z.number().int().min(1)]),
    cards: z.array(card).min(MIN_CARDS).max(MAX_CARDS),
    /** Two or three open questions for the room's debrief after this level (not scored). */
    discussion: discussionOf(levelText),
  })
  .superRefine((level, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', message, path });
    const options = optionsFor(level.secondStep, level.showConfused);
    const fit: Partial<Record<Domain, SecondChoice>> = FITTING_OPTION[level.secondStep];
    const seen = new Map<string, number>();

    level.cards.forEach((c, i) => {
      const first = seen.get(c.id);
      if (first !== undefined) issue(['cards', i, 'id'], say('cyn.cardTwice', { id: c.id, first: first + 1 }));
      else seen.set(c.id, i);

      // Every language the card is written in must fit the card, not English only.
      for (const lang of LANGS) {
        const text = c.text[lang];
        if (text !== undefined && text.length > MAX_CARD_TEXT) issue(['cards', i, 'text', lang], say('cyn.cardText', { count: text.length, limit: MAX_CARD_TEXT }));
      }

      const full = c.domains.filter((d) => d.weight === 1).length;
      if (full !== 1) issue(['cards', i, 'domains'], say('cyn.oneFull', { count: full }));

      const inCard = new Set<Domain>();
      c.domains.forEach((d, j) => {
        if (inCard.has(d.domain)) issue(['cards', i, 'domains', j, 'domain'], say('cyn.domainTwice', { domain: d.domain }));
        inCard.add(d.domain);
        if (d.domain === 'confused' && !level.showConfused) {
          issue(['cards', i, 'domains', j, 'domain'], say('cyn.confusedOff'));
        }
      });

      const best = c.domains.find((d) => d.weight === 1)?.domain;
      if (c.tempting.domain === best) issue(['cards', i, 'tempting', 'domain'], t('author.temptingBest', { domain: best }));
      else if (c.tempting.domain === 'confused' && !level.showConfused) issue(['cards', i, 'tempting', 'domain'], say('cyn.confusedOff'));

      const answer = c.second.answer;
      if (!options.includes(answer)) {
        issue(['cards', i, 'second', 'answer'], say('cyn.notOption', { answer, kind: level.secondStep, options: options.join(', ') }));
      } else if (c.domains.length > 0 && !c.domains.some((d) => fit[d.domain] === answer)) {
        issue(['cards', i, 'second', 'answer'], say('cyn.noFit', { answer, domains: c.domains.map((d) => d.domain).join(', ') }));
      }
    });

    const [s1, s2, s3] = level.stars;
    if (s2 <= s1) issue(['stars', 1], say('cyn.starsRise', { value: s2, previous: s1 }));
    if (s3 <= s2) issue(['stars', 2], say('cyn.starsRise', { value: s3, previous: s2 }));
    const max = maxScoreOf(level.scoring, level.cards.length);
    if (s3 > max) issue(['stars', 2], say('cyn.starsReach', { value: s3, max }));
  });

export type Level = z.infer<typeof levelSchema>;
export type Card = Level['cards'][number];
export type AcceptedDomain = Card['domains'][number];
