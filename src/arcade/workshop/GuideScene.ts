// A game's facilitator guide in the app (the same text as docs/guide-<game>.md): aims, time per level, running it
// with a group and with teams, debrief questions and a 30-minute run sheet. A scrolling text panel, text only.
import { ArcadeScene } from '../../ui/ArcadeScene';
import { SCENES } from '../keys';
import { T } from '../strings';
import { addButton, addHeader, addTextPanel } from '../../ui/widgets';
import { goTo } from '../flow';
import { gameById } from '../services';
import { localize } from '../../core/i18n';
import { WORKSHOP_SCENES } from './keys';
import { W } from './strings';
import { loadGuide, type Block } from './guides';
import { printOnly } from '../../ui/download';

export interface GuideData {
  gameId: string;
  /** Where Back goes: the level select (default) or the setup screen. */
  from?: typeof SCENES.levels | typeof WORKSHOP_SCENES.setup;
}

export class GuideScene extends ArcadeScene {
  private gameId = '';
  private from: GuideData['from'] = SCENES.levels;
  private blocks: Block[] | null = null;
  /** The guide's language (English when the player's has no translation yet), so screen readers say it right. */
  private lang = 'en';
  private missing = false;

  constructor() {
    super(WORKSHOP_SCENES.guide);
  }

  init(data: GuideData): void {
    this.gameId = data?.gameId ?? '';
    this.from = data?.from ?? SCENES.levels;
    this.blocks = null;
    this.missing = false;
  }

  protected screenName(): string {
    const g = gameById(this.gameId);
    return W('guide.screen', { game: g ? localize(g.title) : '' });
  }

  protected override initialFocus(): string {
    return 'done';
  }

  protected override onEscape(): void {
    this.back();
  }

  private back(): void {
    if (this.from === WORKSHOP_SCENES.setup) goTo(this, WORKSHOP_SCENES.setup);
    else goTo(this, SCENES.levels, { gameId: this.gameId });
  }

  override create(): void {
    super.create();
    void loadGuide(this.gameId)
      .then((g) => {
        this.blocks = g?.blocks ?? null;
        this.lang = g?.lang ?? 'en';
        this.missing = g === null;
      })
      .catch(() => {
        this.missing = true;
      })
      .finally(() => this.dom && this.rebuild());
  }

  protected build(): void {
    const L = this.layout;
    addHeader(this, this.dom!, L, this.screenName(), { label: T('nav.back'), onActivate: () => this.back() });
    const w = Math.min(1000, L.body.w);
    const rect = { x: L.w / 2 - w / 2, y: L.body.y, w, h: L.body.h - L.buttonH - L.gap };
    addTextPanel(this, this.dom!, { id: 'guide', rect, title: this.screenName(), bodySize: L.font.body, titleSize: L.font.large }, (el) => {
      if (!this.blocks) {
        const p = document.createElement('p');
        p.textContent = W(this.missing ? 'guide.missing' : 'guide.loading');
        el.append(p);
        return;
      }
      el.lang = this.lang;
      // Contents first: each section's heading, a link that brings it to the top of the panel.
      const headings = this.blocks.filter((b) => b.kind === 'heading');
      if (headings.length > 1) {
        const nav = document.createElement('nav');
        nav.setAttribute('aria-label', W('guide.contents'));
        nav.className = 'guide-contents';
        const h = document.createElement('h3');
        h.textContent = W('guide.contents');
        const ol = document.createElement('ol');
        headings.forEach((b, i) => {
          const li = document.createElement('li');
          const a = document.createElement('a');
          a.href = `#guide-s${i}`;
          a.textContent = b.kind === 'heading' ? b.text : '';
          a.addEventListener('click', (e) => {
            e.preventDefault();
            const to = el.querySelector<HTMLElement>(`#guide-s${i}`);
            to?.scrollIntoView({ block: 'start' });
            to?.focus({ preventScroll: true });
          });
          li.append(a);
          ol.append(li);
        });
        nav.append(h, ol);
        el.append(nav);
      }
      let section = 0;
      for (const b of this.blocks) {
        // The file's own title repeats the panel's.
        if (b.kind === 'title') continue;
        if (b.kind === 'list') {
          const list = document.createElement(b.ordered ? 'ol' : 'ul');
          for (const item of b.items) {
            const li = document.createElement('li');
            li.textContent = item;
            list.append(li);
          }
          el.append(list);
          continue;
        }
        const e = document.createElement(b.kind === 'heading' ? 'h3' : 'p');
        e.textContent = b.text;
        if (b.kind === 'heading') {
          e.id = `guide-s${section++}`;
          e.tabIndex = -1;
        }
        el.append(e);
      }
    });
    const bw = Math.min(420, (Math.min(1000, L.body.w) - L.gap) / 2);
    const label = this.from === SCENES.levels ? W('guide.done') : T('nav.back');
    const by = L.h - L.pad - L.buttonH;
    addButton(this, this.dom!, L, {
      id: 'done',
      label,
      rect: { x: L.w / 2 - bw - L.gap / 2, y: by, w: bw, h: L.buttonH },
      onActivate: () => this.back(),
    });
    // On paper: the guide alone, every section open (the print stylesheet, ui/arcade.css).
    addButton(this, this.dom!, L, {
      id: 'print',
      label: W('guide.print'),
      style: 'quiet',
      disabled: !this.blocks,
      rect: { x: L.w / 2 + L.gap / 2, y: by, w: bw, h: L.buttonH },
      onActivate: () => printOnly('print-guide'),
    });
  }
}
