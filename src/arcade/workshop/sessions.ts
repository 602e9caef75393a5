// The workshop's session record in this browser: kept after every change (a reload resumes it), exported or not,
// the previous session kept when a new one starts (so it can be restored), and a session file imported to go on
// from another device or merged to debrief two rooms as one. The record's code (core/export, with papaparse) loads
// with the first change; changes run in order.
import type { SessionRecord, SessionTeam } from '../../core/export';
import type { RoundSummary, Verdict } from '../../core/round';
import { getLang, localize } from '../../core/i18n';
import { teamsOf, type Workshop } from './workshop';
import { ROOM_KEY, SESSION_KEY, keep, kept, LIVE_KEY, LIVE_SEATS_KEY } from './keep';

/** The session before the last "New session", kept until the next one. */
const PREVIOUS_KEY = 'learning-arcade/workshop-session-previous';
/** Which session was last exported, and with how many answers (`id:count`). */
const EXPORTED_KEY = 'learning-arcade/workshop-exported';

/** The level a room was answering when the page was left, unless it had reached its end: a reload goes back. */
export function roomInProgress(): string | null {
  try {
    const saved = JSON.parse(kept(ROOM_KEY) ?? 'null') as { levelId?: unknown; phase?: unknown } | null;
    return saved && typeof saved.levelId === 'string' && saved.phase !== 'end' ? saved.levelId : null;
  } catch {
    return null;
  }
}

/** Changes to the session record, in order: the record's code loads with the first (papaparse is not in the start
 * bundle), and a card revealed and at once gone back over must be recorded before it is taken out. */
let recordOps: Promise<unknown> = Promise.resolve();

/** Resolves once every change asked of the session record so far is in it (before an export reads it). */
export function sessionSettled(): Promise<unknown> {
  return recordOps;
}

export function withExport(fn: (m: typeof import('../../core/export')) => void): void {
  recordOps = recordOps.then(() => import('../../core/export')).then(fn, () => undefined);
}

/** A session kept from before this page loaded (a reload in the middle of a workshop), read back checked, before
 * any change to the record (they run in order). */
export function resumeSession(w: Workshop): void {
  const text = kept(SESSION_KEY);
  if (!text) return;
  withExport(({ parseSessionJson }) => {
    w.session ??= parseSessionJson(text);
  });
}

export function saveSession(rec: SessionRecord | null): void {
  keep(SESSION_KEY, rec ? JSON.stringify(rec) : null);
}

/** What the trainer is told before a new session: how many answers the current one holds, and whether the file
 * exported last has them all. */
export function sessionStatus(w: Workshop | null): { answers: number; exported: boolean; previous: number | null } {
  const rec = w?.session ?? null;
  const answers = rec?.answers.length ?? 0;
  let previous: number | null = null;
  try {
    const prev = kept(PREVIOUS_KEY);
    previous = prev ? ((JSON.parse(prev) as { answers?: unknown[] }).answers?.length ?? 0) : null;
  } catch {
    previous = null;
  }
  return { answers, exported: rec !== null && kept(EXPORTED_KEY) === `${rec.sessionId}:${answers}`, previous };
}

/** Notes that the session as it is now went into a file. */
export function markExported(rec: SessionRecord): void {
  keep(EXPORTED_KEY, `${rec.sessionId}:${rec.answers.length}`);
}

/** A new session: the current one (with answers) becomes the previous session, which Restore brings back. */
export async function startNewSession(w: Workshop): Promise<void> {
  await sessionSettled();
  const rec = w.session;
  if (rec && rec.answers.length > 0) keep(PREVIOUS_KEY, JSON.stringify(rec));
  w.clearSession();
}

/** The previous session back in place; the current one (if it has answers) becomes the previous in its turn. */
export async function restorePrevious(w: Workshop): Promise<boolean> {
  await sessionSettled();
  const text = kept(PREVIOUS_KEY);
  if (!text) return false;
  const { parseSessionJson } = await import('../../core/export');
  const prev = parseSessionJson(text);
  if (!prev) return false;
  const now = w.session;
  keep(PREVIOUS_KEY, now && now.answers.length > 0 ? JSON.stringify(now) : null);
  w.session = prev;
  w.next = 0;
  keep(ROOM_KEY, null);
  keep(LIVE_KEY, null);
  keep(LIVE_SEATS_KEY, null);
  saveSession(prev);
  return true;
}

