// What the UI layer needs from the rest of the arcade, handed in once by the composition root (main.ts):
// the text size and motion settings, and the sound of a press. So ui/ imports nothing above it.
export interface UiContext {
  /** Multiplier of every font size (the player's text size setting). */
  textScale(): number;
  reducedMotion(): boolean;
  /** A control was pressed: the shell plays its sound. */
  pressed(): void;
  /**
   * Height at the top of a w×h screen kept clear of controls, out of a standing visitor's reach (a booth's totem:
   * the controls go in the lower two-thirds). 0 everywhere else.
   */
  reachTop(w: number, h: number): number;
}

let context: UiContext = { textScale: () => 1, reducedMotion: () => false, pressed: () => undefined, reachTop: () => 0 };

export function configureUi(c: UiContext): void {
  context = c;
}

export function uiContext(): UiContext {
  return context;
}
