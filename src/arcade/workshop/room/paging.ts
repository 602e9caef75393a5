// The room's keys in the page: a keyboard's and a clicker's (keys.ts maps them, pure), and reading a long reveal with
// a clicker: its Page Down and Page Up page through the room's text panels before they move on or back (in the order
// of keys.ts pageStep), and a panel with more below says so at its foot.
import type { RoomPhase } from '../../../core/room';
import { pageStep, roomCommand } from './keys';
import { openDialog } from './dialogs';
import { typingIn } from '../workshop';
import type { RoomHandlers } from './draw';

/** A key pressed on the room screen: what it asks for, done (a dialog open or a field typed in takes its own keys). */
export function roomKey(e: KeyboardEvent, phase: RoomPhase, h: RoomHandlers, o: { page(dir: 1 | -1): boolean; blank(): void; help(): void }): void {
  const dlg = openDialog();
  // Typing in a dialog's field is typing; the pause and help dialogs close on their own keys.
  if (dlg || typingIn(e.target)) {
    const cmd = dlg && !e.repeat ? roomCommand(e, phase) : null;
    if ((dlg?.kind === 'pause' && cmd?.type === 'pause') || (dlg?.kind === 'help' && cmd?.type === 'help')) dlg.close();
    return;
  }
  const cmd = roomCommand(e, phase);
  if (!cmd) return;
  e.preventDefault();
  if ((e.key === 'PageDown' || e.key === 'PageUp') && phase !== 'vote' && o.page(e.key === 'PageDown' ? 1 : -1)) return;
  if (cmd.type === 'team') h.team(cmd.n);
  else if (cmd.type === 'blank') o.blank();
  else if (cmd.type === 'help') o.help();
  else if (cmd.type === 'next' || cmd.type === 'back' || cmd.type === 'skip') h.step(cmd.type);
  else h[cmd.type]();
}

const panel = (id: string): HTMLElement[] => [...document.querySelectorAll<HTMLElement>(`.a11y-layer .a11y-scope:not([inert]) [data-id="${id}"]`)];

/** Pages the panels (ids in reading order) one step; false when there is nothing left to page that way. */
export function pagePanels(ids: readonly string[], dir: 1 | -1): boolean {
  const els = ids.flatMap(panel);
  const step = pageStep(
    els.map((el) => ({ top: el.scrollTop, height: el.scrollHeight, client: el.clientHeight })),
    dir,
  );
  if (!step) return false;
  els[step.index]!.scrollTop = step.top;
  return true;
}

/** A panel with more text than shows says so at its foot (Page Down reads on), and stops saying it at its end. */
export function markMore(): void {
  for (const el of document.querySelectorAll<HTMLElement>('.a11y-layer .a11y-scope:not([inert]) .panel-text')) {
    const mark = (): void => {
      el.toggleAttribute('data-more', el.scrollTop + el.clientHeight < el.scrollHeight - 1);
    };
    mark();
    el.addEventListener('scroll', mark, { passive: true });
  }
}
