// The game picker, built from the registry and the save: a new game appears here without touching this file.
import { ArcadeScene } from '../ui/ArcadeScene';
import { SCENES } from './keys';
import { offerUpdate } from './offline';
import { T } from './strings';
import { addButton, addHeader, addText } from '../ui/widgets';
import { svc } from './services';
import { goTo } from './flow';
import { localize } from '../core/i18n';
import { COLORS } from '../ui/theme';
import { COVER_ART, coverKey, loadArt } from '../ui/art';
import { isKiosk } from './kiosk/kiosk';
import { boothGames, playBooth } from './kiosk/booth';
import { K } from './kiosk/strings';

export class PickerScene extends ArcadeScene {
  constructor() {
    super(SCENES.picker);
  }

  protected screenName(): string {
    return T('screen.picker');
  }

  protected override initialFocus(): string | null {
    const first = (isKiosk() ? boothGames() : svc().games)[0];
    return first ? `game-${first.id}` : 'back';
  }

  protected override onEscape(): void {
    goTo(this, SCENES.title);
  }

  override create(): void {
    super.create();
    // A shell screen is a safe moment to offer a new version (never during a round).
    // At a booth the attract loop installs a new version when nobody plays.
    if (!isKiosk()) this.onShutdown(offerUpdate());
    // The covers load with the picker, not before the title; the cards are drawn again once they arrive.
    void loadArt(this, COVER_ART).then((loaded) => {
      if (loaded && this.dom) this.rebuild();
    });
  }

  protected build(): void {
    const L = this.layout;
    // At a booth, settings (text size, sound...) are reached from here, and only the games on offer are shown.
    const settings = isKiosk()
      ? {
          id: 'settings',
          label: T('title.settings'),
          style: 'quiet' as const,
          rect: L.header,
          onActivate: () => goTo(this, SCENES.settings, { from: SCENES.picker }),
        }
      : undefined;
    addHeader(this, this.dom!, L, T('screen.picker'), { label: T('nav.back'), onActivate: () => goTo(this, SCENES.title) }, settings);
    const games = isKiosk() ? boothGames() : svc().games;
    const cols = L.portrait ? 1 : Math.min(3, games.length);
    const area = L.body;
    const cardH = L.portrait ? Math.min((area.h - L.gap * (games.length - 1)) / games.length, 260) : Math.min(area.h * 0.8, 560);
    const cw = (Math.min(area.w, 1400) - L.gap * (cols - 1)) / cols;
    const x0 = area.x + (area.w - (cw * cols + L.gap * (cols - 1))) / 2;
    games.forEach((g, i) => {
      const c = i % cols;
      const r = Math.floor(i / cols);
      const rows = Math.ceil(games.length / cols);
      const y0 = area.y + Math.max(0, (area.h - rows * cardH - (rows - 1) * L.gap) / 2);
      const rect = { x: x0 + c * (cw + L.gap), y: y0 + r * (cardH + L.gap), w: cw, h: cardH };
      const title = localize(g.title);
      const desc = localize(g.description);
      // From the entry and the save alone: no level file loads until its game is chosen.
      const total = g.levelCount * 3;
      const stars = Math.min(total, svc().store.starsFor(g.id));
      const progress = isKiosk() ? K('picker.tap') : T('picker.summary', { count: g.levelCount, stars, total });
      addButton(this, this.dom!, L, {
        id: `game-${g.id}`,
        label: title,
        description: T('picker.description', { description: desc, progress }),
        visibleLabel: '',
        style: 'card',
        group: 'games',
        rect,
        onActivate: () => (isKiosk() ? void playBooth(this, g.id) : goTo(this, SCENES.levels, { gameId: g.id })),
      });
      const inner = rect.w - 2 * L.pad;
      const t = addText(this, rect.x + L.pad, rect.y + L.pad * 0.8, title, { size: L.font.large, bold: true, color: COLORS.ink, width: inner });
      const d = addText(this, rect.x + L.pad, t.y + t.height + L.gap * 0.6, desc, { size: L.font.body, color: COLORS.inkSoft, width: inner });
      // The game's cover, between the description and the progress line, where there is room.
      const artTop = d.y + d.height + L.gap;
      const artBottom = rect.y + rect.h - L.pad - L.font.small * 2;
      const key = coverKey(g.id);
      if (this.textures.exists(key) && L.portrait) {
        // Upright cards are short: the cover sits at the right, between the description and the progress line.
        const bottom = rect.y + rect.h - L.pad - L.font.small * 1.4;
        const h = Math.min(bottom - artTop, 80);
        const w = (h * 310) / 190;
        if (h > 40) this.add.image(rect.x + rect.w - L.pad - w / 2, bottom - h / 2, key).setDisplaySize(w, h);
      } else if (this.textures.exists(key) && artBottom - artTop > 60) {
        const h = Math.min(artBottom - artTop, (inner * 190) / 310);
        const w = (h * 310) / 190;
        this.add.image(rect.x + rect.w / 2, artTop + (artBottom - artTop) / 2, key).setDisplaySize(w, h);
      }
      if (d.y + d.height + L.font.body * 2 < rect.y + rect.h) {
        addText(this, rect.x + L.pad, rect.y + rect.h - L.pad - L.font.body * 1.2, `★ ${progress}`, {
          size: L.font.small,
          bold: true,
          color: COLORS.inkSoft,
          width: inner,
        });
      }
    });
  }
}
