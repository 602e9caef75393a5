// A rectangle in CSS pixels: what pure layouts compute and the view draws and positions controls on.
export interface Rect {
  x: number;
  y: number;
  w: number;
  h: number;
}
