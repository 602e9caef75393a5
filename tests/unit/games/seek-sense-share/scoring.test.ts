// Points, stars and the debrief a player reads after the round.
import { describe, expect, test } from 'vitest';
import { MAX_SCORE, POINTS } from '../../../../src/games/seek-sense-share/schema';
import { eventsShown, rolesOf, scoreOf, start, summary } from '../../../../src/games/seek-sense-share/model';
import { play, tie, tiny } from './fixtures';

const level = tiny();
/** Wins every step: community with the peer (seek + sense), the NGO (trust 2), the hub for the story, uni and biz for three sectors. */
const win = [
  tie('city', 'peer', 'community'),
  tie('city', 'ngo', 'community'),
  tie('city', 'hub', 'network'),
  tie('city', 'uni', 'network'),
  tie('city', 'biz', 'network'),
];

describe('score', () => {
  test('an empty network scores nothing', () => {
    expect(scoreOf(level, start(level))).toEqual({ total: 0, parts: { seek: 0, sense: 0, share: 0, diversity: 0, budget: 0 }, stars: 0 });
  });

  test('all three steps, full diversity and the budget left', () => {
    const s = play(level, win);
    // Spent 7 time and 3 goodwill of 10 and 4: 4 of 14 left.
    const sc = scoreOf(level, s);
    expect(sc.parts).toEqual({
      seek: POINTS.seek,
      sense: POINTS.sense,
      share: POINTS.share,
      diversity: POINTS.diversity,
      budget: Math.floor((POINTS.budget * 4) / 14),
    });
    expect(sc.total).toBe(92);
    expect(sc.stars).toBe(3);
  });

  test('budget left earns nothing unless all three steps worked', () => {
    const s = play(level, [tie('city', 'peer', 'community')]);
    const sc = scoreOf(level, s);
    expect(sc.parts).toMatchObject({ seek: POINTS.seek, sense: 0, share: 0, budget: 0 });
    // The peer city is local government: no outside sector yet.
    expect(sc.parts.diversity).toBe(0);
  });

  test('diversity is partial below the target and capped at it', () => {
    const one = scoreOf(level, play(level, [tie('city', 'ngo', 'network')]));
    expect(one.parts.diversity).toBe(5);
    const four = scoreOf(
      level,
      play(level, [tie('city', 'ngo', 'network'), tie('city', 'uni', 'network'), tie('city', 'biz', 'network'), tie('city', 'hub', 'network')]),
    );
    expect(four.parts.diversity).toBe(POINTS.diversity);
  });

  test('stars follow the level thresholds', () => {
    // Seek and sense work, the story does not reach: 25 + 25 + 5 diversity = 55, the first star.
    const s = play(level, [tie('city', 'peer', 'community'), tie('city', 'ngo', 'community')]);
    expect(scoreOf(level, s)).toMatchObject({ total: 55, stars: 1 });
    // The story reaching its audience and getting back to the source adds SHARE and the budget left: the second star.
    expect(scoreOf(level, play(level, [tie('city', 'hub', 'network')], s))).toMatchObject({ total: 85, stars: 2 });
  });

  test('work in progress shared before the test holds still scores for SHARE', () => {
    // The practice came in (community tie to the peer), but the community has no outside member: SENSE fails.
    const s = play(level, [tie('city', 'peer', 'community'), tie('city', 'hub', 'network')]);
    expect(scoreOf(level, s).parts).toMatchObject({ seek: POINTS.seek, sense: 0, share: POINTS.share });
  });

  test('with nothing brought in, reaching the audience earns SHARE nothing', () => {
    // Only news of the practice arrived (a social network tie where tested know-how is needed).
    const s = play(level, [tie('city', 'peer', 'network'), tie('city', 'hub', 'network')]);
    expect(scoreOf(level, s).parts).toMatchObject({ seek: 0, sense: 0, share: 0 });
  });
});

