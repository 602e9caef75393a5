// The take-home card: a QR code made in the browser (no network) holding a short link to the visitor's result (the
// arcade's public address, the result in the fragment), with modules of at least 4 mm; beside it the same result as
// readable text with the full recap, so the card reads on screen and to screen readers. The words are in
// ./card.present, the code's size and the rectangles in ./card.layout.
import { ArcadeScene } from '../../ui/ArcadeScene';
import { SCENES } from '../keys';
import { goTo, type ResultsData } from '../flow';
import { gameById } from '../services';
import { appendRecap } from '../recap';
import { addButton, addHeader, addText, addTextPanel } from '../../ui/widgets';
import { COLORS } from '../../ui/theme';
import { place } from '../../ui/a11y';
import { localize } from '../../core/i18n';
import { boothOf } from './kiosk';
import { svc } from '../services';
import { KIOSK_SCENES } from './keys';
import { cardCode, cardUrl, drawCardQr, publicUrl } from './qr';
import { cardTitle, presentCard } from './card.present';
import { BACKING_RADIUS, cardLayout } from './card.layout';

export interface CardData {
  result: ResultsData;
}

export class CardScene extends ArcadeScene {
  private result: ResultsData | null = null;

  constructor() {
    super(KIOSK_SCENES.card);
  }

  init(data: CardData): void {
    this.result = data?.result ?? null;
  }

  protected screenName(): string {
    return cardTitle();
  }

  protected override initialFocus(): string {
    return 'done';
  }

  protected override onEscape(): void {
    if (this.result) goTo(this, SCENES.results, this.result);
    else goTo(this, SCENES.title);
  }

  protected build(): void {
    const r = this.result;
    if (!r) return;
    const L = this.layout;
    const game = gameById(r.gameId);
    const qr = cardCode(cardUrl(r));
    const R = cardLayout(L, { modules: qr ? qr.size : null, nav: 2 });
    const v = presentCard({
      game: game ? localize(game.title) : '',
      level: localize(r.level.title),
      score: r.summary.score,
      maxScore: r.summary.maxScore,
      stars: r.summary.stars,
      nickname: boothOf(svc()).visitor.nickname,
      url: publicUrl(),
      captionInText: R.captionInText,
    });
    // The header spans the text's column where the code takes the screen's whole height beside it.
    addHeader(this, this.dom!, { ...L, header: R.header }, v.title, { label: v.back, onActivate: () => this.onEscape() });
    if (qr && R.qr && R.backing) {
      // White card behind the code, so it scans on the dark page.
      const b = R.backing;
      this.add.graphics().fillStyle(0xffffff, 1).fillRoundedRect(b.x, b.y, b.w, b.h, BACKING_RADIUS);
      const canvas = document.createElement('canvas');
      canvas.className = 'kiosk-qr';
      canvas.setAttribute('role', 'img');
      canvas.setAttribute('aria-label', v.qrLabel);
      canvas.dataset.id = 'qr';
      drawCardQr(canvas, qr, R.px);
      place(canvas, R.qr);
      this.dom!.el.append(canvas);
      if (R.caption)
        addText(this, R.caption.x, R.caption.y, v.caption, { size: L.font.body, color: COLORS.onBgSoft, originX: 0.5, align: 'center', width: R.caption.w });
    }
    addTextPanel(this, this.dom!, { id: 'card', rect: R.panel, title: v.title, bodySize: L.font.body, titleSize: L.font.large }, (el) => {
      const p = (line: { text: string; cls?: string }): void => {
        const e = document.createElement('p');
        e.textContent = line.text;
        if (line.cls) e.className = line.cls;
        el.append(e);
      };
      v.lines.forEach(p);
      appendRecap(el);
      const h = document.createElement('h3');
      h.textContent = v.moreTitle;
      el.append(h);
      // The address as text: a booth offers no link out.
      p(v.more);
    });
    v.nav.forEach((b, i) =>
      addButton(this, this.dom!, L, {
        id: b.id,
        label: b.label,
        style: b.style,
        rect: R.nav[i]!,
        onActivate: () => goTo(this, b.to === 'picker' ? SCENES.picker : SCENES.title),
      }),
    );
  }
}
