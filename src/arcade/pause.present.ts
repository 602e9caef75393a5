// What the pause screen says and offers, over a paused round: its heading and three choices, Resume first (and
// focused, so Enter or Escape goes straight back). Pure: the scene draws it and wires each choice.
import { T } from './strings';

export type PauseChoice = 'resume' | 'restart' | 'quit';

export interface PauseView {
  heading: string;
  items: Array<{ id: PauseChoice; label: string; style: 'primary' | 'quiet' }>;
  focus: PauseChoice;
}

export function presentPause(): PauseView {
  return {
    heading: T('screen.pause'),
    items: [
      { id: 'resume', label: T('pause.resume'), style: 'primary' },
      { id: 'restart', label: T('pause.restart'), style: 'quiet' },
      { id: 'quit', label: T('pause.quit'), style: 'quiet' },
    ],
    focus: 'resume',
  };
}
