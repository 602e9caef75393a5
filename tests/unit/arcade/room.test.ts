// The workshop room's keys and words: what a trainer's keyboard or clicker asks for, and what the room reads.
import { describe, expect, it } from 'vitest';
import { pageStep, roomCommand } from '../../../src/arcade/workshop/room/keys';
import * as P from '../../../src/arcade/workshop/room/present';
import { applyRoom, isInvalid, startRoom, type RoomAction, type RoomState } from '../../../src/core/room';
import type { RoomDeck } from '../../../src/games/sdk/room';

const deck: RoomDeck = {
  question: 'Where does it belong?',
  options: ['clear', 'complicated', 'complex'].map((id) => ({ id, label: id.toUpperCase(), mark: id[0]!.toUpperCase() })),
  items: [
    {
      id: 'c1',
      options: ['clear', 'complicated', 'complex'],
      credit: { complex: 1, complicated: 0.5 },
      text: 'A card',
      accepted: [{ option: 'complex', credit: 1, why: 'Because.' }],
      explanation: 'So.',
      notes: [],
      discussion: ['What did you see?'],
    },
  ],
  discussion: [],
};
const teams = [
  { id: 't1', name: 'Owls' },
  { id: 't2', name: 'Foxes' },
  { id: 't3', name: 'Bears' },
];

function ctx(...actions: RoomAction[]): P.RoomContext {
  let state: RoomState = startRoom({ levelId: 'l', teams: teams.map((t) => t.id), items: ['c1'], cardSeconds: null });
  for (const a of actions) {
    const r = applyRoom(state, deck.items, [], a);
    if (isInvalid(r)) throw new Error(r.code);
    state = r;
  }
  return { state, deck, item: (id) => deck.items.find((i) => i.id === id), teams, chosen: null, picked: null, stories: false, hidden: false };
}

describe('the room’s keys', () => {
  it('maps a clicker’s Page Down to reveal, then to the next card; Page Up is back', () => {
    expect(roomCommand({ key: 'PageDown' }, 'vote')).toEqual({ type: 'reveal' });
    expect(roomCommand({ key: 'PageDown' }, 'reveal')).toEqual({ type: 'next' });
    expect(roomCommand({ key: 'PageDown' }, 'end')).toBeNull();
    expect(roomCommand({ key: 'PageUp' }, 'reveal')).toEqual({ type: 'back' });
    expect(roomCommand({ key: '.' }, 'end')).toEqual({ type: 'blank' });
    expect(roomCommand({ key: 'B' }, 'vote')).toEqual({ type: 'blank' });
  });

  it('takes 1 to 8 as teams only while answering, and no held, modified or unknown key', () => {
    expect(roomCommand({ key: '8' }, 'vote')).toEqual({ type: 'team', n: 7 });
    expect(roomCommand({ key: '9' }, 'vote')).toBeNull();
    expect(roomCommand({ key: '1' }, 'reveal')).toBeNull();
    expect(roomCommand({ key: '1', repeat: true }, 'vote')).toBeNull();
    expect(roomCommand({ key: 'r', ctrlKey: true }, 'vote')).toBeNull();
    expect(roomCommand({ key: 'constructor' }, 'vote')).toBeNull();
    expect(roomCommand({ key: 'toString' }, 'vote')).toBeNull();
  });
});

describe('the room’s words', () => {
  it('shows a bar per option with the teams that chose it, the accepted ones marked', () => {
    const c = ctx(
      { type: 'vote', team: 't1', option: 'complex', at: 1 },
      { type: 'vote', team: 't2', option: 'complex', at: 2 },
      { type: 'vote', team: 't3', option: 'complicated', at: 3 },
      { type: 'reveal' },
    );
    expect(P.bars(c, 'c1').map((b) => [b.text, b.share, b.accepted])).toEqual([
      ['CLEAR: no team', 0, null],
      ['COMPLICATED ◐: 1 team (Bears)', 0.5, 'part'],
      ['COMPLEX ✓: 2 teams (Owls and Foxes)', 1, 'full'],
    ]);
    // Where the teams split, the room is asked about it first.
    expect(P.discussion(c, deck.items[0]!)[0]).toBe('The teams split between COMPLICATED and COMPLEX: what did each of you see in the situation?');
  });

  it('gives equal scores the same place, said as a place so it is not read as a team’s number', () => {
    const c = ctx({ type: 'vote', team: 't1', option: 'complex', at: 1 }, { type: 'vote', team: 't2', option: 'complex', at: 2 }, { type: 'reveal' });
    expect(P.scoreLines(c)).toEqual(['1st: Owls, 10 points', '1st: Foxes, 10 points', '3rd: Bears, 0 points']);
  });
});

describe('answers hidden until the reveal', () => {
  it('shows the room which teams answered, and not what, when the workshop hides answers', () => {
    const c = ctx({ type: 'vote', team: teams[0]!.id, option: deck.options[0]!.id, at: 1 });
    const label = deck.options[0]!.label;
    const shown = P.teamViews(c, false)[0]!;
    expect(shown.visible).toContain(label);
    const hidden = P.teamViews({ ...c, hidden: true }, false);
    expect(hidden[0]!.visible).not.toContain(label);
    expect(hidden[0]!.label).not.toContain(label);
    expect(hidden[0]!.label).toContain('answered');
    expect(hidden[1]!.label).toContain('no answer yet');
  });
});

