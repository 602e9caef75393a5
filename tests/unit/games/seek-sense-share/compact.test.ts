// A booth round (a level marked compact, as booth.json is) says the same things in fewer words: shorter objectives,
// tie kinds, meters, notes, captions and flow feedback. The full levels keep their own words (present.test.ts).
import { describe, expect, test } from 'vitest';
import { debriefOf, type SssState } from '../../../../src/games/seek-sense-share/model';
import { present, type Selection, type SssView } from '../../../../src/games/seek-sense-share/present';
import { play, tie, tiny } from './fixtures';

const full = tiny();
const booth = tiny((raw) => {
  raw.compact = true;
});
const none: Selection = { briefOpen: false, from: null, to: null, note: null };
const win = [
  tie('city', 'peer', 'community'),
  tie('city', 'ngo', 'community'),
  tie('city', 'hub', 'network'),
  tie('city', 'uni', 'network'),
  tie('city', 'biz', 'network'),
];
const run = (steps: number): SssState => play(booth, [...win, { type: 'run' }, ...Array.from({ length: steps }, () => ({ type: 'step' }) as const)]);
const words = (texts: readonly (string | null | undefined)[]): number => texts.join(' ').match(/\S+/g)?.length ?? 0;

describe('a booth round (compact) shows the shorter words', () => {
  test('the brief: short objectives, no how-to, and no feedback rule for SENSE', () => {
    const v = present(booth, play(booth, []), { ...none, briefOpen: true });
    expect(v.brief?.objectives).toEqual([
      'SEEK: bring a practice home from Peer (tested know-how).',
      'SENSE: a community of practice (trust 2) with 1 member from outside local government.',
      'SHARE: get the story to Audience (story reach 2). And back to the sources you learned from.',
      'Sectors from outside local government: 0 of 3',
    ]);
    expect(v.brief?.howTo).toBe('');
    const long = present(full, play(full, []), { ...none, briefOpen: true }).brief!;
    expect(long.objectives[1]).toMatch(/^SENSE: a community of practice with trust 2, and at least 1 of its members .* Feedback from /);
    expect(words(v.brief!.objectives)).toBeLessThan(words(long.objectives) * 0.6);
  });

  test('a share objective that needs only some of its audiences says how many', () => {
    const some = tiny((raw) => {
      raw.compact = true;
      raw.objectives.share = { audiences: ['aud', 'ngo'], min: 1, reach: 2 };
    });
    expect(present(some, play(some, []), { ...none, briefOpen: true }).brief?.objectives[2]).toBe(
      'SHARE: get the story to 1 of Audience and NGO (story reach 2). And back to the sources you learned from.',
    );
  });

  test('building: the meters, the first hint, the kinds of tie, a refusal and the new tie', () => {
    const s = play(booth, [tie('city', 'peer', 'team')]);
    const v = present(booth, s, { ...none, from: 'city', to: 'uni', note: { kind: 'tied', a: 'city', b: 'peer', tie: 'team' } });
    expect(v.budget.meters.map((m) => m.text)).toEqual(['Time 7/10', 'Goodwill 2/4']);
    // The DOM line keeps the full sentence.
    expect(v.budget.summary).toBe('Budget: Time 7 of 10 left, Goodwill 2 of 4 left.');
    expect(v.note?.text).toBe('✓ City – Peer (Work team)');
    if (v.panel.kind !== 'pair') throw new Error('no pair');
    expect(v.panel.options.map((o) => o.why)).toEqual([
      '✗ Not enough goodwill.',
      'Medium tie: a trusted place to test ideas; each tie adds trust.',
      'Weak tie: low cost; brings diverse ideas and carries stories far.',
    ]);
    expect(present(booth, play(booth, []), none).panel).toEqual({ kind: 'none', lines: ['Choose a contact to start a tie.'] });
    expect(present(full, play(full, []), none).panel).toEqual({
      kind: 'none',
      lines: ['Choose a contact to start a tie, or drag from one contact to another.'],
    });
  });

  test('the flow: the step named alone, short feedback on each step, no closing line', () => {
    expect(present(booth, run(0), none).caption).toBe('The flow is ready: choose Next step.');
    const v1 = present(booth, run(1), none);
    expect(v1.caption).toBe('SEEK');
    expect(v1.objectives.rows[0]!.results).toEqual([
      { answer: 'Arrived as tested know-how along Peer → City.', why: 'Ties strong enough to carry the know-how: Community of practice.' },
    ]);
    const v3 = present(booth, run(3), none);
    expect(v3.caption).toBe('SHARE');
    expect(v3.panel).toEqual({ kind: 'flow', desc: 'Share it while it runs, and back to the sources you learned from.', done: null });
    expect(v3.objectives.rows[1]!.results[0]!.why).toBe('Trust built by community ties: City – Peer and City – NGO.');
    const [share, outLoud] = v3.objectives.rows[2]!.results;
    expect(share!.why).toMatch(/^Along City – /);
    expect(share!.why).toMatch(/And back to Peer\.$/);
    expect(outLoud!.answer).toMatch(/^You worked out loud: shared (while the test ran|before any test)\. /);
  });

  test('the same network in a full level keeps the long words, and a visitor reads fewer in the booth', () => {
    const texts = (v: SssView): string[] =>
      [
        v.caption,
        v.panel.kind === 'flow' ? v.panel.desc : null,
        v.panel.kind === 'flow' ? v.panel.done : null,
        ...v.objectives.rows.flatMap((r) => [r.text, ...r.results.flatMap((x) => [x.answer, x.why])]),
      ].filter((t): t is string => !!t);
    const fullState = play(full, [...win, { type: 'run' }, { type: 'step' }, { type: 'step' }, { type: 'step' }]);
    const long = present(full, fullState, none);
    expect(long.caption).toBe('Step 3 of 3: SHARE · ✓ Worked');
    expect(long.objectives.rows[0]!.results[0]!.why).toMatch(
      /^Every tie on the way could carry tested know-how: Peer – City \(Community of practice\)\. The idea: /,
    );
    expect(debriefOf(full, fullState).sense.explanation.en).toMatch(/^The community ties that built trust: /);
    expect(words(texts(present(booth, run(3), none)))).toBeLessThan(words(texts(long)) / 2);
  });
});
