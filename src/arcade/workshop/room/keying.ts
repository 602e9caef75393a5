// Keying in the teams' answers on the room screen: the trainer chooses an answer, then taps each team that gave it
// (or a team first, then its answer); tapping a team again with its own answer takes it back. In a live room this
// is for the teams without phones. Holds what is chosen and picked between taps; the room's rules decide the rest.
import { currentItem, type RoomAction, type RoomState } from '../../../core/room';
import type { SessionTeam } from '../../../core/export';
import type { RoomDeck } from '../../../games/sdk/room';
import { a11y } from '../../../ui/a11y';
import { R } from './strings';

export class Keying {
  /** The answer the trainer has chosen (teams are then marked with it), and a team picked before its answer. */
  chosen: string | null = null;
  picked: string | null = null;

  constructor(
    private readonly k: {
      state(): RoomState | null;
      teams(): SessionTeam[];
      deck(): RoomDeck | null;
      act(a: RoomAction): boolean;
      rebuild(): void;
    },
  ) {}

  clear(): void {
    this.chosen = this.picked = null;
  }

  choose(option: string): void {
    this.chosen = option;
    if (this.picked) {
      const team = this.picked;
      this.picked = null;
      return this.vote(team, option);
    }
    this.k.rebuild();
    a11y().announce(R('room.optionChosen', { option: this.label(option) }));
  }

  /** A team's button or number key: records the chosen answer for it, or takes it back if it was that one. */
  team(n: number): void {
    const s = this.k.state();
    const t = this.k.teams()[n];
    const id = s ? currentItem(s) : undefined;
    if (!s || !t || !id || s.phase !== 'vote') return;
    if (!this.chosen) {
      this.picked = t.id;
      this.k.rebuild();
      a11y().announce(R('room.teamPicked', { team: t.name }));
      return;
    }
    if (s.votes[id]?.[t.id]?.option === this.chosen) {
      if (this.k.act({ type: 'unvote', team: t.id })) a11y().announce(R('room.unvoted', { team: t.name }));
      return;
    }
    this.vote(t.id, this.chosen);
  }

  private vote(team: string, option: string): void {
    const name = this.k.teams().find((t) => t.id === team)?.name ?? team;
    const late = this.k.state()?.secondsLeft === 0;
    if (this.k.act({ type: 'vote', team, option, at: Date.now() }))
      a11y().announce(R(late ? 'room.votedLate' : 'room.voted', { team: name, option: this.label(option) }));
  }

  private label(id: string): string {
    return this.k.deck()?.options.find((o) => o.id === id)?.label ?? id;
  }
}
