// The accessible DOM layer (DESIGN.md rule 7): for the current screen, real DOM controls with accessible names,
// positioned over their canvas counterparts, and an aria-live region. Text is set with textContent, never innerHTML.
import type { Rect } from '../core/rect';

export type { Rect };

export interface ButtonSpec {
  /** Stable id within the screen, so focus survives a re-layout. */
  id: string;
  label: string;
  rect: Rect;
  onActivate: () => void;
  description?: string;
  disabled?: boolean;
  /** aria-pressed for toggles */
  pressed?: boolean;
  /** aria-current, for the selected item of a set */
  current?: boolean;
  onFocus?: () => void;
  onBlur?: () => void;
  /** Arrow-key group: buttons of one group move focus among themselves with the arrow keys. */
  group?: string;
  /** A scroll area's content element to live in (rect is then in content coordinates). */
  parent?: HTMLElement;
}

let layer: A11yLayer | null = null;

export class A11yLayer {
  readonly root: HTMLDivElement;
  readonly live: HTMLDivElement;
  readonly alert: HTMLDivElement;
  private readonly scopes = new Map<string, A11yScope>();

  constructor(host: HTMLElement) {
    this.root = document.createElement('div');
    this.root.className = 'a11y-layer';
    this.live = document.createElement('div');
    this.live.className = 'sr-only';
    this.live.setAttribute('aria-live', 'polite');
    this.live.setAttribute('role', 'status');
    this.alert = document.createElement('div');
    this.alert.className = 'sr-only';
    this.alert.setAttribute('aria-live', 'assertive');
    host.append(this.root, this.live, this.alert);
  }

  scope(key: string): A11yScope {
    this.scopes.get(key)?.destroy();
    const s = new A11yScope(this, key);
    this.scopes.set(key, s);
    return s;
  }

  drop(key: string, scope: A11yScope): void {
    if (this.scopes.get(key) === scope) this.scopes.delete(key);
  }

  /** Live message for screen readers; repeated text is still announced. */
  announce(text: string, urgent = false): void {
    const region = urgent ? this.alert : this.live;
    region.textContent = '';
    // A fresh text node on the next frame makes screen readers speak it even if it equals the last one.
    requestAnimationFrame(() => {
      region.textContent = text;
    });
  }

  /** How many scopes and controls exist: the memory benchmark counts these to catch leaks. */
  counts(): { scopes: number; elements: number } {
    return { scopes: this.scopes.size, elements: this.root.querySelectorAll('*').length };
  }
}

export class A11yScope {
  readonly el: HTMLDivElement;
  private readonly buttons = new Map<string, HTMLButtonElement>();
  private readonly cleanups: Array<() => void> = [];
  /** Listeners that live as long as the scope (not cleared on re-layout). */
  private readonly scopeCleanups: Array<() => void> = [];

  constructor(
    private readonly layer: A11yLayer,
    private readonly key: string,
  ) {
    this.el = document.createElement('div');
    this.el.className = 'a11y-scope';
    this.el.dataset.scene = key;
    layer.root.append(this.el);
  }

  /** Removes every control but keeps the scope, remembering which id had focus. */
  clear(): string | null {
    const active = document.activeElement;
    let focusedId: string | null = null;
    for (const [id, b] of this.buttons) if (b === active) focusedId = id;
    for (const c of this.cleanups.splice(0)) c();
    this.buttons.clear();
    this.el.replaceChildren();
    return focusedId;
  }

  heading(text: string, level: 1 | 2 | 3 = 1): HTMLHeadingElement {
    const h = document.createElement(`h${level}`) as HTMLHeadingElement;
    h.className = 'sr-only';
    h.textContent = text;
    this.el.append(h);
    return h;
  }

  /** Text for screen readers only (a canvas label that is not a control). */
  text(content: string): HTMLParagraphElement {
    const p = document.createElement('p');
    p.className = 'sr-only';
    p.textContent = content;
    this.el.append(p);
    return p;
  }

