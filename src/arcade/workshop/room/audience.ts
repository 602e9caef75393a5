// The audience window: a second window of the arcade on the projector, kept in step with the trainer's room screen
// through a BroadcastChannel (same browser, no server). The trainer's window sends the room's state on every change
// and when an audience window says hello; the audience window draws it with no controls, and never shows an answer
// before the reveal. Messages are checked before use (the room's rules: core/roomResume).
import type { RoomState } from '../../../core/room';
import { resumeRoom } from '../../../core/roomResume';
import { a11y } from '../../../ui/a11y';
import { R } from './strings';
import { readLiveView } from './liveControl';
import type { RoomLive } from './present';

const NAME = 'learning-arcade/workshop-room';

/** `live`: a live room's join code and counts (checked by the audience window: liveControl readLiveView). */
export type RoomMessage =
  | { type: 'room'; gameId: string; levelId: string; file: string; state: RoomState; live?: unknown }
  | { type: 'hello' }
  | { type: 'left' };

let out: BroadcastChannel | null = null;

function channel(): BroadcastChannel | null {
  if (typeof BroadcastChannel !== 'function') return null;
  out ??= new BroadcastChannel(NAME);
  return out;
}

/** Sends a message to the other windows of this arcade (none open: it goes nowhere). */
export function publish(msg: RoomMessage): void {
  try {
    channel()?.postMessage(msg);
  } catch {
    // A state that cannot be cloned never happens (plain JSON); a closed channel is no one listening.
  }
}

/** Listens for messages from the other windows; returns the way to stop. */
export function listen(fn: (msg: RoomMessage) => void): () => void {
  if (typeof BroadcastChannel !== 'function') return () => undefined;
  const c = new BroadcastChannel(NAME);
  c.onmessage = (e: MessageEvent) => {
    const m = e.data as Partial<RoomMessage> | null;
    if (m && typeof m === 'object' && (m.type === 'room' || m.type === 'hello' || m.type === 'left')) fn(m as RoomMessage);
  };
  return () => c.close();
}

/** The room the trainer's window sent, checked against this level's cards and teams (null: not this room), and
 * whether only its clock moved (then only the countdown is redrawn). */
export function audienceState(
  before: RoomState,
  sent: unknown,
  ids: { levelId: string; teams: readonly string[]; items: readonly string[] },
  liveBefore?: RoomLive,
  liveSent?: unknown,
): { state: RoomState; clockOnly: boolean; live: RoomLive | undefined } | null {
  const next = resumeRoom(sent, ids);
  if (!next) return null;
  const state = { ...next, paused: (sent as { paused?: unknown }).paused === true };
  // A live room's join code and counts, checked; a change in them redraws the screen.
  const live = readLiveView(liveSent);
  const same =
    JSON.stringify({ ...before, secondsLeft: 0 }) === JSON.stringify({ ...state, secondsLeft: 0 }) && JSON.stringify(live) === JSON.stringify(liveBefore);
  return { state, clockOnly: same, live };
}

/** Opens the audience window for the projector (or brings it forward); its state comes from the trainer's window. */
export function openAudience(): void {
  const w = window.open(audienceUrl(location.href), 'learning-arcade-audience', 'popup');
  if (w) {
    w.focus();
    a11y().announce(R('room.audienceOpened'));
  } else a11y().announce(R('room.audienceBlocked'));
}

/** The address of the audience window: this workshop's link, marked as the audience's view. */
export function audienceUrl(href: string): string {
  const url = new URL(href);
  url.searchParams.set('view', 'audience');
  url.hash = '';
  return url.href;
}
