// A workshop's session record (teams, every answer with its time, scores, a live room's people, the trainer's notes)
// and its JSON (reads back the same, checked). The CSV is core/sessionCsv; the xAPI statements are core/xapi; merging
// two records is core/sessionMerge. Pure: the shell triggers the download.
import type { RoundSummary, Verdict } from './round';
import type { LocalText } from './i18n';
import { textHash } from './overlayNames';
import { z } from 'zod';
import { readJsonHead } from './jsonFile';

export interface SessionTeam {
  id: string;
  name: string;
}

export interface SessionAnswer {
  /** The team's id. */
  team: string;
  /** Stable within a level: a hash of the item's English text (items carry no id of their own). */
  itemId: string;
  itemTitle: string;
  answer: string;
  verdict: Verdict;
  /** Right counts as correct; partial, wrong and info do not. */
  correct: boolean;
  /** The answer's own points where the game gives them; null when only the round's score is known. */
  points: number | null;
  /** ISO time. From the shell this is when the round ended (it sees answers only at the end of a round); in a
   * workshop room, when the team's answer was entered; empty for a team that gave none. */
  at: string;
  /** The game and level the answer belongs to (a session may move on to others); the record's when absent. */
  game?: string;
  level?: string;
  /** The card's most points (0: a poll, for no points); absent where only the round's score is known. */
  maxPoints?: number;
  /** Keyed in after the card's clock reached zero. */
  late?: boolean;
}

/** One participant's own answer in a live room (from a phone): anonymous unless they gave a name. Their team's
 * answer (its members' majority) is the one that scores; these say how each person answered. */
export interface PersonAnswer {
  /** The seat's id in the room (s1, s2…), the same across the session's cards. */
  person: string;
  nick?: string;
  team: string;
  itemId: string;
  answer: string;
  verdict: Verdict;
  at: string;
  late?: boolean;
  game: string;
  level: string;
}

/** What the trainer typed about a card during the session (for the report): one note per card, kept as text. */
export interface SessionNote {
  /** The card (`level/item`, as its answers have it). */
  itemId: string;
  itemTitle: string;
  text: string;
  at: string;
}

/** A round a team played through on its turn (teams taking turns): its score and when it ended. */
export interface SessionRound {
  team: string;
  game: string;
  level: string;
  score: number;
  maxScore: number;
  at: string;
}

export interface TeamScore {
  team: string;
  score: number;
  maxScore: number;
  rounds: number;
}

export interface SessionRecord {
  v: 1;
  sessionId: string;
  game: string;
  level: string;
  teams: SessionTeam[];
  answers: SessionAnswer[];
  scores: TeamScore[];
  startedAt: string;
  endedAt: string | null;
  /** The language the session was played in (the exports' text is in it). */
  lang?: string;
  /** Rounds played on turns, one by one (the scores add them up). */
  rounds?: SessionRound[];
  /** How many cards each level the room answered has (`game/level` -> count), so an export can say whether the
   * room went through it all. */
  cards?: Record<string, number>;
  /** Sessions merged into this one (their ids), so the same one is not merged twice. */
  merged?: string[];
  /** A live room's participants' own answers, card by card (their teams' answers are in `answers`). */
  people?: PersonAnswer[];
  /** The trainer's notes, a card at a time. */
  notes?: SessionNote[];
  /** The questions the room was asked at each card's reveal (`level/item` -> questions), for the report. */
  questions?: Record<string, string[]>;
}

/** The room playing as one, when the workshop has no teams. */
export const ROOM_ID = 'room';
/** Most answers a record keeps (a long day of rounds stays well under this). */
export const MAX_ANSWERS = 5000;
/** Most answers of a live room's people a record keeps: 300 phones through 50 cards. */
export const MAX_PEOPLE_ANSWERS = 15_000;
const MAX_TEXT = 2000;

