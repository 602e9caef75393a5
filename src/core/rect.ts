// A rectangle in CSS pixels: what pure layouts compute and the view draws and positions controls on.
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A line of words a layout places: its x (its centre when the text is centred), its top and its wrapping width. */
export interface LineAt {
  x: number;
  y: number;
  w: number;
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
