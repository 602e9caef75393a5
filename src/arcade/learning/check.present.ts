// Words of a game's before-and-after check: (where the check is, the game, which check, the question on screen and
// its options in their drawn order, the end screen's lines) -> the screen's name, the title bar, the panel (what
// the check is before it starts, the question with its place in the form, or the end screen), the options, the
// button at the bottom, what is focused first and what is said between questions. No right or wrong is ever shown
// while the check runs. Pure: no Phaser, no DOM, no services.
import { localize, type LocalText } from '../../core/i18n';
import { T } from '../strings';
import type { ReviewLine } from './checkReview';

export type CheckPhase = 'loading' | 'intro' | 'question' | 'done' | 'missing';

export interface CheckInput {
  phase: CheckPhase;
  /** The game's name (its id for a game this arcade does not have). */
  game: string;
  when: 'before' | 'after';
  /** How many questions the form has. */
  total: number;
  /** The question on screen (0-based). */
  index: number;
  /** The question on screen and its options in the order drawn (ids of options it lacks are skipped). */
  question: { prompt: LocalText; options: ReadonlyArray<{ id: string; text: LocalText }>; order: readonly string[] } | null;
  /** The end screen's lines (checkReview), once the check is recorded. */
  review: readonly ReviewLine[];
}

/** The panel: what the check is, the question, or the end screen; `size` says how tall it is drawn. */
export interface CheckPanel {
  id: 'about' | 'question' | 'result';
  title: string;
  lines: ReviewLine[];
  /** `short`: a line's worth (no check); `question`: above the options; `full`: down to the button. */
  size: 'short' | 'question' | 'full';
}

export interface CheckView {
  /** The screen's accessible name: the game and which check. */
  heading: string;
  /** The title bar: the game's name alone (short enough for a phone). */
  header: string;
  back: string;
  /** One line in place of the panel while the check loads. */
  message: string | null;
  panel: CheckPanel | null;
  /** The options of the question on screen: `id` is the button's (its place in the drawn order), `optionId` the answer. */
  options: Array<{ id: string; label: string; optionId: string }>;
  /** How many option places the question takes (the drawn order's length). */
  slots: number;
  bottom: { id: 'start' | 'done'; label: string } | null;
}

export function checkHeading(game: string, when: 'before' | 'after'): string {
  return T('check.screen', { game, when });
}

export function initialFocus(phase: CheckPhase): string {
  return phase === 'intro' ? 'start' : phase === 'question' ? 'opt-0' : 'done';
}

/** Said as the next question comes (n is 1-based): only where the player is, never whether they were right. */
export function progressAnnouncement(n: number, total: number): string {
  return T('check.progress', { n, total });
}

/** Said when the check is over: the end screen's first line. */
export function doneAnnouncement(review: readonly ReviewLine[]): string {
  return review[0]?.text ?? '';
}

const text = (t: string): ReviewLine => ({ kind: 'text', text: t });

export function presentCheck(i: CheckInput): CheckView {
  const base: CheckView = {
    heading: checkHeading(i.game, i.when),
    header: i.game,
    back: T('nav.back'),
    message: null,
    panel: null,
    options: [],
    slots: 0,
    bottom: null,
  };
  const back = { id: 'done' as const, label: T('check.back') };
  switch (i.phase) {
    case 'loading':
      return { ...base, message: T('levels.loading') };
    case 'missing':
      return { ...base, panel: { id: 'about', title: T('check.missing'), lines: [], size: 'short' }, bottom: back };
    case 'intro':
      return {
        ...base,
        panel: { id: 'about', title: T('check.introTitle', { when: i.when }), lines: [text(T('check.intro', { count: i.total, when: i.when }))], size: 'full' },
        bottom: { id: 'start', label: T('check.start') },
      };
    case 'question': {
      const q = i.question;
      if (!q) return base;
      const options = q.order.flatMap((id, n) => {
        const o = q.options.find((x) => x.id === id);
        return o ? [{ id: `opt-${n}`, label: localize(o.text), optionId: id }] : [];
      });
      return {
        ...base,
        panel: { id: 'question', title: progressAnnouncement(i.index + 1, i.total), lines: [text(localize(q.prompt))], size: 'question' },
        options,
        slots: q.order.length,
      };
    }
    case 'done':
      return { ...base, panel: { id: 'result', title: T('check.doneTitle'), lines: [...i.review], size: 'full' }, bottom: back };
  }
}
