// The phone page's words, from what the room server sends: pure, so Node tests pin what a participant reads.
import { defineStrings, tables } from '../core/i18n';
import { verdictOf } from '../core/room';
import en from './strings/en.json';

export const P = defineStrings(tables<typeof en>(en, import.meta.glob(['./strings/*.json', '!./strings/en.json'], { import: 'default' })));

/** What a phone reads of the public room (the server's LiveView, synchronised by Colyseus). */
export interface RoomView {
  code: string;
  lang: string;
  unit: string;
  phase: string;
  index: number;
  total: number;
  paused: boolean;
  secondsLeft: number;
  people: number;
  answered: number;
  cardId: string;
  text: string;
  question: string;
  options: Iterable<{ id: string; label: string; mark: string; text: string }>;
  teams: Iterable<{ id: string; name: string; members: number }>;
  explanation: string;
  accepted: Iterable<{ option: string; credit: number; why: string }>;
  bars: Iterable<{ option: string; people: number; teams: number; tiedTeams: number }>;
}

export function clock(seconds: number): string {
  const s = Math.max(0, seconds);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** The line under the card: where the room is, its clock and how many answered (never what). */
export function statusLine(v: RoomView): string {
  const parts = [P('phone.status', { unit: v.unit, n: Math.min(v.index + 1, v.total), total: v.total })];
  if (v.phase === 'vote') {
    if (v.paused) parts.push(P('phone.paused'));
    else if (v.secondsLeft === 0) parts.push(P('phone.timeUp'));
    else if (v.secondsLeft > 0) parts.push(P('phone.clock', { time: clock(v.secondsLeft) }));
    parts.push(P('phone.answered', { answered: v.answered, people: v.people }));
  }
  return parts.join(' · ');
}

const labelOf = (v: RoomView, id: string): string => [...v.options].find((o) => o.id === id)?.label ?? id;

/** A phone's own result at the reveal: what it answered and whether it fits (nothing marked when the room withholds). */
export function revealLines(v: RoomView, mine: string | null): { yours: string; verdict: string; fits: string[] } {
  const accepted = [...v.accepted];
  const yours = mine ? P('phone.reveal.yours', { option: labelOf(v, mine) }) : P('phone.reveal.none');
  if (accepted.length === 0) return { yours, verdict: P('phone.reveal.open'), fits: [] };
  const rule = { id: v.cardId, options: [...v.options].map((o) => o.id), credit: Object.fromEntries(accepted.map((a) => [a.option, a.credit])) };
  const verdictIs = mine ? verdictOf(rule, mine) : null;
  const verdict =
    verdictIs === 'right' ? P('phone.reveal.right') : verdictIs === 'partial' ? P('phone.reveal.partial') : verdictIs ? P('phone.reveal.wrong') : '';
  const fits = accepted.map((a) => `${P('phone.reveal.fits', { option: labelOf(v, a.option) })}. ${a.why}`.trim());
  return { yours, verdict, fits };
}

/** How the room answered, one line per option: people, and teams whose majority it was (and teams split on it). */
export function barLines(v: RoomView): string[] {
  return [...v.bars].map((b) => P('phone.reveal.bar', { option: labelOf(v, b.option), people: b.people, teams: b.teams, tied: b.tiedTeams }));
}
