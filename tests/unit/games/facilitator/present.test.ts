// The facilitator's presenter, in Node: the words a player sees and hears for each state, in English and pseudo.
import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '../../../../src/core/i18n';
import { isInvalid, type Invalid } from '../../../../src/core/round';
import { apply, fileOrder, start, type FacAction, type FacState } from '../../../../src/games/facilitator/model';
import { present, type FacView, type Selection } from '../../../../src/games/facilitator/present';
import { fixture } from './fixture';

const sc = fixture();
const ok = (s: FacState | Invalid): FacState => {
  if (isInvalid(s)) throw new Error(s.code);
  return s;
};
const play = (...actions: FacAction[]): FacState => actions.reduce((s, a) => ok(apply(sc, s, a)), start(sc, 1, fileOrder(sc)));
const choose = (index: number): FacAction => ({ type: 'choose', index });
const cont: FacAction = { type: 'continue' };
const node: Selection = { phase: 'node', transcriptOpen: false };
const outcome: Selection = { phase: 'outcome', transcriptOpen: false };
const texts = (v: FacView): string[] => v.block.pieces.map((p) => p.text);
const meter = (v: FacView, m: string) => v.meters.find((c) => c.meter === m)!;

afterEach(() => setLang('en'));

describe('facilitator presenter', () => {
  it('opens on the setting, read as you, with the clock and Continue', () => {
    const v = present(sc, start(sc, 1, fileOrder(sc)), { phase: 'intro', transcriptOpen: false });
    expect(v.mode).toBe('intro');
    expect(texts(v)).toEqual(['World café', 'A test room.', 'Clock: 0 of 60 min']);
    expect(v.speaker).toEqual({ name: 'You', role: 'The facilitator', portrait: 'facilitator' });
    expect(v.announcement).toBe('World café. A test room.');
    expect(v.continue?.label).toBe('Continue');
    expect(v.continue?.shown).toBe('Continue ›');
    expect(v.focus).toBe('continue');
  });

  it('shows a decision with numbered choices, a locked one with its reason, and asks', () => {
    const v = present(sc, start(sc, 1, fileOrder(sc)), node);
    expect(v.mode).toBe('decision');
    expect(v.speakerTag?.text).toBe('Narrator');
    expect(texts(v)).toEqual(['How do you open?']);
    expect(v.ask).toBe('What do you do?');
    expect(v.announcement).toBe('Narrator: How do you open? What do you do?');
    expect(v.choices.map((c) => [c.label, c.badge, c.locked])).toEqual([
      ['rules', '1', false],
      ['skip', '2', false],
      ['lecture', '3', false],
    ]);
    expect(v.continue).toBeNull();
    expect(v.focus).toBe('choice-0');

    const later = present(sc, play(choose(1), cont), node);
    expect(later.speakerTag?.text).toBe('Mayor Test, Host');
    expect(later.announcement).toBe('Mayor Test: The mayor talks on. What do you do?');
    expect(later.choices[0]).toMatchObject({ badge: '✕', locked: true, lock: 'Not available: Needs something you did not do earlier' });
    expect(later.choices[3]?.lock).toBe('Not available: Needs Trust of at least 55');
    expect(later.focus).toBe('choice-1');
  });

  it("shows the choices in the state's order, numbered by place, each keeping its file id", () => {
    const s = { ...start(sc, 1, fileOrder(sc)), order: { ...fileOrder(sc), open: [2, 0, 1] } };
    expect(present(sc, s, node).choices.map((c) => [c.id, c.index, c.badge, c.label])).toEqual([
      ['choice-2', 2, '1', 'lecture'],
      ['choice-0', 0, '2', 'rules'],
      ['choice-1', 1, '3', 'skip'],
    ]);
  });

  it('says what happened after a choice, with the changes as a list', () => {
    const v = present(sc, play(choose(0)), outcome);
    expect(v.mode).toBe('outcome');
    expect(texts(v)).toEqual(['Your choice', 'rules', 'What happens', 'after rules', 'Changes: Architect +2, Pilot +3, Trust +10, +10 min']);
    expect(v.announcement).toBe('What happens: after rules');
    expect(present(sc, play(choose(2)), outcome).block.pieces.at(-1)?.text).toBe('Changes: Trust −20, Energy −20, +45 min');
  });

  it('names the meters with numbers and words; roles are not yet scored until they have had something to gain', () => {
    const first = present(sc, start(sc, 1, fileOrder(sc)), node);
    expect(meter(first, 'architect')).toMatchObject({ name: 'Architect', value: null, num: '–', word: 'not yet scored', headWithWord: null });
    expect(meter(first, 'trust')).toMatchObject({ num: '50', word: 'steady', headWithWord: 'Trust · steady' });
    expect(meter(first, 'clock')).toMatchObject({ head: 'Clock', num: '0 of 60 min', warn: false });
    expect(first.metersSaid).toBe(
      'Meters: Architect – (not yet scored), Pilot – (not yet scored), Guide – (not yet scored), Trust 50 (steady), Energy 50 (steady), Clock 0 of 60 min.',
    );

    const v = present(sc, play(choose(2)), outcome);
    expect(meter(v, 'architect')).toMatchObject({ num: '0', word: 'weak', headWithWord: 'Architect · weak' });
    expect(meter(v, 'guide').word).toBe('not yet scored');
    expect(meter(v, 'trust')).toMatchObject({ num: '30', word: 'low' });
    const late = present(sc, play(choose(2), cont, choose(2)), node);
    expect(meter(late, 'clock')).toMatchObject({ head: '⚠ Over time', num: '65 of 60 min', value: 100, warn: true, word: 'Over time' });
  });

  it('ends with the tone, the score per role in words, the method steps and the four ways on', () => {
    const v = present(sc, play(choose(1), cont, choose(2), { type: 'back' }, choose(2)), node);
    expect(v.mode).toBe('ending');
    expect(v.announcement).toBe('A poor ending: Poor. It went badly.');
    expect(v.ending?.block.pieces.map((p) => p.text)).toEqual(['○ A poor ending', 'Poor', 'It went badly.', 'Stepped back 1 time']);
    expect(v.ending?.scoreLines).toEqual(['Architect: 0 of 100 (weak)', 'Pilot: 25 of 100 (weak)', 'Guide: 0 of 100 (weak)', 'Total: 11 of 100']);
    expect(v.ending?.rows.map((r) => r.valueText)).toEqual(['0 · weak', '25 · weak', '0 · weak', '11']);
    expect(v.ending?.recapHeading).toBe('The steps of the method: World café');
    expect(v.ending?.steps).toEqual(['one', 'two', 'three', 'four']);
    expect(v.ending?.buttons.map((b) => b.label)).toEqual(['Debrief', 'Restart', 'Step back', 'Read earlier lines']);
    expect(v.focus).toBe('debrief');
    const twice = play(choose(1), cont, choose(2), { type: 'back' }, choose(2), { type: 'back' }, choose(2));
    expect(present(sc, twice, node).ending?.block.pieces.at(-1)?.text).toBe('Stepped back 2 times');
  });

  it('reads back the transcript with who said each line', () => {
    const v = present(sc, play(choose(0), cont), { phase: 'node', transcriptOpen: true });
    expect(v.transcript?.entries).toEqual([
      { who: 'Narrator:', text: 'How do you open?', muted: false },
      { who: 'You:', text: 'rules', muted: false },
      { who: 'What happens:', text: 'after rules', muted: true },
      { who: 'Mayor Test:', text: 'Let me say a few words.', muted: false },
      { who: 'Mayor Test:', text: 'The mayor talks on.', muted: false },
    ]);
    expect(v.focus).toBe('close-transcript');
    expect(v.announcement).toBe('Earlier lines');
  });

  it('Step back is offered only after a decision', () => {
    expect(present(sc, start(sc, 1, fileOrder(sc)), node).footer.map((b) => [b.id, b.disabled])).toEqual([
      ['transcript', false],
      ['back', true],
    ]);
    expect(present(sc, play(choose(0)), outcome).footer[1]?.disabled).toBe(false);
  });

  it('in the pseudo-locale every word is pseudo-translated, composed sentences as a whole', () => {
    setLang('en', { pseudo: true });
    const v = present(sc, start(sc, 1, fileOrder(sc)), node);
    expect(v.ask).toMatch(/^\[Ŵĥáţ/);
    expect(v.announcement).toMatch(/^\[Ñáŕŕáţóŕ: Ĥóŵ/);
    expect(meter(v, 'clock').num).toMatch(/^\[0 óƒ 60 ɱíñ/);
  });
});
