// The Cynefin level editor's model, as a trainer meets it: messages on the field they name, cards in play order,
// part credit, a draft that reopens the same, and a finished draft that is the file the level select opens.
import { describe, expect, it } from 'vitest';
import {
  addCard,
  addDomain,
  autoStars,
  moveCard,
  newDraft,
  removeCard,
  removeDomain,
  setLevel,
  setScoring,
  setStar,
  setWriting,
  toFileText,
  toLevelJson,
  updateCard,
  updateDomain,
  updateOption,
  addOption,
  num,
  removeOption,
  type Draft,
} from '../../../../src/games/cynefin/editor';
import { draftFromLevel, parseDraft } from '../../../../src/games/cynefin/editorDraft';
import { fieldOf, validate } from '../../../../src/games/cynefin/editorValidate';
import { parseLevelFile } from '../../../../src/games/cynefin/levels';
import { rawFixture } from './fixture';

const NOW = 1_800_000_000_000;

/** A card a trainer filled in completely: best domain, its fitting response, a tempting neighbour. */
function fillCard(d: Draft, i: number, n: number): Draft {
  let x = updateCard(d, i, {
    text: `Situation ${n}: the bins are collected late on one street.`,
    explanation: 'The route sheet says which street comes first.',
    secondExplanation: 'Check the sheet and follow it.',
    temptingDomain: 'complicated',
    temptingWhy: 'No expert is needed to read a route sheet.',
  });
  x = updateDomain(x, i, 0, { domain: 'clear', weight: '1', why: 'The rule already answers it.' });
  // Three moves: the best one fits Clear; the others follow no reading the card accepts.
  x = updateOption(x, i, 0, {
    text: 'Check the route sheet and send the crew back today.',
    fits: 'clear',
    credit: '1',
    why: 'The sheet already says what to do.',
  });
  x = updateOption(x, i, 1, { text: 'Commission a study of the whole collection network.', credit: '0', why: 'Nothing here needs a study.' });
  x = updateOption(x, i, 2, { text: 'Try three new routes for a month and compare them.', credit: '0', why: 'The route is known; nothing to try.' });
  return x;
}

/** A level with six complete cards: the fewest the schema takes. */
function sixCards(): Draft {
  let d = setLevel(newDraft(NOW), { title: 'Bins and buses' });
  for (let i = 0; i < 6; i++) {
    if (i > 0) d = addCard(d);
    d = fillCard(d, i, i + 1);
  }
  return d;
}

const messagesOf = (d: Draft): Record<string, string[]> => {
  const v = validate(d);
  return v.ok ? {} : v.messages;
};

