// The workshop's session record and its exports: CSV cells a spreadsheet would run as formulas made safe, JSON read
// back the same, and xAPI statements of the right shape.
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import {
  ROOM_ID,
  VERB_ANSWERED,
  VERB_COMPLETED,
  activityIri,
  addRound,
  forgetItem,
  newSession,
  parseSessionJson,
  recordItem,
  toCsv,
  toJson,
  toXapi,
  type SessionRecord,
} from '../../../src/core/export';
import type { RoundSummary } from '../../../src/core/round';

const text = (t: { en: string }): string => t.en;
const summary = (titles: string[], answers: string[], score = 20): RoundSummary => ({
  score,
  maxScore: 30,
  stars: 2,
  items: titles.map((t, i) => ({ title: { en: t }, answer: { en: answers[i] ?? '' }, verdict: i === 0 ? 'right' : 'wrong', explanation: { en: 'Because.' } })),
});

function record() {
  let rec = newSession({
    sessionId: '0f8fad5b-d9cb-469f-a165-70867728950e',
    game: 'cynefin',
    level: '01-first-sort',
    teams: [
      { id: 't1', name: 'Red' },
      { id: 't2', name: '=Blue' },
    ],
    at: '2025-05-01T09:00:00.000Z',
  });
  rec = addRound(rec, {
    team: { id: 't1', name: 'Red' },
    game: 'cynefin',
    level: '01-first-sort',
    summary: summary(['=HYPERLINK("http://x","y")', 'Plain card'], ['+1', '@SUM(A1)']),
    at: '2025-05-01T09:10:00.000Z',
    text,
  });
  rec = addRound(rec, {
    team: { id: 't2', name: '=Blue' },
    game: 'cynefin',
    level: '01-first-sort',
    summary: summary(['-2+3', '\tTabbed', '\rReturn', '=a\nb'], ['ok', 'ok', 'ok', 'ok'], 10),
    at: '2025-05-01T09:20:00.000Z',
    text,
  });
  rec = addRound(rec, {
    team: { id: 't1', name: 'Red' },
    game: 'cynefin',
    level: '01-first-sort',
    summary: summary(['Plain card'], ['Clear']),
    at: '2025-05-01T09:30:00.000Z',
    text,
  });
  return rec;
}

describe('session record', () => {
  it('keeps every answer with its team and time, and adds up scores per team', () => {
    const rec = record();
    expect(rec.answers).toHaveLength(7);
    expect(rec.answers[0]).toMatchObject({
      team: 't1',
      itemTitle: '=HYPERLINK("http://x","y")',
      answer: '+1',
      verdict: 'right',
      correct: true,
      points: null,
      at: '2025-05-01T09:10:00.000Z',
    });
    expect(rec.answers[1]!.itemId).toBe(rec.answers[6]!.itemId);
    expect(rec.scores.find((s) => s.team === 't1')).toEqual({ team: 't1', score: 40, maxScore: 60, rounds: 2 });
    expect(rec.endedAt).toBe('2025-05-01T09:30:00.000Z');
  });

  it('adds a team it has not seen (the room)', () => {
    const rec = addRound(newSession({ sessionId: 's', game: 'g', level: 'l', teams: [], at: 'a' }), {
      team: { id: ROOM_ID, name: 'The room' },
      game: 'g',
      level: 'l',
      summary: summary(['x'], ['y']),
      at: 'b',
      text,
    });
    expect(rec.teams).toEqual([{ id: ROOM_ID, name: 'The room' }]);
  });
});

describe('CSV', () => {
  it('makes every formula-like cell safe, and reads back as the same rows', () => {
    const csv = toCsv(record());
    const rows = Papa.parse<string[]>(csv.trim()).data;
    expect(rows[0]).toEqual(['session', 'game', 'level', 'team', 'teamName', 'itemId', 'itemTitle', 'answer', 'verdict', 'correct', 'points', 'at']);
    expect(rows).toHaveLength(8);
    for (const row of rows.slice(1)) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(rows[1]![6]).toBe(`'=HYPERLINK("http://x","y")`);
    expect(rows[1]![7]).toBe(`'+1`);
    expect(rows[2]![7]).toBe(`'@SUM(A1)`);
    expect(rows[3]![4]).toBe(`'=Blue`);
    expect(rows[3]![6]).toBe(`'-2+3`);
    expect(rows[4]![6]).toBe(`'\tTabbed`);
    expect(rows[5]![6]).toBe(`'\rReturn`);
    // papaparse's default pattern misses this one (a line break after the `=`).
    expect(rows[6]![6]).toBe(`'=a\nb`);
    expect(rows[7]![6]).toBe('Plain card');
  });
});

describe('JSON', () => {
  it('reads back the same record', () => {
    const rec = record();
    expect(parseSessionJson(toJson(rec))).toEqual(rec);
  });

  it('refuses what is not a record and drops broken entries', () => {
    expect(parseSessionJson('nope')).toBeNull();
    expect(parseSessionJson('{"v":2}')).toBeNull();
    const rec = JSON.parse(toJson(record()));
    rec.answers.push({ team: 1 }, null);
    rec.teams.push({ id: '__proto__' });
    const back = parseSessionJson(JSON.stringify(rec));
    expect(back?.answers).toHaveLength(7);
    expect(back?.teams).toHaveLength(2);
  });
});