  button(spec: ButtonSpec): HTMLButtonElement {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = spec.label;
    b.dataset.id = spec.id;
    if (spec.description) {
      const d = document.createElement('span');
      d.className = 'sr-only';
      d.id = `desc-${this.key}-${spec.id}`.replace(/[^\w-]/g, '_');
      d.textContent = spec.description;
      this.el.append(d);
      b.setAttribute('aria-describedby', d.id);
    }
    if (spec.disabled) b.setAttribute('aria-disabled', 'true');
    if (spec.pressed !== undefined) b.setAttribute('aria-pressed', String(spec.pressed));
    if (spec.current) b.setAttribute('aria-current', 'true');
    if (spec.group) b.dataset.group = spec.group;
    place(b, spec.rect);
    const onClick = (): void => {
      if (spec.disabled) return;
      spec.onActivate();
    };
    b.addEventListener('click', onClick);
    if (spec.onFocus) b.addEventListener('focus', spec.onFocus);
    if (spec.onBlur) b.addEventListener('blur', spec.onBlur);
    if (spec.onFocus) b.addEventListener('pointerenter', spec.onFocus);
    if (spec.onBlur) b.addEventListener('pointerleave', spec.onBlur);
    (spec.parent ?? this.el).append(b);
    this.buttons.set(spec.id, b);
    return b;
  }

  /**
   * A natively scrolling region (wheel, touch, keyboard focus all scroll it); the canvas content that
   * goes with it follows `onScroll`. Returns the element to put twins in (content coordinates).
   */
  scrollArea(id: string, rect: Rect, contentH: number, startTop: number, onScroll: (top: number) => void): HTMLElement {
    const box = document.createElement('div');
    box.className = 'scroll-area';
    box.dataset.id = id;
    place(box, rect);
    const content = document.createElement('div');
    content.className = 'scroll-content';
    content.style.height = `${Math.ceil(contentH)}px`;
    box.append(content);
    this.el.append(box);
    const handler = (): void => onScroll(box.scrollTop);
    box.addEventListener('scroll', handler, { passive: true });
    this.cleanups.push(() => box.removeEventListener('scroll', handler));
    box.scrollTop = startTop;
    return content;
  }

  /** A visible, scrollable block of real text over a canvas panel (results, debriefs). */
  panel(id: string, rect: Rect, label: string, fill: (el: HTMLElement) => void): HTMLElement {
    const sec = document.createElement('section');
    sec.className = 'panel-text';
    sec.tabIndex = 0;
    sec.dataset.id = id;
    sec.setAttribute('aria-label', label);
    place(sec, rect);
    fill(sec);
    this.el.append(sec);
    return sec;
  }

  get(id: string): HTMLButtonElement | undefined {
    return this.buttons.get(id);
  }

  focus(id: string): void {
    this.buttons.get(id)?.focus({ preventScroll: true });
  }

  /** Arrow keys move focus within a group (grids and lists of choices). */
  enableArrowKeys(): void {
    const onKey = (e: KeyboardEvent): void => {
      const target = e.target as HTMLElement;
      const group = target.dataset?.group;
      if (!group || !['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(e.key)) return;
      const items = [...this.el.querySelectorAll<HTMLButtonElement>(`button[data-group="${CSS.escape(group)}"]`)];
      const i = items.indexOf(target as HTMLButtonElement);
      if (i < 0) return;
      let j = i;
      if (e.key === 'ArrowUp' || e.key === 'ArrowLeft') j = i - 1;
      else if (e.key === 'ArrowDown' || e.key === 'ArrowRight') j = i + 1;
      else if (e.key === 'Home') j = 0;
      else if (e.key === 'End') j = items.length - 1;
      j = (j + items.length) % items.length;
      items[j]?.focus();
      e.preventDefault();
    };
    this.el.addEventListener('keydown', onKey);
    // Scope-long: clear() runs on every rebuild and would otherwise switch the arrow keys off.
    this.scopeCleanups.push(() => this.el.removeEventListener('keydown', onKey));
  }

  /** Hides the scope from keyboard and screen readers (a paused scene under an overlay). */
  setInert(inert: boolean): void {
    this.el.inert = inert;
  }

  destroy(): void {
    this.clear();
    for (const c of this.scopeCleanups.splice(0)) c();
    this.el.remove();
    this.layer.drop(this.key, this);
  }
}

export function place(el: HTMLElement, r: Rect): void {
  el.style.left = `${Math.round(r.x)}px`;
  el.style.top = `${Math.round(r.y)}px`;
  el.style.width = `${Math.round(r.w)}px`;
  el.style.height = `${Math.round(r.h)}px`;
}

export function initA11y(host: HTMLElement): A11yLayer {
  layer = new A11yLayer(host);
  return layer;
}

export function a11y(): A11yLayer {
  if (!layer) throw new Error('The accessible layer is not started');
  return layer;
}