/** A session file: into an empty session it is taken as it is (going on from another device); into one with answers
 * it is merged (each answer once, a second room's teams beside ours). The problem, named, when it is not one. */
export async function importSession(w: Workshop, text: string): Promise<{ answers: number; merged: boolean } | { problem: string }> {
  await sessionSettled();
  const [{ readSession }, { mergeSessions }] = await Promise.all([import('../../core/export'), import('../../core/sessionMerge')]);
  const read = readSession(text);
  if ('problem' in read) return read;
  const before = w.session?.answers.length ?? 0;
  const merged = w.session !== null && before > 0;
  w.session = merged ? mergeSessions(w.session!, read.record) : read.record;
  saveSession(w.session);
  return { answers: w.session.answers.length - before, merged };
}

/** What a session begun by its first answer starts with: a new id, the workshop's teams, the player's language. */
function fresh(w: Workshop, game: string, level: string, at: string): Parameters<typeof import('../../core/export').newSession>[0] {
  return { sessionId: crypto.randomUUID(), game, level, teams: teamsOf(w.preset), at, lang: getLang() };
}

/** A round played on a team's turn, as that team's answers (workshop.ts recordRound keeps the board at once). */
export function recordTurn(w: Workshop, o: { team: SessionTeam; gameId: string; levelId: string; summary: RoundSummary; at: string }): void {
  withExport(({ addRound, newSession }) => {
    const base = w.session ?? newSession(fresh(w, o.gameId, o.levelId, o.at));
    w.session = addRound(base, { team: o.team, game: o.gameId, level: o.levelId, summary: o.summary, at: o.at, text: (t) => localize(t) });
    saveSession(w.session);
  });
}

/** One card answered by the room: every team's answer with its time and points, into the session record. */
export function recordRoomItem(
  w: Workshop,
  o: {
    gameId: string;
    levelId: string;
    itemId: string;
    itemTitle: string;
    maxPoints: number;
    cards?: number;
    answers: Array<{ team: SessionTeam; answer: string; verdict: Verdict; points: number; at: string; late?: boolean }>;
    people?: Array<{ person: string; nick: string; team: string; answer: string; verdict: Verdict; at: string; late?: boolean }>;
    questions?: readonly string[];
  },
): void {
  const at = new Date().toISOString();
  withExport(({ newSession, recordItem }) => {
    const base = w.session ?? newSession(fresh(w, o.gameId, o.levelId, at));
    w.session = recordItem(base, {
      game: o.gameId,
      level: o.levelId,
      itemId: o.itemId,
      itemTitle: o.itemTitle,
      maxPoints: o.maxPoints,
      at,
      ...(o.cards === undefined ? {} : { cards: o.cards }),
      answers: o.answers,
      ...(o.people ? { people: o.people } : {}),
      ...(o.questions ? { questions: o.questions } : {}),
    });
    saveSession(w.session);
  });
}

/** The trainer's note on a card (an empty one takes it away), into the session record. */
export function recordNote(w: Workshop, o: { gameId: string; levelId: string; itemId: string; itemTitle: string; text: string }): void {
  const at = new Date().toISOString();
  withExport(({ newSession, setNote }) => {
    const base = w.session ?? newSession(fresh(w, o.gameId, o.levelId, at));
    w.session = setNote(base, { level: o.levelId, itemId: o.itemId, itemTitle: o.itemTitle, text: o.text, at });
    saveSession(w.session);
  });
}

/** The trainer's note on a card so far ('' when none). */
export function noteOf(w: Workshop, levelId: string, itemId: string): string {
  return w.session?.notes?.find((n) => n.itemId === `${levelId}/${itemId}`)?.text ?? '';
}

/** A card the room went back over: out of the session record until it is revealed again. */
export function forgetRoomItem(w: Workshop, o: { levelId: string; itemId: string; maxPoints: number }): void {
  withExport(({ forgetItem }) => {
    if (!w.session) return;
    w.session = forgetItem(w.session, { level: o.levelId, itemId: o.itemId, maxPoints: o.maxPoints });
    saveSession(w.session);
  });
}
