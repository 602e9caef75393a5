// Thin view of Cynefin sorting: draws the board and the current card from the model's state, turns drag,
// tap, click and keys into model actions, and shows feedback. No rules here (see model.ts).
import { CYNEFIN_SCENE } from './index';
import Phaser from 'phaser';
import { GameScene } from '../sdk/GameScene';
import { addButton, addText, fitText } from '../../ui/widgets';
import { COLORS } from '../../ui/theme';
import type { Rect } from '../../ui/a11y';
import { a11y } from '../../ui/a11y';
import { localize } from '../../core/i18n';
import { isInvalid } from '../../core/round';
import * as M from './model';
import type { CynefinAction, CynefinState, Domain, Level } from './model';
import { t } from './strings';

export { CYNEFIN_SCENE };

/** Quadrant colours (with pattern and name, so colour is never the only cue). */
const DOMAIN_STYLE: Record<Domain, { fill: number; mark: string }> = {
  complex: { fill: 0xcfe8d5, mark: '◇' },
  complicated: { fill: 0xcfe0f5, mark: '▢' },
  chaotic: { fill: 0xf6d3cf, mark: '✶' },
  clear: { fill: 0xfbeccb, mark: '○' },
  confused: { fill: 0xe3dcef, mark: '?' },
};

/** The usual arrangement: Complex top-left, Complicated top-right, Chaotic bottom-left, Clear bottom-right. */
const QUADRANT: Record<Exclude<Domain, 'confused'>, [number, number]> = {
  complex: [0, 0],
  complicated: [1, 0],
  chaotic: [0, 1],
  clear: [1, 1],
};

/** What the player sees right after answering: view-only, not part of the saved game state. */
type Feedback = null | { kind: 'domain'; cardId: string } | { kind: 'second'; cardId: string };

export class CynefinScene extends GameScene<Level> {
  private state: CynefinState | null = null;
  private feedback: Feedback = null;
  /** The card is "picked up" (selected) and waits for a domain. */
  private holding = false;
  private domainRects = new Map<Domain, Rect>();
  private timer: Phaser.Time.TimerEvent | null = null;
  private hud: Phaser.GameObjects.Text | null = null;
  private secondsLeft = 0;

  constructor() {
    super(CYNEFIN_SCENE);
  }

  override create(): void {
    const saved = this.savedState();
    const resumed = saved === undefined ? null : M.resume(this.level, saved);
    if (saved !== undefined && (resumed === null || isInvalid(resumed))) this.setSavedStateAside();
    this.state = resumed && !isInvalid(resumed) ? resumed : M.start(this.level, (Math.random() * 2 ** 32) >>> 0);
    // A round saved between placing a card and answering its second question resumes at that question.
    const pending = this.state.phase === 'second' ? M.currentCard(this.level, this.state) : undefined;
    this.feedback = pending ? { kind: 'domain', cardId: pending.id } : null;
    this.holding = false;
    this.timer = null;
    super.create();
    if (this.level.timerSeconds) {
      this.secondsLeft = this.level.timerSeconds;
      this.timer = this.time.addEvent({ delay: 1000, loop: true, callback: () => this.tick() });
    }
    this.announceCard();
  }

  protected override initialFocus(): string {
    const first = M.secondOptions(this.level)[0];
    return this.feedback?.kind === 'domain' && first ? `opt-${first}` : 'card';
  }

  private tick(): void {
    if (!this.state || M.isDone(this.state)) return;
    this.secondsLeft -= 1;
    if (this.secondsLeft <= 0) this.dispatch({ type: 'timeUp' });
    // Only the clock changes: redraw its line, not the screen (a rebuilt DOM would make screen readers repeat).
    else this.hud?.setText(this.hudLine());
    // Warn screen-reader users once a minute is left, not every second.
    if (this.secondsLeft === 60) a11y().announce(t('hud.time', { seconds: 60 }));
  }

  private hudLine(): string {
    const s = this.state!;
    return `${this.progressText()} · ${t('hud.score', { score: s.score })}${s.streak >= 2 ? ` · ${t('hud.streak', { streak: s.streak })}` : ''}${this.timer ? ` · ${t('hud.time', { seconds: this.secondsLeft })}` : ''}`;
  }