describe('xAPI', () => {
  const base = 'https://example.org/arcade/';
  it('has an answered statement per answer and a completed statement per team', () => {
    const st = toXapi(record(), base);
    const answered = st.filter((s) => s.verb.id === VERB_ANSWERED);
    const completed = st.filter((s) => s.verb.id === VERB_COMPLETED);
    expect(answered).toHaveLength(7);
    expect(completed).toHaveLength(2);
    const a = answered[0]!;
    expect(a.actor).toEqual({ objectType: 'Group', name: 'Red', account: { homePage: base, name: 't1' } });
    expect(a.object.id.startsWith('https://example.org/arcade/cynefin/01-first-sort/')).toBe(true);
    expect(a.object.definition.type).toBe('http://adlnet.gov/expapi/activities/cmi.interaction');
    expect(a.result).toEqual({ success: true, response: '+1' });
    expect(a.context.registration).toBe('0f8fad5b-d9cb-469f-a165-70867728950e');
    expect(a.context.contextActivities.parent).toEqual([{ objectType: 'Activity', id: 'https://example.org/arcade/cynefin/01-first-sort' }]);
    expect(a.timestamp).toBe('2025-05-01T09:10:00.000Z');
    const c = completed.find((s) => s.actor.account.name === 't1')!;
    expect(c.object.id).toBe('https://example.org/arcade/cynefin/01-first-sort');
    expect(c.result).toEqual({ completion: true, score: { raw: 40, min: 0, max: 60, scaled: 40 / 60 } });
    // Every IRI is absolute and has no raw spaces.
    for (const s of st) expect(s.object.id).toMatch(/^https:\/\/[^\s]+$/);
  });

  it('encodes ids into IRIs', () => {
    expect(activityIri('https://x.org//', 'a b', 'c/d')).toBe('https://x.org/a%20b/c%2Fd');
  });

  it('puts a session id that is not a UUID in an extension, not the registration', () => {
    const rec = { ...record(), sessionId: 'not-a-uuid' };
    const s = toXapi(rec, base)[0]!;
    expect(s.context.registration).toBeUndefined();
    expect(Object.values(s.context.extensions ?? {})).toContain('not-a-uuid');
  });
});

describe('a workshop room’s answers', () => {
  const owls = { id: 't1', name: 'Owls' };
  const foxes = { id: 't2', name: 'Foxes' };
  const card = (o: Partial<Parameters<typeof recordItem>[1]> = {}): Parameters<typeof recordItem>[1] => ({
    game: 'cynefin',
    level: 'first-sort',
    itemId: 'permit-shed',
    itemTitle: 'A garden shed',
    maxPoints: 10,
    at: '2026-11-30T10:05:00.000Z',
    answers: [
      { team: owls, answer: 'Clear', verdict: 'right', points: 10, at: '2026-11-30T10:01:00.000Z' },
      { team: foxes, answer: '', verdict: 'wrong', points: 0, at: '' },
    ],
    ...o,
  });
  const base = (): SessionRecord => newSession({ sessionId: 's', game: 'cynefin', level: 'first-sort', teams: [owls, foxes], at: '2026-11-30T10:00:00.000Z' });

  it('keeps each team’s answer with its own time and points, and counts a card revealed again once', () => {
    let rec = recordItem(base(), card());
    expect(rec.answers.map((a) => [a.team, a.answer, a.points, a.at])).toEqual([
      ['t1', 'Clear', 10, '2026-11-30T10:01:00.000Z'],
      ['t2', '', 0, ''],
    ]);
    expect(rec.scores).toEqual([
      { team: 't1', score: 10, maxScore: 10, rounds: 0 },
      { team: 't2', score: 0, maxScore: 10, rounds: 0 },
    ]);
    rec = recordItem(
      rec,
      card({
        answers: [
          { team: owls, answer: 'Complex', verdict: 'wrong', points: 0, at: '2026-11-30T10:02:00.000Z' },
          { team: foxes, answer: 'Clear', verdict: 'right', points: 10, at: '2026-11-30T10:03:00.000Z' },
        ],
      }),
    );
    expect(rec.answers).toHaveLength(2);
    expect(rec.scores.map((s) => [s.team, s.score, s.maxScore])).toEqual([
      ['t1', 0, 10],
      ['t2', 10, 10],
    ]);
  });

  it('takes a card back out when the room goes back over its reveal', () => {
    const rec = forgetItem(recordItem(base(), card()), { level: 'first-sort', itemId: 'permit-shed', maxPoints: 10 });
    expect(rec.answers).toEqual([]);
    expect(rec.scores.map((s) => [s.score, s.maxScore])).toEqual([
      [0, 0],
      [0, 0],
    ]);
  });

  it('names each answer’s own game and level, uses the teams’ names as they are now, and states no answer only in the CSV', () => {
    let rec = recordItem(base(), card());
    rec = recordItem(
      rec,
      card({
        game: 'facilitator',
        level: 'fishbowl',
        itemId: 'open',
        answers: [{ team: { id: 't1', name: 'Night owls' }, answer: 'A', verdict: 'right', points: 10, at: '2026-11-30T10:09:00.000Z' }],
      }),
    );
    const rows = Papa.parse<string[]>(toCsv(rec).trim()).data.slice(1);
    expect(rows.map((r) => [r[1], r[2], r[4]])).toEqual([
      ['cynefin', 'first-sort', 'Night owls'],
      ['cynefin', 'first-sort', 'Foxes'],
      ['facilitator', 'fishbowl', 'Night owls'],
    ]);
    const answered = toXapi(rec, 'https://example.org/arcade').filter((x) => x.verb.id === VERB_ANSWERED);
    expect(answered.map((x) => x.object.id)).toEqual([
      'https://example.org/arcade/cynefin/first-sort/permit-shed',
      'https://example.org/arcade/facilitator/fishbowl/open',
    ]);
    expect(answered[1]?.context.contextActivities.parent?.[0]?.id).toBe('https://example.org/arcade/facilitator/fishbowl');
    expect(parseSessionJson(toJson(rec))?.answers[2]).toMatchObject({ game: 'facilitator', level: 'fishbowl' });
  });
});
