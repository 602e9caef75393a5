// No way out by accident at a booth: the browser's Back is caught, the context menu, text selection, pinch zoom and
// pull-to-refresh are off (the CSS under html.kiosk). Keyboard and screen-reader use are untouched.
const GUARD = { kioskGuard: true };

export function startGuards(): void {
  // One extra history entry: Back lands on it, and it is put back at once.
  history.pushState(GUARD, '');
  addEventListener('popstate', () => history.pushState(GUARD, ''));
  addEventListener('contextmenu', (e) => e.preventDefault());
  // Selection stays possible where text is typed (the nickname field).
  addEventListener('selectstart', (e) => {
    const t = e.target as HTMLElement | null;
    if (!(t instanceof HTMLInputElement)) e.preventDefault();
  });
  // Pinch zoom on browsers that ignore touch-action (Safari's gesture events); ctrl+wheel zoom too.
  addEventListener('gesturestart', (e) => e.preventDefault());
  addEventListener(
    'wheel',
    (e) => {
      if (e.ctrlKey) e.preventDefault();
    },
    { passive: false },
  );
  addEventListener('dragstart', (e) => e.preventDefault());
}
