// A room saved in this browser (or sent by the trainer's window to the audience's), read back: its shape checked
// with zod, then against this level's cards and teams, so a reload resumes exactly and anything else starts afresh.
import { z } from 'zod';
import { cleanText } from './preset';
import {
  ID,
  KEEP,
  MAX_CARD_SECONDS,
  MAX_ROOM_ITEMS,
  MAX_STORY_TEXT,
  MAX_STORY_WHY,
  MAX_TIME,
  MIN_CARD_SECONDS,
  ROOM_VERSION,
  type RoomState,
  type RoomStory,
  type RoomVote,
} from './room';

/** The shape of a saved room (its bounds and kinds); resumeRoom then checks it against this level, cards and teams. */
const savedRoomSchema = z.object({
  v: z.literal(ROOM_VERSION),
  levelId: z.string().max(64),
  teams: z.array(z.string().max(64)).max(MAX_ROOM_ITEMS),
  items: z.array(z.string().regex(ID)).max(MAX_ROOM_ITEMS),
  index: z.number().int().min(0).max(MAX_ROOM_ITEMS),
  phase: z.enum(['vote', 'reveal', 'end']),
  votes: z.record(
    z.string(),
    z.record(z.string(), z.object({ option: z.string().max(64), at: z.number().min(0).max(MAX_TIME), late: z.literal(true).optional() })),
  ),
  revealed: z.array(z.string()).max(MAX_ROOM_ITEMS * 2),
  active: z.string().nullable(),
  paused: z.boolean(),
  cardSeconds: z.number().int().min(MIN_CARD_SECONDS).max(MAX_CARD_SECONDS).nullable(),
  secondsLeft: z.number().int().min(0).max(MAX_CARD_SECONDS).nullable(),
  stories: z
    .array(z.object({ id: z.string().regex(ID), text: z.string().max(MAX_STORY_TEXT), accepted: z.string().nullable(), why: z.string().max(MAX_STORY_WHY) }))
    .max(MAX_ROOM_ITEMS),
});

/** A saved room for this level and these cards and teams, or null (then the room starts afresh). */
export function resumeRoom(
  raw: unknown,
  o: { levelId: string; teams: readonly string[]; items: readonly string[]; storyOptions?: readonly string[] },
): RoomState | null {
  const parsed = savedRoomSchema.safeParse(raw);
  if (!parsed.success) return null;
  const r = parsed.data;
  if (r.levelId !== o.levelId) return null;
  if (r.teams.length !== o.teams.length || r.teams.some((t, i) => t !== o.teams[i])) return null;
  const keptStories: RoomStory[] = [];
  for (const st of r.stories) {
    if (!(st.accepted === null || (o.storyOptions ?? []).includes(st.accepted))) return null;
    // Cleaned again as when it was typed: a saved story is text from outside.
    const text = cleanText(st.text, MAX_STORY_TEXT, KEEP);
    if (!text) return null;
    keptStories.push({ id: st.id, text, accepted: st.accepted, why: cleanText(st.why, MAX_STORY_WHY, KEEP) });
  }
  const storyIds = new Set(keptStories.map((x) => x.id));
  // The level's cards in the same order, with the stories where they were put.
  const items = r.items;
  const levelItems = items.filter((i) => !storyIds.has(i));
  const expected = o.items.slice(0, MAX_ROOM_ITEMS);
  if (levelItems.length !== expected.length || levelItems.some((id, i) => id !== expected[i])) return null;
  if (new Set(items).size !== items.length || keptStories.some((x) => !items.includes(x.id))) return null;
  if (r.index > items.length || (r.phase === 'end') !== (r.index === items.length)) return null;
  if (!r.revealed.every((x) => items.includes(x))) return null;
  const keptVotes: RoomState['votes'] = {};
  for (const [item, byTeam] of Object.entries(r.votes)) {
    if (!items.includes(item)) return null;
    const row: Record<string, RoomVote> = {};
    for (const [team, v] of Object.entries(byTeam)) {
      if (!o.teams.includes(team)) return null;
      row[team] = v.late ? { option: v.option, at: v.at, late: true } : { option: v.option, at: v.at };
    }
    keptVotes[item] = row;
  }
  if ((r.cardSeconds === null) !== (r.secondsLeft === null)) return null;
  if (r.active !== null && !o.teams.includes(r.active)) return null;
  return {
    v: ROOM_VERSION,
    levelId: o.levelId,
    teams: [...o.teams],
    items: [...items],
    index: r.index,
    phase: r.phase,
    votes: keptVotes,
    revealed: [...new Set(r.revealed)],
    active: r.active,
    // A reload lifts a pause: the trainer is back at the room, and a paused room would answer to no key.
    paused: false,
    cardSeconds: r.cardSeconds,
    secondsLeft: r.secondsLeft,
    stories: keptStories,
  };
}
