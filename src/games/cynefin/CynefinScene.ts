// Controller of Cynefin sorting: turns taps, keys, drags and the clock's seconds into model actions, and hands
// the presenter's view model and the layout's rectangles to the components. No rules and no words here.
import { CYNEFIN_SCENE } from './index';
import type Phaser from 'phaser';
import { GameScene } from '../sdk/GameScene';
import { addButton, addText, fitText } from '../../ui/widgets';
import { COLORS } from '../../ui/theme';
import { a11y } from '../../ui/a11y';
import { dragToTarget } from '../../ui/dragToTarget';
import type { Rect } from '../../core/rect';
import { isInvalid } from '../../core/round';
import * as M from './model';
import * as R from './results';
import { resume } from './resume';
import type { CynefinAction, CynefinState, Domain, Level } from './model';
import { cardAnnouncement, hudLine, present, timeWarning, type CynefinView, type Feedback } from './present';
import { cynefinLayout, type CynefinLayout } from './layout';
import type { Layout } from '../../ui/layout';
import { drawCard } from './components/CardView';
import { drawDomainTile, quadrantTitleSize } from './components/DomainTile';
import { drawFeedback } from './components/FeedbackPanel';
import { drawOptions } from './components/OptionList';
import { SECOND_OPTIONS } from './schema';

export { CYNEFIN_SCENE };

/** The clock's step: one tick action a second. */
const TICK_MS = 1000;

export class CynefinScene extends GameScene<Level> {
  private state: CynefinState | null = null;
  private feedback: Feedback = null;
  /** The card is "picked up" (selected) and waits for a domain. */
  private holding = false;
  /** Where each domain was drawn, for dropping a dragged card. */
  private domainRects = new Map<Domain, Rect>();
  private hud: Phaser.GameObjects.Text | null = null;
  /** The HUD's twin in the accessible layer (not a live region, so updating it each second says nothing). */
  private hudEl: HTMLElement | null = null;

  constructor() {
    super(CYNEFIN_SCENE);
  }

  override create(): void {
    this.state = this.resumeOrStart(
      (raw) => resume(this.level, raw),
      () => M.start(this.level, this.newSeed()),
    ).state;
    // A round saved between placing a card and answering its second question resumes at that question (the
    // presenter asks it from the state); the verdicts of a card already answered are not shown again.
    this.feedback = null;
    this.holding = false;
    super.create();
    // The clock is in the state; this timer only says a second has passed (it stops with the scene).
    if (this.state.secondsLeft !== null && !M.isDone(this.state)) {
      this.time.addEvent({ delay: TICK_MS, loop: true, callback: () => this.dispatch({ type: 'tick', seconds: 1 }) });
    }
    this.announce(cardAnnouncement(this.level, this.state));
  }

  protected override initialFocus(): string {
    if (this.feedback) return 'next';
    const first = this.view()?.question?.options[0]?.choice;
    return this.state?.phase === 'second' && first ? `opt-${first}` : 'card';
  }

  private announce(text: string | null): void {
    if (text) a11y().announce(text);
  }

  private view(): CynefinView | null {
    return this.state ? present(this.level, this.state, { feedback: this.feedback, holding: this.holding }) : null;
  }

  private dispatch(action: CynefinAction): void {
    if (!this.state) return;
    const next = M.apply(this.level, this.state, action);
    // A refused action changes nothing (a second tap on a button already gone, a tick after the end).
    if (isInvalid(next)) return;
    this.state = next;
    this.saveState(next);
    if (M.isDone(next) && next.timedOut) {
      this.finish(R.summary(this.level, next));
      return;
    }
    if (action.type === 'tick') {
      // Only the clock changed: redraw its line, not the screen (a rebuilt DOM would make screen readers repeat).
      const line = hudLine(next, this.feedback !== null);
      this.hud?.setText(line);
      if (this.hudEl) this.hudEl.textContent = line;
      this.announce(timeWarning(next));
      return;
    }
    this.holding = false;
    if (action.type === 'place' && !M.answerOf(next, action.cardId)?.scored) {
      // Placed, not judged: no verdict sound, the second question comes first.
      this.sounds.select();
      this.rebuild();
      this.dom?.focus(`opt-${this.view()?.question?.options[0]?.choice ?? ''}`);
      this.announce(this.view()?.feedback?.announce ?? null);
      return;
    }
    const answer = M.answerOf(next, action.cardId);
    const card = this.level.cards.find((c) => c.id === action.cardId);
    // A card that asks no second question is judged on its domain alone.
    const both = answer && card ? [M.domainVerdict(card, answer), card.second ? M.secondVerdict(card, answer) : 'right'] : [];
    if (both.length > 0 && both.every((v) => v === 'right')) this.sounds.correct();
    else this.sounds.wrong();
    this.feedback = { cardId: action.cardId };
    this.rebuild();
    this.dom?.focus('next');
    this.announce(this.view()?.feedback?.announce ?? null);
  }

