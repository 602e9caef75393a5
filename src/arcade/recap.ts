// The closing recap: what the games teach (each game's own line) and what makes a learning game work (the forum's Learning Arcade
// slot ends by "reminding essential skills for the development and use of games"). One source for the recap
// screen and the booth's take-home card.
import { T } from './strings';
import { localize } from '../core/i18n';
import { svc } from './services';
import { appendBlocks } from '../ui/textList';

export interface RecapSection {
  heading: string;
  points: string[];
}

export function closingRecap(): RecapSection[] {
  return [
    // Each game's own line, in the registry's order (the shell names no game).
    { heading: T('recap.games'), points: svc().games.map((g) => localize(g.recap)) },
    {
      heading: T('recap.making'),
      points: [
        T('recap.make.objective'),
        T('recap.make.real'),
        T('recap.make.reading'),
        T('recap.make.explain'),
        T('recap.make.short'),
        T('recap.make.debrief'),
        T('recap.make.playtest'),
        T('recap.make.everyone'),
      ],
    },
  ];
}

/** The recap as real DOM (headings and lists) into a text panel: the recap screen and the booth's card both show it. */
export function appendRecap(el: HTMLElement): void {
  appendBlocks(
    el,
    closingRecap().flatMap((s) => [{ h3: s.heading }, { list: s.points }]),
  );
}
