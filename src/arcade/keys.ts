// Scene keys of the shell, as constants (DESIGN.md rule 4).
export const SCENES = {
  boot: 'Boot',
  title: 'Title',
  picker: 'Picker',
  levels: 'LevelSelect',
  results: 'Results',
  settings: 'Settings',
  error: 'LevelError',
  pause: 'Pause',
  check: 'Check',
  library: 'Library',
  recap: 'Recap',
  primer: 'Primer',
  yourLevels: 'YourLevels',
} as const;
