// Words of the workshop room: (the room's state, the game's deck, the teams, what the trainer has chosen) -> every
// line the room sees or hears. No Phaser or DOM here; the screen and its tests read the same words.
import { ROOM_POINTS, answeredCount, currentItem, ranks, roomScores, ruleOf, tally, verdictOf, type RoomRule, type RoomState } from '../../../core/room';
import type { RoomDeck, RoomItem, RoomOption } from '../../../games/sdk/room';
import type { SessionTeam } from '../../../core/export';
import type { LiveSummary } from '../../../core/live';
import { R } from './strings';
import { getLang } from '../../../core/i18n';

export interface RoomTeamView {
  id: string;
  n: number;
  name: string;
  /** What the button shows: number, name, and the mark of its answer. */
  visible: string;
  label: string;
  hint: string;
  answer: string | null;
  picked: boolean;
}

export interface BarView {
  option: string;
  text: string;
  count: number;
  /** 0..1 of the widest bar. */
  share: number;
  accepted: 'full' | 'part' | null;
}

export interface RoomContext {
  state: RoomState;
  deck: RoomDeck;
  /** The deck's items and the room's stories, by id. */
  item: (id: string) => RoomItem | undefined;
  teams: SessionTeam[];
  /** The answer the trainer has chosen (teams are then marked with it), and a team picked before its answer. */
  chosen: string | null;
  picked: string | null;
  /** The game lets the room add its own stories. */
  stories: boolean;
  /** The teams' answers stay off the screen until the reveal (the workshop's "hide" setting, and the audience's). */
  hidden: boolean;
  /** The trainer can open an audience window from here (a wide screen, and not the audience window itself). */
  audienceWindow?: boolean;
  /** A live room: its join code and address, and the phones on the card on screen (counts, never choices). */
  live?: RoomLive;
}

export interface RoomLive {
  /** The link to the room server is down: phones' answers wait until it is back. */
  lost?: boolean;
  code: string;
  url: string;
  summary: LiveSummary;
}

export function rules(c: Pick<RoomContext, 'deck' | 'item' | 'state'>): RoomRule[] {
  return c.state.items.flatMap((id) => {
    const it = c.item(id);
    return it ? [it] : [];
  });
}

/** The options this card offers, in the deck's order. */
export function optionsOf(deck: RoomDeck, item: RoomItem): RoomOption[] {
  return deck.options.filter((o) => item.options.includes(o.id));
}

export function storyOptions(deck: RoomDeck): string[] {
  return deck.options.map((o) => o.id);
}

function optionOf(deck: RoomDeck, id: string | null | undefined): RoomOption | undefined {
  return id ? deck.options.find((o) => o.id === id) : undefined;
}

function list(items: string[]): string {
  return new Intl.ListFormat(getLang(), { type: 'conjunction' }).format(items);
}

export function title(c: RoomContext): string {
  const s = c.state;
  return s.phase === 'end' ? R('room.titleEnd') : R('room.title', { n: s.index + 1, total: s.items.length, unit: c.deck.unit ?? 'card' });
}

export function timeLine(s: RoomState): string {
  if (s.paused) return R('room.paused');
  if (s.secondsLeft === null || s.phase !== 'vote') return '';
  if (s.secondsLeft === 0) return R('room.timeUpShort');
  return R('room.timeLeft', { minutes: String(Math.floor(s.secondsLeft / 60)), seconds: String(s.secondsLeft % 60).padStart(2, '0') });
}

/** The big countdown (M:SS); empty without a timer or off the answering phase. */
export function clockFace(s: RoomState): string {
  if (s.secondsLeft === null || s.phase !== 'vote') return '';
  return `${Math.floor(s.secondsLeft / 60)}:${String(s.secondsLeft % 60).padStart(2, '0')}`;
}