export function newSession(o: { sessionId: string; game: string; level: string; teams: SessionTeam[]; at: string; lang?: string }): SessionRecord {
  const teams = o.teams.length > 0 ? o.teams : [];
  return {
    v: 1,
    sessionId: o.sessionId,
    game: o.game,
    level: o.level,
    teams,
    answers: [],
    scores: [],
    startedAt: o.at,
    endedAt: null,
    ...(o.lang ? { lang: o.lang } : {}),
  };
}

/** A round's summary as the answers of one team; the team's score grows by the round's score. */
export function addRound(
  rec: SessionRecord,
  o: { team: SessionTeam; game: string; level: string; summary: RoundSummary; at: string; text: (t: LocalText) => string },
): SessionRecord {
  const teams = rec.teams.some((t) => t.id === o.team.id) ? rec.teams : [...rec.teams, o.team];
  const room = Math.max(0, MAX_ANSWERS - rec.answers.length);
  const answers = o.summary.items.slice(0, room).map((item): SessionAnswer => ({
    team: o.team.id,
    itemId: `${o.level}/${textHash(item.title.en)}`,
    itemTitle: o.text(item.title).slice(0, MAX_TEXT),
    answer: o.text(item.answer).slice(0, MAX_TEXT),
    verdict: item.verdict,
    correct: item.verdict === 'right',
    points: null,
    at: o.at,
    game: o.game,
    level: o.level,
  }));
  const old = rec.scores.find((s) => s.team === o.team.id);
  const score: TeamScore = {
    team: o.team.id,
    score: (old?.score ?? 0) + o.summary.score,
    maxScore: (old?.maxScore ?? 0) + o.summary.maxScore,
    rounds: (old?.rounds ?? 0) + 1,
  };
  const round: SessionRound = { team: o.team.id, game: o.game, level: o.level, score: o.summary.score, maxScore: o.summary.maxScore, at: o.at };
  return {
    ...rec,
    // The record names the game and level last played (a workshop may move on to the next level).
    game: o.game,
    level: o.level,
    teams,
    answers: [...rec.answers, ...answers],
    scores: [...rec.scores.filter((s) => s.team !== o.team.id), score],
    rounds: [...(rec.rounds ?? []), round].slice(-MAX_ANSWERS),
    endedAt: o.at,
  };
}

/**
 * One card answered by the room together (workshop room): every team's answer, each with the time it was entered
 * and its points. A card recorded again (the trainer went back and revealed it again) replaces its earlier answers,
 * and the teams' scores are corrected, so nothing counts twice.
 */
