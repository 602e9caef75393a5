// The words a player sees and hears, from the presenter alone (no Phaser, no DOM): labels, the budget line,
// refusals from their codes, step verdicts, debrief lines and announcements.
import { describe, expect, test } from 'vitest';
import { apply, debriefOf, flowOf, start, stepOutcome, type SssState } from '../../../../src/games/seek-sense-share/model';
import { announce, present, type Selection } from '../../../../src/games/seek-sense-share/present';
import { SECTOR_MARKS } from '../../../../src/games/seek-sense-share/presentNetwork';
import { SECTORS } from '../../../../src/games/seek-sense-share/schema';
import { play, tie, tiny } from './fixtures';

const level = tiny();
const none: Selection = { briefOpen: false, from: null, to: null, note: null };
const win = [
  tie('city', 'peer', 'community'),
  tie('city', 'ngo', 'community'),
  tie('city', 'hub', 'network'),
  tie('city', 'uni', 'network'),
  tie('city', 'biz', 'network'),
];

describe('building', () => {
  test('the brief holds the story, the objectives with names and plurals, and the start button', () => {
    const v = present(level, start(level), { ...none, briefOpen: true });
    expect(v.brief?.story).toBe('A small test network.');
    expect(v.brief?.objectives).toEqual([
      'SEEK: bring a practice home from Peer (tested know-how).',
      'SENSE: a community of practice with trust 2, and at least 1 of its members from outside local government. Feedback from a stakeholder outside local government who hears what you share can stand in for one of them.',
      'SHARE: reach 1 of Audience within a story reach of 2. The story must also get back to every source you learned from.',
      'Sectors from outside local government in your cloud of trust: 0 of 3',
    ]);
    expect(v.brief?.start).toBe('Start building');
    expect(announce.brief(level)).toBe('Tiny. A small test network.');
  });

  test('budget meters and the DOM budget line say the same', () => {
    const v = present(level, play(level, [tie('city', 'peer', 'community')]), none);
    expect(v.budget.meters.map((m) => m.text)).toEqual(['Time 8 of 10 left', 'Goodwill 3 of 4 left']);
    expect(v.budget.summary).toBe('Budget: Time 8 of 10 left, Goodwill 3 of 4 left.');
    expect(v.graphSummary).toBe('Your network: 8 contacts and 3 ties.');
  });

  test('a node says its side, sector, roles and ties as sentences; its mark is the sector symbol', () => {
    const s = play(level, [tie('city', 'peer', 'community'), tie('city', 'dept', 'network')]);
    const v = present(level, s, { ...none, from: 'peer' });
    const peer = v.nodes.find((n) => n.id === 'peer')!;
    expect(peer.twinId).toBe('node-peer');
    expect(peer.pick).toBe('first');
    expect(peer.mark).toBe(SECTOR_MARKS['peer-city']);
    expect(peer.description).toBe(
      'Selected as the first end of a tie. Local government beyond your city, Peer cities. ★ Holds the practice. Ties: community of practice with City.',
    );
    const city = v.nodes.find((n) => n.id === 'city')!;
    expect(city.description).toBe('Your city team. Ties: community of practice with Peer and social network with Department.');
    expect(v.nodes.find((n) => n.id === 'biz')!.description).toContain('Only takes: Social network.');
    expect(v.nodes.find((n) => n.id === 'uni')!.description).toContain('Wary: each tie costs 1 more goodwill.');
    expect(v.panel).toEqual({
      kind: 'from',
      name: 'Peer',
      facts: 'Local government beyond your city, Peer cities. ★ Holds the practice.',
      next: 'Now choose who to tie Peer to.',
    });
  });

  test('every sector has its own mark, none a letter', () => {
    const marks = SECTORS.map((s) => SECTOR_MARKS[s]);
    expect(new Set(marks).size).toBe(SECTORS.length);
    for (const m of marks) expect(m).not.toMatch(/[A-Za-z]/);
  });

  test('the pair chooser names each kind with its cost, and a refused kind with its reason', () => {
    const s = play(level, [tie('city', 'peer', 'team')]);
    const v = present(level, s, { ...none, from: 'city', to: 'uni' });
    if (v.panel.kind !== 'pair') throw new Error('no pair');
    expect(v.panel.heading).toBe('Tie City with Uni');
    expect(v.panel.options.map((o) => [o.label, o.ok, o.why])).toEqual([
      ['Work team: 3 time, 3 goodwill', false, '✗ Not enough goodwill left for this tie.'],
      ['Community of practice: 2 time, 2 goodwill', true, 'Medium tie: a trusted place to test ideas together; each one adds to the community’s trust.'],
      ['Social network: 1 time, 1 goodwill', true, 'Weak tie: easy to keep up; brings news and diverse, new ideas, and carries stories far.'],
    ]);
    expect(v.panel.options[0]!.visibleLabel).toBe('━ ✗ Work team: 3 time, 3 goodwill');
    expect(v.pairKey).not.toBeNull();
  });

  test('an existing tie offers its removal; a level tie says it stays', () => {
    const s = play(level, [tie('city', 'peer', 'team')]);
    const mine = present(level, s, { ...none, from: 'peer', to: 'city' });
    expect(mine.panel).toMatchObject({ kind: 'pair', existing: { info: 'Already tied: Work team.', untie: 'Remove tie', fixed: false }, options: [] });
    const fixed = present(level, s, { ...none, from: 'hub', to: 'far' });
    expect(fixed.panel).toMatchObject({
      existing: {
        info: 'Already tied: Social network. This tie was there before you started and stays.',
        untieWhy: 'This tie was there before you started and cannot be removed.',
        fixed: true,
      },
    });
  });

  test('a refusal code becomes its sentence, on the panel and in the live region with the budget', () => {
    const s = start(level);
    const refused = apply(level, s, tie('city', 'biz', 'team'));
    if (!('invalid' in refused)) throw new Error('accepted');
    expect(refused.code).toBe('kind-refused');
    const note = { kind: 'refused', code: refused.code } as const;
    expect(present(level, s, { ...none, note }).note).toEqual({ text: '✗ Not done: This contact does not take part in that kind of tie.', ok: false });
    expect(announce.note(level, s, note)).toBe('Not done: This contact does not take part in that kind of tie. 10 time and 4 goodwill left.');
    const tied = play(level, [tie('city', 'peer', 'team')]);
    expect(announce.note(level, tied, { kind: 'tied', a: 'city', b: 'peer', tie: 'team' })).toBe('Tied City and Peer: Work team. 7 time and 2 goodwill left.');
  });

  test('the actions while building, and with a first end chosen', () => {
    expect(present(level, start(level), none).actions.map((a) => a.label)).toEqual(['Run the flow', 'Brief']);
    expect(present(level, start(level), { ...none, from: 'city' }).actions.map((a) => a.id)).toEqual(['run', 'brief', 'clear']);
  });
});

