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
        el.append(e);
      }
    });
    const bw = Math.min(420, L.body.w);
    const label = this.from === SCENES.levels ? W('guide.done') : T('nav.back');
    addButton(this, this.dom!, L, {
      id: 'done',
      label,
      rect: { x: L.w / 2 - bw / 2, y: L.h - L.pad - L.buttonH, w: bw, h: L.buttonH },
      onActivate: () => this.back(),
    });
  }
}
