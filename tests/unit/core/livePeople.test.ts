// A live room's participants in the session record: each phone's own answer per card, kept beside the teams'
// answers (which alone score), replaced when a card is revealed again and dropped when the trainer goes back over
// it; a CSV row per person and card, read back from JSON checked entry by entry, merged once, and an xAPI statement
// per person as an anonymous Agent in their team's context that Learning Locker's validator accepts.
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import * as validator from 'xapi-validation';
import { forgetItem, newSession, readSession, recordItem, toJson, type SessionRecord } from '../../../src/core/export';
import { toCsv } from '../../../src/core/sessionCsv';
import { mergeSessions } from '../../../src/core/sessionMerge';
import { toXapi } from '../../../src/core/xapi';

const validate = ((validator as { default?: unknown }).default ?? validator) as (s: unknown) => unknown[];
const owls = { id: 't1', name: 'Owls' };
const foxes = { id: 't2', name: 'Foxes' };
const at = (m: number): string => `2026-12-07T10:${String(m).padStart(2, '0')}:00.000Z`;

function card(rec: SessionRecord, itemId: string, people: Array<[string, string, string, 'right' | 'wrong']>, nick = ''): SessionRecord {
  return recordItem(rec, {
    game: 'cynefin',
    level: 'first-sort',
    itemId,
    itemTitle: `Card ${itemId}`,
    maxPoints: 10,
    at: at(20),
    answers: [
      { team: owls, answer: 'Complex', verdict: 'right', points: 10, at: at(10) },
      { team: foxes, answer: 'Clear', verdict: 'wrong', points: 0, at: at(11) },
    ],
    people: people.map(([person, team, answer, verdict], i) => ({ person, nick: i === 0 ? nick : '', team, answer, verdict, at: at(5 + i) })),
  });
}

const start = (id = 'session-a'): SessionRecord =>
  newSession({ sessionId: id, game: 'cynefin', level: 'first-sort', teams: [owls, foxes], at: at(0), lang: 'en' });

describe("a live room's people in the session record", () => {
  it("keeps each phone's answer per card, without touching the teams' scores", () => {
    const rec = card(
      start(),
      'c1',
      [
        ['s1', 't1', 'Complex', 'right'],
        ['s2', 't1', 'Complicated', 'wrong'],
        ['s3', 't2', 'Clear', 'wrong'],
      ],
      'Ana',
    );
    expect(rec.people).toHaveLength(3);
    expect(rec.people![0]).toMatchObject({ person: 's1', nick: 'Ana', team: 't1', itemId: 'first-sort/c1', answer: 'Complex', verdict: 'right' });
    expect(rec.people![1]!.nick).toBeUndefined();
    expect(rec.scores.find((s) => s.team === 't1')).toMatchObject({ score: 10, maxScore: 10 });
  });

  it('replaces a card’s people when it is revealed again, and drops them when the trainer goes back over it', () => {
    let rec = card(start(), 'c1', [['s1', 't1', 'Complex', 'right']]);
    rec = card(rec, 'c2', [['s1', 't1', 'Clear', 'wrong']]);
    rec = card(rec, 'c1', [
      ['s1', 't1', 'Chaotic', 'wrong'],
      ['s2', 't2', 'Clear', 'wrong'],
    ]);
    expect(rec.people!.filter((p) => p.itemId === 'first-sort/c1').map((p) => p.answer)).toEqual(['Chaotic', 'Clear']);
    rec = forgetItem(rec, { level: 'first-sort', itemId: 'c1', maxPoints: 10 });
    expect(rec.people!.map((p) => p.itemId)).toEqual(['first-sort/c2']);
  });

  it('has a CSV row per person and card after the teams’ rows, with the person and their name, and no points', () => {
    const rec = card(
      start(),
      'c1',
      [
        ['s1', 't1', 'Complex', 'right'],
        ['s3', 't2', 'Clear', 'wrong'],
      ],
      'Ana',
    );
    const rows = Papa.parse<string[]>(toCsv(rec, { offsetMinutes: () => 0 })).data;
    const head = rows[0]!;
    expect(head.slice(-2)).toEqual(['person', 'nickname']);
    const people = rows.slice(1).filter((r) => r[head.indexOf('person')] !== '');
    expect(
      people.map((r) => [
        r[head.indexOf('teamName')],
        r[head.indexOf('person')],
        r[head.indexOf('nickname')],
        r[head.indexOf('answer')],
        r[head.indexOf('points')],
      ]),
    ).toEqual([
      ['Owls', 's1', 'Ana', 'Complex', ''],
      ['Foxes', 's3', '', 'Clear', ''],
    ]);
    expect(people[0]![head.indexOf('itemTitle')]).toBe('Card c1');
    expect(rows.slice(1).filter((r) => r[head.indexOf('person')] === '')).toHaveLength(2);
  });

  it('reads its people back from JSON, dropping a broken entry and keeping the rest', () => {
    const rec = card(
      start(),
      'c1',
      [
        ['s1', 't1', 'Complex', 'right'],
        ['s2', 't2', 'Clear', 'wrong'],
      ],
      'Ana',
    );
    const json = JSON.parse(toJson(rec)) as { people: unknown[] };
    json.people.push({ person: 's9', team: 't1' }, 'not a person');
    const back = readSession(JSON.stringify(json));
    expect('record' in back && back.record.people).toEqual(rec.people);
  });

  it('merges a second room’s people once, under its own team and person ids', () => {
    const a = card(start('session-a'), 'c1', [['s1', 't1', 'Complex', 'right']]);
    const b = card(start('session-b'), 'c1', [['s1', 't1', 'Clear', 'wrong']]);
    const both = mergeSessions(a, b);
    expect(both.people).toHaveLength(2);
    expect(new Set(both.people!.map((p) => `${p.team}/${p.person}`)).size).toBe(2);
    expect(mergeSessions(both, b).people).toHaveLength(2);
    // Merged on into a third room's record, the ids grow rather than being cut: nobody becomes someone else.
    const third = card(start('session-c'), 'c1', [['s1', 't1', 'Chaotic', 'wrong']]);
    const all = mergeSessions(third, both);
    expect(new Set(all.people!.map((p) => `${p.team}/${p.person}`)).size).toBe(3);
    expect('record' in readSession(toJson(all)) && (readSession(toJson(all)) as { record: SessionRecord }).record.people).toHaveLength(3);
    expect(mergeSessions(a, a).people).toEqual(a.people);
  });

  it("gives each person's answer an xAPI statement: an anonymous Agent, their team in the context, valid", () => {
    const rec = card(
      start('6b0e1f7e-4b36-4c1e-9a53-2f7d0c6b9a11'),
      'c1',
      [
        ['s1', 't1', 'Complex', 'right'],
        ['s2', 't2', 'Clear', 'wrong'],
      ],
      'Ana',
    );
    const statements = toXapi(rec, 'https://arcade.example.org/activities');
    const mine = statements.filter((s) => s.actor.objectType === 'Agent');
    expect(mine).toHaveLength(2);
    expect(mine[0]!.actor).toEqual({
      objectType: 'Agent',
      name: 'Ana',
      account: { homePage: 'https://arcade.example.org/activities', name: '6b0e1f7e-4b36-4c1e-9a53-2f7d0c6b9a11/s1' },
    });
    expect(mine[1]!.actor).not.toHaveProperty('name');
    expect(mine[0]!.context.team).toMatchObject({ objectType: 'Group', name: 'Owls' });
    expect(mine[0]!.result).toMatchObject({ success: true, response: 'Complex' });
    expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
    for (const s of mine) expect(validate(s)).toEqual([]);
  });
});
