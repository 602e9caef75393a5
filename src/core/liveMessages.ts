// The live room's messages, one zod schema each, shared by the server (which checks every message before it touches
// the room) and the browser (the trainer's window and the phone page check what the server sends). zod/mini keeps the
// phone page small. Bounds are the room's own (./room, ./live): anything longer or stranger is refused whole.
import * as z from 'zod/mini';
import { ID, MAX_CARD_SECONDS, MAX_ROOM_ITEMS, MAX_STORY_TEXT, MAX_STORY_WHY, MAX_TIME } from './room';
import { LIVE_MAX_NICK, LIVE_MAX_PEOPLE } from './live';
import { CODE } from './livePhone';
export { CODE, CODE_ALPHABET, LIVE_ROOM } from './livePhone';

const short = z.string().check(z.maxLength(64));
const text = (n: number) => z.string().check(z.maxLength(n));
const count = (max: number) => z.number().check(z.int(), z.minimum(0), z.maximum(max));

/** The longest message a phone may send (bytes); the server's transport refuses longer frames. */
export const LIVE_MAX_MESSAGE = 4096;

// --- from a phone ------------------------------------------------------------------------------------------------

export const phoneJoin = z.object({
  /** The seat's secret from an earlier join: the same seat, with its answers. */
  seat: z.optional(z.string().check(z.regex(/^[A-Za-z0-9_-]{16,64}$/))),
  team: z.optional(short),
  nick: z.optional(text(LIVE_MAX_NICK * 4)),
});
export const phoneAnswer = z.object({ option: short });

// --- from the trainer's window -----------------------------------------------------------------------------------

export const roomAction = z.discriminatedUnion('type', [
  z.object({ type: z.literal('vote'), team: short, option: short, at: z.number().check(z.minimum(0), z.maximum(MAX_TIME)) }),
  z.object({ type: z.literal('unvote'), team: short }),
  z.object({ type: z.literal('reveal'), accepted: z.optional(short), why: z.optional(text(MAX_STORY_WHY * 4)) }),
  z.object({ type: z.literal('next') }),
  z.object({ type: z.literal('skip') }),
  z.object({ type: z.literal('back') }),
  z.object({ type: z.literal('jump'), index: count(MAX_ROOM_ITEMS) }),
  z.object({ type: z.literal('pause') }),
  z.object({ type: z.literal('resume') }),
  z.object({ type: z.literal('extend'), seconds: z.optional(count(MAX_CARD_SECONDS)) }),
  z.object({ type: z.literal('story'), id: z.string().check(z.regex(ID)), text: text(MAX_STORY_TEXT * 4) }),
]);

/** Where the trainer's window was when it made an action (sent beside it): the server applies it only there. */
export const actOn = z.object({ on: z.optional(z.object({ index: count(MAX_ROOM_ITEMS), phase: z.enum(['vote', 'reveal', 'end']) })) });

const liveOption = z.object({ id: short, label: text(120), mark: text(8), text: z.optional(text(600)) });
export const liveCard = z.object({
  id: z.string().check(z.regex(ID)),
  text: text(2000),
  question: text(400),
  options: z.array(liveOption).check(z.maxLength(12)),
  credit: z.record(short, z.number().check(z.minimum(0), z.maximum(1))),
  /** Accepted answers, best first, each with why it fits (sent to phones at the reveal only). */
  accepted: z.array(z.object({ option: short, credit: z.number().check(z.minimum(0), z.maximum(1)), why: text(1200) })).check(z.maxLength(12)),
  explanation: text(2000),
});
/** What the phones are shown, in the room's language, built by the trainer's window from the game's room deck. */
export const liveDeck = z.object({
  lang: z.enum(['en', 'fr', 'es']),
  question: text(400),
  unit: z.enum(['card', 'decision', 'question']),
  unscored: z.boolean(),
  withhold: z.boolean(),
  cards: z.array(liveCard).check(z.maxLength(MAX_ROOM_ITEMS)),
  /** The options of a story the room brings (the deck's shared options); empty when the game has no stories. */
  storyOptions: z.array(liveOption).check(z.maxLength(12)),
});
export const liveTeam = z.object({ id: short, name: text(64) });

const liveAnswer = z.object({ option: short, at: z.number().check(z.minimum(0), z.maximum(MAX_TIME)), late: z.optional(z.literal(true)) });
/** A seat as the trainer's window keeps it (and hands back after a server restart): no secret, a hash of it. */
export const liveSeat = z.object({
  team: short,
  nick: text(LIVE_MAX_NICK * 4),
  answers: z.record(short, liveAnswer).check(z.refine((r) => Object.keys(r).length <= MAX_ROOM_ITEMS * 4)),
  key: z.string().check(z.regex(/^[a-f0-9]{64}$/)),
});

/** What the trainer's window sends to open a room (or to open it again after a server restart, with its record). */
export const hostCreate = z.object({
  /** A one-time secret of the window that opens the room: its first connection, and no other, becomes the host. */
  nonce: z.optional(z.string().check(z.regex(/^[A-Za-z0-9_-]{16,64}$/))),
  levelId: short,
  teams: z.array(liveTeam).check(z.minLength(1), z.maxLength(12)),
  cardSeconds: z.nullable(count(MAX_CARD_SECONDS)),
  deck: liveDeck,
  resume: z.optional(
    z.object({
      code: z.string().check(z.regex(CODE)),
      host: z.string().check(z.regex(/^[A-Za-z0-9_-]{16,64}$/)),
      /** The room as the trainer's window kept it: checked again by the room's own reader on the server. */
      room: z.unknown(),
      seats: z.record(short, liveSeat).check(z.refine((r) => Object.keys(r).length <= LIVE_MAX_PEOPLE)),
    }),
  ),
});
/** The trainer moves the live room to another level (or a check's poll): the phones stay, the deck changes. Sent over
 * HTTP (POST /live/deck), being larger than a phone's messages may be; proven by the host secret. */
export const hostDeck = z.object({
  code: z.string().check(z.regex(CODE)),
  host: z.string().check(z.regex(/^[A-Za-z0-9_-]{16,64}$/)),
  levelId: short,
  teams: z.array(liveTeam).check(z.minLength(1), z.maxLength(12)),
  cardSeconds: z.nullable(count(MAX_CARD_SECONDS)),
  deck: liveDeck,
  /** The trainer's room on this level (a return to a level in progress), checked again by the room's reader. */
  room: z.optional(z.unknown()),
});
export const hostJoin = z.object({ host: z.string().check(z.regex(/^[A-Za-z0-9_-]{16,64}$/)) });

// --- from the server ---------------------------------------------------------------------------------------------

/** To the trainer's window: the host's secret and the join code once the room is open. */
export const hostHello = z.object({ code: z.string().check(z.regex(CODE)), host: z.string() });

export type LiveDeck = z.infer<typeof liveDeck>;
export type HostCreate = z.infer<typeof hostCreate>;