  private dispatch(action: CynefinAction): void {
    if (!this.state) return;
    const next = M.apply(this.level, this.state, action);
    if (isInvalid(next)) return;
    this.state = next;
    this.saveState(next);
    if (action.type === 'place') {
      const a = M.answerOf(next, action.cardId);
      const w = a ? a.domainPoints / this.level.scoring.domain : 0;
      if (w >= 1) this.sounds.correct();
      else this.sounds.wrong();
      this.feedback = { kind: 'domain', cardId: action.cardId };
      this.holding = false;
      this.rebuild();
      this.dom?.focus(`opt-${M.secondOptions(this.level)[0]}`);
      a11y().announce(this.domainFeedbackText(action.cardId));
    } else if (action.type === 'second') {
      const a = M.answerOf(next, action.cardId);
      if (a && a.secondPoints > 0) this.sounds.correct();
      else this.sounds.wrong();
      this.feedback = { kind: 'second', cardId: action.cardId };
      this.rebuild();
      this.dom?.focus('next');
      a11y().announce(this.secondFeedbackText(action.cardId));
    } else {
      this.finish(M.summary(this.level, next));
    }
  }

  private next(): void {
    if (!this.state) return;
    if (M.isDone(this.state)) {
      this.finish(M.summary(this.level, this.state));
      return;
    }
    this.feedback = null;
    this.rebuild();
    this.dom?.focus('card');
    this.announceCard();
  }

  private announceCard(): void {
    const card = this.state ? M.currentCard(this.level, this.state) : undefined;
    if (!card || !this.state) return;
    a11y().announce(`${this.progressText()}. ${localize(card.text)} ${t('board.prompt')}`);
  }

  private progressText(): string {
    const s = this.state!;
    const n = Math.min(s.index + 1, s.order.length);
    return t('hud.progress', { n, total: s.order.length });
  }

  private cardOf(id: string): M.Card | undefined {
    return this.level.cards.find((c) => c.id === id);
  }

  private verdictWord(fraction: number): string {
    return fraction >= 1 ? t('feedback.right') : fraction > 0 ? t('feedback.partial') : t('feedback.wrong');
  }

  private domainFeedbackText(cardId: string): string {
    const card = this.cardOf(cardId);
    const a = this.state ? M.answerOf(this.state, cardId) : undefined;
    if (!card || !a) return '';
    const best = card.domains.find((d) => d.weight === 1);
    const chosen = card.domains.find((d) => d.domain === a.domain);
    const parts = [
      `${this.verdictWord(a.domainPoints / this.level.scoring.domain)} ${t('feedback.youChose', { domain: t(`domain.${a.domain}`) })}`,
      chosen && chosen.weight < 1 ? localize(chosen.why) : '',
      best && best.domain !== a.domain ? t('feedback.bestFit', { domain: t(`domain.${best.domain}`) }) : '',
      localize(card.explanation),
    ];
    if (a.streakBonus > 0) parts.push(t('feedback.streak', { bonus: a.streakBonus }));
    return parts.filter(Boolean).join(' ');
  }

  private secondFeedbackText(cardId: string): string {
    const card = this.cardOf(cardId);
    const a = this.state ? M.answerOf(this.state, cardId) : undefined;
    if (!card || !a || !a.second) return '';
    const right = a.second === card.second.answer;
    return [
      right ? t('feedback.right') : t('feedback.wrong'),
      right ? '' : t('feedback.expected', { option: t(`option.${card.second.answer}`) }),
      localize(card.second.explanation),
    ]
      .filter(Boolean)
      .join(' ');
  }

