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

/** What the second question about a card asks, chosen per level; the options themselves are written per card. */
export const SECOND_KINDS = ['response', 'practice', 'learning'] as const;

/** Fewest and most options a card's second question offers. */
export const SECOND_OPTIONS = { min: 3, max: 4 } as const;
/** Longest option text in any language: four options fit a phone held upright. */
export const MAX_OPTION_TEXT = 130;

/** Longest card text in any language, so a card stays readable on a phone held upright. */
export const MAX_CARD_TEXT = 220;
export const MIN_CARDS = 6;
export const MAX_CARDS = 16;

const cardId = idSchema(64);
/** A second-question option's id: unique within its card. */
export type OptionId = string;

const secondOption = z.strictObject({
  id: idSchema(40),
  /** A concrete move or stance this city could take in this situation. */
  text: levelText,
  /** The domain reading this option is the right move for, if any: a player who reasoned consistently from a
   * domain the card accepts earns that domain's share (see the cross-checks). */
  fits: z.enum(DOMAINS).optional(),
  /** Share of the second question's points: 1 for the best move, a part-credit domain's weight, or 0. */
  credit: z.number().min(0).max(1),
  /** Why this option fits, part fits or misses, for this card; shown after the answer and in the debrief. */
  why: levelText,
});
export type SecondOption = z.infer<typeof secondOption>;

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
  /** The second question, written for this card; optional for a trainer's own card (then only the domain is asked). */
  second: z
    .strictObject({
      options: z.array(secondOption).min(SECOND_OPTIONS.min).max(SECOND_OPTIONS.max),
      explanation: levelText,
    })
    .optional(),
  /** For the trainer only (room and editor): a card that may touch people who lived through such an event. */
  trainerNote: levelText.optional(),
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

/** Best possible score: every card fully right, streak bonus from the streakFrom-th card on; the second question's
 * points only on cards that ask it. */
export function maxScoreOf(s: Scoring, cards: readonly { id: string; second?: unknown }[]): number {
  const bonusCards = Math.max(0, cards.length - s.streakFrom + 1);
  const asked = cards.filter((c) => c.second !== undefined).length;
  return cards.length * s.domain + asked * s.second + bonusCards * s.streakBonus;
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
    /** A booth round (a few minutes): the reveal leaves out why the tempting neighbour is not it (the results keep it). */
    compact: z.boolean().optional(),
    /** Two or three open questions for the room's debrief after this level (not scored). */
    discussion: discussionOf(levelText),
  })
  .superRefine((level, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', message, path });
    const seen = new Map<string, number>();

    level.cards.forEach((c, i) => {
      const first = seen.get(c.id);
      if (first !== undefined) issue(['cards', i, 'id'], say('cyn.cardTwice', { id: c.id, first: first + 1 }));
      else seen.set(c.id, i);

      // Every language the card is written in must fit the card, not English only.
      for (const lang of LANGS) {
        const text = c.text[lang];
        if (text !== undefined && text.length > MAX_CARD_TEXT)
          issue(['cards', i, 'text', lang], say('cyn.cardText', { count: text.length, limit: MAX_CARD_TEXT }));
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

      if (c.second) checkSecond(c, c.second.options, level.showConfused, (path, message) => issue(['cards', i, 'second', 'options', ...path], message));
    });

    const [s1, s2, s3] = level.stars;
    if (s2 <= s1) issue(['stars', 1], say('cyn.starsRise', { value: s2, previous: s1 }));
    if (s3 <= s2) issue(['stars', 2], say('cyn.starsRise', { value: s3, previous: s2 }));
    const max = maxScoreOf(level.scoring, level.cards);
    if (s3 > max) issue(['stars', 2], say('cyn.starsReach', { value: s3, max }));
  });

export type Level = z.infer<typeof levelSchema>;
export type Card = Level['cards'][number];

/**
 * The second question's cross-checks, so consistent reasoning is rewarded and nothing else is: one best option
 * (credit 1) that fits the best domain; for each part-credit domain, exactly one option that fits it with its weight;
 * no credit for an option that follows no accepted reading; at most one option per domain; unique ids.
 */
function checkSecond(
  c: { domains: readonly { domain: Domain; weight: number }[] },
  options: readonly SecondOption[],
  showConfused: boolean,
  issue: (path: (string | number)[], message: string) => void,
): void {
  const weight = (d: Domain) => c.domains.find((x) => x.domain === d)?.weight ?? 0;
  const ids = new Map<string, number>();
  const fitted = new Map<Domain, number>();
  options.forEach((o, j) => {
    if (ids.has(o.id)) issue([j, 'id'], say('cyn.optionTwice', { id: o.id }));
    ids.set(o.id, j);
    for (const lang of LANGS) {
      const text = o.text[lang];
      if (text !== undefined && text.length > MAX_OPTION_TEXT) issue([j, 'text', lang], say('cyn.optionText', { count: text.length, limit: MAX_OPTION_TEXT }));
    }
    if (o.fits !== undefined) {
      if (fitted.has(o.fits)) issue([j, 'fits'], say('cyn.fitsTwice', { domain: o.fits }));
      fitted.set(o.fits, j);
      if (o.fits === 'confused' && !showConfused) issue([j, 'fits'], say('cyn.confusedOff'));
    }
    // The credit an option must carry follows from the reading it fits.
    const due = o.fits === undefined ? 0 : weight(o.fits);
    if (o.credit !== due) issue([j, 'credit'], say('cyn.creditDue', { credit: o.credit, due, domain: o.fits ?? '-' }));
  });
  const full = options.filter((o) => o.credit === 1).length;
  if (full !== 1) issue([], say('cyn.oneBestOption', { count: full }));
  for (const d of c.domains) if (!fitted.has(d.domain)) issue([], say('cyn.readingWithout', { domain: d.domain }));
}
