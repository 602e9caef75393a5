// The closing recap: what the three games teach and what makes a learning game work (the forum's Learning Arcade
// slot ends by "reminding essential skills for the development and use of games"). One source for the recap
// screen and the booth's take-home card.
import { T } from './strings';

export interface RecapSection {
  heading: string;
  points: string[];
}

export function closingRecap(): RecapSection[] {
  return [
    { heading: T('recap.games'), points: [T('recap.cynefin'), T('recap.sss'), T('recap.facilitator')] },
    {
      heading: T('recap.making'),
      points: [T('recap.make.real'), T('recap.make.reading'), T('recap.make.explain'), T('recap.make.short'), T('recap.make.everyone')],
    },
  ];
}

/** The recap as real DOM (headings and lists) into a text panel: the recap screen and the booth's card both show it. */
export function appendRecap(el: HTMLElement): void {
  for (const section of closingRecap()) {
    const h = document.createElement('h3');
    h.textContent = section.heading;
    const ul = document.createElement('ul');
    for (const point of section.points) {
      const li = document.createElement('li');
      li.textContent = point;
      ul.append(li);
    }
    el.append(h, ul);
  }
}
