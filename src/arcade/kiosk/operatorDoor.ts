// The operator's way into the panel at the booth, out of the visitors' sight: a long press (three seconds) in the
// screen's bottom right corner, by touch or mouse, or Ctrl+Alt+O on a keyboard. Nothing is drawn and nothing is in
// the tab order, so a visitor never meets it; the PIN still guards the panel. Documented in the README.
const HOLD_MS = 3000;
/** The corner's size (CSS px): a fingertip's room, where no visitor control sits. */
const CORNER = 88;

/** Watches for the operator's gesture while the welcome screen is up; returns the way to stop. */
export function watchOperatorDoor(open: () => void): () => void {
  const door = document.createElement('div');
  door.className = 'op-door';
  door.dataset.id = 'operator-door';
  door.setAttribute('aria-hidden', 'true');
  door.style.width = door.style.height = `${CORNER}px`;
  let timer: number | undefined;
  const cancel = (): void => window.clearTimeout(timer);
  door.addEventListener('pointerdown', (e) => {
    e.preventDefault();
    cancel();
    timer = window.setTimeout(open, HOLD_MS);
  });
  for (const type of ['pointerup', 'pointerleave', 'pointercancel'] as const) door.addEventListener(type, cancel);
  door.addEventListener('contextmenu', (e) => e.preventDefault());
  const onKey = (e: KeyboardEvent): void => {
    if (e.ctrlKey && e.altKey && (e.key === 'o' || e.key === 'O')) {
      e.preventDefault();
      open();
    }
  };
  window.addEventListener('keydown', onKey);
  document.querySelector('.a11y-layer')?.parentElement?.append(door);
  return () => {
    cancel();
    door.remove();
    window.removeEventListener('keydown', onKey);
  };
}