describe('the list of cards to jump to', () => {
  it('names a card still to come by its number only, so the projected list does not give it away', () => {
    const items = ['c1', 'c2', 'c3'].map((id, i) => ({ ...deck.items[0]!, id, text: `Situation ${i + 1}` }));
    const state = startRoom({ levelId: 'l', teams: ['t1'], items: items.map((i) => i.id), cardSeconds: null });
    const c: P.RoomContext = {
      state,
      deck: { ...deck, items },
      item: (id) => items.find((i) => i.id === id),
      teams: [teams[0]!],
      chosen: null,
      picked: null,
      stories: false,
      hidden: true,
    };
    const list = P.endItems(c);
    expect(list[0]!.text).toContain('Situation 1');
    for (const later of list.slice(1)) {
      expect(later.text).not.toMatch(/Situation/);
      expect(later.label).not.toMatch(/Situation/);
    }
  });
});

describe('what the room’s steps are called', () => {
  it('calls a role-play’s steps decisions and a poll’s questions, not cards', () => {
    const c = ctx();
    expect(P.title(c)).toBe('Card 1 of 1');
    expect(P.title({ ...c, deck: { ...deck, unit: 'decision' } })).toBe('Decision 1 of 1');
    expect(P.cardAnnouncement({ ...c, deck: { ...deck, unit: 'question' } })).toMatch(/^Question 1 of 1\. /);
  });
});

describe('a clicker paging the reveal', () => {
  const panel = (top: number, height: number, client = 100) => ({ top, height, client });
  it('pages down through each panel in reading order before the key moves on', () => {
    expect(pageStep([panel(0, 100), panel(0, 300), panel(0, 250)], 1)).toEqual({ index: 1, top: 85 });
    // The last step stops at the panel's end, not past it.
    expect(pageStep([panel(0, 100), panel(170, 300), panel(0, 250)], 1)).toEqual({ index: 1, top: 200 });
    expect(pageStep([panel(0, 100), panel(200, 300), panel(0, 250)], 1)).toEqual({ index: 2, top: 85 });
    expect(pageStep([panel(0, 100), panel(200, 300), panel(150, 250)], 1)).toBeNull();
  });

  it('pages back up from the last panel read before the key goes back', () => {
    expect(pageStep([panel(0, 100), panel(200, 300), panel(150, 250)], -1)).toEqual({ index: 2, top: 65 });
    expect(pageStep([panel(0, 100), panel(50, 300), panel(0, 250)], -1)).toEqual({ index: 1, top: 0 });
    expect(pageStep([panel(0, 100), panel(0, 300)], -1)).toBeNull();
  });
});

describe('a live room on the room screen', () => {
  const live = (summary: Partial<P.RoomLive['summary']>): P.RoomLive => ({
    code: 'ABCD2345',
    url: 'http://192.0.2.2:2567/phone/?code=ABCD2345',
    summary: {
      people: 5,
      answered: 3,
      teams: { t1: { members: 2, answered: 2 }, t2: { members: 3, answered: 1 }, t3: { members: 0, answered: 0 } },
      tally: {},
      ties: {},
      ...summary,
    },
  });

  it('counts people, per team too, and never says what they chose', () => {
    const c = { ...ctx({ type: 'vote', team: 't1', option: 'complex', at: 1 }), hidden: true, live: live({}) };
    expect(P.statusLine(c)).toBe('1 of 3 teams has answered · 3 of 5 people answered');
    const views = P.teamViews(c, false);
    expect(views[0]!.visible).toBe('1. Owls · 2 of 2  ✓');
    expect(views[2]!.visible).toBe('3. Bears');
    expect(views.map((v) => v.label).join(' ')).not.toContain('COMPLEX');
    expect(P.statusLine({ ...c, live: live({ people: 0, answered: 0 }) })).toContain('No phone has joined yet');
    expect(P.statusLine({ ...c, live: { ...live({}), lost: true } })).toContain('Room server not answering');
  });

  it('shows people beside teams at the reveal, and a team split evenly as such', () => {
    const c = {
      ...ctx({ type: 'vote', team: 't1', option: 'complex', at: 1 }, { type: 'vote', team: 't2', option: 'complicated', at: 2 }, { type: 'reveal' }),
      live: live({ tally: { clear: 0, complicated: 2, complex: 3 }, ties: { t1: ['complex', 'clear'] } }),
    };
    const bars = P.bars(c, 'c1').map((b) => b.text);
    expect(bars[2]).toBe('COMPLEX ✓: 1 team (Owls, split evenly) · 3 people');
    expect(bars[1]).toBe('COMPLICATED ◐: 1 team (Foxes) · 2 people');
    expect(P.discussion(c, deck.items[0]!)[0]).toBe('Teams split evenly: Owls');
  });
});
