// The before-and-after check of a game: 4 to 6 questions on its concepts, with other situations than the levels,
// taken before the first level and again after the last (levels/checks/<game>.json). Pure: the schema, the
// option order from a seed, and the score.
import { z } from 'zod';
import { idSchema, levelText, parseLevel, type LevelLoad } from './levels';
import { createRng } from './rng';
import { say } from './authorMessages';

const option = z.strictObject({ id: idSchema(40), text: levelText });
const question = z
  .strictObject({
    id: idSchema(40),
    concept: levelText,
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

export const checkSchema = z.strictObject({
  schemaVersion: z.literal(1),
  game: idSchema(64),
  questions: z.array(question).min(4).max(6),
});
export type Check = z.infer<typeof checkSchema>;
export type CheckQuestion = Check['questions'][number];

export function parseCheck(file: string, raw: unknown): LevelLoad<Check & { order: number; id: string; title: { en: string } }> {
  const r = parseLevel(checkSchema, file, raw);
  return r.ok ? { ok: true, file, level: { ...r.level, order: 0, id: r.level.game, title: { en: r.level.game } } } : r;
}

/** The options of each question in an order drawn from the seed: the answer's place says nothing. */
export function shuffledOptions(check: Check, seed: number): string[][] {
  const rng = createRng(seed);
  return check.questions.map((q) => rng.shuffle(q.options.map((o) => o.id)));
}

/** How many answers (question id -> chosen option id) are right. */
export function checkScore(check: Check, answers: Readonly<Record<string, string>>): number {
  return check.questions.filter((q) => Object.hasOwn(answers, q.id) && answers[q.id] === q.answer).length;
}
