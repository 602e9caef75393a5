// A workshop session as xAPI (Experience API 1.0.3) statements, written to a file the trainer may import into a
// learning record store (no network): what an LRS accepts (scores with min < max, a stable UUID per statement, text in
// the language used), checked in tests by Learning Locker's validator. Pure.
import type { SessionAnswer, SessionRecord } from './export';
import { fnv1a } from './hash';

export const VERB_ANSWERED = 'http://adlnet.gov/expapi/verbs/answered';
export const VERB_COMPLETED = 'http://adlnet.gov/expapi/verbs/completed';
/** A level the room went part of the way through. */
export const VERB_PROGRESSED = 'http://adlnet.gov/expapi/verbs/progressed';
/** A note the game showed (Seek, sense, share's), which is not an answer. */
export const VERB_EXPERIENCED = 'http://adlnet.gov/expapi/verbs/experienced';
const INTERACTION = 'http://adlnet.gov/expapi/activities/cmi.interaction';
const ASSESSMENT = 'http://adlnet.gov/expapi/activities/assessment';

type LangMap = Record<string, string>;
type XapiScore = { raw: number; min: number; max: number; scaled: number };

type XapiGroup = { objectType: 'Group'; name: string; account: { homePage: string; name: string } };
/** A live room's participant: anonymous (an account per seat and session), named only by the nickname they chose. */
type XapiAgent = { objectType: 'Agent'; name?: string; account: { homePage: string; name: string } };

export interface XapiStatement {
  id: string;
  actor: XapiGroup | XapiAgent;
  verb: { id: string; display: LangMap };
  object: { objectType: 'Activity'; id: string; definition: { name: LangMap; type: string } };
  result?: { success?: boolean; response?: string; completion?: boolean; duration?: string; score?: XapiScore; extensions?: Record<string, boolean> };
  context: {
    registration?: string;
    language: string;
    contextActivities: { parent?: Array<{ objectType: 'Activity'; id: string }> };
    /** A participant's team. */
    team?: XapiGroup;
    extensions: Record<string, string>;
  };
  timestamp: string;
}

