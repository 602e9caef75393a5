// The take-home card: a QR code made in the browser (no network) carrying the visitor's result, a short form of the
// closing recap and the arcade's public address; beside it the same as readable text with the full recap, so the
// card reads on screen and to screen readers.
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
import { drawQr, publicUrl, qrText } from './qr';
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
    const qrSide = Math.floor(side ? Math.min(area.h - caption, area.w * 0.4) : Math.min(area.w * 0.75, area.h * 0.45 - caption));
    const qx = side ? area.x : area.x + (area.w - qrSide) / 2;
    // White card behind the code, so it scans on the dark page.
    const g = this.add.graphics();
    g.fillStyle(0xffffff, 1).fillRoundedRect(qx - 6, area.y - 6, qrSide + 12, qrSide + 12, 10);
    const canvas = document.createElement('canvas');
    canvas.className = 'kiosk-qr';
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', K('card.qrLabel'));
    canvas.dataset.id = 'qr';
    drawQr(canvas, qrText(r));
    place(canvas, { x: qx, y: area.y, w: qrSide, h: qrSide });
    this.dom!.el.append(canvas);
    addText(this, qx + qrSide / 2, area.y + qrSide + L.gap, K('card.scan'), { size: L.font.body, color: COLORS.onBgSoft, originX: 0.5, align: 'center', width: Math.max(qrSide, 200) });
    const panel = side
      ? { x: qx + qrSide + L.pad * 1.5, y: area.y, w: area.w - qrSide - L.pad * 1.5, h: area.h }
      : { x: area.x, y: area.y + qrSide + caption, w: area.w, h: area.h - qrSide - caption };
    addTextPanel(this, this.dom!, { id: 'card', rect: panel, title: K('card.screen'), bodySize: L.font.body, titleSize: L.font.large }, (el) => {
      const p = (text: string, cls?: string): HTMLParagraphElement => {
        const e = document.createElement('p');
        e.textContent = text;
        if (cls) e.className = cls;
        el.append(e);
        return e;
      };
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
    nav.forEach((b, i) => addButton(this, this.dom!, L, { id: b.id, label: b.label, style: b.style, rect: { x: L.body.x + i * (bw + L.gap), y: navY, w: bw, h: bh }, onActivate: b.go }));
  }
}
