// A workshop's session record (teams, every answer with its time, scores) and its three exports: CSV for a
// spreadsheet (formula-safe cells, papaparse), JSON (reads back the same), and xAPI statements for a learning
// record store, written to a file (no network). Pure: the shell adds rounds and triggers the download.
import Papa from 'papaparse';
import type { RoundSummary, Verdict } from './round';
import type { LocalText } from './i18n';
import { textHash } from './overlayNames';
import { z } from 'zod';

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
}

/** The room playing as one, when the workshop has no teams. */
export const ROOM_ID = 'room';
/** Most answers a record keeps (a long day of rounds stays well under this). */
export const MAX_ANSWERS = 5000;
const MAX_TEXT = 2000;

export function newSession(o: { sessionId: string; game: string; level: string; teams: SessionTeam[]; at: string }): SessionRecord {
  const teams = o.teams.length > 0 ? o.teams : [];
  return { v: 1, sessionId: o.sessionId, game: o.game, level: o.level, teams, answers: [], scores: [], startedAt: o.at, endedAt: null };
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
  return {
    ...rec,
    // The record names the game and level last played (a workshop may move on to the next level).
    game: o.game,
    level: o.level,
    teams,
    answers: [...rec.answers, ...answers],
    scores: [...rec.scores.filter((s) => s.team !== o.team.id), score],
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
    answers: Array<{ team: SessionTeam; answer: string; verdict: Verdict; points: number; at: string }>;
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
  return { ...rec, game: o.game, level: o.level, teams, answers: [...kept, ...fresh], scores: [...scores.values()], endedAt: o.at };
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
  return { ...rec, answers: rec.answers.filter((a) => a.itemId !== itemId), scores };
}

/** A cell that a spreadsheet would run as a formula starts with one of these (papaparse then adds a quote mark). */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** One row per answer, with the team's name beside its id; formula-like cells made safe. */
export function toCsv(rec: SessionRecord): string {
  const name = new Map(rec.teams.map((t) => [t.id, t.name]));
  const rows = rec.answers.map((a) => ({
    session: rec.sessionId,
    game: a.game ?? rec.game,
    level: a.level ?? rec.level,
    team: a.team,
    teamName: name.get(a.team) ?? a.team,
    itemId: a.itemId,
    itemTitle: a.itemTitle,
    answer: a.answer,
    verdict: a.verdict,
    correct: a.correct ? 'yes' : 'no',
    points: a.points === null ? '' : String(a.points),
    at: a.at,
  }));
  const fields = ['session', 'game', 'level', 'team', 'teamName', 'itemId', 'itemTitle', 'answer', 'verdict', 'correct', 'points', 'at'];
  // papaparse's own pattern ends in `.*$`, which misses a cell with a line break after the `=`: ours does not.
  return Papa.unparse({ fields, data: rows.map((r) => fields.map((f) => r[f as keyof typeof r])) }, { escapeFormulae: FORMULA_START, newline: '\r\n' });
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
});
const scoreSchema = z.object({ team: text, score: z.number(), maxScore: z.number(), rounds: z.number() });

/** The entries of a list that pass a schema; the others are dropped, one by one. */
function kept<T>(schema: z.ZodType<T>, list: readonly unknown[]): T[] {
  return list.flatMap((x) => {
    const r = schema.safeParse(x);
    return r.success ? [r.data] : [];
  });
}

/** A record read back from its JSON; null when it is not one (checked with zod, entry by entry, nothing trusted). */
export function parseSessionJson(json: string): SessionRecord | null {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return null;
  }
  const head = sessionHead.safeParse(raw);
  if (!head.success) return null;
  const r = head.data;
  const answers = kept(answerSchema, r.answers.slice(0, MAX_ANSWERS)).map(({ game, level, ...a }) => ({
    ...a,
    ...(game !== undefined && level !== undefined ? { game, level } : {}),
  }));
  return {
    v: 1,
    sessionId: r.sessionId,
    game: r.game,
    level: r.level,
    teams: kept(teamSchema, r.teams),
    answers,
    scores: kept(scoreSchema, r.scores),
    startedAt: r.startedAt,
    endedAt: r.endedAt,
  };
}

