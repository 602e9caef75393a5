// The game picker, built from the registry and the save: a new game appears here without touching this file. The
// words are in ./picker.present, the rectangles in ./picker.layout; this screen gathers the state and draws.
import type Phaser from 'phaser';
import { ArcadeScene } from '../ui/ArcadeScene';
import { SCENES } from './keys';
import { offerUpdate } from './offline';
import { addButton, addHeader, addScrollArea, addText } from '../ui/widgets';
import { svc } from './services';
import { goTo } from './flow';
import { COLORS } from '../ui/theme';
import { COVER_ART, coverKey, loadArt } from '../ui/art';
import { boothGames, playBooth } from './kiosk/booth';
import { initialFocus, pickerHeading, presentPicker } from './picker.present';
import { cardCover, cardProgress, cardText, pickerGrid, pickerLayout } from './picker.layout';

export class PickerScene extends ArcadeScene {
  constructor() {
    super(SCENES.picker);
  }

  protected screenName(): string {
    return pickerHeading();
  }

  protected override initialFocus(): string | null {
    return initialFocus(svc().booth ? boothGames(svc().booth!) : svc().games);
  }

  protected override onEscape(): void {
    goTo(this, SCENES.title);
  }

  override create(): void {
    super.create();
    // A shell screen is a safe moment to offer a new version (never during a round).
    // At a booth the attract loop installs a new version when nobody plays.
    if (!svc().booth) this.onShutdown(offerUpdate());
    // The covers load with the picker, not before the title; the cards are drawn again once they arrive.
    void loadArt(this, COVER_ART).then((loaded) => {
      if (loaded && this.dom) this.rebuild();
    });
  }

  protected build(): void {
    const L = this.layout;
    const kiosk = svc().booth;
    const booth = kiosk !== null;
    // At a booth only the games on offer are shown.
    const v = presentPicker(kiosk ? boothGames(kiosk) : svc().games, (id) => svc().store.starsFor(id), booth);
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
    // The words are drawn first, at the cards' width: the cards are made tall enough for the tallest.
    const textW = cardText(L, { x: 0, y: 0, w: pickerGrid(L, v.cards.length).w }).w;
    const words = v.cards.map((card) => ({
      title: addText(this, 0, 0, card.title, { size: L.font.large, bold: true, color: COLORS.ink, width: textW }),
      text: addText(this, 0, 0, card.text, { size: L.font.body, color: COLORS.inkSoft, width: textW }),
      progress: addText(this, 0, 0, card.progress, { size: L.font.small, bold: true, color: COLORS.inkSoft, width: textW }),
    }));
    const descGap = cardText(L, { x: 0, y: 0, w: 0 }).descGap;
    const lay = pickerLayout(L, v.cards.length, {
      words: Math.max(0, ...words.map((w) => w.title.height + descGap + w.text.height)),
      progress: Math.max(0, ...words.map((w) => w.progress.height)),
    });
    // More games than the screen holds: the cards scroll natively, the canvas following (rects in content coordinates).
    const scroll = lay.scroll ? addScrollArea(this, this.dom!, 'games', lay.scroll.rect, lay.scroll.contentH) : undefined;
    // Over the card's face: in the scroll area, or on top of the scene's display list.
    const onCard = (o: Phaser.GameObjects.GameObject): void => {
      if (scroll) scroll.container.add(o);
      else this.children.bringToTop(o);
    };
    v.cards.forEach((card, i) => {
      const rect = lay.cards[i]!;
      const { title: t, text: d, progress: p } = words[i]!;
      addButton(this, this.dom!, L, {
        id: card.id,
        label: card.title,
        description: card.description,
        visibleLabel: '',
        style: 'card',
        group: 'games',
        rect,
        scroll,
        onActivate: () => (kiosk ? void playBooth(this, kiosk, card.gameId) : goTo(this, SCENES.levels, { gameId: card.gameId })),
      });
      const at = cardText(L, rect);
      t.setPosition(at.x, at.titleY);
      d.setPosition(at.x, t.y + t.height + at.descGap);
      onCard(t);
      onCard(d);
      // The game's cover, between the description and the progress line, where there is room.
      const key = coverKey(card.gameId);
      const cover = this.textures.exists(key) ? cardCover(L, rect, d.y + d.height, p.height) : null;
      if (cover) onCard(this.add.image(cover.x + cover.w / 2, cover.y + cover.h / 2, key).setDisplaySize(cover.w, cover.h));
      const progress = cardProgress(L, rect, d.y + d.height, p.height);
      if (!progress) return void p.destroy();
      p.setPosition(progress.x, progress.y);
      onCard(p);
    });
  }
}
