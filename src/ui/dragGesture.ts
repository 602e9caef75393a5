// A drag from a DOM control (pointer, mouse or touch): past a small threshold it reports the pointer in the screen's
// coordinates while moving and where it was let go. Always a shortcut: the same control also works by tap or keys.
export interface Point {
  x: number;
  y: number;
}

export interface DragHandlers {
  /** Whether a drag may start now. */
  enabled(): boolean;
  /** The pointer moved while dragging (canvas coordinates). */
  move(at: Point): void;
  /** The drag ended: dropped at a point, or cancelled (null). */
  end(at: Point | null): void;
}

/** Pixels a pointer must travel before a press becomes a drag. */
const DRAG_THRESHOLD = 12;

/**
 * Listens on `el` (which the caller removes with its scope); `frame` gives the coordinate frame: the screen's DOM
 * layer (A11yScope.el), whose top-left is the layout's origin (below the part out of reach on a totem).
 */
export function addDragGesture(el: HTMLElement, frame: HTMLElement, h: DragHandlers): void {
  // A finger's drag must reach us, not become a pan of the page (the layer's controls have touch-action:
  // manipulation, which hands a moving finger to the browser: pointerdown, then pointercancel).
  el.classList.add('draggable');
  let start: Point | null = null;
  let dragging = false;
  const at = (e: PointerEvent): Point => {
    const b = frame.getBoundingClientRect();
    return { x: e.clientX - b.left, y: e.clientY - b.top };
  };
  el.addEventListener('pointerdown', (e) => {
    if (!h.enabled()) return;
    start = at(e);
    dragging = false;
    el.setPointerCapture?.(e.pointerId);
  });
  el.addEventListener('pointermove', (e) => {
    if (!start) return;
    const q = at(e);
    if (!dragging && Math.hypot(q.x - start.x, q.y - start.y) < DRAG_THRESHOLD) return;
    dragging = true;
    h.move(q);
  });
  const finish = (e: PointerEvent, drop: boolean): void => {
    if (!start) return;
    start = null;
    if (!dragging) return;
    dragging = false;
    h.end(drop ? at(e) : null);
  };
  el.addEventListener('pointerup', (e) => finish(e, true));
  el.addEventListener('pointercancel', (e) => finish(e, false));
}