describe('the Cynefin level editor model', () => {
  it("writes each card's own moves: three to four, credit typed as a number, none for a card that asks no second question", () => {
    let d = sixCards();
    expect(validate(d).ok).toBe(true);
    d = addOption(d, 0);
    expect(d.cards[0]!.options).toHaveLength(4);
    expect(addOption(d, 0).cards[0]!.options).toHaveLength(4);
    // A new move is empty: its text and why are named on their own fields.
    expect(messagesOf(d)['cards[0].second.options[3].text']).toBeDefined();
    d = removeOption(d, 0, 3);
    expect(removeOption(removeOption(d, 0, 2), 0, 1).cards[0]!.options).toHaveLength(3);
    // A credit typed as words is named on that field, not turned into a number.
    expect(messagesOf(updateOption(d, 0, 0, { credit: 'half' }))['cards[0].second.options[0].credit']).toBeDefined();
    // Two best moves: said on the options.
    expect(messagesOf(updateOption(d, 0, 1, { credit: '1' }))['cards[0].second.options[1].credit']?.[0]).toMatch(/earns 0/);
    // A card that asks no second question leaves it out of the file, and the best score follows.
    const none = updateCard(d, 0, { asks: false });
    const v = validate(none);
    expect(v.ok).toBe(true);
    if (v.ok) expect(v.level.cards[0]!.second).toBeUndefined();
  });

  it('a finished draft passes the game schema and is a file the level select opens as it is', () => {
    const d = sixCards();
    const v = validate(d);
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    expect(v.level.id).toBe('bins-and-buses');
    expect(v.file).toBe('bins-and-buses.json');
    expect(v.level.cards).toHaveLength(6);
    const load = parseLevelFile(v.file, toFileText(d));
    expect(load.ok).toBe(true);
  });

  it('a card without an explanation gets a message on that field, in the author words, and none elsewhere on the card', () => {
    const d = updateCard(sixCards(), 2, { explanation: '' });
    const m = messagesOf(d);
    // One message, not two (an empty text is not also told it is only spaces).
    expect(m['cards[2].explanation']).toHaveLength(1);
    expect(m['cards[2].explanation']?.[0]).toMatch(/explanation of card 3/i);
    expect(Object.keys(m)).toEqual(['cards[2].explanation']);
    // Fixed: the message goes.
    expect(validate(updateCard(d, 2, { explanation: 'Now explained.' })).ok).toBe(true);
  });

  it('too few cards is said on the card list; a missing domain on the domain field', () => {
    const d = newDraft(NOW);
    const m = messagesOf(setLevel(d, { title: 'One card' }));
    expect(m.cards?.[0]).toMatch(/at least 6/);
    expect(m['cards[0].domains[0].domain']?.[0]).toMatch(/missing/);
    expect(m['cards[0].text']?.[0]).toBeTruthy();
    expect(m.title).toBeUndefined();
  });

  it('a weight typed as words is named on the weight field, not turned into a number', () => {
    const d = updateDomain(sixCards(), 0, 0, { weight: 'half' });
    expect(toLevelJson(d).cards).toBeDefined();
    expect(messagesOf(d)['cards[0].domains[0].weight']?.[0]).toMatch(/"half"/);
    // Numbers as people write them: a decimal point or a decimal comma, nothing else.
    expect([num('0,5'), num('0.5'), num(',5'), num(' 1 '), num('1,5,0'), num('')]).toEqual([0.5, 0.5, 0.5, 1, '1,5,0', undefined]);
  });

  it('part credit: a second domain with weight 0.5 is accepted; two full domains are refused on the card domains', () => {
    let d = addDomain(sixCards(), 1);
    d = updateDomain(d, 1, 1, { domain: 'complicated', why: 'A specialist could help a little.' });
    // The part-credit reading needs its own move in the second question, earning the same share.
    expect(messagesOf(d)['cards[1].second.options']?.[0]).toMatch(/no option fits "complicated"/);
    // A French or Spanish trainer types the half with a decimal comma: read as 0.5.
    d = updateOption(d, 1, 1, { fits: 'complicated', credit: '0,5' });
    const v = validate(d);
    expect(v.ok).toBe(true);
    if (v.ok)
      expect(v.level.cards[1]!.domains.map((x) => [x.domain, x.weight])).toEqual([
        ['clear', 1],
        ['complicated', 0.5],
      ]);
    const two = updateDomain(d, 1, 1, { weight: '1' });
    expect(messagesOf(two)['cards[1].domains']?.[0]).toMatch(/exactly one domain/);
    // Removing the part-credit domain (and its move's credit) brings the card back.
    expect(validate(updateOption(removeDomain(two, 1, 1), 1, 1, { fits: '', credit: '0' })).ok).toBe(true);
    // Never more than three domains, and never none.
    const full = addDomain(addDomain(d, 1), 1);
    expect(full.cards[1]!.domains).toHaveLength(3);
    const one = removeDomain(removeDomain(removeDomain(full, 1, 2), 1, 1), 1, 0);
    expect(one.cards[1]!.domains).toHaveLength(1);
  });

  it('the tempting neighbour may not be the best domain: said on the tempting domain field', () => {
    const d = updateCard(sixCards(), 4, { temptingDomain: 'clear' });
    expect(Object.keys(messagesOf(d))).toEqual(['cards[4].tempting.domain']);
  });

  it('moving a card changes its place in the level file, and moving past either end does nothing', () => {
    let d = sixCards();
    d = updateCard(d, 0, { text: 'First written' });
    d = updateCard(d, 1, { text: 'Second written' });
    const ids = d.cards.map((c) => c.id);
    const moved = moveCard(d, 1, -1);
    const v = validate(moved);
    expect(v.ok).toBe(true);
    if (v.ok) expect(v.level.cards.slice(0, 2).map((c) => c.text.en)).toEqual(['Second written', 'First written']);
    expect(moveCard(d, 0, -1)).toBe(d);
    expect(moveCard(d, 5, 1)).toBe(d);
    // Removing a card closes the gap; ids stay with their cards.
    const removed = removeCard(d, 0);
    expect(removed.cards.map((c) => c.id)).toEqual(ids.slice(1));
    // New cards never reuse an id, even after a removal.
    const added = addCard(removed);
    expect(new Set(added.cards.map((c) => c.id)).size).toBe(added.cards.length);
  });

  it('the id follows the title until the trainer types one; a bad id is named on the id field', () => {
    let d = setLevel(newDraft(NOW), { title: 'Été à la Mairie!' });
    expect(d.id).toBe('ete-a-la-mairie');
    d = setLevel(d, { id: 'Bad Id' });
    d = setLevel(d, { title: 'Another title' });
    expect(d.id).toBe('Bad Id');
    const bad = { ...sixCards(), id: 'Bad Id', idAuto: false };
    expect(messagesOf(bad).id?.[0]).toMatch(/Bad Id/);
  });

  it('stars follow the best possible score until typed; a typed star that cannot be reached is said on it', () => {
    const d = sixCards();
    // 6 cards of 10 + 5 points, a bonus of 2 from the third card: 6 * 15 + 4 * 2 = 98.
    expect(autoStars(d)).toEqual([49, 74, 98]);
    expect(autoStars(addCard(d))[2]).toBe(7 * 15 + 5 * 2);
    const typed = setStar(d, 2, '500');
    expect(typed.autoStars).toBe(false);
    expect(messagesOf(typed)['stars[2]']?.[0]).toMatch(/500/);
    expect(messagesOf(setScoring(d, 'domain', '0'))['scoring.domain']).toBeDefined();
  });

  it('a saved draft reopens the same, and anything else in storage is not taken for a draft', () => {
    const d = addDomain(sixCards(), 3);
    const back = parseDraft(JSON.parse(JSON.stringify(d)));
    expect(back).toEqual(d);
    expect(toFileText(back!)).toBe(toFileText(d));
    expect(parseDraft({ v: 2 })).toBeNull();
    expect(parseDraft('<script>')).toBeNull();
    expect(parseDraft(null)).toBeNull();
  });

  it('opening a level keeps its translations and fields the editor has no control for; a valid level opens valid', () => {
    const raw = rawFixture() as Record<string, unknown>;
    const withExtras = { ...raw, title: { en: 'First sort', fr: 'Premier tri' }, discussion: [{ en: 'What surprised you?' }] };
    const d = draftFromLevel(withExtras, NOW);
    expect(d.cards).toHaveLength((raw.cards as unknown[]).length);
    const json = toLevelJson(setLevel(d, { title: 'First sort, again' }));
    expect(json.title).toEqual({ en: 'First sort, again', fr: 'Premier tri' });
    expect(json.discussion).toEqual([{ en: 'What surprised you?' }]);
    expect(validate(draftFromLevel(raw, NOW)).ok).toBe(true);
    // Opening then writing out gives the same level.
    expect(JSON.parse(toFileText(draftFromLevel(raw, NOW)))).toEqual(raw);
  });

  it('writes French beside the English: each field keeps both, an emptied translation is taken out, English stays required', () => {
    let d = setWriting(sixCards(), 'fr');
    d = setLevel(d, { title: 'Poubelles et bus' });
    d = updateCard(d, 0, { text: 'Les poubelles de la rue des Ormes passent en retard.' });
    const v = validate(d);
    expect(v.ok).toBe(true);
    if (v.ok) {
      expect(v.level.title).toEqual({ en: 'Bins and buses', fr: 'Poubelles et bus' });
      // The id follows the English title, whatever language is being written.
      expect(v.level.id).toBe('bins-and-buses');
      expect(v.level.cards[0]!.text.fr).toMatch(/^Les poubelles/);
    }
    expect(toLevelJson(updateCard(d, 0, { text: '' })).cards).toEqual(
      expect.arrayContaining([expect.objectContaining({ text: { en: expect.stringMatching(/^Situation 1/) } })]),
    );
    // A translation of only spaces is named, in its language, on the field.
    expect(messagesOf(updateCard(d, 1, { explanation: '   ' }))['cards[1].explanation']?.[0]).toMatch(/French/);
    // Writing only French leaves the English missing: said on the field.
    const onlyFr = setLevel(setWriting(newDraft(NOW), 'fr'), { title: 'Seulement en français' });
    expect(messagesOf(onlyFr).title?.[0]).toMatch(/English/);
    expect(setWriting(d, 'de').writing).toBe('fr');
  });

  it('issues land on the nearest field shown', () => {
    const fields = new Set(['', 'cards', 'cards[0]', 'cards[0].text']);
    expect(fieldOf('cards[0].text.en', fields)).toBe('cards[0].text');
    expect(fieldOf('cards[0].id', fields)).toBe('cards[0]');
    expect(fieldOf('order', fields)).toBe('');
    expect(fieldOf('cards', fields)).toBe('cards');
  });
});
