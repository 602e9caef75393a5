// "What I learned": every explanation the player has met, gathered by game and concept, searchable. The list is
// real DOM (it zooms, wraps and reads natively) and filters as the player types, keeping the focus in the box. The
// words are in ./library.present, the rectangles in ./library.layout; this screen gathers the state and draws.
import { ArcadeScene } from '../../ui/ArcadeScene';
import { SCENES } from '../keys';
import { addHeader, addTextPanel } from '../../ui/widgets';
import { gameById, svc } from '../services';
import { goTo } from '../flow';
import { getLang } from '../../core/i18n';
import { a11y } from '../../ui/a11y';
import { initialFocus, libraryHeading, presentLibrary, presentLibraryList, type LibraryListView } from './library.present';
import { libraryLayout } from './library.layout';

/** The list follows the search this long after the last key (ms). */
const SEARCH_DELAY_MS = 250;

export class LibraryScene extends ArcadeScene {
  private query = '';

  constructor() {
    super(SCENES.library);
  }

  protected screenName(): string {
    return libraryHeading();
  }

  protected override initialFocus(): string {
    return initialFocus();
  }

  protected override onEscape(): void {
    goTo(this, SCENES.title);
  }

  /** The list as the search has it, from the explanations kept. */
  private listView(): LibraryListView {
    const lang = getLang();
    return presentLibraryList(svc().learning.library(this.query, lang), svc().learning.library('', lang).length, (id) => gameById(id)?.title);
  }

  private fillList(list: HTMLElement, status: HTMLElement): void {
    const v = this.listView();
    list.replaceChildren();
    for (const g of v.groups) {
      const section = document.createElement('section');
      const h = document.createElement('h3');
      h.textContent = g.game;
      section.append(h);
      for (const c of g.concepts) {
        const h4 = document.createElement('h4');
        h4.textContent = c.concept;
        const ul = document.createElement('ul');
        for (const e of c.items) {
          const li = document.createElement('li');
          const title = document.createElement('strong');
          title.textContent = e.title;
          const why = document.createElement('div');
          why.textContent = e.explanation;
          li.append(title, why);
          ul.append(li);
        }
        section.append(h4, ul);
      }
      list.append(section);
    }
    status.textContent = v.status;
  }

  protected build(): void {
    const L = this.layout;
    const v = presentLibrary();
    const lay = libraryLayout(L);
    addHeader(this, this.dom!, L, v.heading, { label: v.back, onActivate: () => goTo(this, SCENES.title) });
    addTextPanel(this, this.dom!, { id: 'library', rect: lay.panel, title: v.title, bodySize: L.font.body, titleSize: L.font.large }, (el) => {
      const label = document.createElement('label');
      label.textContent = v.search;
      const input = document.createElement('input');
      input.type = 'search';
      input.value = this.query;
      input.className = 'library-search';
      input.style.fontSize = `${lay.search.fontSize}px`;
      input.style.minHeight = `${lay.search.minH}px`;
      label.append(input);
      const status = document.createElement('p');
      status.setAttribute('role', 'status');
      const list = document.createElement('div');
      el.append(label, status, list);
      this.fillList(list, status);
      let timer = 0;
      input.addEventListener('input', () => {
        this.query = input.value;
        window.clearTimeout(timer);
        timer = window.setTimeout(() => {
          this.fillList(list, status);
          a11y().announce(status.textContent ?? '');
        }, SEARCH_DELAY_MS);
      });
    });
  }
}
