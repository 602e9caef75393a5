// The printable session report: built from the record alone, so what the room answered reads the same after an
// import or a merge.
import { describe, expect, it } from 'vitest';
import { newSession, recordItem } from '../../../src/core/export';
import { sessionReport } from '../../../src/core/sessionReport';

const owls = { id: 't1', name: 'Owls' };
const foxes = { id: 't2', name: 'Foxes' };
const herons = { id: 't3', name: 'Herons' };

describe('the session report', () => {
  it('lists each card with its answers, most teams first, who answered late and who gave none, and the scores best first', () => {
    let rec = newSession({ sessionId: 's', game: 'cynefin', level: 'first-sort', teams: [owls, foxes, herons], at: '2026-11-30T09:00:00.000Z' });
    rec = recordItem(rec, {
      game: 'cynefin',
      level: 'first-sort',
      itemId: 'shed',
      itemTitle: 'A garden shed',
      maxPoints: 10,
      at: '2026-11-30T09:05:00.000Z',
      answers: [
        { team: owls, answer: 'Complicated', verdict: 'partial', points: 5, at: '2026-11-30T09:01:00.000Z' },
        { team: foxes, answer: 'Clear', verdict: 'right', points: 10, at: '2026-11-30T09:02:00.000Z' },
        { team: herons, answer: 'Clear', verdict: 'right', points: 10, at: '2026-11-30T09:04:00.000Z', late: true },
      ],
    });
    rec = recordItem(rec, {
      game: 'cynefin',
      level: 'first-sort',
      itemId: 'flood',
      itemTitle: 'A flood',
      maxPoints: 10,
      at: '2026-11-30T09:09:00.000Z',
      answers: [
        { team: owls, answer: 'Chaotic', verdict: 'right', points: 10, at: '2026-11-30T09:08:00.000Z' },
        { team: foxes, answer: '', verdict: 'wrong', points: 0, at: '' },
        { team: herons, answer: 'Complex', verdict: 'wrong', points: 0, at: '2026-11-30T09:08:30.000Z' },
      ],
    });
    const r = sessionReport(rec);
    expect(r.cards.map((c) => c.title)).toEqual(['A garden shed', 'A flood']);
    expect(r.cards[0]!.answers).toEqual([
      { answer: 'Clear', verdict: 'right', teams: ['Foxes', 'Herons'], late: ['Herons'] },
      { answer: 'Complicated', verdict: 'partial', teams: ['Owls'], late: [] },
    ]);
    expect(r.cards[1]!.silent).toEqual(['Foxes']);
    expect(r.cards[1]!.answers.map((a) => a.answer)).toEqual(['Chaotic', 'Complex']);
    expect(r.scores.map((s) => [s.team, s.score, s.max, s.cards])).toEqual([
      ['Owls', 15, 20, 2],
      // A tie keeps the teams' own order.
      ['Foxes', 10, 20, 2],
      ['Herons', 10, 20, 2],
    ]);
  });
});
