// Points, stars and the debrief a player reads after the round.
import { describe, expect, test } from 'vitest';
import { MAX_SCORE, POINTS } from '../../../../src/games/seek-sense-share/schema';
import { eventsShown, rolesOf, scoreOf, start, summary } from '../../../../src/games/seek-sense-share/model';
import { play, tie, tiny } from './fixtures';

const level = tiny();
/** Wins every step: community with the peer (seek + sense), the NGO (trust 2), the hub for the story, the uni for a third sector. */
const win = [tie('city', 'peer', 'community'), tie('city', 'ngo', 'community'), tie('city', 'hub', 'network'), tie('city', 'uni', 'network')];

describe('score', () => {
  test('an empty network scores nothing', () => {
    expect(scoreOf(level, start(level))).toEqual({ total: 0, parts: { seek: 0, sense: 0, share: 0, diversity: 0, budget: 0 }, stars: 0 });
  });

  test('all three steps, full diversity and the budget left', () => {
    const s = play(level, win);
    // Spent 6 time and 3 trust of 10 and 4: 5 of 14 left.
    const sc = scoreOf(level, s);
    expect(sc.parts).toEqual({ seek: POINTS.seek, sense: POINTS.sense, share: POINTS.share, diversity: POINTS.diversity, budget: Math.floor((POINTS.budget * 5) / 14) });
    expect(sc.total).toBe(93);
    expect(sc.stars).toBe(3);
  });

  test('budget left earns nothing unless all three steps worked', () => {
    const s = play(level, [tie('city', 'peer', 'community')]);
    const sc = scoreOf(level, s);
    expect(sc.parts).toMatchObject({ seek: POINTS.seek, sense: 0, share: 0, budget: 0 });
    expect(sc.parts.diversity).toBe(Math.floor(POINTS.diversity / 3));
  });

  test('diversity is partial below the target and capped at it', () => {
    const one = scoreOf(level, play(level, [tie('city', 'ngo', 'network')]));
    expect(one.parts.diversity).toBe(5);
    const four = scoreOf(level, play(level, [tie('city', 'ngo', 'network'), tie('city', 'uni', 'network'), tie('city', 'biz', 'network'), tie('city', 'hub', 'network')]));
    expect(four.parts.diversity).toBe(POINTS.diversity);
  });

  test('stars follow the level thresholds', () => {
    // Seek and sense work, the story does not reach: 25 + 25 + 10 diversity = 60, the second star.
    const s = play(level, [tie('city', 'peer', 'community'), tie('city', 'ngo', 'community')]);
    expect(scoreOf(level, s)).toMatchObject({ total: 60, stars: 2 });
  });
});

describe('debrief', () => {
  test('one item per source, then sense, share, diversity and budget, with the score of the round', () => {
    const s = play(level, [...win, { type: 'finish' }]);
    const r = summary(level, s);
    expect(r).toMatchObject({ score: 93, maxScore: MAX_SCORE, stars: 3 });
    expect(r.items.map((i) => i.verdict)).toEqual(['right', 'right', 'right', 'info', 'info']);
    expect(r.items[0]?.explanation.en).toContain('Peer – City (Community of practice)');
    expect(r.items[2]?.explanation.en).toContain('City – Hub (Social network)');
    expect(r.headline?.en).toMatch(/came in, was tested and went back out/);
  });

  test('a weak tie on the way is named as the reason SEEK failed, and later steps say they had nothing to work with', () => {
    const s = play(level, [tie('city', 'peer', 'network'), tie('city', 'ngo', 'community'), tie('city', 'uni', 'community'), tie('city', 'hub', 'network')]);
    const r = summary(level, s);
    const [seek, sense, share] = r.items;
    expect(seek?.verdict).toBe('partial');
    expect(seek?.explanation.en).toContain('Too weak for tested know-how: Peer – City (Social network)');
    expect(seek?.expected?.en).toContain('tested know-how');
    expect(sense?.verdict).toBe('partial');
    expect(sense?.explanation.en).toContain('never arrived');
    expect(share?.explanation.en).toContain('no tested experience to share');
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
