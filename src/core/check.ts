// The before-and-after check of a game (src/games/<game>/check.json, given by GameEntry.loadCheck): two parallel forms of 8 to 10 questions, each
// covering every concept of the game with new situations. A player's first check uses one form, chosen by a seed
// kept in storage (so half of the players start on each), the second check the other: the gain is learning, not
// memory of the same questions. Pure: the schema, the form choice, the option order from a seed, the scores and the
// gain per concept.
import { z } from 'zod';
import { idSchema, levelText, parseLevel, type LevelLoad } from './levels';
import { FORMS, type CheckForm } from './checkForm';
import { createRng } from './rng';
import { say } from './authorMessages';
import type { LocalText } from './i18n';

export { FORMS, firstForm, otherForm, type CheckForm } from './checkForm';
/** Fewest and most questions in one form. */
export const FORM_SIZE = { min: 8, max: 10 } as const;

const option = z.strictObject({ id: idSchema(40), text: levelText });
const question = z
  .strictObject({
    id: idSchema(40),
    /** The id of one of the check's concepts: what this question measures. */
    concept: idSchema(40),
    prompt: levelText,
    options: z.array(option).min(3).max(4),
    answer: idSchema(40),
    explanation: levelText,
  })
  .superRefine((q, ctx) => {
    const ids = q.options.map((o) => o.id);
    if (!ids.includes(q.answer)) ctx.addIssue({ code: 'custom', path: ['answer'], message: say('check.answerNotOption', { answer: q.answer }) });
    if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', path: ['options'], message: say('check.optionTwice') });
  });

const form = z.array(question).min(FORM_SIZE.min).max(FORM_SIZE.max);

export const checkSchema = z
  .strictObject({
    schemaVersion: z.literal(2),
    game: idSchema(64),
    /** What the check measures, each concept named for the player (the gain is shown per concept). */
    concepts: z
      .array(z.strictObject({ id: idSchema(40), label: levelText }))
      .min(2)
      .max(12),
    forms: z.strictObject({ a: form, b: form }),
  })
  .superRefine((c, ctx) => {
    const concepts = new Set(c.concepts.map((k) => k.id));
    if (concepts.size !== c.concepts.length) ctx.addIssue({ code: 'custom', path: ['concepts'], message: say('check.conceptTwice') });
    if (c.forms.a.length !== c.forms.b.length)
      ctx.addIssue({ code: 'custom', path: ['forms', 'b'], message: say('check.formsDiffer', { a: c.forms.a.length, b: c.forms.b.length }) });
    const seen = new Set<string>();
    for (const f of FORMS) {
      c.forms[f].forEach((q, i) => {
        if (seen.has(q.id)) ctx.addIssue({ code: 'custom', path: ['forms', f, i, 'id'], message: say('check.questionTwice', { id: q.id }) });
        seen.add(q.id);
        if (!concepts.has(q.concept))
          ctx.addIssue({ code: 'custom', path: ['forms', f, i, 'concept'], message: say('check.unknownConcept', { concept: q.concept }) });
      });
      // Each form measures every concept, so either can come first.
      for (const k of concepts) {
        if (!c.forms[f].some((q) => q.concept === k))
          ctx.addIssue({ code: 'custom', path: ['forms', f], message: say('check.conceptMissing', { concept: k }) });
      }
    }
  });
export type Check = z.infer<typeof checkSchema>;
export type CheckQuestion = Check['forms']['a'][number];

export function parseCheck(file: string, raw: unknown): LevelLoad<Check & { order: number; id: string; title: { en: string } }> {
  const r = parseLevel(checkSchema, file, raw);
  return r.ok ? { ok: true, file, level: { ...r.level, order: 0, id: r.level.game, title: { en: r.level.game } } } : r;
}

export function questionsOf(check: Check, f: CheckForm): CheckQuestion[] {
  return check.forms[f];
}

/** The options of each question in an order drawn from the seed: the answer's place says nothing. */
export function shuffledOptions(questions: readonly CheckQuestion[], seed: number): string[][] {
  const rng = createRng(seed);
  return questions.map((q) => rng.shuffle(q.options.map((o) => o.id)));
}

/** How many answers (question id -> chosen option id) are right. */
export function checkScore(questions: readonly CheckQuestion[], answers: Readonly<Record<string, string>>): number {
  return questions.filter((q) => Object.hasOwn(answers, q.id) && answers[q.id] === q.answer).length;
}

/** One check taken: which form and what was answered. */
export interface TakenForm {
  form: CheckForm;
  answers: Readonly<Record<string, string>>;
}

export interface ConceptGain {
  concept: string;
  label: LocalText;
  before: { right: number; total: number };
  after: { right: number; total: number };
}

function tallyByConcept(check: Check, taken: TakenForm | undefined, concept: string): { right: number; total: number } {
  if (!taken) return { right: 0, total: 0 };
  const qs = check.forms[taken.form].filter((q) => q.concept === concept);
  return { right: checkScore(qs, taken.answers), total: qs.length };
}

/** Right answers per concept before and after, in the check's concept order. */
export function gainByConcept(check: Check, before: TakenForm | undefined, after: TakenForm | undefined): ConceptGain[] {
  return check.concepts.map((k) => ({ concept: k.id, label: k.label, before: tallyByConcept(check, before, k.id), after: tallyByConcept(check, after, k.id) }));
}

/** One team's answer to one question of a check run as a room poll. */
export interface PollAnswer {
  question: string;
  correct: boolean;
}

function pollTally(check: Check, f: CheckForm, answers: readonly PollAnswer[], concept: string): { right: number; total: number } {
  const ids = new Set(check.forms[f].filter((q) => q.concept === concept).map((q) => q.id));
  const mine = answers.filter((a) => ids.has(a.question));
  return { right: mine.filter((a) => a.correct).length, total: mine.length };
}

/** The room's right answers per concept (every team's answer counts once) in the first poll and the second. */
export function pollGainByConcept(
  check: Check,
  before: { form: CheckForm; answers: readonly PollAnswer[] },
  after: { form: CheckForm; answers: readonly PollAnswer[] },
): ConceptGain[] {
  return check.concepts.map((k) => ({
    concept: k.id,
    label: k.label,
    before: pollTally(check, before.form, before.answers, k.id),
    after: pollTally(check, after.form, after.answers, k.id),
  }));
}
