// A workshop's own keys in this browser's storage (the session record, the room in progress), read and written so
// that storage full or off never stops the workshop: what a key holds then lives in memory for this page.
import { browserStore } from '../services';

export const SESSION_KEY = 'learning-arcade/workshop-session';
/** The room's state (votes, reveals, stories), so a reload in the middle of a card resumes it. */
export const ROOM_KEY = 'learning-arcade/workshop-room';
/** The live room this browser opened (its code and host secret), and its seats: for a reload or a server restart.
 * Forgotten with the session: a new session never rejoins yesterday's room or sends its people to a server again. */
export const LIVE_KEY = 'learning-arcade/workshop-live';
export const LIVE_SEATS_KEY = 'learning-arcade/workshop-live-seats';

/** A workshop's own key in this browser's storage: its text, or null when there is none or storage is off. */
export function kept(key: string): string | null {
  try {
    return browserStore()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Keeps (or with null, forgets) a workshop's own key. Full or off: what it holds lives in memory for this page
 * (the session can still be exported). */
export function keep(key: string, text: string | null): void {
  try {
    if (text === null) browserStore()?.removeItem(key);
    else browserStore()?.setItem(key, text);
  } catch {
    // Nothing to do: see above.
  }
}
