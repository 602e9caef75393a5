// The take-home card: a QR code made in the browser (no network) holding a short link to the visitor's result (the
// arcade's public address, the result in the fragment), with modules of at least 4 mm; beside it the same result as
// readable text with the full recap, so the card reads on screen and to screen readers.
import { ArcadeScene } from '../../ui/ArcadeScene';
import { SCENES } from '../keys';
import { goTo, type ResultsData } from '../flow';
import { gameById } from '../services';
import { appendRecap } from '../recap';
import { addButton, addHeader, addText, addTextPanel } from '../../ui/widgets';
import { COLORS } from '../../ui/theme';
import { place } from '../../ui/a11y';
import { localize } from '../../core/i18n';
import { kiosk } from './kiosk';
import { KIOSK_SCENES } from './keys';
import { MIN_MODULE_PX, QR_QUIET, cardCode, cardUrl, drawCardQr, publicUrl } from './qr';
import { K } from './strings';
import { T } from '../strings';

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
    return K('card.screen');
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
    const gameName = game ? localize(game.title) : '';
    addHeader(this, this.dom!, L, K('card.screen'), { label: T('nav.back'), onActivate: () => this.onEscape() });
    const bh = L.buttonH;
    const navY = L.h - L.pad - bh;
    const side = !L.portrait;
    const area = { x: L.body.x, y: L.body.y, w: L.body.w, h: navY - L.gap - L.body.y };
    const caption = L.font.body * 2.4;
    const qr = cardCode(cardUrl(r));
    // The code is sized from its module count: whole pixels a module, at least 4 mm where the screen has room.
    const modules = (qr?.size ?? 0) + 2 * QR_QUIET;
    // Beside the text it takes up to 45% of the width, more (up to 60%) if that is what 4 mm modules need; above the
    // text, half the height, up to 80% with its caption where 4 mm need it (a totem's reach leaves a squarish area).
    const want = modules * MIN_MODULE_PX;
    const room = side
      ? Math.min(area.h, Math.max(area.w * 0.45, Math.min(area.w * 0.6, want)))
      : Math.min(area.w, Math.max(area.h * 0.5, Math.min(area.h * 0.8, want + caption)) - caption);
    const px = Math.max(1, Math.floor(room / Math.max(1, modules)));
    const qrSide = qr ? modules * px : 0;
    // The caption goes under the code when there is room, else at the top of the text beside it.
    const captionBelow = !side || area.h - qrSide >= caption;
    const qx = side ? area.x : area.x + (area.w - qrSide) / 2;
    if (qr) {
      // White card behind the code, so it scans on the dark page.
      const g = this.add.graphics();
      g.fillStyle(0xffffff, 1).fillRoundedRect(qx - 6, area.y - 6, qrSide + 12, qrSide + 12, 10);
      const canvas = document.createElement('canvas');
      canvas.className = 'kiosk-qr';
      canvas.setAttribute('role', 'img');
      canvas.setAttribute('aria-label', K('card.qrLabel'));
      canvas.dataset.id = 'qr';
      drawCardQr(canvas, qr, px);
      place(canvas, { x: qx, y: area.y, w: qrSide, h: qrSide });
      this.dom!.el.append(canvas);
      if (captionBelow)
        addText(this, qx + qrSide / 2, area.y + qrSide + L.gap, K('card.scan'), {
          size: L.font.body,
          color: COLORS.onBgSoft,
          originX: 0.5,
          align: 'center',
          width: Math.max(qrSide, 200),
        });
    }
    const below = captionBelow ? caption : 0;
    const gapX = qr ? L.pad * 1.5 : 0;
    const panel = side
      ? { x: qx + qrSide + gapX, y: area.y, w: area.w - qrSide - gapX, h: area.h }
      : { x: area.x, y: area.y + qrSide + below, w: area.w, h: area.h - qrSide - below };
    addTextPanel(this, this.dom!, { id: 'card', rect: panel, title: K('card.screen'), bodySize: L.font.body, titleSize: L.font.large }, (el) => {
      const p = (text: string, cls?: string): HTMLParagraphElement => {
        const e = document.createElement('p');
        e.textContent = text;
        if (cls) e.className = cls;
        el.append(e);
        return e;
      };
      if (qr && !captionBelow) p(K('card.scan'), 'strong');
      const name = kiosk().visitor.nickname;
      if (name) p(K('card.for', { name }), 'strong');
      p(K('card.result', { game: gameName, level: localize(r.level.title) }), 'strong');
      p(K('card.score', { score: r.summary.score, max: r.summary.maxScore, stars: r.summary.stars }));
      appendRecap(el);
      const h = document.createElement('h3');
      h.textContent = K('card.moreTitle');
      el.append(h);
      // The address as text: a booth offers no link out.
      p(K('card.more', { url: publicUrl() }), 'url');
    });
    const nav = [
      { id: 'another', label: K('board.another'), style: 'quiet' as const, go: () => goTo(this, SCENES.picker) },
      { id: 'done', label: K('results.done'), style: 'primary' as const, go: () => goTo(this, SCENES.title) },
    ];
    const bw = (L.body.w - L.gap) / 2;
    nav.forEach((b, i) =>
      addButton(this, this.dom!, L, {
        id: b.id,
        label: b.label,
        style: b.style,
        rect: { x: L.body.x + i * (bw + L.gap), y: navY, w: bw, h: bh },
        onActivate: b.go,
      }),
    );
  }
}
