// The workshop room's keys, as commands: a keyboard, and a presenter's clicker (Page Up, Page Down, B, full stop).
// Pure: (the key pressed, the room's phase) -> what it asks for, so the mapping is read and tested in one place.
import type { RoomPhase } from '../../../core/room';

export type RoomCommand =
  | { type: 'team'; n: number }
  | { type: 'reveal' | 'next' | 'back' | 'skip' | 'pause' | 'extend' | 'blank' | 'help' | 'story' | 'cards' | 'notes' };

export interface KeyPress {
  key: string;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
  /** Held down: one press is one action (holding 1 would take a vote back and forth). */
  repeat?: boolean;
}

const LETTERS: Record<string, RoomCommand['type']> = {
  r: 'reveal',
  s: 'skip',
  p: 'pause',
  e: 'extend',
  '+': 'extend',
  b: 'blank',
  '.': 'blank',
  h: 'help',
  '?': 'help',
  a: 'story',
  c: 'cards',
  t: 'notes',
  PageUp: 'back',
};

/** A text panel's scroll: where it is, how tall its text is, and how much of it shows. */
export interface PanelScroll {
  top: number;
  height: number;
  client: number;
}

/**
 * A clicker cannot scroll, so its Page Down first pages through the reveal's panels, in reading order, and only moves
 * on once each has been read to its end; Page Up pages back up before going back. The panel to move and its new top,
 * or null when there is nothing left to page in that direction (then the key does what it does on its own).
 */
export function pageStep(panels: readonly PanelScroll[], dir: 1 | -1): { index: number; top: number } | null {
  const step = (p: PanelScroll): number => Math.max(1, Math.round(p.client * 0.85));
  if (dir === 1) {
    const index = panels.findIndex((p) => p.top + p.client < p.height - 1);
    return index < 0 ? null : { index, top: Math.min(panels[index]!.height - panels[index]!.client, panels[index]!.top + step(panels[index]!)) };
  }
  const index = panels.findLastIndex((p) => p.top > 0);
  return index < 0 ? null : { index, top: Math.max(0, panels[index]!.top - step(panels[index]!)) };
}

/** The command a key asks for in this phase, or null (Escape is the screen's own: close, or pause). */
export function roomCommand(e: KeyPress, phase: RoomPhase): RoomCommand | null {
  if (e.ctrlKey || e.altKey || e.metaKey || e.repeat) return null;
  const k = e.key.length === 1 ? e.key.toLowerCase() : e.key;
  if (/^[1-8]$/.test(k)) return phase === 'vote' ? { type: 'team', n: Number(k) - 1 } : null;
  // The clicker's "next": reveal while the teams answer, then on to the next card.
  if (k === 'PageDown') return phase === 'vote' ? { type: 'reveal' } : phase === 'reveal' ? { type: 'next' } : null;
  if (k === 'n') return phase === 'reveal' ? { type: 'next' } : null;
  const type = Object.hasOwn(LETTERS, k) ? LETTERS[k] : undefined;
  return type ? ({ type } as RoomCommand) : null;
}