describe('debrief', () => {
  test('one item per source, then sense, share, working out loud, diversity and budget, with the score of the round', () => {
    const s = play(level, [...win, { type: 'finish' }]);
    const r = summary(level, s);
    expect(r).toMatchObject({ score: 92, maxScore: MAX_SCORE, stars: 3 });
    expect(r.items.map((i) => i.verdict)).toEqual(['right', 'right', 'right', 'info', 'info', 'info']);
    expect(r.items[0]?.explanation.en).toContain('Peer – City (Community of practice)');
    expect(r.items[2]?.explanation.en).toContain('City – Hub (Social network)');
    expect(r.items[2]?.explanation.en).toContain('It also got back to Peer.');
    expect(r.headline?.en).toMatch(/came in, was tested while you worked out loud/);
  });

  test('every item names its concept, so the library can gather them', () => {
    const r = summary(level, play(level, [...win, { type: 'finish' }]));
    expect(r.items.map((i) => i.concept?.en)).toEqual(['Seek', 'Sense', 'Share', 'Working out loud', 'Cloud of trust', 'Time and goodwill']);
  });

  test('each step and idea ends on one line about the concept in Jarche’s or Campbell’s terms', () => {
    for (const ties of [win, [], [tie('city', 'peer', 'network')]]) {
      const r = summary(level, play(level, [...ties, { type: 'finish' }]));
      const [seek, sense, share, outLoud, cloud] = r.items;
      expect(seek?.explanation.en).toMatch(/The idea: .*Jarche.*personal knowledge mastery.*Campbell/);
      expect(sense?.explanation.en).toMatch(/The idea: .*Jarche.*community of practice.*Campbell/);
      expect(share?.explanation.en).toMatch(/The idea: .*Jarche.*Campbell’s terms.*cloud of trust/);
      expect(outLoud?.explanation.en).toMatch(/The idea: working out loud.*Jarche/);
      expect(outLoud?.explanation.en).toMatch(/four ways/);
      expect(cloud?.explanation.en).toMatch(/The idea: Campbell .*clouds of trust/);
    }
  });

  test('a weak tie on the way is named as the reason SEEK failed; SENSE had nothing to test, SHARE nothing to pass on', () => {
    const s = play(level, [tie('city', 'peer', 'network'), tie('city', 'ngo', 'community'), tie('city', 'uni', 'community'), tie('city', 'hub', 'network')]);
    const r = summary(level, s);
    const [seek, sense, share, outLoud] = r.items;
    expect(seek?.verdict).toBe('partial');
    expect(seek?.explanation.en).toContain('Too weak for tested know-how: Peer – City (Social network)');
    expect(seek?.expected?.en).toContain('tested know-how');
    expect(seek?.mixup).toMatchObject({ chosen: { en: 'Social network' }, fits: { en: 'Community of practice' } });
    expect(sense?.verdict).toBe('partial');
    expect(sense?.explanation.en).toContain('never arrived');
    // The ties would have carried a story, but there was no practice to tell about: nothing went out.
    expect(share?.verdict).toBe('partial');
    expect(share?.answer.en).toBe('Nothing went out: no practice had arrived to pass on.');
    expect(share?.explanation.en).toContain('Your ties would have carried it to Audience.');
    expect(share?.explanation.en).not.toContain('got back to');
    expect(outLoud?.answer.en).toMatch(/^Nothing went out, not even as work in progress/);
  });

  test('a practice that came in is shared as work in progress while the test fails', () => {
    const s = play(level, [tie('city', 'peer', 'community'), tie('city', 'hub', 'network'), { type: 'finish' }]);
    const [, sense, share, outLoud] = summary(level, s).items;
    expect(sense?.verdict).not.toBe('right');
    expect(share?.verdict).toBe('right');
    expect(share?.explanation.en).toContain('It also got back to Peer.');
    expect(outLoud?.answer.en).toContain('work in progress');
  });

  test('an unreachable source and a missing community are explained', () => {
    const r = summary(level, start(level));
    expect(r.items[0]).toMatchObject({ verdict: 'wrong' });
    expect(r.items[0]?.answer.en).toContain('Peer is not joined to your network');
    expect(r.items[1]?.answer.en).toBe('No community of practice.');
    expect(r.headline?.en).toMatch(/stalled/);
  });
});

describe('what the view shows', () => {
  test('events appear step by step as the flow is revealed', () => {
    const flowing = play(level, [...win, { type: 'run' }]);
    expect(eventsShown(level, flowing)).toEqual([]);
    const one = play(level, [{ type: 'step' }], flowing);
    expect(eventsShown(level, one).every((e) => e.step === 'seek')).toBe(true);
    const all = play(level, [{ type: 'step' }, { type: 'step' }], one);
    expect(new Set(eventsShown(level, all).map((e) => e.step))).toEqual(new Set(['seek', 'sense', 'share']));
  });

  test('contacts know their role in the level', () => {
    expect(rolesOf(level, 'peer')).toEqual({ source: true, audience: false, mustInclude: false });
    expect(rolesOf(level, 'aud')).toEqual({ source: false, audience: true, mustInclude: false });
  });
});
