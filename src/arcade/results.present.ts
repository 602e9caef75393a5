// Words of the results screen: (the round's summary, where it stands in the game, the mode) -> every line the player
// sees or hears: the score and stars, a new best, the headline, which buttons there are (next level, play again,
// choose a level, the recap; a booth's or a workshop's own), the teams' scoreboard, the mix-ups that came back, and
// each answer with its verdict, the accepted answer and why. Pure: no Phaser, no DOM, no services.
import { localize, type LocalText } from '../core/i18n';
import { repeatedMixups, type RoundSummary, type Verdict } from '../core/round';
import { T } from './strings';
import { W } from './workshop/strings';

const VERDICT_KEY = { right: 'results.right', partial: 'results.partial', wrong: 'results.wrong', info: 'results.info' } as const;
const VERDICT_SYMBOL: Record<Verdict, string> = { right: '✓', partial: '◐', wrong: '✗', info: '•' };

export interface ResultButtonView {
  id: string;
  label: string;
  style: 'primary' | 'quiet';
}

export interface ResultsInput {
  game: LocalText | undefined;
  level: LocalText;
  summary: RoundSummary;
  newBest: boolean;
  /** The next level is open (this one has a star). */
  next: boolean;
  /** This was the game's last shipped level. */
  last: boolean;
  /** At a booth: the booth's buttons (kiosk/results), in place of the shell's. */
  booth?: readonly ResultButtonView[];
  /** In a workshop: its export button (workshop/results), and the teams' scoreboard between turns. */
  workshop?: { button: ResultButtonView; board: { lines: string[]; next: string } | null };
}

export interface AnswerView {
  verdict: Verdict;
  /** The verdict in words, with its symbol so it never rests on colour alone. */
  verdictText: string;
  title: string;
  answer: string;
  /** The accepted answer, when it differs from the player's. */
  expected: string | null;
  why: string;
}

export interface ResultsView {
  header: string;
  score: string;
  stars: number;
  /** The stars in words, for screen readers (the canvas draws them). */
  starsText: string;
  /** Shown only for a new best, and never at a booth or in a workshop (the best there is the device's, not this
   * visitor's or this team's: the teams have their scoreboard). */
  newBest: string | null;
  /** Said after the screen's name: the score, the stars, and the new best when it is shown. */
  announcement: string;
  headline: string | null;
  buttons: ResultButtonView[];
  details: {
    title: string;
    /** Teams taking turns: the scoreboard and whose turn comes. */
    board: { title: string; lines: string[] } | null;
    /** What came back more than once: the mix-up to work on, in the game's own words. */
    mixups: { title: string; lines: string[] } | null;
    answers: AnswerView[];
  };
}

export function resultsHeading(): string {
  return T('screen.results');
}

/** The screen's first button: the next level when there is one, else Play again; at a booth, the booth's first. */
export function initialFocus(buttons: readonly Pick<ResultButtonView, 'id'>[]): string {
  return buttons[0]?.id ?? 'again';
}

function buttons(i: ResultsInput): ResultButtonView[] {
  if (i.booth) return [...i.booth, ...(i.workshop ? [i.workshop.button] : [])];
  return [
    ...(i.next ? [{ id: 'next', label: T('results.next'), style: 'primary' as const }] : []),
    { id: 'again', label: T('results.again'), style: i.next ? 'quiet' : 'primary' },
    { id: 'levels', label: T('results.toLevels'), style: 'quiet' },
    // The game's last level is behind the player: the closing recap of what the games teach.
    ...(i.last ? [{ id: 'recap', label: T('title.recap'), style: 'quiet' as const }] : []),
    ...(i.workshop ? [i.workshop.button] : []),
  ];
}

function answer(s: RoundSummary, item: RoundSummary['items'][number]): AnswerView {
  const own = s.labels?.[item.verdict];
  const label = s.labels?.expected;
  return {
    verdict: item.verdict,
    verdictText: own ? T('results.ownVerdict', { symbol: VERDICT_SYMBOL[item.verdict], verdict: localize(own) }) : T(VERDICT_KEY[item.verdict]),
    title: localize(item.title),
    answer: T('results.yourAnswer', { answer: localize(item.answer) }),
    expected: !item.expected
      ? null
      : label
        ? T('results.labelled', { label: localize(label), answer: localize(item.expected) })
        : T('results.accepted', { answer: localize(item.expected) }),
    why: localize(item.explanation),
  };
}

export function presentResults(i: ResultsInput): ResultsView {
  const s = i.summary;
  const board = i.workshop?.board;
  const mixups = repeatedMixups(s.items);
  const best = i.newBest && !i.booth && !i.workshop;
  return {
    header: T('results.header', { game: i.game ? localize(i.game) : '', level: localize(i.level) }),
    score: T('results.score', { score: s.score, max: s.maxScore }),
    stars: s.stars,
    starsText: T('results.stars', { stars: s.stars }),
    newBest: best ? T('results.newBestMark') : null,
    announcement: T('results.announce', { score: s.score, max: s.maxScore, stars: s.stars, best: best ? 'yes' : 'no' }),
    headline: s.headline ? localize(s.headline) : null,
    buttons: buttons(i),
    details: {
      title: T('results.details'),
      board: board ? { title: W('turns.heading'), lines: [...board.lines, board.next] } : null,
      mixups:
        mixups.length > 0
          ? {
              title: T('results.mixupsTitle'),
              lines: mixups.map((m) => T('results.mixup', { count: m.count, chosen: localize(m.chosen), fits: localize(m.fits) })),
            }
          : null,
      answers: s.items.map((item) => answer(s, item)),
    },
  };
}
