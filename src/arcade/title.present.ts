// Words of the title screen: (the latest round in progress, the mode) -> the arcade's name and promise, Continue
// (where the player left off) for a player coming back, Play, the row under it (settings, the library, the recap,
// the workshop), the line about the games, and what is focused first. Pure: no Phaser, no DOM, no services.
import { localize, type LocalText } from '../core/i18n';
import { T } from './strings';
import { W } from './workshop/strings';

/** The latest round in progress, as the save keeps it, with its game's name (undefined: the game is gone). */
export interface LatestRound {
  gameId: string;
  levelId: string;
  levelTitle?: LocalText;
  game: LocalText | undefined;
}

export interface TitleView {
  heading: string;
  title: string;
  tagline: string;
  about: string;
  /** Straight back into the round in progress: its accessible name says where, the button shows it under. */
  continue: { label: string; visibleLabel: string; sublabel: string; gameId: string; levelId: string } | null;
  /** Play is the main button unless there is a round to continue. */
  play: { label: string; style: 'primary' | 'quiet' };
  /** Settings, the library, the recap and the workshop. */
  more: Array<{ id: string; label: string }>;
}

export function titleHeading(): string {
  return T('screen.title');
}

/** Continue where the screen offers it (a round in progress, its game still here), else Play. */
export function initialFocus(v: Pick<TitleView, 'continue'>): string {
  return v.continue ? 'continue' : 'play';
}

export function presentTitle(round: LatestRound | undefined, workshop: boolean): TitleView {
  const where = round?.game && round.levelTitle ? T('results.header', { game: localize(round.game), level: localize(round.levelTitle) }) : null;
  return {
    heading: titleHeading(),
    title: T('app.title'),
    tagline: T('app.tagline'),
    about: T('title.about'),
    continue:
      round && where !== null
        ? { label: T('title.continue', { where }), visibleLabel: T('title.continueShort'), sublabel: where, gameId: round.gameId, levelId: round.levelId }
        : null,
    play: { label: T('title.play'), style: where !== null ? 'quiet' : 'primary' },
    more: [
      { id: 'settings', label: T('title.settings') },
      { id: 'library', label: T('title.library') },
      { id: 'recap', label: T('title.recap') },
      { id: 'workshop', label: W(workshop ? 'title.workshop' : 'title.run') },
    ],
  };
}
