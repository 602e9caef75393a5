// The arcade's palette and type scale. Text colours meet WCAG AA (4.5:1) on the surfaces they are used on;
// meaning is never carried by colour alone (verdicts also have a symbol and a word).

const STANDARD = {
  /** page background, deep navy */
  bg: 0x14213d,
  /** card and panel surface */
  surface: 0xfdf6e3,
  surfaceAlt: 0xe9eef6,
  /** text on surface: 14.9:1 */
  ink: 0x1b1b1b,
  /** secondary text on surface: 7.4:1 */
  inkSoft: 0x3d4451,
  /** text on bg: 15.4:1 */
  onBg: 0xffffff,
  /** secondary text on bg: 9.6:1 */
  onBgSoft: 0xc9d3e6,
  accent: 0xffb703,
  /** button fill; its label is ink: 10.9:1 */
  button: 0xffd166,
  buttonHover: 0xffe29a,
  buttonQuiet: 0x2b3b63,
  right: 0x1f7a3a,
  partial: 0x8a5a00,
  wrong: 0xb3261e,
  locked: 0x59627a,
  star: 0xffb703,
  focus: 0xffd166,
} as const;

export type ColorName = keyof typeof STANDARD;

/** Projector colours (workshop mode): black and white with one bright accent, every pair well above 7:1, for a
 * washed-out projected image seen from the back of a room. */
const PROJECTOR: Record<ColorName, number> = {
  bg: 0x000000,
  surface: 0xffffff,
  surfaceAlt: 0xf0f0f0,
  ink: 0x000000,
  inkSoft: 0x262626,
  onBg: 0xffffff,
  onBgSoft: 0xf0f0f0,
  accent: 0xffd400,
  button: 0xffd400,
  buttonHover: 0xffe866,
  buttonQuiet: 0x0033a0,
  right: 0x00662a,
  partial: 0x6b4400,
  wrong: 0xa50e0e,
  locked: 0x4a4a4a,
  star: 0xffd400,
  focus: 0xffd400,
};

/** The palette in use. Read at draw time, so a switch shows on the next rebuild of each screen. */
export const COLORS: Record<ColorName, number> = { ...STANDARD };

export type Palette = 'standard' | 'projector';

/** Switches the palette (a module that copied a colour at load keeps it until the page reloads). */
export function setPalette(p: Palette): void {
  Object.assign(COLORS, p === 'projector' ? PROJECTOR : STANDARD);
}

export function css(color: number): string {
  return `#${color.toString(16).padStart(6, '0')}`;
}

export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif';

/** Base sizes in CSS px at text scale 1; nothing below 16. */
export const TYPE = {
  small: 16,
  body: 18,
  large: 22,
  title: 30,
  hero: 44,
} as const;
