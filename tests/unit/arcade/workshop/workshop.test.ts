// The workshop's rules over its state, in Node: one object per workshop (made at start or by Start on the setup
// screen), so a test makes its own. What touches the page (the badge, the address) is tried in the browser tests.
import { describe, expect, it } from 'vitest';
import { Workshop, currentPreset } from '../../../../src/arcade/workshop/workshop';
import { emptyPreset, type Ignored, type WorkshopPreset } from '../../../../src/core/preset';
import type { Services } from '../../../../src/arcade/services';
import type { SessionRecord } from '../../../../src/core/export';

function workshopOf(p: Partial<WorkshopPreset>, ignored: Ignored[] = [], more = 0) {
  const services = { workshop: null } as unknown as Services;
  const w = new Workshop(services, { preset: { ...emptyPreset(), ...p }, ignored, more }, { audience: false, landing: true });
  return { w, services };
}

describe('a workshop', () => {
  it('is the services’ once made, and the setup screen starts from a copy of its preset', () => {
    const { w, services } = workshopOf({ teams: ['Reds', 'Blues'] });
    expect(services.workshop).toBe(w);
    const copy = currentPreset(w);
    copy.teams.push('Greens');
    expect(w.preset.teams).toEqual(['Reds', 'Blues']);
    expect(currentPreset(null)).toEqual(emptyPreset());
  });

  it('opens on the workshop screen once after its link', () => {
    const { w } = workshopOf({});
    expect(w.takeLanding()).toBe(true);
    expect(w.takeLanding()).toBe(false);
  });

  it('names the team whose turn it is, and the room when there are no teams', () => {
    expect(workshopOf({}).w.nextTeam().name).toBe('The room');
    const { w } = workshopOf({ teams: ['Reds', ''] });
    w.next = 1;
    expect(w.nextTeam()).toEqual({ id: 't2', name: 'Team 2' });
  });

  it('ranks the teams between turns, best first, ties sharing a place, and says who plays next', () => {
    const { w } = workshopOf({ teams: ['Reds', 'Blues', 'Greens'] });
    expect(w.turnBoard()).toBeNull();
    w.board.set('t1', { score: 4, max: 8, rounds: 1 });
    w.board.set('t2', { score: 7, max: 8, rounds: 1 });
    w.board.set('t3', { score: 4, max: 8, rounds: 1 });
    w.next = 0;
    const board = w.turnBoard()!;
    expect(board.lines[0]).toContain('Blues');
    expect(board.lines[1]).toContain('Reds');
    expect(board.lines[2]).toContain('Greens');
    expect(board.lines[1]!.match(/\d+/)![0]).toBe(board.lines[2]!.match(/\d+/)![0]);
    expect(board.next).toContain('Reds');
  });

  it('ranks only the teams that have played, and names the others as still to play', () => {
    const { w } = workshopOf({ teams: ['Reds', 'Blues', 'Greens'] });
    w.board.set('t1', { score: 4, max: 8, rounds: 1 });
    w.next = 1;
    expect(w.turnBoard()!.lines).toEqual(['1st: Reds, 4 points in 1 round', 'Blues: not played yet', 'Greens: not played yet']);
  });

  it('has no scoreboard for a single team or the room', () => {
    const { w } = workshopOf({ teams: ['Reds'] });
    w.board.set('t1', { score: 4, max: 8, rounds: 1 });
    expect(w.turnBoard()).toBeNull();
  });

  it('grows the text on projector colours, never shrinking a player’s larger choice', () => {
    expect(workshopOf({ projector: true }).w.textScale(1)).toBe(1.25);
    expect(workshopOf({ projector: true }).w.textScale(1.5)).toBe(1.5);
    expect(workshopOf({ projector: false }).w.textScale(1)).toBe(1);
  });

  it('says in one sentence what the link had that was ignored, each part once', () => {
    expect(workshopOf({}).w.ignoredText()).toBe('');
    const { w } = workshopOf({}, [{ key: 'colour', reason: 'unknown' }], 2);
    w.noteIgnored({ key: 'level', reason: 'bad' });
    w.noteIgnored({ key: 'level', reason: 'bad' });
    const text = w.ignoredText();
    expect(text).toContain('“colour”');
    expect(text.match(/“level”/g)).toHaveLength(1);
    expect(text).toMatch(/^Parts of the workshop link were ignored/);
  });

  it('comes to the second check poll once the room has answered the first', () => {
    const { w } = workshopOf({});
    expect(w.firstPollTaken()).toBe(false);
    w.session = { answers: [{ itemId: 'check-a/q1', answer: '', correct: false }] } as unknown as SessionRecord;
    expect(w.firstPollTaken()).toBe(false);
    w.session = { answers: [{ itemId: 'check-a/q1', answer: 'B', correct: true }] } as unknown as SessionRecord;
    expect(w.firstPollTaken()).toBe(true);
  });
});
