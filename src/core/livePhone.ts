// What the phone page needs of the live room's messages, apart from the rest (./liveMessages) so the phone page
// carries only these schemas: the join code's form and the one message a phone reads of its own.
import * as z from 'zod/mini';

/** The name of the room type on the server. */
export const LIVE_ROOM = 'live';
/** A join code: eight letters and digits that cannot be misread (no 0/O, 1/I/L), shown as two groups of four. */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE = /^[A-HJKMNP-Z2-9]{8}$/;

/** A code as it is shown and read aloud: two groups of four. */
export const showCode = (code: string): string => (code.length === 8 ? `${code.slice(0, 4)}-${code.slice(4)}` : code);

/** Typed by a participant: spaces and dashes in a code are not part of it. */
export function normaliseCode(raw: string): string {
  return raw.toUpperCase().replace(/[\s-]/g, '').slice(0, 16);
}

/** To one phone: its seat's secret (kept for a rejoin), its team and its answer to the card on screen. */
export const youMessage = z.object({
  seat: z.string().check(z.maxLength(64)),
  team: z.string().check(z.maxLength(64)),
  teamName: z.string().check(z.maxLength(64)),
  mine: z.nullable(z.string().check(z.maxLength(64))),
  refused: z.optional(z.enum(['slow', 'closed', 'unknownOption', 'paused', 'notVoting'])),
});
export type YouMessage = z.infer<typeof youMessage>;