describe('the flow', () => {
  const run = (ties: typeof win, steps: number): SssState =>
    play(level, [...ties, { type: 'run' }, ...Array.from({ length: steps }, () => ({ type: 'step' }) as const)]);

  test('steps wait until revealed; then their verdict comes from their own debrief items', () => {
    const s0 = run(win, 0);
    expect(stepOutcome(level, s0, 'seek')).toEqual({ status: 'waiting', items: [] });
    const s1 = run(win, 1);
    const seek = stepOutcome(level, s1, 'seek');
    expect(seek.status).toBe('right');
    expect(seek.items).toEqual(debriefOf(level, s1).seek);
    expect(stepOutcome(level, s1, 'sense').status).toBe('waiting');
  });

  test('the caption, the step announcement and the objectives rows', () => {
    const s = run(win, 1);
    const v = present(level, s, none);
    expect(v.caption).toBe('Step 1 of 3: SEEK · ✓ Worked');
    expect(announce.step(level, s, 'seek')).toBe(
      'Step 1 of 3: SEEK ✓ Worked Arrived as tested know-how along Peer → City. Every tie on the way could carry tested know-how: Peer – City (Community of practice). The idea: for Jarche, seeking is the first move of personal knowledge mastery, finding things out and keeping up to date, best across many loose ties to people unlike you; the deeper the know-how, the closer the tie needed to bring it home (a practice a peer can already show comes through a community of practice, one that must be built together, like participatory budgeting, through a work team), and in Campbell’s cloud of trust it may come from any stakeholder, not only from another city hall.',
    );
    expect(v.objectives.rows.map((r) => r.statusText)).toEqual(['✓ Worked', '○ Not run yet', '○ Not run yet', null]);
    expect(v.objectives.rows[0]!.results).toHaveLength(1);
    expect(v.objectives.rows[3]!.text).toBe('Sectors from outside local government in your cloud of trust: 3 of 3');
    expect(v.panel).toEqual({ kind: 'flow', desc: 'Find the practice you need and bring its know-how home along your ties.', done: null });
    expect(v.actions.map((a) => a.id)).toEqual(['step', 'back', 'finish']);
    expect(v.flows.length).toBeGreaterThan(0);
  });

  test('a failed step names what was missing', () => {
    const s = run([tie('city', 'peer', 'network')], 1);
    expect(stepOutcome(level, s, 'seek').status).toBe('partial');
    expect(announce.step(level, s, 'seek')).toContain('The practice was heard of, but a tie on the way is too weak to carry it in depth.');
    const none0 = run([], 3);
    expect(announce.step(level, none0, 'seek')).toBe(
      'Step 1 of 3: SEEK ✗ Did not work It never arrived: Peer is not joined to your network. No chain of ties leads to where the practice lives. Weak ties reach far: even a social network tie would have let you hear of it. The idea: for Jarche, seeking is the first move of personal knowledge mastery, finding things out and keeping up to date, best across many loose ties to people unlike you; the deeper the know-how, the closer the tie needed to bring it home (a practice a peer can already show comes through a community of practice, one that must be built together, like participatory budgeting, through a work team), and in Campbell’s cloud of trust it may come from any stakeholder, not only from another city hall.',
    );
    expect(present(level, none0, none).panel).toMatchObject({ done: 'All three steps have run. See the results, or go back and change your ties.' });
  });

  test('the flow is computed once per state, and again for a new state', () => {
    const s = run(win, 1);
    expect(flowOf(level, s)).toBe(flowOf(level, s));
    const back = apply(level, s, { type: 'back' });
    expect(flowOf(level, back as SssState)).not.toBe(flowOf(level, s));
  });
});
