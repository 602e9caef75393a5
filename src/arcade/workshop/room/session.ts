// What the workshop room keeps: its state in this browser (so a reload resumes it), each reveal in the workshop's
// session record (every team's answer with its time and points), and the room's stories as a level file.
import { ROOM_POINTS, pointsOf, ruleOf, verdictOf, type RoomState } from '../../../core/room';
import type { SessionTeam } from '../../../core/export';
import type { Seat } from '../../../core/live';
import type { RoomDeck, RoomItem } from '../../../games/sdk/room';
import { getLang } from '../../../core/i18n';
import { a11y } from '../../../ui/a11y';
import { svc } from '../../services';
import { download } from '../../../ui/download';
import { R } from './strings';
import { showNotice, type RoomData, type Workshop } from '../workshop';
import { forgetRoomItem, noteOf, recordNote, recordRoomItem } from '../sessions';
import { showNotes } from './dialogs';
import { ROOM_KEY, keep, kept } from '../keep';
import * as P from './present';

export function readSavedRoom(): unknown {
  const text = kept(ROOM_KEY);
  try {
    return text ? (JSON.parse(text) as unknown) : null;
  } catch {
    return null;
  }
}

/** The room's state kept for a reload (storage full or off: the room plays on in memory; the session record still
 * has every reveal); null forgets it. */
export function saveRoom(state: RoomState | null): void {
  keep(ROOM_KEY, state ? JSON.stringify(state) : null);
}

/** A reveal into the workshop's session: every team's answer with its time and points (a team without one: empty),
 * and in a live room every phone's own answer. */
export function recordReveal(w: Workshop, d: RoomData, c: P.RoomContext, item: RoomItem, seats?: Readonly<Record<string, Seat>>): void {
  const s = c.state;
  const rule = ruleOf(s, P.rules(c), P.storyOptions(c.deck), item.id);
  const label = (id: string): string => c.deck.options.find((o) => o.id === id)?.label ?? id;
  // A poll is recorded right or wrong, for no points.
  const scored = !c.deck.unscored;
  recordRoomItem(w, {
    gameId: d.gameId,
    levelId: d.level.id,
    itemId: item.id,
    itemTitle: item.text,
    maxPoints: scored ? ROOM_POINTS : 0,
    // The level's own cards (not the room's stories): whether the room went through it all.
    cards: c.deck.items.length,
    // The questions the room was asked, for the session report.
    questions: P.discussion(c, item),
    answers: c.teams.map((t: SessionTeam) => {
      const v = s.votes[item.id]?.[t.id];
      return {
        team: t,
        answer: v ? label(v.option) : '',
        verdict: verdictOf(rule, v?.option),
        points: scored ? pointsOf(rule, v?.option) : 0,
        at: v ? new Date(v.at).toISOString() : '',
        ...(v?.late ? { late: true } : {}),
      };
    }),
    ...(seats
      ? {
          people: Object.entries(seats).flatMap(([person, seat]) => {
            const a = seat.answers[item.id];
            return a
              ? [
                  {
                    person,
                    nick: seat.nick,
                    team: seat.team,
                    answer: label(a.option),
                    verdict: verdictOf(rule, a.option),
                    at: new Date(a.at).toISOString(),
                    ...(a.late ? { late: true } : {}),
                  },
                ]
              : [];
          }),
        }
      : {}),
  });
}

/** The trainer's notes on a card, typed in a dialog and kept in the session record for the report. */
export function openNotes(w: Workshop, d: RoomData, item: RoomItem, onClose: () => void): void {
  showNotes(
    noteOf(w, d.level.id, item.id),
    (text) => {
      recordNote(w, { gameId: d.gameId, levelId: d.level.id, itemId: item.id, itemTitle: item.text, text });
      a11y().announce(R('room.notesSaved'));
    },
    onClose,
  );
}

/** Back over a reveal: the card leaves the session record until it is revealed again. */
export function forgetReveal(w: Workshop, d: RoomData, deck: RoomDeck, itemId: string): void {
  forgetRoomItem(w, { levelId: d.level.id, itemId, maxPoints: deck.unscored ? 0 : ROOM_POINTS });
}

/** The session's level (the level's cards and the room's placed stories): downloaded, or kept in Your levels. */
export function sessionLevel(d: RoomData, state: RoomState, keep: boolean): void {
  if (!d.room.stories) return;
  // Per story, the answer most teams chose other than the accepted one: the room's own tempting answer.
  const leaning: Record<string, string> = {};
  for (const st of state.stories) {
    const counts = new Map<string, number>();
    for (const v of Object.values(state.votes[st.id] ?? {})) if (v.option !== st.accepted) counts.set(v.option, (counts.get(v.option) ?? 0) + 1);
    const top = [...counts].sort((a, b) => b[1] - a[1])[0];
    if (top) leaning[st.id] = top[0];
  }
  const { json, note } = d.room.stories.level(d.level, state.stories, getLang(), leaning);
  const text = `${JSON.stringify(json, null, 2)}\n`;
  const id = (json as { id: string }).id;
  if (keep) {
    const kept = svc().own.add(d.gameId, id, `${id}.json`, text);
    svc().forgetOwnLevels(d.gameId);
    a11y().announce(
      kept === 'added' || kept === 'replaced' ? R('room.levelKept') : R('room.levelNotKept', { reason: kept === 'too-many' ? 'full' : 'storage' }),
    );
  } else download(`${id}.json`, text, 'application/json');
  if (note) showNotice(note);
}

export type { RoomDeck };
