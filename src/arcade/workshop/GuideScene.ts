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
import { a11y } from '../../ui/a11y';
import { openDialog } from './room/dialogs';
import { inLang } from '../flow';
import type { BaseLevel } from '../../games/sdk/types';

export interface GuideData {
  gameId: string;
  /** The level chosen on the setup screen: its paper kit can be printed from here. */
  level?: BaseLevel;
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
  private level: BaseLevel | null = null;

  constructor() {
    super(WORKSHOP_SCENES.guide);
  }

  init(data: GuideData): void {
    this.gameId = data?.gameId ?? '';
    this.from = data?.from ?? SCENES.levels;
    this.level = data?.level ?? null;
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
    // The paper kit's dialog closes first, as the setup screen's dialogs do.
    const open = openDialog();
    if (open) open.close();
    else this.back();
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
    // Done, Print the guide, and (from the setup screen, for a game whose cards share one board) the paper kit.
    const kit = Boolean(this.level && gameById(this.gameId)?.loadRoom);
    const n = kit ? 3 : 2;
    const bw = Math.min(420, (Math.min(1000, L.body.w) - L.gap * (n - 1)) / n);
    const x0 = L.w / 2 - (n * bw + (n - 1) * L.gap) / 2;
    const at = (i: number) => ({ x: x0 + i * (bw + L.gap), y: L.h - L.pad - L.buttonH, w: bw, h: L.buttonH });
    const label = this.from === SCENES.levels ? W('guide.done') : T('nav.back');
    addButton(this, this.dom!, L, { id: 'done', label, rect: at(0), onActivate: () => this.back() });
    // On paper: the guide alone, every section open (the print stylesheet, ui/arcade.css).
    addButton(this, this.dom!, L, {
      id: 'print',
      label: W('guide.print'),
      style: 'quiet',
      disabled: !this.blocks,
      rect: at(1),
      fontSize: L.portrait ? L.font.small : undefined,
      onActivate: () => printOnly('print-guide'),
    });
    if (kit)
      addButton(this, this.dom!, L, {
        id: 'paper-kit',
        label: W('kit.buttonLabel'),
        visibleLabel: W('kit.button'),
        style: 'quiet',
        rect: at(2),
        fontSize: L.portrait ? L.font.small : undefined,
        onActivate: () => void this.paperKit(),
      });
  }

  /** The chosen level's paper kit, from the game's room deck (a game whose cards do not share a board has none). */
  private async paperKit(): Promise<void> {
    const g = gameById(this.gameId);
    if (!g?.loadRoom || !this.level) return;
    const room = await inLang(await g.loadRoom());
    const { paperKit, showPaperKit } = await import('./paperKit');
    const refocus = (): void => this.dom?.focus('paper-kit');
    if (!room.stories) return void a11y().announce(W('kit.none'));
    showPaperKit(localize(this.level.title), paperKit(room.deck(this.level, { second: false })), refocus);
  }
}
