// A game's facilitator guide read from its presenter in Node: what the panel says while the guide loads or when the
// game has none, the contents that link to each section, the guide's own language, and the buttons a trainer
// sees from the level select (Back to the levels, Print) and from the workshop screen (Back, Print, the paper kit).
import { afterEach, describe, expect, it } from 'vitest';
import { loadLang, setLang } from '../../../../src/core/i18n';
import type { Block } from '../../../../src/arcade/workshop/guides';
import { guideHeading, initialFocus, noKit, presentGuide, type GuideInput } from '../../../../src/arcade/workshop/guide.present';

afterEach(() => setLang('en'));

const BLOCKS: Block[] = [
  { kind: 'title', text: 'Facilitator guide: Cynefin sorting' },
  { kind: 'para', text: 'Sorting situations by what they ask of the city.' },
  { kind: 'heading', text: 'Aims' },
  { kind: 'list', ordered: false, items: ['Tell the domains apart', 'Act to fit'] },
  { kind: 'heading', text: 'Debrief questions' },
  { kind: 'list', ordered: true, items: ['Which card surprised you?'] },
];
const input = (o: Partial<GuideInput> = {}): GuideInput => ({
  game: 'Cynefin sorting',
  blocks: BLOCKS,
  lang: 'en',
  missing: false,
  from: 'levels',
  kit: false,
  ...o,
});

describe('the guide’s panel', () => {
  it('names the screen after the game, and says the guide is loading until it comes', () => {
    const v = presentGuide(input({ blocks: null }));
    expect(v.heading).toBe('Facilitator guide: Cynefin sorting');
    expect(guideHeading('Cynefin sorting')).toBe(v.heading);
    expect(v.body).toEqual({ kind: 'message', text: 'Loading the guide…' });
  });

  it('says so when the game has no guide', () => {
    expect(presentGuide(input({ blocks: null, missing: true })).body).toEqual({ kind: 'message', text: 'This game has no facilitator guide yet.' });
  });

  it('opens with contents that link to each section, then the sections, without repeating the guide’s own title', () => {
    const v = presentGuide(input());
    if (v.body.kind !== 'guide') throw new Error('no guide');
    expect(v.body.contents).toEqual({
      label: 'Contents',
      items: [
        { target: 'guide-s0', text: 'Aims' },
        { target: 'guide-s1', text: 'Debrief questions' },
      ],
    });
    expect(v.body.blocks).toEqual([
      { kind: 'para', text: 'Sorting situations by what they ask of the city.' },
      { kind: 'heading', id: 'guide-s0', text: 'Aims' },
      { kind: 'list', ordered: false, items: ['Tell the domains apart', 'Act to fit'] },
      { kind: 'heading', id: 'guide-s1', text: 'Debrief questions' },
      { kind: 'list', ordered: true, items: ['Which card surprised you?'] },
    ]);
  });

  it('needs no contents for a guide of one section', () => {
    const v = presentGuide(input({ blocks: BLOCKS.slice(0, 4) }));
    expect(v.body.kind === 'guide' && v.body.contents).toBeNull();
  });

  it('marks the guide’s own language, English where the player’s has no translation yet', () => {
    const v = presentGuide(input({ lang: 'en' }));
    expect(v.body.kind === 'guide' && v.body.lang).toBe('en');
  });
});

describe('the buttons under the guide', () => {
  it('offers Back to the levels and Print from the level select, Back focused first', () => {
    const v = presentGuide(input());
    expect(v.buttons).toEqual([
      { id: 'done', label: 'Back to the levels' },
      { id: 'print', label: 'Print the guide', style: 'quiet', disabled: false },
    ]);
    expect(initialFocus()).toBe('done');
  });

  it('cannot print a guide that has not loaded', () => {
    expect(presentGuide(input({ blocks: null })).buttons[1]!.disabled).toBe(true);
  });

  it('adds the chosen level’s paper kit from the workshop screen, for a game whose cards share one board', () => {
    const v = presentGuide(input({ from: 'setup', kit: true }));
    expect(v.buttons.map((b) => b.id)).toEqual(['done', 'print', 'paper-kit']);
    expect(v.buttons[0]!.label).toBe('Back');
    expect(v.buttons[2]).toMatchObject({
      label: 'Paper kit for a table exercise: the board, the cards to cut out and an answer key, to print',
      visibleLabel: 'Paper kit',
    });
    expect(noKit()).toBe("This game's cards do not share one board, so it has no paper kit.");
  });

  it('speaks the player’s language', async () => {
    await loadLang('fr');
    setLang('fr');
    const v = presentGuide(input({ game: 'Tri Cynefin' }));
    expect(v.heading).toBe('Guide de l’animateur\u00a0: Tri Cynefin');
    expect(v.buttons.map((b) => b.label)).toEqual(['Retour aux niveaux', 'Imprimer le guide']);
  });
});