// xAPI (Experience API 1.0.3): statements only, written to a file the trainer may import into a learning record store.
export const VERB_ANSWERED = 'http://adlnet.gov/expapi/verbs/answered';
export const VERB_COMPLETED = 'http://adlnet.gov/expapi/verbs/completed';
const INTERACTION = 'http://adlnet.gov/expapi/activities/cmi.interaction';
const ASSESSMENT = 'http://adlnet.gov/expapi/activities/assessment';

export interface XapiStatement {
  actor: { objectType: 'Group'; name: string; account: { homePage: string; name: string } };
  verb: { id: string; display: { 'en-US': string } };
  object: { objectType: 'Activity'; id: string; definition: { name: { 'en-US': string }; type: string } };
  result?: { success?: boolean; response?: string; completion?: boolean; score?: { raw: number; min: number; max: number; scaled?: number } };
  context: { registration?: string; contextActivities: { parent?: Array<{ objectType: 'Activity'; id: string }> }; extensions?: Record<string, string> };
  timestamp: string;
}

/** `base` without trailing slashes, then each part of the path encoded. */
export function activityIri(base: string, ...parts: string[]): string {
  return [base.replace(/\/+$/, ''), ...parts.map((p) => encodeURIComponent(p))].join('/');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/**
 * The session as xAPI statements: one "answered" per answer (the item as an interaction under its level) and one
 * "completed" per team with its score. The actor is the team, an identified group whose account lives at `base`.
 */
export function toXapi(rec: SessionRecord, base: string): XapiStatement[] {
  const name = new Map(rec.teams.map((t) => [t.id, t.name]));
  const actor = (team: string): XapiStatement['actor'] => ({ objectType: 'Group', name: name.get(team) ?? team, account: { homePage: base, name: team } });
  const levelIri = activityIri(base, rec.game, rec.level);
  const context = (parent = levelIri): XapiStatement['context'] => ({
    // A registration must be a UUID; a session id that is not one goes in an extension instead.
    ...(UUID.test(rec.sessionId) ? { registration: rec.sessionId } : {}),
    contextActivities: { parent: [{ objectType: 'Activity', id: parent }] },
    extensions: { [activityIri(base, 'extensions', 'session')]: rec.sessionId },
  });
  // A team that gave no answer to a card has a row in the CSV, but no "answered" statement.
  const answered = rec.answers
    .filter((a) => a.at !== '')
    .map((a): XapiStatement => ({
      actor: actor(a.team),
      verb: { id: VERB_ANSWERED, display: { 'en-US': 'answered' } },
      object: {
        objectType: 'Activity',
        id: activityIri(base, a.game ?? rec.game, ...a.itemId.split('/')),
        definition: { name: { 'en-US': a.itemTitle }, type: INTERACTION },
      },
      result: {
        success: a.correct,
        response: a.answer,
        ...(a.points === null ? {} : { score: { raw: a.points, min: Math.min(0, a.points), max: Math.max(0, a.points) } }),
      },
      context: context(activityIri(base, a.game ?? rec.game, a.level ?? rec.level)),
      timestamp: a.at,
    }));
  const completed = rec.scores.map((s): XapiStatement => ({
    actor: actor(s.team),
    verb: { id: VERB_COMPLETED, display: { 'en-US': 'completed' } },
    object: { objectType: 'Activity', id: levelIri, definition: { name: { 'en-US': `${rec.game} ${rec.level}` }, type: ASSESSMENT } },
    result: {
      completion: true,
      score: {
        raw: s.score,
        min: 0,
        max: Math.max(s.maxScore, s.score),
        ...(s.maxScore > 0 ? { scaled: Math.max(0, Math.min(1, s.score / s.maxScore)) } : {}),
      },
    },
    context: { ...context(), contextActivities: {} },
    timestamp: rec.endedAt ?? rec.startedAt,
  }));
  return [...answered, ...completed];
}
