// The xAPI export as a learning record store takes it: every statement of a recorded session of each game passes
// Learning Locker's validator (xapi-validation), and the xAPI 1.0.3 rules it leaves out hold too (a score's
// min < max with raw between them, a UUID id per statement that a second export repeats, text in the language used).
import { describe, expect, it } from 'vitest';
import * as validator from 'xapi-validation';
import { addRound, newSession, recordItem, type SessionRecord } from '../../../src/core/export';
import { stableUuid, toXapi, VERB_ANSWERED, VERB_COMPLETED, VERB_EXPERIENCED, VERB_PROGRESSED } from '../../../src/core/xapi';

const validate = ((validator as { default?: unknown }).default ?? validator) as (s: unknown) => unknown[];
const base = 'https://arcade.example.org/activities';
const red = { id: 't1', name: 'Rouges' };
const blue = { id: 't2', name: 'Bleus' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** A room answering Cynefin's cards (one not finished), a role-play's decisions, and a poll for no points. */
function roomSession(): SessionRecord {
  let rec = newSession({
    sessionId: '6b0e1f7e-4b36-4c1e-9a53-2f7d0c6b9a11',
    game: 'cynefin',
    level: 'first-sort',
    teams: [red, blue],
    at: '2026-11-30T09:00:00.000Z',
    lang: 'fr',
  });
  const at = (m: number): string => `2026-11-30T09:${String(m).padStart(2, '0')}:00.000Z`;
  for (const [i, card] of ['permit', 'flood', 'market'].entries())
    rec = recordItem(rec, {
      game: 'cynefin',
      level: 'first-sort',
      itemId: card,
      itemTitle: `Carte ${card}`,
      maxPoints: 10,
      cards: 3,
      at: at(10 + i * 3),
      answers: [
        // A wrong answer is worth 0 of 10, a part answer 5 of 10: never a score out of 0.
        { team: red, answer: 'Clair', verdict: i === 0 ? 'right' : 'wrong', points: i === 0 ? 10 : 0, at: at(9 + i * 3) },
        {
          team: blue,
          answer: i === 1 ? '' : 'Compliqué',
          verdict: i === 2 ? 'partial' : 'wrong',
          points: i === 2 ? 5 : 0,
          at: i === 1 ? '' : at(9 + i * 3),
          late: i === 2,
        },
      ],
    });
  rec = recordItem(rec, {
    game: 'facilitator',
    level: 'fishbowl',
    itemId: 'open',
    itemTitle: 'Comment ouvrez-vous ?',
    maxPoints: 10,
    cards: 4,
    at: at(30),
    answers: [{ team: red, answer: 'B', verdict: 'partial', points: 5, at: at(29) }],
  });
  rec = recordItem(rec, {
    game: 'cynefin',
    level: 'check-a',
    itemId: 'q1',
    itemTitle: 'Question 1',
    maxPoints: 0,
    at: at(40),
    answers: [{ team: red, answer: 'A', verdict: 'right', points: 0, at: at(39) }],
  });
  return rec;
}

/** Seek, sense, share on turns: notes the game showed ("info") beside answers, and a round's score. */
function turnsSession(): SessionRecord {
  const rec = newSession({
    sessionId: 'a-session-that-is-not-a-uuid',
    game: 'seek-sense-share',
    level: 'first-network',
    teams: [red, blue],
    at: '2026-11-30T10:00:00.000Z',
    lang: 'es',
  });
  return addRound(rec, {
    team: red,
    game: 'seek-sense-share',
    level: 'first-network',
    at: '2026-11-30T10:08:00.000Z',
    text: (t) => t.en,
    summary: {
      score: 0,
      maxScore: 40,
      stars: 0,
      items: [
        { title: { en: 'Asked the water board' }, answer: { en: 'Shared the map' }, verdict: 'wrong', explanation: { en: '.' } },
        { title: { en: 'A note on trust' }, answer: { en: '' }, verdict: 'info', explanation: { en: '.' } },
      ],
    },
  });
}

describe('xAPI that a learning record store accepts', () => {
  for (const [name, rec] of [
    ['a room session (Cynefin, role-play, poll)', roomSession()],
    ['a session on turns (Seek, sense, share)', turnsSession()],
  ] as const) {
    it(`passes the validator and the rules it leaves out: ${name}`, () => {
      const statements = toXapi(rec, base);
      expect(statements.length).toBeGreaterThan(2);
      for (const s of statements) {
        expect(validate(s), JSON.stringify(s)).toEqual([]);
        expect(s.id).toMatch(UUID);
        const score = s.result?.score;
        if (score) {
          expect(score.min).toBeLessThan(score.max);
          expect(score.raw).toBeGreaterThanOrEqual(score.min);
          expect(score.raw).toBeLessThanOrEqual(score.max);
          expect(score.scaled).toBeCloseTo(score.raw / score.max, 3);
        }
        expect(Object.keys(s.object.definition.name)).toEqual([rec.lang]);
        expect(s.context.language).toBe(rec.lang);
        expect(s.actor.account.name).toBe(`${rec.sessionId}/${s.actor.account.name.split('/').at(-1)}`);
      }
      // The same export twice has the same ids: an import repeated is taken once.
      expect(toXapi(rec, base).map((s) => s.id)).toEqual(statements.map((s) => s.id));
      expect(new Set(statements.map((s) => s.id)).size).toBe(statements.length);
    });
  }

  it('scores each answer out of its card, says a late one, and leaves a poll unscored', () => {
    const st = toXapi(roomSession(), base).filter((s) => s.verb.id === VERB_ANSWERED);
    const of = (team: string, card: string) => st.find((s) => s.actor.account.name.endsWith(team) && s.object.id.endsWith(`/${card}`))!;
    expect(of('t1', 'permit').result?.score).toEqual({ raw: 10, min: 0, max: 10, scaled: 1 });
    expect(of('t1', 'flood').result?.score).toEqual({ raw: 0, min: 0, max: 10, scaled: 0 });
    // Part credit is out of the card's 10, not out of itself.
    expect(of('t2', 'market').result?.score).toEqual({ raw: 5, min: 0, max: 10, scaled: 0.5 });
    expect(Object.values(of('t2', 'market').result?.extensions ?? {})).toEqual([true]);
    expect(of('t1', 'q1').result?.score).toBeUndefined();
    // A team that gave no answer has no statement.
    expect(st.some((s) => s.actor.account.name.endsWith('t2') && s.object.id.endsWith('/flood'))).toBe(false);
  });

  it('says a level the room went through "completed", and one it left part-way "progressed", each with a duration', () => {
    const st = toXapi(roomSession(), base).filter((s) => s.verb.id === VERB_COMPLETED || s.verb.id === VERB_PROGRESSED);
    const sort = st.filter((s) => s.object.id.endsWith('/cynefin/first-sort'));
    expect(sort.map((s) => [s.verb.id, s.result?.completion, s.result?.duration, s.result?.score?.raw])).toEqual([
      [VERB_COMPLETED, true, 'PT360S', 10],
      [VERB_COMPLETED, true, 'PT360S', 5],
    ]);
    const fishbowl = st.find((s) => s.object.id.endsWith('/facilitator/fishbowl'))!;
    expect([fishbowl.verb.id, fishbowl.result?.completion]).toEqual([VERB_PROGRESSED, false]);
  });

  it('sends a note the game showed as experienced, not as a wrong answer', () => {
    const st = toXapi(turnsSession(), base);
    const note = st.find((s) => s.object.definition.name.es === 'A note on trust')!;
    expect(note.verb.id).toBe(VERB_EXPERIENCED);
    expect(note.result).toBeUndefined();
    // A round that scored nothing out of 40 says so, out of 40.
    expect(st.find((s) => s.verb.id === VERB_COMPLETED)?.result?.score).toEqual({ raw: 0, min: 0, max: 40, scaled: 0 });
  });

  it('makes ids that are UUIDs, the same for the same text and different for another', () => {
    expect(stableUuid('a')).toMatch(UUID);
    expect(stableUuid('a')).toBe(stableUuid('a'));
    expect(stableUuid('a')).not.toBe(stableUuid('b'));
  });
});
