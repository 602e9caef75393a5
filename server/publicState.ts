// What every phone in a live room sees, synchronised by Colyseus: the card on screen, the clock, how many answered
// (never what), the teams, and after the reveal how the room answered and why. Each phone's own answer is not here:
// it goes to that phone alone (the 'you' message).
import { schema, t, type SchemaType } from '@colyseus/schema';

export const OptionView = schema({ id: t.string(), label: t.string(), mark: t.string(), text: t.string() }, 'OptionView');
export const TeamView = schema({ id: t.string(), name: t.string(), members: t.uint16() }, 'TeamView');
export const AcceptedView = schema({ option: t.string(), credit: t.float32(), why: t.string() }, 'AcceptedView');
/** One option's bar at the reveal: people who chose it, and teams whose majority it was (a tie counts for each). */
export const BarView = schema({ option: t.string(), people: t.uint16(), teams: t.uint8(), tiedTeams: t.uint8() }, 'BarView');

export const LiveView = schema(
  {
    code: t.string(),
    lang: t.string(),
    unit: t.string(),
    /** 'vote', 'reveal' or 'end'. */
    phase: t.string(),
    index: t.uint8(),
    total: t.uint8(),
    paused: t.boolean(),
    /** -1: no clock. */
    secondsLeft: t.int16(),
    people: t.uint16(),
    answered: t.uint16(),
    hostHere: t.boolean(),
    cardId: t.string(),
    text: t.string(),
    question: t.string(),
    options: t.array(OptionView),
    teams: t.array(TeamView),
    /** Filled at the reveal (accepted stays empty for a first check, which shows how the room answered but not which fits). */
    explanation: t.string(),
    accepted: t.array(AcceptedView),
    bars: t.array(BarView),
  },
  'LiveView',
);
export type LiveView = SchemaType<typeof LiveView>;
