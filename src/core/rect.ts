// A rectangle in CSS pixels: what pure layouts compute and the view draws and positions controls on.
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** What a game's pure layout needs of the screen: ui/layout's Layout has all of it (layouts may not import ui/). */
export interface ScreenFrame {
  w: number;
  h: number;
  portrait: boolean;
  pad: number;
  gap: number;
  buttonH: number;
  font: { small: number; body: number; large: number };
  /** Everything below the header. */
  body: Rect;
}
