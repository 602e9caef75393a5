// Cynefin sorting in a workshop room: the room's cards, the accepted domains it reveals, and the session level
// that keeps the room's own stories.
import { describe, expect, it } from 'vitest';
import { cynefinRoom } from '../../../../src/games/cynefin/room';
import { parseLevelFile } from '../../../../src/games/cynefin/levels';
import { MAX_CARDS } from '../../../../src/games/cynefin/schema';
import { fixture } from './fixture';

describe('Cynefin for a workshop room', () => {
  it('deals the level’s cards in the trainer’s order, with the board’s domains and each accepted domain’s share', () => {
    const level = fixture();
    const deck = cynefinRoom.deck(level, { second: false });
    expect(deck.items.map((i) => i.id)).toEqual(level.cards.map((c) => c.id));
    expect(deck.options.map((o) => o.id)).toEqual(['clear', 'complicated', 'complex', 'chaotic']);
    for (const [i, item] of deck.items.entries()) {
      const card = level.cards[i]!;
      expect(item.text).toBe(card.text.en);
      expect(item.credit).toEqual(Object.fromEntries(card.domains.map((d) => [d.domain, d.weight])));
      // The best answer comes first, then the part answers.
      expect(item.accepted[0]?.credit).toBe(1);
      expect(item.explanation).toBe(card.explanation.en);
      // The room is asked about the neighbour the card tempts towards.
      expect(item.discussion[0]).toContain(
        card.tempting.domain === 'complicated'
          ? 'Complicated'
          : card.tempting.domain === 'complex'
            ? 'Complex'
            : card.tempting.domain === 'clear'
              ? 'Clear'
              : 'Chaotic',
      );
      expect(item.discussion.length).toBeGreaterThanOrEqual(2);
    }
  });

  it('asks the level’s own discussion questions at the end, where they belong, not after a card', () => {
    const level = fixture({ discussion: [{ en: 'Which of these did your city meet last year?' }, { en: 'Who decides the domain in your team?' }] });
    const deck = cynefinRoom.deck(level, { second: false });
    expect(deck.discussion).toEqual(['Which of these did your city meet last year?', 'Who decides the domain in your team?']);
    for (const item of deck.items) for (const q of deck.discussion) expect(item.discussion).not.toContain(q);
  });

  it('asks each card’s own second question as a round after its domain, lettered, with each move’s credit and why', () => {
    const level = fixture();
    const deck = cynefinRoom.deck(level, { second: true });
    expect(deck.items.map((i) => i.id)).toEqual(level.cards.flatMap((c) => [c.id, `${c.id}--second`]));
    expect(deck.options.map((o) => o.id)).toEqual(['clear', 'complicated', 'complex', 'chaotic', 'a', 'b', 'c', 'd']);
    const border = level.cards.find((c) => c.id === 'f-borderline')!;
    const item = deck.items.find((i) => i.id === 'f-borderline--second')!;
    expect(item.question).toBe('What should the city do now?');
    expect(item.text).toBe(border.text.en);
    // Every move of the card, each under one letter, with its own credit.
    expect(Object.values(item.optionText ?? {}).sort()).toEqual(border.second!.options.map((o) => o.text.en).sort());
    for (const [letter, text] of Object.entries(item.optionText ?? {})) {
      expect(item.credit[letter]).toBe(border.second!.options.find((o) => o.text.en === text)!.credit);
    }
    // Best move first among the accepted, then the part-credit move; the others' why in the notes.
    expect(item.accepted.map((a) => a.credit)).toEqual([1, 0.5]);
    expect(item.notes[0]).toMatch(/^Why not [A-D]\? misses/);
    // The letters are drawn from the card, not the file order: not every card's best move is A.
    const bestLetters = deck.items.filter((i) => i.id.endsWith('--second')).map((i) => Object.entries(i.credit).find(([, c]) => c === 1)![0]);
    expect(new Set(bestLetters).size).toBeGreaterThan(1);
    // A trainer note is the trainer's (the guide lists them): never on the projector.
    const noted = fixture({ cards: level.cards.map((c, i) => (i === 0 ? { ...c, trainerNote: { en: 'Some may have lived this.' } } : c)) });
    expect(JSON.stringify(cynefinRoom.deck(noted))).not.toContain('Some may have lived this.');
  });

  it('keeps the room’s placed stories in a session level the game accepts as a level file', () => {
    const level = fixture();
    const stories = [
      { id: 'story-1', text: 'Traders want the square back on Sundays.', accepted: 'complex', why: 'Nobody can say how residents will react.' },
      { id: 'story-2', text: 'Not placed yet.', accepted: null, why: '' },
      { id: 'story-3', text: 'The bin lorry route changes.', accepted: 'clear', why: '' },
    ];
    const { json, note } = cynefinRoom.stories!.level(level, stories, 'en');
    expect(note).toBeNull();
    const parsed = parseLevelFile('session.json', JSON.stringify(json));
    if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
    const cards = parsed.level.cards;
    // A story asks only its domain: its second question is the trainer's to write.
    expect(cards.find((c) => c.id === 'story-1')?.second).toBeUndefined();
    expect(cards.map((c) => c.id)).toEqual([...level.cards.map((c) => c.id), 'story-1', 'story-3']);
    expect(cards.find((c) => c.id === 'story-1')?.domains).toEqual([{ domain: 'complex', weight: 1, why: { en: 'Nobody can say how residents will react.' } }]);
    expect(parsed.level.id).toBe('fixture-room');
  });

  it('gives a story the room’s own tempting answer where teams chose another domain, and says so only then', () => {
    const level = fixture();
    const stories = [
      { id: 'story-1', text: 'Traders want the square back on Sundays.', accepted: 'complex', why: 'Nobody can say how residents will react.' },
      { id: 'story-2', text: 'The bin lorry route changes.', accepted: 'clear', why: 'The rules cover it.' },
    ];
    const { json } = cynefinRoom.stories!.level(level, stories, 'en', { 'story-1': 'complicated' });
    const parsed = parseLevelFile('session.json', JSON.stringify(json));
    if (!parsed.ok) throw new Error('level');
    const [one, two] = ['story-1', 'story-2'].map((id) => parsed.level.cards.find((c) => c.id === id)!);
    expect(one!.tempting.domain).toBe('complicated');
    expect(one!.tempting.why.en).toMatch(/^Teams in the room chose this domain/);
    // No team leaned elsewhere: the neighbour, said as what it is, for the trainer to write up.
    expect(two!.tempting.why.en).toMatch(/^The neighbouring domain/);
    expect(JSON.stringify(json)).not.toContain('Some of the room leaned this way');
  });

  it('says what it left out when the stories and the level’s cards are more than a level holds', () => {
    const level = fixture();
    const stories = Array.from({ length: 12 }, (_, i) => ({ id: `story-${i}`, text: `Story ${i}`, accepted: 'complicated', why: 'Experts can work it out.' }));
    const { json, note } = cynefinRoom.stories!.level(level, stories, 'fr');
    const parsed = parseLevelFile('session.json', JSON.stringify(json));
    expect(parsed.ok).toBe(true);
    expect((json as { cards: unknown[] }).cards).toHaveLength(MAX_CARDS);
    expect(note).toMatch(/2 of the level’s cards were left out|2 of the level's cards were left out/);
  });
});
