// A game's primer: what its model is, in plain words, with its sources; readable in two minutes.
import { ArcadeScene } from '../../ui/ArcadeScene';
import { SCENES } from '../keys';
import { T } from '../strings';
import { addButton, addHeader, addTextPanel } from '../../ui/widgets';
import { goTo, inLang } from '../flow';
import { gameById } from '../services';
import type { Primer } from '../../games/sdk/types';
import { readingLayout } from '../reading.layout';
import { appendBlocks } from '../../ui/textList';

export interface PrimerData {
  gameId: string;
}

export class PrimerScene extends ArcadeScene {
  private gameId = '';
  /** The game's primer once loaded (it comes with the game's words). */
  private primer: Primer | null = null;

  constructor() {
    super(SCENES.primer);
  }

  init(data: PrimerData): void {
    this.gameId = data.gameId;
    this.primer = null;
  }

  override create(): void {
    super.create();
    const load = gameById(this.gameId)?.loadPrimer;
    if (!load) return;
    void load()
      .then(inLang)
      .then((p) => {
        if (!this.scene.isActive()) return;
        this.primer = p;
        this.rebuild(true);
      });
  }

  protected screenName(): string {
    return this.primer?.title ?? T('primer.button');
  }

  protected override initialFocus(): string {
    return 'done';
  }

  protected override onEscape(): void {
    this.back();
  }

  private back(): void {
    goTo(this, SCENES.levels, { gameId: this.gameId });
  }

  protected build(): void {
    const L = this.layout;
    const primer = this.primer;
    addHeader(this, this.dom!, L, this.screenName(), { label: T('nav.back'), onActivate: () => this.back() });
    const lay = readingLayout(L);
    addTextPanel(this, this.dom!, { id: 'primer', rect: lay.panel, title: this.screenName(), bodySize: L.font.body, titleSize: L.font.large }, (el) =>
      appendBlocks(
        el,
        (primer?.paragraphs ?? []).map((p) => ({ p })),
      ),
    );
    addButton(this, this.dom!, L, { id: 'done', label: T('primer.done'), rect: lay.button, onActivate: () => this.back() });
  }
}
