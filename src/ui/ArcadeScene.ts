// Base of every screen: builds canvas and DOM twins from a layout, rebuilds on resize or language change,
// handles Escape, and removes every listener, tween and DOM node on shutdown (DESIGN.md rules 2 and 5).
import { clearFlash } from './flash';
import Phaser from 'phaser';
import { a11y, type A11yScope } from './a11y';
import { computeLayout, type Layout } from './layout';
import { onLangChange } from '../core/i18n';
import { uiContext } from './context';
import { COLORS } from './theme';

export abstract class ArcadeScene extends Phaser.Scene {
  protected layout: Layout = computeLayout(800, 600);
  protected dom: A11yScope | null = null;
  /** Height above the layout kept out of reach (withinReach), in screen px: the layout starts below it. */
  protected outOfReach = 0;
  private offs: Array<() => void> = [];
  private resizeTimer: number | undefined;

  /** Builds the whole screen from the current layout and state. Called again after every resize. */
  protected abstract build(): void;
  /** Name announced when the screen opens. */
  protected abstract screenName(): string;
  /** Escape: go back (overridden where Escape means pause). */
  protected onEscape(): void {}
  /**
   * Whether the screen keeps to the reach of a standing visitor (uiContext().reachTop): every visitor's screen does;
   * the operator's screens, used by one adult who knows the booth, take the whole height.
   */
  protected withinReach(): boolean {
    return true;
  }
  /** Id of the control to focus when the screen opens. */
  protected initialFocus(): string | null {
    return null;
  }

  create(): void {
    clearFlash();
    this.cameras.main.setBackgroundColor(COLORS.bg);
    this.dom = a11y().scope(this.scene.key);
    this.dom.enableArrowKeys();
    const onResize = (): void => {
      window.clearTimeout(this.resizeTimer);
      this.resizeTimer = window.setTimeout(() => this.rebuild(), 60);
    };
    this.scale.on(Phaser.Scale.Events.RESIZE, onResize);
    this.offs.push(() => this.scale.off(Phaser.Scale.Events.RESIZE, onResize));
    const onKey = (e: KeyboardEvent): void => {
      if (e.key !== 'Escape' || !this.scene.isActive()) return;
      e.preventDefault();
      this.onEscape();
    };
    window.addEventListener('keydown', onKey);
    this.offs.push(() => window.removeEventListener('keydown', onKey));
    this.offs.push(onLangChange(() => this.rebuild()));
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, this.teardown, this);
    this.rebuild(true);
    a11y().announce(this.screenName());
  }

  /** Clears and redraws everything, keeping keyboard focus on the same control. */
  protected rebuild(first = false): void {
    if (!this.dom) return;
    const focused = this.dom.clear();
    this.tweens.killAll();
    // Destroy, not just remove: a Text owns a canvas texture that lives until the object is destroyed.
    for (const o of [...this.children.list]) o.destroy();
    // Out of reach at the top (a totem's upper third): the camera and the DOM twins start below it, so the screen is
    // laid out in the part a visitor reaches, with the same code as everywhere else.
    const { width: w, height: h } = this.scale;
    const top = this.withinReach() ? Math.max(0, Math.min(h / 2, Math.round(uiContext().reachTop(w, h)))) : 0;
    this.outOfReach = top;
    this.cameras.main.setViewport(0, top, w, h - top);
    this.dom.el.style.top = top > 0 ? `${top}px` : '';
    document.documentElement.style.setProperty('--reach-top', `${top}px`);
    this.layout = computeLayout(w, h - top, uiContext().textScale());
    this.dom.heading(this.screenName(), 1);
    this.build();
    const target = focused ?? (first ? this.initialFocus() : null);
    if (target) this.dom.focus(target);
  }

  /** Registers a cleanup to run on shutdown (a listener added outside the helpers). */
  protected onShutdown(fn: () => void): void {
    this.offs.push(fn);
  }

  protected get reducedMotion(): boolean {
    return uiContext().reducedMotion();
  }

  /**
   * A short entrance for things that just appeared (feedback, stars). Decoration only: the state is already
   * drawn, so skipping it (reduced motion, or a rebuild killing the tween) changes nothing.
   */
  protected entrance(targets: Phaser.GameObjects.GameObject[], kind: 'fade' | 'pop' = 'fade', delay = 0): void {
    if (this.reducedMotion || targets.length === 0) return;
    if (kind === 'pop') {
      this.tweens.add({ targets, scale: { from: 0.2, to: 1 }, alpha: { from: 0, to: 1 }, duration: 420, delay, ease: 'Back.easeOut' });
    } else {
      for (const t of targets as Array<Phaser.GameObjects.GameObject & { y: number }>) {
        this.tweens.add({ targets: t, alpha: { from: 0, to: 1 }, y: { from: t.y + 12, to: t.y }, duration: 260, delay, ease: 'Quad.easeOut' });
      }
    }
  }

  private teardown(): void {
    window.clearTimeout(this.resizeTimer);
    for (const off of this.offs.splice(0)) off();
    this.tweens.killAll();
    this.time.removeAllEvents();
    this.dom?.destroy();
    this.dom = null;
  }
}
