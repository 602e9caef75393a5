// A refusal or a "press again to confirm" that everyone sees, not only a screen reader: the words go to the live
// region (once) and show for a few seconds in a box at the foot of the screen that touches nothing (no pointer
// events, hidden from screen readers, which have already heard it).
import { a11y } from './a11y';

const SHOWN_MS = 5000;
let timer: number | undefined;

/** A new screen: the last screen's refusal is not this one's. */
export function clearFlash(): void {
  window.clearTimeout(timer);
  document.querySelector('.flash')?.remove();
}

export function flash(text: string, urgent = false): void {
  a11y().announce(text, urgent);
  let box = document.querySelector<HTMLElement>('.flash');
  if (!box) {
    box = document.createElement('div');
    box.className = 'flash';
    box.setAttribute('aria-hidden', 'true');
    box.dataset.id = 'flash';
    a11y().root.parentElement?.append(box);
  }
  box.textContent = text;
  window.clearTimeout(timer);
  timer = window.setTimeout(() => box?.remove(), SHOWN_MS);
}