  private next(): void {
    if (!this.state) return;
    if (M.isDone(this.state)) {
      this.finish(R.summary(this.level, this.state));
      return;
    }
    this.feedback = null;
    this.rebuild();
    this.dom?.focus('card');
    this.announce(cardAnnouncement(this.level, this.state));
  }

  private toggleHolding(): void {
    this.holding = !this.holding;
    this.sounds.select();
    this.rebuild();
    if (this.holding) {
      this.announce(this.view()?.place?.card.hint ?? null);
      this.dom?.focus(`domain-${M.domainsOf(this.level)[0]}`);
    }
  }

  protected build(): void {
    const v = this.view();
    if (!v || !this.state) return;
    const lay = cynefinLayout(this.layout, { options: v.question?.options.length ?? SECOND_OPTIONS.max });
    const L = lay.ui;
    this.addGameHeader();
    this.hud = addText(this, lay.hud.x, lay.hud.y, v.hud, { size: L.font.small, color: COLORS.onBgSoft, width: lay.hud.w });
    this.hudEl = this.dom!.text(v.hud);
    if (v.feedback) {
      const fb = drawFeedback(this, this.dom!, L, v.question ? lay.feedback : lay.feedbackNext, v.feedback.blocks);
      // Only the newest verdict enters; what was already on screen stays put.
      this.entrance(fb.fresh);
      if (v.question) drawOptions(this, this.dom!, L, lay.question, lay.options, v.question, (choice) => this.chooseSecond(choice));
      if (v.next) {
        addButton(this, this.dom!, L, { id: 'next', label: v.next.label, rect: lay.next, fontSize: L.font.large, onActivate: () => this.next() });
      }
    } else if (v.place) {
      this.buildPlacing(lay, v.place);
    }
  }

  private chooseSecond(choice: M.OptionId): void {
    const card = this.state ? M.currentCard(this.level, this.state) : undefined;
    if (card) this.dispatch({ type: 'second', cardId: card.id, choice });
  }

  private buildPlacing(lay: CynefinLayout<Layout>, vm: NonNullable<CynefinView['place']>): void {
    const L = lay.ui;
    const prompt = addText(this, lay.prompt.x, lay.prompt.y, vm.prompt, { size: L.font.body, bold: true, width: lay.prompt.w });
    fitText(prompt, lay.prompt.w, lay.prompt.h);
    const card = drawCard(this, L, lay.card, vm.card);
    const el = this.dom!.button({
      id: 'card',
      label: vm.card.label,
      description: vm.card.hint,
      pressed: vm.card.holding,
      rect: lay.card,
      onActivate: () => {
        if (!drag.justDragged()) this.toggleHolding();
      },
    });
    const cardId = vm.card.id;
    // Dragging is one way among others: select-then-place works by tap, click and keys.
    const drag = dragToTarget<Domain>(el, {
      frame: this.dom!.el,
      targetAt: (x, y) => this.domainAt(x, y),
      onMove: (dx, dy, over) => {
        card.container.setPosition(dx, dy);
        card.setHot(over !== null);
      },
      onDrop: (domain) => {
        card.container.setPosition(0, 0);
        this.dispatch({ type: 'place', cardId, domain });
      },
      onCancel: () => {
        card.container.setPosition(0, 0);
        card.setHot(vm.card.holding);
      },
    });

    this.domainRects.clear();
    const withCentre = vm.domains.some((d) => d.domain === 'confused');
    const titleSize = quadrantTitleSize(
      this,
      L,
      vm.domains.filter((d) => d.domain !== 'confused').map((d) => d.title),
      lay.quadrants.clear,
    );
    for (const d of vm.domains) {
      const rect = d.domain === 'confused' ? lay.confused : lay.quadrants[d.domain];
      this.domainRects.set(d.domain, rect);
      drawDomainTile(this, this.dom!, L, rect, d, { titleSize, withCentre, onActivate: () => this.dispatch({ type: 'place', cardId, domain: d.domain }) });
    }
  }

  /** The domain under a canvas point, or null. Confused sits on top of the centre, so it is tested first. */
  private domainAt(px: number, py: number): Domain | null {
    const c = this.domainRects.get('confused');
    if (c && Math.hypot(px - (c.x + c.w / 2), py - (c.y + c.h / 2)) <= c.w / 2) return 'confused';
    for (const [d, r] of this.domainRects) {
      if (d !== 'confused' && px >= r.x && px <= r.x + r.w && py >= r.y && py <= r.y + r.h) return d;
    }
    return null;
  }
}