export function statusLine(c: RoomContext): string {
  const id = currentItem(c.state);
  if (!id) return '';
  const answered = answeredCount(c.state, id);
  const base = c.teams.length === 1 ? R('room.statusRoom', { answered }) : R('room.status', { answered, teams: c.teams.length });
  const phones = c.live?.summary;
  const people = !phones
    ? ''
    : c.live?.lost
      ? R('room.liveLostShort')
      : phones.people === 0
        ? R('room.liveNobody')
        : R('room.liveStatus', { answered: phones.answered, people: phones.people });
  return [base, people, timeLine(c.state)].filter(Boolean).join(' · ');
}

export function teamViews(c: RoomContext, withMarks: boolean): RoomTeamView[] {
  const id = currentItem(c.state);
  const votes = id ? (c.state.votes[id] ?? {}) : {};
  const chosen = optionOf(c.deck, c.chosen);
  return c.teams.map((t, i) => {
    const answer = optionOf(c.deck, votes[t.id]?.option);
    // A live room counts each team's phones: how many of its members answered (never what).
    const counts = c.live?.summary.teams[t.id];
    const phones = counts?.members ? ` · ${R('room.teamLive', counts)}` : '';
    const name = R('room.team', { n: i + 1, team: t.name }) + phones;
    // Hidden until the reveal: the room sees that a team answered, never what (other teams are still deciding).
    if (c.hidden)
      return {
        id: t.id,
        n: i + 1,
        name: t.name,
        visible: answer ? `${name}  ✓` : name,
        label: R('room.teamLabelHidden', { n: i + 1, team: t.name, answered: answer ? 'yes' : 'no' }) + phones,
        hint: R('room.teamHint', { option: chosen ? chosen.label : 'none' }),
        answer: answer?.id ?? null,
        picked: c.picked === t.id,
      };
    return {
      id: t.id,
      n: i + 1,
      name: t.name,
      visible: answer ? `${name}  ${withMarks ? answer.mark : answer.label}` : name,
      label: R('room.teamLabel', { n: i + 1, team: t.name, answer: answer ? answer.label : 'none' }) + phones,
      hint: R('room.teamHint', { option: chosen ? chosen.label : 'none' }),
      answer: answer?.id ?? null,
      picked: c.picked === t.id,
    };
  });
}

export function bars(c: RoomContext, itemId: string): BarView[] {
  const rule = ruleOf(c.state, rules(c), storyOptions(c.deck), itemId);
  if (!rule) return [];
  const rows = tally(c.state, rule, itemId);
  const most = Math.max(1, ...rows.map((r) => r.teams.length));
  const name = new Map(c.teams.map((t) => [t.id, t.name]));
  // A live room's team whose members split evenly counts where the tie fell, and is said to be split.
  const ties = c.live && itemId === currentItem(c.state) ? c.live.summary.ties : {};
  const teamName = (t: string): string => (ties[t] ? R('room.tiedTeam', { team: name.get(t) ?? t }) : (name.get(t) ?? t));
  return rows.map((r) => {
    const opt = optionOf(c.deck, r.option);
    const credit = c.deck.withhold ? 0 : (rule.credit[r.option] ?? 0);
    const accepted = credit >= 1 ? 'full' : credit > 0 ? 'part' : null;
    return {
      option: r.option,
      count: r.teams.length,
      share: r.teams.length / most,
      accepted,
      text: [
        R('room.bar', {
          option: opt?.label ?? r.option,
          accepted: accepted ?? 'none',
          count: r.teams.length,
          list: list(r.teams.map(teamName)),
        }),
        // People as well as teams, in a live room (the card on screen: the phones' answers are counted there).
        ...(c.live && itemId === currentItem(c.state) ? [R('room.barPeople', { people: c.live.summary.tally[r.option] ?? 0 })] : []),
      ].join(' · '),
    };
  });
}

