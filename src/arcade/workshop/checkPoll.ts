// A game's before-and-after check run as a room poll: the first form at the start of a workshop, the other at the
// end, each question a card the teams answer like any other (lettered options). The first poll's reveal shows only
// how the room answered (nothing is taught before the levels); the second's shows the answer and why. Nothing in
// it counts for the teams' scores; at the end of the second poll the room sees its gain per concept.
// Pure but for the words: the shell hands in the check and what the session recorded.
import { compose, localize } from '../../core/i18n';
import { pollGainByConcept, type Check, type CheckForm, type PollAnswer } from '../../core/check';
import type { BaseLevel } from '../../games/sdk/types';
import type { RoomDeck, RoomGame, RoomItem } from '../../games/sdk/room';
import { createRng } from '../../core/rng';
import { R } from './room/strings';

const LETTERS = ['a', 'b', 'c', 'd'] as const;

/** The level id a poll's answers are recorded under in the session. */
export function pollLevelId(form: CheckForm): string {
  return `check-${form}`;
}

/** The poll as a level the room screen can open (it holds no cards of its own: the deck does). */
export function pollLevel(form: CheckForm): BaseLevel {
  return { id: pollLevelId(form), title: compose(R.local('poll.title'), { form: form.toUpperCase() }), order: 0 };
}

function item(q: Check['forms']['a'][number], seed: number, withhold: boolean): RoomItem {
  // The options' letters are drawn, so the answer is not always under the same one.
  const shuffled = createRng(seed)
    .shuffle([...q.options])
    .slice(0, LETTERS.length);
  const options = shuffled.map((_, i) => LETTERS[i]!);
  const credit: Record<string, number> = {};
  const optionText: Record<string, string> = {};
  shuffled.forEach((o, i) => {
    credit[options[i]!] = o.id === q.answer ? 1 : 0;
    optionText[options[i]!] = localize(o.text);
  });
  const right = shuffled.findIndex((o) => o.id === q.answer);
  return {
    id: q.id,
    options,
    credit,
    optionText,
    text: localize(q.prompt),
    // The first poll keeps its answers to itself: the room's starting point, before anything is taught.
    accepted: right >= 0 && !withhold ? [{ option: options[right]!, credit: 1, why: `${localize(shuffled[right]!.text)} ${localize(q.explanation)}` }] : [],
    explanation: withhold ? R('poll.answersLater') : '',
    notes: [],
    discussion: withhold ? [R('poll.q.hesitate')] : [R('poll.q.why'), R('poll.q.work')],
  };
}

/**
 * The poll's room. `answersOf(form)` reads the session record: every team's answers to that form's poll so far, so
 * the second poll's end can show the gain per concept against the first.
 */
export function checkPollRoom(check: Check, form: CheckForm, first: CheckForm, answersOf: (form: CheckForm) => PollAnswer[]): RoomGame {
  const deck = (): RoomDeck => ({
    question: R('poll.question'),
    options: LETTERS.map((l) => ({ id: l, label: l.toUpperCase(), mark: l.toUpperCase() })),
    items: check.forms[form].map((q, i) => item(q, i * 7919 + (form === 'a' ? 1 : 2), form === first)),
    discussion: [],
    unit: 'question',
    unscored: true,
    withhold: form === first,
    endSummary: () => {
      if (form === first) return { heading: R('poll.gainTitle'), lines: [R('poll.firstDone')] };
      const before = answersOf(first);
      const after = answersOf(form);
      if (before.length === 0) return { heading: R('poll.gainTitle'), lines: [R('poll.noFirst')] };
      const pct = (x: { right: number; total: number }): number => (x.total === 0 ? 0 : Math.round((100 * x.right) / x.total));
      return {
        heading: R('poll.gainTitle'),
        lines: pollGainByConcept(check, { form: first, answers: before }, { form, answers: after }).map((g) =>
          R('poll.gainLine', { concept: localize(g.label), before: pct(g.before), after: pct(g.after), change: pct(g.after) - pct(g.before) }),
        ),
      };
    },
  });
  return { deck };
}