  protected build(): void {
    const s = this.state;
    if (!s) return;
    const L = this.layout;
    this.addGameHeader();
    const hud = this.hudLine();
    const hudText = addText(this, L.body.x, L.body.y, hud, { size: L.font.small, color: COLORS.onBgSoft, width: L.body.w });
    this.hud = hudText;
    this.dom!.text(hud);
    const top = L.body.y + hudText.height + L.gap;
    const area = { x: L.body.x, y: top, w: L.body.w, h: L.h - L.pad - top };
    // Wide: card on the left, board on the right. Upright: card above, board below.
    const cardArea = L.portrait ? { ...area, h: Math.min(area.h * 0.36, 300) } : { ...area, w: Math.min(area.w * 0.36, 560) };
    const boardArea = L.portrait
      ? { x: area.x, y: area.y + cardArea.h + L.gap, w: area.w, h: area.h - cardArea.h - L.gap }
      : { x: area.x + cardArea.w + L.pad, y: area.y, w: area.w - cardArea.w - L.pad, h: area.h };
    const fb = this.feedback;
    if (fb && L.portrait) {
      // Upright: feedback takes the height it needs, the question or Next button goes below it.
      const reserve = fb.kind === 'domain' ? Math.min(area.h * 0.55, (M.secondOptions(this.level).length + 1) * (L.buttonH + L.gap)) : L.buttonH * 1.2 + L.gap * 2;
      const used = this.drawFeedback({ ...area, h: area.h - reserve }, fb);
      const below = { x: area.x, y: area.y + used + L.gap, w: area.w, h: area.h - used - L.gap };
      if (fb.kind === 'domain') this.drawQuestion(below);
      else this.drawNext(below);
    } else if (fb) {
      this.drawFeedback(cardArea, fb);
      if (fb.kind === 'domain') this.drawQuestion(boardArea);
      else this.drawNext(boardArea);
    } else {
      this.drawCard(cardArea);
      this.drawBoard(boardArea);
    }
  }

  private drawCard(r: Rect): void {
    const L = this.layout;
    const card = this.state ? M.currentCard(this.level, this.state) : undefined;
    if (!card) return;
    const prompt = addText(this, r.x, r.y, t('board.prompt'), { size: L.font.body, bold: true, width: r.w });
    const cr = { x: r.x, y: prompt.y + prompt.height + L.gap, w: r.w, h: r.h - prompt.height - L.gap };
    const container = this.add.container(0, 0);
    const g = this.add.graphics();
    const drawBg = (hot: boolean): void => {
      g.clear();
      g.fillStyle(0x000000, 0.3);
      g.fillRoundedRect(cr.x + 4, cr.y + 6, cr.w, cr.h, 18);
      g.fillStyle(COLORS.surface, 1);
      g.fillRoundedRect(cr.x, cr.y, cr.w, cr.h, 18);
      g.lineStyle(hot ? 5 : 2, hot ? COLORS.accent : COLORS.inkSoft, 1);
      g.strokeRoundedRect(cr.x, cr.y, cr.w, cr.h, 18);
    };
    drawBg(this.holding);
    const size = L.portrait ? L.font.large : L.font.title;
    const hint = addText(this, cr.x + L.pad, 0, this.holding ? t('card.holding') : t('card.hint'), { size: L.portrait ? Math.min(L.font.small, 18) : L.font.small, color: COLORS.inkSoft, width: cr.w - 2 * L.pad });
    hint.setY(cr.y + cr.h - L.pad * 0.6 - hint.height);
    const text = addText(this, cr.x + L.pad, cr.y + L.pad, localize(card.text), { size, color: COLORS.ink, width: cr.w - 2 * L.pad });
    // The situation matters more than the hint (which is also the button's description): drop the hint first.
    fitText(text, cr.w - 2 * L.pad, hint.y - cr.y - L.pad - 4, Math.min(size, L.font.body));
    if (text.y + text.height > hint.y - 4) {
      hint.setVisible(false);
      fitText(text, cr.w - 2 * L.pad, cr.h - 2 * L.pad);
    }
    container.add([g, text, hint]);
    const el = this.dom!.button({
      id: 'card',
      label: `${this.holding ? t('card.selected') : t('card.label')}: ${localize(card.text)}`,
      description: this.holding ? t('card.holding') : t('card.hint'),
      pressed: this.holding,
      rect: cr,
      onActivate: () => {
        if (dragged) return;
        this.holding = !this.holding;
        this.sounds.select();
        this.rebuild();
        if (this.holding) {
          a11y().announce(t('card.holding'));
          this.dom?.focus(`domain-${M.domainsOf(this.level)[0]}`);
        }
      },
    });
    // Dragging is one way among others: select-then-place works by tap, click and keys.
    let start: { x: number; y: number } | null = null;
    let dragged = false;
    const onDown = (e: PointerEvent): void => {
      start = { x: e.clientX, y: e.clientY };
      dragged = false;
      el.setPointerCapture?.(e.pointerId);
    };
    const onMove = (e: PointerEvent): void => {
      if (!start) return;
      const dx = e.clientX - start.x;
      const dy = e.clientY - start.y;
      if (!dragged && Math.hypot(dx, dy) < 10) return;
      dragged = true;
      container.setPosition(dx, dy);
      el.style.transform = `translate(${dx}px, ${dy}px)`;
      const over = this.domainAt(e);
      drawBg(over !== null);
    };
    const onUp = (e: PointerEvent): void => {
      if (!start) return;
      start = null;
      if (!dragged) return;
      const target = this.domainAt(e);
      container.setPosition(0, 0);
      el.style.transform = '';
      if (target) this.dispatch({ type: 'place', cardId: card.id, domain: target });
      else drawBg(this.holding);
      // The click that follows a drag must not toggle the selection.
      window.setTimeout(() => (dragged = false), 0);
    };
    el.addEventListener('pointerdown', onDown);
    el.addEventListener('pointermove', onMove);
    el.addEventListener('pointerup', onUp);
    el.addEventListener('pointercancel', onUp);
  }

