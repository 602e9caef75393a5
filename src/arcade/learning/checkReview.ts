// The words of the check's end screens (pure: no Phaser, no DOM): after the first check only thanks (no right or
// wrong, so the second check measures what the levels taught); after the second, the two scores, the gain per
// concept, and every question of both forms explained one by one.
import { localize } from '../../core/i18n';
import { gainByConcept, questionsOf, type Check, type CheckQuestion, type TakenForm } from '../../core/check';
import type { CheckRecord, CheckResult } from '../../core/learning';
import { T } from '../strings';

export interface ReviewLine {
  kind: 'heading' | 'text' | 'prompt';
  text: string;
}

function taken(r: CheckResult | undefined): TakenForm | undefined {
  return r?.form && r.answers ? { form: r.form, answers: r.answers } : undefined;
}

function itemLines(q: CheckQuestion, answers: Readonly<Record<string, string>>, n: number): ReviewLine[] {
  const chosenId = Object.hasOwn(answers, q.id) ? answers[q.id] : undefined;
  const chosen = q.options.find((o) => o.id === chosenId);
  const right = q.options.find((o) => o.id === q.answer);
  return [
    { kind: 'prompt', text: T('check.itemPrompt', { n, prompt: localize(q.prompt) }) },
    {
      kind: 'text',
      text: T('check.itemAnswer', {
        right: chosenId === q.answer ? 'yes' : 'no',
        chosen: chosen ? localize(chosen.text) : T('check.noAnswer'),
        answer: right ? localize(right.text) : '',
      }),
    },
    { kind: 'text', text: localize(q.explanation) },
  ];
}

/** What the done screen says after a check: `when` is the check just taken. */
export function reviewLines(check: Check, rec: CheckRecord, when: 'before' | 'after'): ReviewLine[] {
  const now = rec[when];
  if (!now) return [];
  if (when === 'before')
    return [
      { kind: 'text', text: T('check.savedBefore') },
      { kind: 'text', text: T('check.doneBefore') },
    ];
  const out: ReviewLine[] = [];
  const before = taken(rec.before);
  const after = taken(now);
  if (rec.before) {
    const change = now.score - rec.before.score;
    out.push({
      kind: 'text',
      text: T('check.compare', {
        before: rec.before.score,
        beforeTotal: rec.before.total,
        after: now.score,
        total: now.total,
        change: Math.abs(change),
        direction: change > 0 ? 'up' : change < 0 ? 'down' : 'same',
      }),
    });
  } else out.push({ kind: 'text', text: T('check.score', { score: now.score, total: now.total, when }) });
  // The gain per concept needs both forms' answers (a first check kept before the forms has no answers).
  if (before && after) {
    out.push({ kind: 'heading', text: T('check.gainTitle') });
    for (const g of gainByConcept(check, before, after)) {
      const change = g.after.right / Math.max(1, g.after.total) - g.before.right / Math.max(1, g.before.total);
      out.push({
        kind: 'text',
        text: T('check.gainLine', {
          concept: localize(g.label),
          before: g.before.right,
          beforeTotal: g.before.total,
          after: g.after.right,
          afterTotal: g.after.total,
          direction: change > 0 ? 'up' : change < 0 ? 'down' : 'same',
        }),
      });
    }
  }
  if (before) {
    out.push({ kind: 'heading', text: T('check.itemsBefore') });
    questionsOf(check, before.form).forEach((q, i) => out.push(...itemLines(q, before.answers, i + 1)));
  }
  if (after) {
    out.push({ kind: 'heading', text: T('check.itemsAfter') });
    questionsOf(check, after.form).forEach((q, i) => out.push(...itemLines(q, after.answers, i + 1)));
  }
  out.push({ kind: 'text', text: T('check.doneAfter') });
  return out;
}
