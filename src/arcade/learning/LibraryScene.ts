// "What I learned": every explanation the player has met, gathered by game and concept, searchable. The list is
// real DOM (it zooms, wraps and reads natively) and filters as the player types, keeping the focus in the box.
import { ArcadeScene } from '../../ui/ArcadeScene';
import { SCENES } from '../keys';
import { T } from '../strings';
import { addHeader, addTextPanel } from '../../ui/widgets';
import { gameById, svc } from '../services';
import { goTo } from '../flow';
import { getLang, localize } from '../../core/i18n';
import { a11y } from '../../ui/a11y';
import type { LibraryEntry } from '../../core/learning';

export class LibraryScene extends ArcadeScene {
  private query = '';

  constructor() {
    super(SCENES.library);
  }

  protected screenName(): string {
    return T('library.screen');
  }

  protected override initialFocus(): string {
    return 'back';
  }

  protected override onEscape(): void {
    goTo(this, SCENES.title);
  }

  /** Groups entries by game, then by concept (or by level where the game names no concept). */
  private groups(entries: readonly LibraryEntry[]): Map<string, Map<string, LibraryEntry[]>> {
    const out = new Map<string, Map<string, LibraryEntry[]>>();
    for (const e of entries) {
      const game = gameById(e.gameId);
      const g = game ? localize(game.title) : e.gameId;
      const c = localize(e.concept ?? e.levelTitle);
      const byConcept = out.get(g) ?? new Map<string, LibraryEntry[]>();
      byConcept.set(c, [...(byConcept.get(c) ?? []), e]);
      out.set(g, byConcept);
    }
    return out;
  }

  private fillList(list: HTMLElement, status: HTMLElement): void {
    const entries = svc().learning.library(this.query, getLang());
    list.replaceChildren();
    for (const [game, byConcept] of this.groups(entries)) {
      const section = document.createElement('section');
      const h = document.createElement('h3');
      h.textContent = game;
      section.append(h);
      for (const [concept, items] of byConcept) {
        const h4 = document.createElement('h4');
        h4.textContent = concept;
        const ul = document.createElement('ul');
        for (const e of items) {
          const li = document.createElement('li');
          const title = document.createElement('strong');
          title.textContent = localize(e.title);
          const why = document.createElement('div');
          why.textContent = localize(e.explanation);
          li.append(title, why);
          ul.append(li);
        }
        section.append(h4, ul);
      }
      list.append(section);
    }
    const total = svc().learning.library('', getLang()).length;
    status.textContent = total === 0 ? T('library.empty') : T('library.count', { shown: entries.length, total });
  }

  protected build(): void {
    const L = this.layout;
    addHeader(this, this.dom!, L, T('library.screen'), { label: T('nav.back'), onActivate: () => goTo(this, SCENES.title) });
    addTextPanel(this, this.dom!, { id: 'library', rect: L.body, title: T('library.title'), bodySize: L.font.body, titleSize: L.font.large }, (el) => {
      const label = document.createElement('label');
      label.textContent = T('library.search');
      const input = document.createElement('input');
      input.type = 'search';
      input.value = this.query;
      input.className = 'library-search';
      input.style.fontSize = `${L.font.body}px`;
      input.style.minHeight = '44px';
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
        }, 250);
      });
    });
  }
}