  /** The domain under the pointer (canvas coordinates from the event), or null. */
  private domainAt(e: PointerEvent): Domain | null {
    const bounds = this.game.canvas.getBoundingClientRect();
    const px = e.clientX - bounds.left;
    const py = e.clientY - bounds.top;
    // Confused sits on top of the centre, so test it first.
    const order = [...this.domainRects.keys()].sort((a) => (a === 'confused' ? -1 : 1));
    for (const d of order) {
      const r = this.domainRects.get(d)!;
      if (d === 'confused' ? Math.hypot(px - (r.x + r.w / 2), py - (r.y + r.h / 2)) <= r.w / 2 : px >= r.x && px <= r.x + r.w && py >= r.y && py <= r.y + r.h) return d;
    }
    return null;
  }

  private drawBoard(r: Rect): void {
    const L = this.layout;
    this.domainRects.clear();
    const card = this.state ? M.currentCard(this.level, this.state) : undefined;
    const gap = L.gap;
    const qw = (r.w - gap) / 2;
    const qh = (r.h - gap) / 2;
    // One size for all four names: the largest at which the longest fits its quadrant.
    let titleSize = L.portrait ? L.font.body : L.font.large;
    for (const d of Object.keys(QUADRANT) as Array<keyof typeof QUADRANT>) {
      const probe = addText(this, 0, 0, `${DOMAIN_STYLE[d].mark} ${t(`domain.${d}`)}`, { size: titleSize, bold: true });
      fitText(probe, qw - 2 * L.pad, qh);
      titleSize = Math.min(titleSize, parseInt(String(probe.style.fontSize), 10));
      probe.destroy();
    }
    for (const d of Object.keys(QUADRANT) as Array<keyof typeof QUADRANT>) {
      const [cx, cy] = QUADRANT[d];
      const q = { x: r.x + cx * (qw + gap), y: r.y + cy * (qh + gap), w: qw, h: qh };
      this.domainRects.set(d, q);
      this.drawDomain(d, q, card?.id, titleSize);
    }
    if (M.domainsOf(this.level).includes('confused')) {
      const size = Math.min(qw, qh) * 0.62;
      const c = { x: r.x + r.w / 2 - size / 2, y: r.y + r.h / 2 - size / 2, w: size, h: size };
      this.domainRects.set('confused', c);
      this.drawDomain('confused', c, card?.id, titleSize);
    }
  }

