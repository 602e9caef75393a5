// The workshop's session record and its exports: CSV cells a spreadsheet would run as formulas made safe, JSON read
// back the same, and xAPI statements of the right shape.
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { ROOM_ID, readSession, addRound, forgetItem, newSession, parseSessionJson, recordItem, toJson, type SessionRecord } from '../../../src/core/export';
import { csvSeparator, localTime, toCsv } from '../../../src/core/sessionCsv';
import { mergeSessions } from '../../../src/core/sessionMerge';
import { VERB_ANSWERED, VERB_COMPLETED, activityIri, toXapi } from '../../../src/core/xapi';
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
    expect(rows[0]).toEqual([
      'session',
      'game',
      'level',
      'team',
      'teamName',
      'itemId',
      'itemTitle',
      'answer',
      'verdict',
      'correct',
      'points',
      'maxPoints',
      'late',
      'at',
    ]);
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
  it('has an answered statement per answer and a completed statement per round played on a turn', () => {
    const st = toXapi(record(), base);
    const answered = st.filter((s) => s.verb.id === VERB_ANSWERED);
    const completed = st.filter((s) => s.verb.id === VERB_COMPLETED);
    expect(answered).toHaveLength(7);
    expect(completed).toHaveLength(3);
    const a = answered[0]!;
    // The group is this session's team, not every workshop's "t1".
    expect(a.actor).toEqual({ objectType: 'Group', name: 'Red', account: { homePage: base, name: '0f8fad5b-d9cb-469f-a165-70867728950e/t1' } });
    expect(a.object.id.startsWith('https://example.org/arcade/cynefin/01-first-sort/')).toBe(true);
    expect(a.object.definition.type).toBe('http://adlnet.gov/expapi/activities/cmi.interaction');
    // A turn's answers carry no points of their own: no score, rather than a score out of nothing.
    expect(a.result).toEqual({ success: true, response: '+1' });
    expect(a.context.registration).toBe('0f8fad5b-d9cb-469f-a165-70867728950e');
    expect(a.context.contextActivities.parent).toEqual([{ objectType: 'Activity', id: 'https://example.org/arcade/cynefin/01-first-sort' }]);
    expect(a.timestamp).toBe('2025-05-01T09:10:00.000Z');
    const c = completed.filter((s) => s.actor.account.name.endsWith('/t1'));
    expect(c.map((s) => s.result)).toEqual([
      { completion: true, score: { raw: 20, min: 0, max: 30, scaled: 0.6667 } },
      { completion: true, score: { raw: 20, min: 0, max: 30, scaled: 0.6667 } },
    ]);
    expect(c[0]!.object.id).toBe('https://example.org/arcade/cynefin/01-first-sort');
    // Every IRI is absolute and has no raw spaces; every id is a UUID, each its own.
    for (const s of st) expect(s.object.id).toMatch(/^https:\/\/[^\s]+$/);
    expect(new Set(st.map((s) => s.id)).size).toBe(st.length);
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

describe('a CSV a trainer’s spreadsheet opens', () => {
  const rec = (lang?: string): SessionRecord =>
    recordItem(newSession({ sessionId: 's1', game: 'cynefin', level: 'first-sort', teams: [], at: '2026-11-30T10:00:00.000Z', ...(lang ? { lang } : {}) }), {
      game: 'cynefin',
      level: 'first-sort',
      itemId: 'shed',
      itemTitle: 'Un abri; de jardin',
      maxPoints: 10,
      at: '2026-11-30T10:05:00.000Z',
      answers: [
        { team: { id: 't1', name: 'Owls' }, answer: 'Clair', verdict: 'right', points: 10, at: '2026-11-30T10:01:00.000Z', late: true },
        { team: { id: 't2', name: 'Foxes' }, answer: '', verdict: 'wrong', points: 0, at: '' },
      ],
    });
  const paris = (d: Date): number => (d.getUTCMonth() >= 3 && d.getUTCMonth() <= 9 ? 120 : 60);

  it('separates fields with a semicolon in French and Spanish, and a comma in English', () => {
    expect(csvSeparator('fr')).toBe(';');
    expect(csvSeparator('es')).toBe(';');
    expect(csvSeparator('en')).toBe(',');
    const fr = toCsv(rec('fr'), { offsetMinutes: paris });
    expect(fr.split('\r\n')[0]).toBe('session;game;level;team;teamName;itemId;itemTitle;answer;verdict;correct;points;maxPoints;late;at');
    // A semicolon inside a cell is quoted, so the columns stay in place.
    const rows = Papa.parse<string[]>(fr.trim(), { delimiter: ';' }).data;
    expect(rows[1]![6]).toBe('Un abri; de jardin');
    expect(toCsv(rec('en')).split('\r\n')[0]).toContain('session,game,level');
  });

  it('writes local times with their offset, says "none" for a team that gave no answer, and marks a late answer', () => {
    const rows = Papa.parse<string[]>(toCsv(rec('fr'), { offsetMinutes: paris }).trim(), { delimiter: ';' }).data;
    expect(rows[1]!.slice(8)).toEqual(['right', 'yes', '10', '10', 'yes', '2026-11-30T11:01:00+01:00']);
    expect(rows[2]!.slice(8)).toEqual(['none', 'no', '0', '10', '', '']);
    expect(localTime('2026-07-01T08:00:00.000Z', paris)).toBe('2026-07-01T10:00:00+02:00');
    expect(localTime('2026-07-01T08:00:00.000Z', () => -150)).toBe('2026-07-01T05:30:00-02:30');
  });
});

describe('a session carried to another device, or two rooms into one debrief', () => {
  const owls = { id: 't1', name: 'Owls' };
  const card = (rec: SessionRecord, itemId: string, team = owls, at = '2026-11-30T10:01:00.000Z'): SessionRecord =>
    recordItem(rec, {
      game: 'cynefin',
      level: 'first-sort',
      itemId,
      itemTitle: itemId,
      maxPoints: 10,
      at,
      answers: [{ team, answer: 'Clear', verdict: 'right', points: 10, at }],
    });
  const room = (id: string): SessionRecord =>
    newSession({ sessionId: id, game: 'cynefin', level: 'first-sort', teams: [owls], at: '2026-11-30T10:00:00.000Z' });

  it('reads its own JSON back, or names the field that is wrong', () => {
    const rec = card(room('a'), 'shed');
    expect(readSession(toJson(rec))).toEqual({ record: rec });
    expect(readSession('{"v":1,"sessionId":"x","game":"cynefin"}')).toEqual({ problem: expect.stringContaining('level') });
    expect(readSession('{')).toEqual({ problem: expect.any(String) });
  });

  it('imports the same session twice without counting anything twice', () => {
    const a = card(card(room('a'), 'shed'), 'flood');
    const merged = mergeSessions(mergeSessions(a, a), a);
    expect(merged.answers).toHaveLength(2);
    expect(merged.scores).toEqual(a.scores);
  });

  it('continues on another device: the answers given there come in beside those given here', () => {
    const here = card(room('a'), 'shed');
    const there = card(here, 'flood', owls, '2026-11-30T10:09:00.000Z');
    const merged = mergeSessions(here, there);
    expect(merged.answers.map((x) => x.itemId)).toEqual(['first-sort/shed', 'first-sort/flood']);
    expect(merged.scores).toEqual([{ team: 't1', score: 20, maxScore: 20, rounds: 0 }]);
  });

  it('keeps two rooms’ teams apart, even both called t1, and merges the same room only once', () => {
    const a = card(room('room-a'), 'shed');
    const b = card(room('room-b'), 'shed', { id: 't1', name: 'Herons' });
    const merged = mergeSessions(a, b);
    expect(merged.teams.map((t) => [t.id, t.name])).toEqual([
      ['t1', 'Owls'],
      ['roomb-t1', 'Herons'],
    ]);
    expect(merged.answers).toHaveLength(2);
    expect(merged.scores.map((s) => s.team)).toEqual(['t1', 'roomb-t1']);
    expect(merged.merged).toEqual(['room-b']);
    expect(mergeSessions(merged, b)).toBe(merged);
  });
});