export function recordItem(
  rec: SessionRecord,
  o: {
    game: string;
    level: string;
    itemId: string;
    itemTitle: string;
    maxPoints: number;
    at: string;
    /** How many cards the level has (for whether the room went through it all). */
    cards?: number;
    answers: Array<{ team: SessionTeam; answer: string; verdict: Verdict; points: number; at: string; late?: boolean }>;
    /** The questions put to the room at the reveal. */
    questions?: readonly string[];
    /** A live room: each phone's own answer to the card (replacing any recorded for it before). */
    people?: Array<{ person: string; nick: string; team: string; answer: string; verdict: Verdict; at: string; late?: boolean }>;
  },
): SessionRecord {
  const itemId = `${o.level}/${o.itemId}`;
  const old = rec.answers.filter((a) => a.itemId === itemId);
  const scores = new Map(rec.scores.map((s) => [s.team, { ...s }]));
  for (const a of old) {
    const s = scores.get(a.team);
    if (s) {
      s.score -= a.points ?? 0;
      s.maxScore -= o.maxPoints;
    }
  }
  const kept = rec.answers.filter((a) => a.itemId !== itemId);
  const room = Math.max(0, MAX_ANSWERS - kept.length);
  const fresh = o.answers.slice(0, room).map((a): SessionAnswer => ({
    team: a.team.id,
    itemId,
    itemTitle: o.itemTitle.slice(0, MAX_TEXT),
    answer: a.answer.slice(0, MAX_TEXT),
    verdict: a.verdict,
    correct: a.verdict === 'right',
    points: a.points,
    at: a.at,
    game: o.game,
    level: o.level,
    maxPoints: o.maxPoints,
    ...(a.late ? { late: true } : {}),
  }));
  // The teams as named now (a trainer may have renamed one since the first card).
  const teams = rec.teams.map((t) => o.answers.find((a) => a.team.id === t.id)?.team ?? t);
  for (const a of o.answers) {
    if (!teams.some((t) => t.id === a.team.id)) teams.push(a.team);
    const s = scores.get(a.team.id) ?? { team: a.team.id, score: 0, maxScore: 0, rounds: 0 };
    s.score += a.points;
    s.maxScore += o.maxPoints;
    scores.set(a.team.id, s);
  }
  const cards = o.cards === undefined ? rec.cards : { ...rec.cards, [`${o.game}/${o.level}`]: o.cards };
  const otherPeople = (rec.people ?? []).filter((p) => p.itemId !== itemId);
  const people = [
    ...otherPeople,
    ...(o.people ?? []).slice(0, Math.max(0, MAX_PEOPLE_ANSWERS - otherPeople.length)).map((p): PersonAnswer => ({
      person: p.person,
      ...(p.nick ? { nick: p.nick.slice(0, 100) } : {}),
      team: p.team,
      itemId,
      answer: p.answer.slice(0, MAX_TEXT),
      verdict: p.verdict,
      at: p.at,
      ...(p.late ? { late: true } : {}),
      game: o.game,
      level: o.level,
    })),
  ];
  return {
    ...rec,
    game: o.game,
    level: o.level,
    teams,
    answers: [...kept, ...fresh],
    scores: [...scores.values()],
    endedAt: o.at,
    ...(cards ? { cards } : {}),
    ...(people.length > 0 ? { people } : {}),
    ...(o.questions?.length ? { questions: { ...rec.questions, [itemId]: o.questions.slice(0, 6).map((q) => q.slice(0, MAX_TEXT)) } } : {}),
  };
}

/** The longest note a trainer keeps on a card. */
export const MAX_NOTE = 2000;

/** The trainer's note on a card, replacing the one before; an empty note takes it away. */
export function setNote(rec: SessionRecord, o: { level: string; itemId: string; itemTitle: string; text: string; at: string }): SessionRecord {
  const itemId = `${o.level}/${o.itemId}`;
  const text = o.text.trim().slice(0, MAX_NOTE);
  const others = (rec.notes ?? []).filter((n) => n.itemId !== itemId);
  const notes = text ? [...others, { itemId, itemTitle: o.itemTitle.slice(0, MAX_TEXT), text, at: o.at }] : others;
  const { notes: _old, ...rest } = rec;
  return notes.length > 0 ? { ...rest, notes } : rest;
}

/** A card the room no longer counts (the trainer went back over its reveal): its answers out, the scores corrected. */
export function forgetItem(rec: SessionRecord, o: { level: string; itemId: string; maxPoints: number }): SessionRecord {
  const itemId = `${o.level}/${o.itemId}`;
  const old = rec.answers.filter((a) => a.itemId === itemId);
  if (old.length === 0) return rec;
  const scores = rec.scores.map((s) => {
    const mine = old.filter((a) => a.team === s.team);
    return mine.length === 0 ? s : { ...s, score: s.score - mine.reduce((n, a) => n + (a.points ?? 0), 0), maxScore: s.maxScore - o.maxPoints * mine.length };
  });
  const people = rec.people?.filter((p) => p.itemId !== itemId);
  return { ...rec, answers: rec.answers.filter((a) => a.itemId !== itemId), scores, ...(people ? { people } : {}) };
}

export function toJson(rec: SessionRecord): string {
  return JSON.stringify(rec, null, 2);
}

