// A game's primer: what its model is, in plain words, with its sources; readable in two minutes.
import { ArcadeScene } from '../../ui/ArcadeScene';
import { SCENES } from '../keys';
import { T } from '../strings';
import { addButton, addHeader, addTextPanel } from '../../ui/widgets';
import { goTo } from '../flow';
import { primerOf } from './strings';

export interface PrimerData {
  gameId: string;
}

export class PrimerScene extends ArcadeScene {
  private gameId = '';

  constructor() {
    super(SCENES.primer);
  }

  init(data: PrimerData): void {
    this.gameId = data.gameId;
  }

  protected screenName(): string {
    return primerOf(this.gameId)?.title ?? T('primer.button');
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
    const primer = primerOf(this.gameId);
    addHeader(this, this.dom!, L, this.screenName(), { label: T('nav.back'), onActivate: () => this.back() });
    const w = Math.min(900, L.body.w);
    const rect = { x: L.w / 2 - w / 2, y: L.body.y, w, h: L.body.h - L.buttonH - L.gap };
    addTextPanel(this, this.dom!, { id: 'primer', rect, title: this.screenName(), bodySize: L.font.body, titleSize: L.font.large }, (el) => {
      for (const para of primer?.paragraphs ?? []) {
        const p = document.createElement('p');
        p.textContent = para;
        el.append(p);
      }
    });
    const bw = Math.min(360, L.body.w);
    addButton(this, this.dom!, L, { id: 'done', label: T('primer.done'), rect: { x: L.w / 2 - bw / 2, y: L.h - L.pad - L.buttonH, w: bw, h: L.buttonH }, onActivate: () => this.back() });
  }
}
