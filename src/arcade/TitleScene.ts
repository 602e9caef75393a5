// Title screen: the arcade's name, its art, Play and Settings, and any storage notice.
import { ArcadeScene } from '../ui/ArcadeScene';
import { SCENES } from './keys';
import { T } from './strings';
import { addButton, addText } from '../ui/widgets';
import { COLORS } from '../ui/theme';
import { ART_KEYS } from '../ui/art';
import { goTo } from './flow';
import { showStorageNotice } from './notice';

export class TitleScene extends ArcadeScene {
  constructor() {
    super(SCENES.title);
  }

  protected screenName(): string {
    return T('screen.title');
  }

  protected override initialFocus(): string {
    return 'play';
  }

  override create(): void {
    super.create();
    showStorageNotice(this);
    // The first interactive frame, for the benchmark.
    if (performance.getEntriesByName('arcade-interactive').length === 0) requestAnimationFrame(() => performance.mark('arcade-interactive'));
  }

  protected build(): void {
    const L = this.layout;
    const cx = L.w / 2;
    const artW = Math.min(L.w - 2 * L.pad, 640, (L.h * 0.32 * 640) / 210);
    const artH = (artW * 210) / 640;
    const top = Math.max(L.pad, L.h * 0.08);
    addText(this, cx, top, T('app.title'), { size: L.font.hero, bold: true, originX: 0.5, align: 'center', width: L.w - 2 * L.pad });
    const tag = addText(this, cx, top + L.font.hero * 1.5, T('app.tagline'), {
      size: L.font.large,
      color: COLORS.onBgSoft,
      originX: 0.5,
      align: 'center',
      width: L.w - 2 * L.pad,
    });
    const artY = tag.y + tag.height + L.gap * 2;
    this.add.image(cx, artY, ART_KEYS.skyline).setOrigin(0.5, 0).setDisplaySize(artW, artH);
    const bw = Math.min(360, L.w - 2 * L.pad);
    let y = artY + artH + L.gap * 3;
    addButton(this, this.dom!, L, { id: 'play', label: T('title.play'), rect: { x: cx - bw / 2, y, w: bw, h: L.buttonH * 1.2 }, fontSize: L.font.large, onActivate: () => goTo(this, SCENES.picker) });
    y += L.buttonH * 1.2 + L.gap * 1.5;
    addButton(this, this.dom!, L, { id: 'settings', label: T('title.settings'), style: 'quiet', rect: { x: cx - bw / 2, y, w: bw, h: L.buttonH }, onActivate: () => goTo(this, SCENES.settings, { from: SCENES.title }) });
    y += L.buttonH + L.gap * 2;
    if (y < L.h - L.font.small * 3) {
      addText(this, cx, y, T('title.about'), { size: L.font.small, color: COLORS.onBgSoft, originX: 0.5, align: 'center', width: Math.min(L.w - 2 * L.pad, 640) });
    }
  }
}