  private drawDomain(d: Domain, q: Rect, cardId: string | undefined, titleSize: number): void {
    const L = this.layout;
    const style = DOMAIN_STYLE[d];
    const g = this.add.graphics();
    const round = d === 'confused';
    const draw = (hot: boolean): void => {
      g.clear();
      g.fillStyle(style.fill, 1);
      if (round) g.fillCircle(q.x + q.w / 2, q.y + q.h / 2, q.w / 2);
      else g.fillRoundedRect(q.x, q.y, q.w, q.h, 16);
      g.lineStyle(hot ? 5 : 2, hot ? COLORS.ink : COLORS.inkSoft, 1);
      if (round) g.strokeCircle(q.x + q.w / 2, q.y + q.h / 2, q.w / 2);
      else g.strokeRoundedRect(q.x, q.y, q.w, q.h, 16);
    };
    draw(false);
    const name = `${style.mark} ${t(`domain.${d}`)}`;
    if (round) {
      const inner = q.w * 0.74;
      const title = addText(this, q.x + q.w / 2, q.y + q.h / 2, name, { size: L.font.body, bold: true, color: COLORS.ink, originX: 0.5, originY: 0.5, align: 'center', width: inner });
      fitText(title, inner, q.h * 0.6);
    } else {
      // Names sit in the outer corners (as on the usual diagram), clear of Confused in the centre.
      const [cx, cy] = QUADRANT[d as keyof typeof QUADRANT];
      const confused = this.domainRects.has('confused') || M.domainsOf(this.level).includes('confused');
      const inner = q.w - 2 * L.pad - (confused ? Math.min(q.w, q.h) * 0.22 : 0);
      const align = confused ? (cx === 0 ? 'left' : 'right') : 'center';
      const ox = align === 'left' ? 0 : align === 'right' ? 1 : 0.5;
      const x = align === 'left' ? q.x + L.pad : align === 'right' ? q.x + q.w - L.pad : q.x + q.w / 2;
      const title = addText(this, x, 0, name, { size: titleSize, bold: true, color: COLORS.ink, originX: ox, align, width: q.w - 2 * L.pad });
      fitText(title, q.w - 2 * L.pad, q.h * 0.4);
      const cue = addText(this, x, 0, t(`domain.${d}.cue`), { size: L.font.small, color: COLORS.inkSoft, originX: ox, align, width: inner });
      const blockH = title.height + 4 + cue.height;
      const fits = blockH <= q.h - 2 * L.pad;
      cue.setVisible(fits);
      // Top quadrants read from the top; bottom ones sit on their bottom edge, away from the centre.
      const top = cy === 0 || !confused ? q.y + L.pad * 0.8 : q.y + q.h - L.pad * 0.8 - (fits ? blockH : title.height);
      title.setY(top);
      cue.setY(top + title.height + 4);
    }
    this.dom!.button({
      id: `domain-${d}`,
      label: t('board.placeIn', { domain: t(`domain.${d}`) }),
      description: t(`domain.${d}.cue`),
      group: 'domains',
      rect: q,
      onActivate: () => cardId && this.dispatch({ type: 'place', cardId, domain: d }),
      onFocus: () => draw(true),
      onBlur: () => draw(false),
    });
  }