const text = z.string().max(10_000);
const sessionHead = z.object({
  v: z.literal(1),
  sessionId: text,
  game: text,
  level: text,
  startedAt: text,
  endedAt: text.nullable(),
  teams: z.array(z.unknown()),
  answers: z.array(z.unknown()),
  scores: z.array(z.unknown()),
  lang: z.string().max(35).optional(),
  rounds: z.array(z.unknown()).optional(),
  cards: z.record(text, z.number().int().min(0).max(1000)).optional(),
  merged: z.array(text).max(100).optional(),
  people: z
    .array(z.unknown())
    .max(MAX_PEOPLE_ANSWERS * 2)
    .optional(),
  notes: z.array(z.unknown()).optional(),
  questions: z.record(text, z.array(text).max(6)).optional(),
});
const teamSchema = z.object({ id: text, name: text });
const answerSchema = z.object({
  team: text,
  itemId: text,
  itemTitle: text,
  answer: text,
  verdict: z.enum(['right', 'partial', 'wrong', 'info']),
  correct: z.boolean(),
  points: z.number().nullable(),
  at: text,
  game: text.optional(),
  level: text.optional(),
  maxPoints: z.number().min(0).optional(),
  late: z.boolean().optional(),
});
const personSchema = z.object({
  person: z.string().max(64),
  nick: text.optional(),
  team: text,
  itemId: text,
  answer: text,
  verdict: z.enum(['right', 'partial', 'wrong', 'info']),
  at: text,
  late: z.boolean().optional(),
  game: text,
  level: text,
});
const noteSchema = z.object({ itemId: text, itemTitle: text, text: z.string().max(MAX_NOTE), at: text });
const roundSchema = z.object({ team: text, game: text, level: text, score: z.number(), maxScore: z.number(), at: text });
const scoreSchema = z.object({ team: text, score: z.number(), maxScore: z.number(), rounds: z.number() });

/** The entries of a list that pass a schema; the others are dropped, one by one. */
function kept<T>(schema: z.ZodType<T>, list: readonly unknown[]): T[] {
  return list.flatMap((x) => {
    const r = schema.safeParse(x);
    return r.success ? [r.data] : [];
  });
}

/** A record read back from its JSON, or what is wrong with it (the field's path): checked with zod, entry by entry,
 * nothing trusted; a broken entry in a list is dropped, the rest kept. */
export function readSession(json: string): { record: SessionRecord } | { problem: string } {
  const head = readJsonHead(json, sessionHead, 'record');
  if ('problem' in head) return head;
  const r = head.data;
  const answers = kept(answerSchema, r.answers.slice(0, MAX_ANSWERS)).map(({ game, level, maxPoints, late, ...a }) => ({
    ...a,
    ...(game !== undefined && level !== undefined ? { game, level } : {}),
    ...(maxPoints !== undefined ? { maxPoints } : {}),
    ...(late ? { late } : {}),
  }));
  const record: SessionRecord = {
    v: 1,
    sessionId: r.sessionId,
    game: r.game,
    level: r.level,
    teams: kept(teamSchema, r.teams),
    answers,
    scores: kept(scoreSchema, r.scores),
    startedAt: r.startedAt,
    endedAt: r.endedAt,
    ...(r.lang ? { lang: r.lang } : {}),
    ...(r.rounds ? { rounds: kept(roundSchema, r.rounds.slice(0, MAX_ANSWERS)) } : {}),
    ...(r.cards ? { cards: r.cards } : {}),
    ...(r.merged ? { merged: r.merged } : {}),
    ...(r.notes ? { notes: kept(noteSchema, r.notes.slice(0, MAX_ANSWERS)) } : {}),
    ...(r.questions ? { questions: r.questions } : {}),
    ...(r.people
      ? {
          people: kept(personSchema, r.people.slice(0, MAX_PEOPLE_ANSWERS)).map(({ nick, late, ...p }) => ({
            ...p,
            ...(nick ? { nick } : {}),
            ...(late ? { late } : {}),
          })),
        }
      : {}),
  };
  return { record };
}

/** A record read back from its JSON; null when it is not one. */
export function parseSessionJson(json: string): SessionRecord | null {
  const r = readSession(json);
  return 'record' in r ? r.record : null;
}