export function acceptedLines(c: RoomContext, item: RoomItem): string[] {
  return item.accepted.map((a) =>
    R('room.accepted', { option: optionOf(c.deck, a.option)?.label ?? a.option, points: Math.round(a.credit * ROOM_POINTS), max: ROOM_POINTS, why: a.why }),
  );
}

/** The card's questions: where the teams split, that first; then the game's own. */
export function discussion(c: RoomContext, item: RoomItem): string[] {
  const chosen = bars(c, item.id).filter((b) => b.count > 0);
  const split = chosen.length >= 2 ? [R('room.split', { list: list(chosen.map((b) => optionOf(c.deck, b.option)?.label ?? b.option)) })] : [];
  const name = new Map(c.teams.map((t) => [t.id, t.name]));
  const ties = Object.keys(c.live?.summary.ties ?? {}).map((t) => name.get(t) ?? t);
  const tied = ties.length > 0 ? [R('room.ties', { list: list(ties) })] : [];
  return [...tied, ...split, ...item.discussion].slice(0, 3);
}

export function scoreLines(c: RoomContext): string[] {
  const name = new Map(c.teams.map((t) => [t.id, t.name]));
  const scores = roomScores(c.state, rules(c), storyOptions(c.deck));
  // A first poll says nothing of who was right: only that each team's answers are kept.
  if (c.deck.withhold)
    return c.teams.map((t) => R('room.pollKept', { team: t.name, count: c.state.revealed.filter((id) => c.state.votes[id]?.[t.id]).length }));
  // A poll is not a contest: each team's right answers, in the teams' order.
  if (c.deck.unscored) {
    const revealed = c.state.revealed.length;
    return c.teams.map((t) =>
      R('room.pollRight', { team: t.name, right: Math.round((scores.find((s) => s.team === t.id)?.points ?? 0) / ROOM_POINTS), total: revealed }),
    );
  }
  const place = ranks(scores.map((s) => s.points));
  return scores.map((s, i) => R('room.score', { rank: place[i]!, team: name.get(s.team) ?? s.team, points: s.points }));
}

/** What a screen reader hears at the reveal: the bars, then the accepted answer. */
export function revealAnnouncement(c: RoomContext, item: RoomItem): string {
  return R('room.revealedAnnounce', {
    bars: bars(c, item.id)
      .map((b) => b.text)
      .join('. '),
    accepted: acceptedLines(c, item).join(' '),
  });
}

export function cardAnnouncement(c: RoomContext): string {
  const id = currentItem(c.state);
  const item = id ? c.item(id) : undefined;
  if (!item) return title(c);
  return `${R('room.cardAnnounce', { n: c.state.index + 1, total: c.state.items.length, text: item.text, unit: c.deck.unit ?? 'card' })} ${item.question ?? c.deck.question}`;
}

/** The end's list: each card, and how it went. */
export function endItems(c: RoomContext): Array<{ index: number; text: string; state: string; label: string }> {
  const rs = rules(c);
  return c.state.items.map((id, index) => {
    const item = c.item(id);
    const text = item?.text ?? id;
    const revealed = c.state.revealed.includes(id);
    const seen = revealed || Object.keys(c.state.votes[id] ?? {}).length > 0 || index < c.state.index;
    const rule = ruleOf(c.state, rs, storyOptions(c.deck), id);
    const right = c.teams.filter((t) => verdictOf(rule, c.state.votes[id]?.[t.id]?.option) === 'right').length;
    const state = R('room.endItemState', { state: revealed ? 'revealed' : seen ? 'skipped' : 'open', right, skipped: R('room.skippedMark') });
    // A card still to come is not projected in the list: the room would read it before its turn.
    if (!seen && index > c.state.index) return { index, text: R('room.upcoming', { n: index + 1 }), state, label: R('room.upcomingLabel', { n: index + 1 }) };
    return { index, text: R('room.endItem', { n: index + 1, text }), state, label: R('room.endItemLabel', { n: index + 1, text }) };
  });
}
