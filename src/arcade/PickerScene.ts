// The game picker, built from the registry and the save: a new game appears here without touching this file. The
// words are in ./picker.present, the rectangles in ./picker.layout; this screen gathers the state and draws.
import { ArcadeScene } from '../ui/ArcadeScene';
import { SCENES } from './keys';
import { offerUpdate } from './offline';
import { addButton, addHeader, addText } from '../ui/widgets';
import { svc } from './services';
import { goTo } from './flow';
import { COLORS } from '../ui/theme';
import { COVER_ART, coverKey, loadArt } from '../ui/art';
import { isKiosk } from './kiosk/kiosk';
import { boothGames, playBooth } from './kiosk/booth';
import { initialFocus, pickerHeading, presentPicker } from './picker.present';
import { cardCover, cardProgress, cardText, pickerCards } from './picker.layout';

export class PickerScene extends ArcadeScene {
  constructor() {
    super(SCENES.picker);
  }

  protected screenName(): string {
    return pickerHeading();
  }

  protected override initialFocus(): string | null {
    return initialFocus(isKiosk() ? boothGames() : svc().games);
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
    const booth = isKiosk();
    // At a booth only the games on offer are shown.
    const v = presentPicker(booth ? boothGames() : svc().games, (id) => svc().store.starsFor(id), booth);
    const settings =
      v.settings === null
        ? undefined
        : {
            id: 'settings',
            label: v.settings,
            style: 'quiet' as const,
            rect: L.header,
            onActivate: () => goTo(this, SCENES.settings, { from: SCENES.picker }),
          };
    addHeader(this, this.dom!, L, v.heading, { label: v.back, onActivate: () => goTo(this, SCENES.title) }, settings);
    const rects = pickerCards(L, v.cards.length);
    v.cards.forEach((card, i) => {
      const rect = rects[i]!;
      addButton(this, this.dom!, L, {
        id: card.id,
        label: card.title,
        description: card.description,
        visibleLabel: '',
        style: 'card',
        group: 'games',
        rect,
        onActivate: () => (isKiosk() ? void playBooth(this, card.gameId) : goTo(this, SCENES.levels, { gameId: card.gameId })),
      });
      const at = cardText(L, rect);
      const t = addText(this, at.x, at.titleY, card.title, { size: L.font.large, bold: true, color: COLORS.ink, width: at.w });
      const d = addText(this, at.x, t.y + t.height + at.descGap, card.text, { size: L.font.body, color: COLORS.inkSoft, width: at.w });
      // The game's cover, between the description and the progress line, where there is room.
      const key = coverKey(card.gameId);
      const cover = this.textures.exists(key) ? cardCover(L, rect, d.y + d.height) : null;
      if (cover) this.add.image(cover.x + cover.w / 2, cover.y + cover.h / 2, key).setDisplaySize(cover.w, cover.h);
      const progress = cardProgress(L, rect, d.y + d.height);
      if (progress) addText(this, progress.x, progress.y, card.progress, { size: L.font.small, bold: true, color: COLORS.inkSoft, width: progress.w });
    });
  }
}