  /** Feedback on the card just answered, fitted to `r` (fonts shrink, never below 16 px); returns its height. */
  private drawFeedback(r: Rect, fb: Exclude<Feedback, null>): number {
    const L = this.layout;
    const card = this.cardOf(fb.cardId);
    const a = this.state ? M.answerOf(this.state, fb.cardId) : undefined;
    if (!card || !a) return 0;
    const w = r.w - 2 * L.pad;
    const frac = a.domainPoints / this.level.scoring.domain;
    const head = `${this.verdictWord(frac)} ${t('feedback.youChose', { domain: t(`domain.${a.domain}`) })}`;
    const blocks: Array<{ text: string; bold: boolean; color: number; soft?: boolean }> = [
      { text: localize(card.text), bold: false, color: COLORS.inkSoft, soft: true },
      { text: `${head} (+${a.domainPoints + a.streakBonus})`, bold: true, color: frac >= 1 ? COLORS.right : frac > 0 ? COLORS.partial : COLORS.wrong },
      { text: this.domainFeedbackText(fb.cardId).replace(head, '').trim(), bold: false, color: COLORS.ink },
    ];
    if (fb.kind === 'second' && a.second) {
      const right = a.secondPoints > 0;
      const word = right ? t('feedback.right') : t('feedback.wrong');
      blocks.push({ text: `${word} ${t(`option.${a.second}`)} (+${a.secondPoints})`, bold: true, color: right ? COLORS.right : COLORS.wrong });
      blocks.push({ text: this.secondFeedbackText(fb.cardId).replace(word, '').trim(), bold: false, color: COLORS.ink });
    }
    const panel = this.add.graphics();
    const texts = blocks.map((b) => addText(this, r.x + L.pad, 0, b.text, { size: b.bold ? L.font.body : L.font.small, bold: b.bold, color: b.color, width: w }));
    const height = (): number => texts.reduce((n, t) => n + t.height, 0) + L.gap * 0.6 * (texts.length - 1) + L.pad * 1.6;
    let shrink = 0;
    while (height() > r.h && Math.min(L.font.small, L.font.body) - shrink > 16) {
      shrink++;
      texts.forEach((t, i) => t.setFontSize((blocks[i]!.bold ? L.font.body : L.font.small) - shrink));
    }
    let y = r.y + L.pad * 0.8;
    for (const t of texts) {
      t.setY(y);
      y += t.height + L.gap * 0.6;
    }
    const h = Math.min(r.h, height());
    // Only the newest verdict enters; what was already on screen stays put.
    this.entrance(fb.kind === 'domain' ? texts.slice(1, 3) : texts.slice(3));
    panel.fillStyle(0x000000, 0.25).fillRoundedRect(r.x + 3, r.y + 5, r.w, h, 16);
    panel.fillStyle(COLORS.surface, 1).fillRoundedRect(r.x, r.y, r.w, h, 16);
    // The same words are in the live region and on the results screen.
    this.dom!.text(this.domainFeedbackText(fb.cardId));
    if (fb.kind === 'second') this.dom!.text(this.secondFeedbackText(fb.cardId));
    return h;
  }

  private drawQuestion(r: Rect): void {
    const L = this.layout;
    const q = addText(this, r.x, r.y, t(`question.${this.level.secondStep}`), { size: L.font.large, bold: true, width: r.w });
    const opts = M.secondOptions(this.level);
    const top = q.y + q.height + L.gap;
    const cols = L.portrait || opts.length > 4 ? 1 : 2;
    const rows = Math.ceil(opts.length / cols);
    const h = Math.min(L.buttonH * 2.2, (r.y + r.h - top - L.gap * (rows - 1)) / rows);
    const cw = (r.w - L.gap * (cols - 1)) / cols;
    const cardId = this.feedback?.cardId ?? '';
    opts.forEach((o, i) => {
      const rect = { x: r.x + (i % cols) * (cw + L.gap), y: top + Math.floor(i / cols) * (h + L.gap), w: cw, h };
      const showDesc = h > L.font.body * 3.4;
      addButton(this, this.dom!, L, {
        id: `opt-${o}`,
        label: t(`option.${o}`),
        description: t(`option.${o}.desc`),
        sublabel: showDesc ? t(`option.${o}.desc`) : undefined,
        style: 'card',
        group: 'options',
        rect,
        sound: false,
        fontSize: showDesc ? L.font.small : L.font.body,
        onActivate: () => this.dispatch({ type: 'second', cardId, choice: o }),
      });
    });
  }

  private drawNext(r: Rect): void {
    const L = this.layout;
    const done = this.state ? M.isDone(this.state) : false;
    const bw = Math.min(420, r.w);
    addButton(this, this.dom!, L, {
      id: 'next',
      label: done ? t('feedback.results') : t('feedback.next'),
      rect: { x: r.x + (r.w - bw) / 2, y: r.y + Math.min(r.h / 2 - L.buttonH, L.pad * 2), w: bw, h: L.buttonH * 1.2 },
      fontSize: L.font.large,
      onActivate: () => this.next(),
    });
  }
}
