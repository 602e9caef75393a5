// Words of the booth's welcome screen: (the games on offer, the slide shown, today's board at the level the booth
// plays, the languages a visitor may choose) -> the arcade's name and promise, the slide's place, the game's name
// and what it teaches, today's best names (scores only on an anonymous board), what a screen reader hears of the
// slide, Touch to play, the previous and next game, and a button per language. Pure: no Phaser, no DOM, no services.
import { localize, type Lang, type LocalText } from '../../core/i18n';
import { boardRows, type RankedEntry } from '../../core/leaderboard';
import { T } from '../strings';
import { K } from './strings';

/** Names of today's board shown per game. */
export const BEST_SHOWN = 3;

export interface AttractGame {
  title: LocalText;
  /** What the game teaches, in a sentence. */
  description: LocalText;
}

export interface AttractInput {
  games: readonly AttractGame[];
  /** The slide shown (any whole number: it wraps round the games). */
  slide: number;
  /** Today's board at the level the booth plays this game at; null until that level has loaded. */
  ranked: readonly RankedEntry[] | null;
  /** The operator's anonymous board: scores without names. */
  anonymous: boolean;
  /** The languages a visitor may choose, and the one in use. */
  langs: readonly Lang[];
  lang: Lang;
}

/** A language button: its full name, said and shown where there is room; its code shown where there is not. */
export interface AttractLang {
  id: string;
  lang: Lang;
  label: string;
  code: string;
  /** The language in use: pressed, and drawn as the main button. */
  current: boolean;
}

export interface AttractView {
  heading: string;
  /** The arcade's name and its promise, at the top (on a totem the banner above the reach says them instead). */
  welcome: string;
  tagline: string;
  /** "Game 2 of 3". */
  slide: string;
  title: string;
  teaches: string;
  bestTitle: string;
  /** Today's best at this game, or the line that invites the first name. */
  bestLines: string[];
  /** The slide as a screen reader hears it (the canvas says nothing), in order. */
  spoken: string[];
  play: string;
  prev: { label: string; visibleLabel: string };
  next: { label: string; visibleLabel: string };
  /** None where the booth offers only one language. */
  langs: AttractLang[];
}

export function attractHeading(): string {
  return K('attract.screen');
}

/** Touch to play is focused first: a keyboard's Enter starts at once. */
export function initialFocus(): string {
  return 'play';
}

/** The slide `i` wrapped round `count` games (backwards from the first goes to the last). */
export function slideAt(i: number, count: number): number {
  return ((i % count) + count) % count;
}

/** Said when a visitor picks a language, in that language. */
export function langAnnouncement(lang: Lang): string {
  return T('settings.saved', { name: T('settings.langName'), value: T(`lang.${lang}`) });
}

export function presentAttract(i: AttractInput): AttractView {
  const n = i.games.length;
  const at = i.slide % n;
  const g = i.games[at]!;
  const title = localize(g.title);
  const teaches = localize(g.description);
  const slide = K('attract.slide', { index: at + 1, count: n });
  const best = i.ranked ? boardRows(i.ranked, { shown: BEST_SHOWN, anonymous: i.anonymous }) : [];
  const bestLines =
    best.length > 0
      ? best.map((e) =>
          e.name === null ? K('attract.bestLineAnon', { rank: e.rank, score: e.score }) : K('attract.bestLine', { rank: e.rank, name: e.name, score: e.score }),
        )
      : [K('attract.noBest')];
  const promise = K('attract.promise');
  return {
    heading: attractHeading(),
    welcome: K('attract.welcome'),
    tagline: `${K('attract.tagline')} · ${promise}`,
    slide,
    title,
    teaches,
    bestTitle: K('attract.best'),
    bestLines,
    spoken: [promise, slide, title, teaches, [K('attract.best'), ...bestLines].join('. ')],
    play: K('attract.play'),
    prev: { label: K('attract.prev'), visibleLabel: `‹ ${K('attract.prev')}` },
    next: { label: K('attract.next'), visibleLabel: `${K('attract.next')} ›` },
    langs:
      i.langs.length > 1
        ? i.langs.map((lang) => ({ id: `lang-${lang}`, lang, label: T(`lang.${lang}`), code: lang.toUpperCase(), current: lang === i.lang }))
        : [],
  };
}
