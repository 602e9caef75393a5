// Scene keys of the kiosk's own screens. The attract loop takes the title's key (SCENES.title): in kiosk mode it
// is the screen every "back to the start" lands on, so the shell's flows need no change.
export const KIOSK_SCENES = {
  pin: 'KioskPin',
  operator: 'KioskOperator',
  board: 'KioskBoard',
  card: 'KioskCard',
  boardAdmin: 'KioskBoardAdmin',
  /** The result page a take-home card's link opens (on a visitor's phone, not at the booth). */
  takeHome: 'KioskTakeHome',
} as const;
