// The closing recap: what the three games teach and what makes a learning game work, for those who will make and
// run their own. Offered after a player's last game and on demand from the title.
import { ArcadeScene } from '../../ui/ArcadeScene';
import { SCENES } from '../keys';
import { T } from '../strings';
import { addHeader, addTextPanel } from '../../ui/widgets';
import { goBack } from '../flow';
import type { Back } from '../screens';
import { appendRecap } from '../recap';

/** Where Back returns to (the title by default). */
type RecapData = Partial<Back>;

export class RecapScene extends ArcadeScene {
  private from: RecapData = {};

  constructor() {
    super(SCENES.recap);
  }

  init(data: RecapData): void {
    this.from = data ?? {};
  }

  protected screenName(): string {
    return T('recap.title');
  }

  protected override initialFocus(): string {
    return 'back';
  }

  protected override onEscape(): void {
    this.back();
  }

  private back(): void {
    goBack(this, this.from);
  }

  protected build(): void {
    const L = this.layout;
    addHeader(this, this.dom!, L, T('recap.title'), { label: T('nav.back'), onActivate: () => this.back() });
    addTextPanel(this, this.dom!, { id: 'recap', rect: L.body, title: T('recap.title'), bodySize: L.font.body, titleSize: L.font.large }, (el) => {
      appendRecap(el);
    });
  }
}
