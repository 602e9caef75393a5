// A game's facilitator guide in the app (the same text as docs/guide-<game>.md): aims, time per level, running it
// with a group and with teams, debrief questions and a 30-minute run sheet. A scrolling text panel, text only. The
// words are in ./guide.present, the rectangles in ./guide.layout; this screen loads the guide and draws.
import { ArcadeScene } from '../../ui/ArcadeScene';
import { SCENES } from '../keys';
import { addButton, addHeader, addTextPanel } from '../../ui/widgets';
import { goTo } from '../flow';
import { gameById } from '../services';
import { localize } from '../../core/i18n';
import { WORKSHOP_SCENES } from './keys';
import { loadGuide, type Block } from './guides';
import { printOnly } from '../../ui/download';
import { a11y } from '../../ui/a11y';
import { openDialog } from './room/dialogs';
import { inLang } from '../flow';
import type { BaseLevel } from '../../games/sdk/types';
import { guideHeading, initialFocus, noKit, presentGuide, type GuideBody, type GuideView } from './guide.present';
import { guideLayout } from './guide.layout';

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

  private gameName(): string {
    const g = gameById(this.gameId);
    return g ? localize(g.title) : '';
  }

  protected screenName(): string {
    return guideHeading(this.gameName());
  }

  protected override initialFocus(): string {
    return initialFocus();
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

  /** What the screen shows, from the guide as loaded and where it was opened from. */
  private view(): GuideView {
    return presentGuide({
      game: this.gameName(),
      blocks: this.blocks,
      lang: this.lang,
      missing: this.missing,
      from: this.from === SCENES.levels ? 'levels' : 'setup',
      // From the setup screen, for a game whose cards share one board: the chosen level's paper kit.
      kit: Boolean(this.level && gameById(this.gameId)?.loadRoom),
    });
  }

  protected build(): void {
    const L = this.layout;
    const v = this.view();
    const lay = guideLayout(L, v.buttons.length);
    addHeader(this, this.dom!, L, v.heading, { label: v.back, onActivate: () => this.back() });
    addTextPanel(this, this.dom!, { id: 'guide', rect: lay.panel, title: v.heading, bodySize: L.font.body, titleSize: L.font.large }, (el) =>
      fillGuide(el, v.body),
    );
    const act: Record<GuideView['buttons'][number]['id'], () => void> = {
      done: () => this.back(),
      // On paper: the guide alone, every section open (the print stylesheet, ui/arcade.css).
      print: () => printOnly('print-guide'),
      'paper-kit': () => void this.paperKit(),
    };
    v.buttons.forEach((b, i) =>
      addButton(this, this.dom!, L, {
        id: b.id,
        label: b.label,
        visibleLabel: b.visibleLabel,
        style: b.style,
        disabled: b.disabled,
        rect: lay.buttons[i]!,
        fontSize: b.style === 'quiet' ? lay.buttonFont : undefined,
        onActivate: act[b.id],
      }),
    );
  }

  /** The chosen level's paper kit, from the game's room deck (a game whose cards do not share a board has none). */
  private async paperKit(): Promise<void> {
    const g = gameById(this.gameId);
    if (!g?.loadRoom || !this.level) return;
    const room = await inLang(await g.loadRoom());
    const { paperKit, showPaperKit } = await import('./paperKit');
    const refocus = (): void => this.dom?.focus('paper-kit');
    if (!room.stories) return void a11y().announce(noKit());
    showPaperKit(localize(this.level.title), paperKit(room.deck(this.level, { second: false })), refocus);
  }
}

/** The guide's panel: one line, or the contents (links that bring each section to the top) and the sections. */
function fillGuide(el: HTMLElement, body: GuideBody): void {
  if (body.kind === 'message') {
    const p = document.createElement('p');
    p.textContent = body.text;
    el.append(p);
    return;
  }
  el.lang = body.lang;
  if (body.contents) {
    const nav = document.createElement('nav');
    nav.setAttribute('aria-label', body.contents.label);
    nav.className = 'guide-contents';
    const h = document.createElement('h3');
    h.textContent = body.contents.label;
    const ol = document.createElement('ol');
    for (const item of body.contents.items) {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = `#${item.target}`;
      a.textContent = item.text;
      a.addEventListener('click', (e) => {
        e.preventDefault();
        const to = el.querySelector<HTMLElement>(`#${item.target}`);
        to?.scrollIntoView({ block: 'start' });
        to?.focus({ preventScroll: true });
      });
      li.append(a);
      ol.append(li);
    }
    nav.append(h, ol);
    el.append(nav);
  }
  for (const b of body.blocks) {
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
      e.id = b.id;
      e.tabIndex = -1;
    }
    el.append(e);
  }
}