/** `base` without trailing slashes, then each part of the path encoded. */
export function activityIri(base: string, ...parts: string[]): string {
  return [base.replace(/\/+$/, ''), ...parts.map((p) => encodeURIComponent(p))].join('/');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/**
 * A UUID that is always the same for the same text (RFC 9562 version 8, from four FNV-1a hashes): a statement
 * exported twice has the same id, so a learning record store takes it once.
 */
export function stableUuid(text: string): string {
  const hex = [0x811c9dc5, 0x01000193, 0x2b992ddf, 0x5bd1e995].map((seed) => fnv1a(text, seed).toString(16).padStart(8, '0')).join('');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** A score as xAPI 1.0.3 has it: min < max, raw within them. Null where the card or level has no points. */
function xapiScore(raw: number, max: number): XapiScore | null {
  if (!(max > 0)) return null;
  const r = Math.max(0, Math.min(max, raw));
  return { raw: r, min: 0, max, scaled: Math.round((r / max) * 10_000) / 10_000 };
}

/** Seconds as an ISO 8601 duration (PT95S). */
function isoDuration(ms: number): string {
  return `PT${Math.max(0, Math.round(ms / 1000))}S`;
}

/**
 * The session as xAPI statements. Each answer is "answered" (its score out of the card's most points, where it has
 * points); a note the game showed is "experienced". Each team's level is "completed" when the room went through
 * every card of it (else "progressed", completion false), with its score and the time from its first to its last
 * answer; a round played on a team's turn is "completed" with its score. The actor is the team: a Group whose account
 * name is the session's and the team's, so two workshops' "Team 1" are two groups. Text is in the session's
 * language; every statement has an id that is the same on every export.
 */
export function toXapi(rec: SessionRecord, base: string): XapiStatement[] {
  const lang = rec.lang && /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(rec.lang) ? rec.lang : 'en';
  const lm = (t: string): LangMap => ({ [lang]: t });
  const name = new Map(rec.teams.map((t) => [t.id, t.name]));
  const actor = (team: string): XapiGroup => ({
    objectType: 'Group',
    name: name.get(team) ?? team,
    account: { homePage: base, name: `${rec.sessionId}/${team}` },
  });
  const context = (parent: string | null): XapiStatement['context'] => ({
    // A registration must be a UUID; a session id that is not one goes in the extension only.
    ...(UUID.test(rec.sessionId) ? { registration: rec.sessionId } : {}),
    language: lang,
    contextActivities: parent === null ? {} : { parent: [{ objectType: 'Activity', id: parent }] },
    extensions: { [activityIri(base, 'extensions', 'session')]: rec.sessionId },
  });
  const levelIri = (game: string, level: string): string => activityIri(base, game, level);
  const statements: XapiStatement[] = [];
  // A team that gave no answer to a card has a row in the CSV, but no statement.
  for (const a of rec.answers) {
    if (a.at === '') continue;
    const game = a.game ?? rec.game;
    const level = a.level ?? rec.level;
    const object: XapiStatement['object'] = {
      objectType: 'Activity',
      id: activityIri(base, game, ...a.itemId.split('/')),
      definition: { name: lm(a.itemTitle), type: INTERACTION },
    };
    const id = stableUuid(`${rec.sessionId}|${a.team}|${a.itemId}|${a.at}`);
    if (a.verdict === 'info') {
      statements.push({
        id,
        actor: actor(a.team),
        verb: { id: VERB_EXPERIENCED, display: { 'en-US': 'experienced' } },
        object,
        context: context(levelIri(game, level)),
        timestamp: a.at,
      });
      continue;
    }
    const score = a.points === null || a.maxPoints === undefined ? null : xapiScore(a.points, a.maxPoints);
    statements.push({
      id,
      actor: actor(a.team),
      verb: { id: VERB_ANSWERED, display: { 'en-US': 'answered' } },
      object,
      result: {
        success: a.correct,
        response: a.answer,
        ...(score ? { score } : {}),
        ...(a.late ? { extensions: { [activityIri(base, 'extensions', 'late')]: true } } : {}),
      },
      context: context(levelIri(game, level)),
      timestamp: a.at,
    });
  }
  // A live room's participants: each one's own answer, as an anonymous Agent, in their team's context.
  const titles = new Map(rec.answers.map((a) => [a.itemId, a.itemTitle]));
  for (const p of rec.people ?? []) {
    if (p.verdict === 'info' || p.at === '') continue;
    statements.push({
      id: stableUuid(`${rec.sessionId}|person|${p.person}|${p.itemId}|${p.at}`),
      actor: { objectType: 'Agent', ...(p.nick ? { name: p.nick } : {}), account: { homePage: base, name: `${rec.sessionId}/${p.person}` } },
      verb: { id: VERB_ANSWERED, display: { 'en-US': 'answered' } },
      object: {
        objectType: 'Activity',
        id: activityIri(base, p.game, ...p.itemId.split('/')),
        definition: { name: lm(titles.get(p.itemId) ?? p.itemId), type: INTERACTION },
      },
      result: { success: p.verdict === 'right', response: p.answer, ...(p.late ? { extensions: { [activityIri(base, 'extensions', 'late')]: true } } : {}) },
      context: { ...context(levelIri(p.game, p.level)), team: actor(p.team) },
      timestamp: p.at,
    });
  }
  // The room's levels: one statement per team and level, from the cards revealed.
  const levels = new Map<string, SessionAnswer[]>();
  for (const a of rec.answers) {
    if (a.maxPoints === undefined) continue;
    const key = `${a.game ?? rec.game}/${a.level ?? rec.level}`;
    const list = levels.get(key);
    if (list) list.push(a);
    else levels.set(key, [a]);
  }
  for (const [key, answers] of levels) {
    const [game, level] = [key.slice(0, key.indexOf('/')), key.slice(key.indexOf('/') + 1)];
    const items = new Map(answers.map((a) => [a.itemId, a.maxPoints ?? 0]));
    const total = rec.cards?.[key];
    const complete = total !== undefined && items.size >= total;
    const times = answers
      .map((a) => a.at)
      .filter((t) => t !== '')
      .sort();
    const max = [...items.values()].reduce((n, m) => n + m, 0);
    for (const team of new Set(answers.map((a) => a.team))) {
      const raw = answers.filter((a) => a.team === team).reduce((n, a) => n + (a.points ?? 0), 0);
      const score = xapiScore(raw, max);
      const at = times.at(-1) ?? rec.endedAt ?? rec.startedAt;
      statements.push({
        id: stableUuid(`${rec.sessionId}|${team}|${key}|level`),
        actor: actor(team),
        verb: complete ? { id: VERB_COMPLETED, display: { 'en-US': 'completed' } } : { id: VERB_PROGRESSED, display: { 'en-US': 'progressed' } },
        object: { objectType: 'Activity', id: levelIri(game, level), definition: { name: lm(`${game} ${level}`), type: ASSESSMENT } },
        result: {
          completion: complete,
          duration: isoDuration(times.length > 0 ? Date.parse(times.at(-1)!) - Date.parse(times[0]!) : 0),
          ...(score ? { score } : {}),
        },
        context: context(null),
        timestamp: at,
      });
    }
  }
  // Rounds played on turns: each one played through to its end.
  for (const r of rec.rounds ?? []) {
    const score = xapiScore(r.score, r.maxScore);
    statements.push({
      id: stableUuid(`${rec.sessionId}|${r.team}|${r.game}/${r.level}|${r.at}`),
      actor: actor(r.team),
      verb: { id: VERB_COMPLETED, display: { 'en-US': 'completed' } },
      object: { objectType: 'Activity', id: levelIri(r.game, r.level), definition: { name: lm(`${r.game} ${r.level}`), type: ASSESSMENT } },
      result: { completion: true, ...(score ? { score } : {}) },
      context: context(null),
      timestamp: r.at,
    });
  }
  return statements;
}
