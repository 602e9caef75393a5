// The booth's idle watch: after the operator's idle time with no pointer, key or touch, a countdown of 30 s
// (WCAG 2.2.1 asks for 20 at least) with "I'm still here", announced to screen readers; when it runs out, the
// visitor's session is cleared. Timers use Date.now() and setTimeout, so a test's page clock drives them.
import { COUNTDOWN_MS, idlePhase } from '../../core/idle';
import { a11y } from '../../ui/a11y';
import { K } from './strings';

/** How often the watch looks at the clock (and the countdown updates). */
const TICK_MS = 1000;
/** A second announcement when this many seconds are left. */
const LAST_CALL_SECONDS = 10;

export interface IdleOptions {
  idleMs(): number;
  /** False while nobody is playing (the attract loop). */
  applies(): boolean;
  onReset(): void;
}

export function watchIdle(o: IdleOptions): () => void {
  let lastInput = Date.now();
  let timer: number | undefined;
  let box: HTMLElement | null = null;
  let text: HTMLElement | null = null;
  let lastCall = false;
  /** A pointer is down on the countdown: its click, not the clock, takes it away. */
  let pressing = false;
  let returnFocus: HTMLElement | null = null;

  const hide = (): void => {
    if (!box) return;
    box.remove();
    box = null;
    text = null;
    a11y().root.inert = false;
    if (returnFocus?.isConnected) returnFocus.focus({ preventScroll: true });
    returnFocus = null;
  };

  const show = (seconds: number): void => {
    returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    box = document.createElement('div');
    box.className = 'kiosk-idle';
    box.setAttribute('role', 'alertdialog');
    box.setAttribute('aria-modal', 'true');
    box.setAttribute('aria-labelledby', 'kiosk-idle-title');
    box.setAttribute('aria-describedby', 'kiosk-idle-text');
    const h = document.createElement('h2');
    h.id = 'kiosk-idle-title';
    h.textContent = K('idle.title');
    text = document.createElement('p');
    text.id = 'kiosk-idle-text';
    text.textContent = K('idle.countdown', { seconds });
    const still = document.createElement('button');
    still.type = 'button';
    still.textContent = K('idle.still');
    box.append(h, text, still);
    // A tap on the countdown is answered by its click, which lands on the countdown itself: hidden at pointerdown,
    // the rest of the tap (its click) would go to whatever control lies under the finger.
    box.addEventListener('pointerdown', () => (pressing = true));
    box.addEventListener('pointercancel', () => (pressing = false));
    box.addEventListener('click', () => {
      pressing = false;
      lastInput = Date.now();
      hide();
    });
    // The screen under the countdown is out of reach until it is answered.
    a11y().root.inert = true;
    a11y().root.parentElement?.append(box);
    still.focus({ preventScroll: true });
    lastCall = false;
    a11y().announce(K('idle.announce', { seconds }), true);
  };

  const tick = (): void => {
    window.clearTimeout(timer);
    timer = window.setTimeout(tick, TICK_MS);
    if (!o.applies()) {
      lastInput = Date.now();
      hide();
      return;
    }
    const p = idlePhase(Date.now(), lastInput, o.idleMs(), COUNTDOWN_MS);
    if (p.phase === 'active') {
      if (!pressing) hide();
    } else if (p.phase === 'warning') {
      if (!box) show(p.secondsLeft);
      else if (text) text.textContent = K('idle.countdown', { seconds: p.secondsLeft });
      if (p.secondsLeft <= LAST_CALL_SECONDS && !lastCall) {
        lastCall = true;
        a11y().announce(K('idle.announce', { seconds: p.secondsLeft }), true);
      }
    } else {
      hide();
      lastInput = Date.now();
      o.onReset();
    }
  };

  /** Any input: the visitor is here. A press on the countdown waits for its click (above). */
  const bump = (e: Event): void => {
    lastInput = Date.now();
    if (box && !(e.type !== 'keydown' && e.target instanceof Node && box.contains(e.target))) hide();
  };
  const events = ['pointerdown', 'keydown', 'touchstart', 'wheel', 'input'] as const;
  for (const e of events) addEventListener(e, bump, { capture: true, passive: true });
  tick();
  return () => {
    window.clearTimeout(timer);
    for (const e of events) removeEventListener(e, bump, { capture: true });
    hide();
  };
}
