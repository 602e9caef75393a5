// Dragging a DOM control (and the canvas objects drawn for it) onto a target: one way among others, since every
// target is also a button (select-then-place). Pointer events on the control's element, so mouse, pen and touch.
// The listeners go with the element when the screen is rebuilt.

/** Pointer travel (CSS px) before a press becomes a drag rather than a tap. */
export const DRAG_THRESHOLD = 10;

export interface DragOptions<T> {
  /** The target under a point in the layout's coordinates, or null. */
  targetAt(x: number, y: number): T | null;
  /** The screen's DOM layer (A11yScope.el), whose top-left is the layout's origin (for converting client coordinates). */
  frame: HTMLElement;
  /** Called while dragging with the offset from the start and the target under the pointer. */
  onMove(dx: number, dy: number, over: T | null): void;
  /** The pointer was released over a target. */
  onDrop(target: T): void;
  /** The drag ended anywhere else (put the control back). */
  onCancel(): void;
}

export interface DragHandle {
  /** True right after a drag: the click that follows it must not count as a tap. */
  justDragged(): boolean;
}

export function dragToTarget<T>(el: HTMLElement, o: DragOptions<T>): DragHandle {
  // A finger's drag must reach us, not become a pan of the page (see .draggable in arcade.css).
  el.classList.add('draggable');
  let start: { x: number; y: number } | null = null;
  let dragged = false;
  const at = (e: PointerEvent): T | null => {
    const b = o.frame.getBoundingClientRect();
    return o.targetAt(e.clientX - b.left, e.clientY - b.top);
  };
  el.addEventListener('pointerdown', (e) => {
    start = { x: e.clientX, y: e.clientY };
    dragged = false;
    el.setPointerCapture?.(e.pointerId);
  });
  el.addEventListener('pointermove', (e) => {
    if (!start) return;
    const dx = e.clientX - start.x;
    const dy = e.clientY - start.y;
    if (!dragged && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
    dragged = true;
    el.style.transform = `translate(${dx}px, ${dy}px)`;
    o.onMove(dx, dy, at(e));
  });
  const up = (e: PointerEvent): void => {
    if (!start) return;
    start = null;
    if (!dragged) return;
    el.style.transform = '';
    const target = at(e);
    if (target !== null) o.onDrop(target);
    else o.onCancel();
    // The click that follows a drag must not toggle the selection.
    window.setTimeout(() => (dragged = false), 0);
  };
  el.addEventListener('pointerup', up);
  el.addEventListener('pointercancel', up);
  return { justDragged: () => dragged };
}
