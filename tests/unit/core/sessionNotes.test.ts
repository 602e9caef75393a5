// The trainer's notes in the session record: one note per card, replaced when typed again and taken away when
// emptied, read back from JSON (a broken one dropped), merged without doubling, and in the session report beside
// the card they are about (or on their own, for a card with no answers recorded).
import { describe, expect, it } from 'vitest';
import { MAX_NOTE, newSession, readSession, recordItem, setNote, toJson, type SessionRecord } from '../../../src/core/export';
import { mergeSessions } from '../../../src/core/sessionMerge';
import { sessionReport } from '../../../src/core/sessionReport';
import { roomCommand } from '../../../src/arcade/workshop/room/keys';

const owls = { id: 't1', name: 'Owls' };
const start = (id = 's-1'): SessionRecord => newSession({ sessionId: id, game: 'cynefin', level: 'first-sort', teams: [owls], at: '2026-12-07T10:00:00.000Z' });
const answered = (rec: SessionRecord, itemId: string): SessionRecord =>
  recordItem(rec, {
    game: 'cynefin',
    level: 'first-sort',
    itemId,
    itemTitle: `Card ${itemId}`,
    maxPoints: 10,
    at: '2026-12-07T10:05:00.000Z',
    answers: [{ team: owls, answer: 'Clear', verdict: 'right', points: 10, at: '2026-12-07T10:04:00.000Z' }],
  });
const note = (rec: SessionRecord, itemId: string, text: string, at = '2026-12-07T10:06:00.000Z'): SessionRecord =>
  setNote(rec, { level: 'first-sort', itemId, itemTitle: `Card ${itemId}`, text, at });

describe("the trainer's notes", () => {
  it('keeps one note per card, replaced when typed again, taken away when emptied, at most its length', () => {
    let rec = note(start(), 'c1', 'Table 3 argued for Complex: the contractor is new.');
    rec = note(rec, 'c1', '  Come back to the contractor question.  ');
    expect(rec.notes).toEqual([
      { itemId: 'first-sort/c1', itemTitle: 'Card c1', text: 'Come back to the contractor question.', at: '2026-12-07T10:06:00.000Z' },
    ]);
    expect(note(rec, 'c1', '   ').notes).toBeUndefined();
    expect(note(start(), 'c2', 'x'.repeat(MAX_NOTE + 50)).notes![0]!.text).toHaveLength(MAX_NOTE);
  });

  it('reads the notes back from JSON, dropping a broken one', () => {
    const rec = note(note(start(), 'c1', 'First'), 'c2', 'Second');
    const json = JSON.parse(toJson(rec)) as { notes: unknown[] };
    json.notes.push({ itemId: 'x' }, 7);
    const back = readSession(JSON.stringify(json));
    expect('record' in back && back.record.notes).toEqual(rec.notes);
  });

  it('merges the same session’s notes as the latest of each card, and a second room’s beside ours', () => {
    const a = note(start('s-1'), 'c1', 'Earlier', '2026-12-07T10:06:00.000Z');
    const later = note(start('s-1'), 'c1', 'Later', '2026-12-07T10:09:00.000Z');
    expect(mergeSessions(a, later).notes!.map((n) => n.text)).toEqual(['Later']);
    const other = note(start('s-2'), 'c1', 'The other room');
    expect(
      mergeSessions(a, other)
        .notes!.map((n) => n.text)
        .sort(),
    ).toEqual(['Earlier', 'The other room']);
  });

  it('puts each note in the report beside its card, or on its own for a card with no answers', () => {
    const rec = note(note(answered(start(), 'c1'), 'c1', 'Split on the contractor.'), 'c9', 'We skipped this one: ask next time.');
    const r = sessionReport(rec);
    expect(r.cards.find((c) => c.title === 'Card c1')!.note).toBe('Split on the contractor.');
    expect(r.notes).toEqual([{ title: 'Card c9', text: 'We skipped this one: ask next time.' }]);
  });

  it('opens with the T key on any card', () => {
    expect(roomCommand({ key: 't' }, 'vote')).toEqual({ type: 'notes' });
    expect(roomCommand({ key: 'T' }, 'reveal')).toEqual({ type: 'notes' });
  });

  it('keeps the questions put to the room at each reveal, for the report, and reads them back', () => {
    const rec = recordItem(start(), {
      game: 'cynefin',
      level: 'first-sort',
      itemId: 'c1',
      itemTitle: 'Card c1',
      maxPoints: 10,
      at: '2026-12-07T10:05:00.000Z',
      answers: [{ team: owls, answer: 'Clear', verdict: 'right', points: 10, at: '2026-12-07T10:04:00.000Z' }],
      questions: ['What did each side see?', 'What would make it Complicated?'],
    });
    expect(sessionReport(rec).cards[0]!.questions).toEqual(['What did each side see?', 'What would make it Complicated?']);
    const back = readSession(toJson(rec));
    expect('record' in back && back.record.questions).toEqual({ 'first-sort/c1': ['What did each side see?', 'What would make it Complicated?'] });
  });
});
