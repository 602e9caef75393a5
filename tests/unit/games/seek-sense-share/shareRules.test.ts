// SHARE tells only what was learned: played as moves, from an empty network to the results screen. A story goes out
// only about a practice SEEK brought in, and it goes back only to the sources the city really learned from.
import { describe, expect, test } from 'vitest';
import { POINTS } from '../../../../src/games/seek-sense-share/schema';
import { eventsShown, flowOf, scoreOf, summary } from '../../../../src/games/seek-sense-share/model';
import { play, tie, tiny } from './fixtures';

const step = { type: 'step' } as const;
const runAll = [{ type: 'run' } as const, step, step, step];

describe('nothing sought, nothing shared', () => {
  const level = tiny();

  test('a network that reaches the audience but never the source: the story earns nothing and never moves', () => {
    // The hub carries stories to the audience, the NGO and the university would hear them; the peer is not tied at all.
    const s = play(level, [tie('city', 'hub', 'network'), tie('city', 'ngo', 'network'), tie('city', 'uni', 'network'), ...runAll]);
    const flow = flowOf(level, s);
    expect(flow.seek.sources[0]?.depth).toBe(0);
    expect(flow.share).toMatchObject({ ok: false, reason: 'nothing-to-share', learned: [], heardBy: [] });
    expect(scoreOf(level, s).parts.share).toBe(0);
    expect(eventsShown(level, s).filter((e) => e.step === 'share')).toEqual([]);
    const share = summary(level, s).items[2];
    expect(share?.answer.en).toMatch(/^Nothing went out/);
    expect(share?.expected?.en).toMatch(/^Bring the practice in first/);
  });

  test('building the tie that brings the practice in turns the same network into a story worth its points', () => {
    const without = play(level, [tie('city', 'hub', 'network')]);
    expect(scoreOf(level, without).parts.share).toBe(0);
    const withPeer = play(level, [tie('city', 'peer', 'community')], without);
    expect(flowOf(level, withPeer).share).toMatchObject({ ok: true, learned: ['peer'] });
    expect(scoreOf(level, withPeer).parts.share).toBe(POINTS.share);
  });

  test('an audience reached partly earns part of SHARE only once something was learned', () => {
    const two = tiny((r) => {
      r.objectives.share = { audiences: ['aud', 'biz'], reach: 2 };
    });
    const nothing = play(two, [tie('city', 'hub', 'network')]);
    expect(scoreOf(two, nothing).parts.share).toBe(0);
    const learned = play(two, [tie('city', 'peer', 'community')], nothing);
    expect(flowOf(two, learned).share).toMatchObject({ ok: false, reached: 1, needed: 2 });
    expect(scoreOf(two, learned).parts.share).toBe(Math.floor((POINTS.share - 5) / 2));
  });
});

describe('the way back leads only to the sources learned from', () => {
  // Two sources: the peer (tied directly) and the far city, known to the hub. A social network tie to the hub lets
  // the city hear of the far city's practice, not learn it.
  const level = tiny((r) => {
    r.tier = 'proactive';
    r.objectives.seek.sources = [
      { contact: 'peer', depth: 2 },
      { contact: 'far', depth: 2 },
    ];
  });

  test('a source the city only heard of is not owed a report: SHARE holds without reaching it', () => {
    const s = play(level, [tie('city', 'peer', 'community'), tie('city', 'ngo', 'community'), tie('city', 'hub', 'network'), ...runAll]);
    const flow = flowOf(level, s);
    expect(flow.seek.sources.map((x) => [x.contact, x.ok])).toEqual([
      ['peer', true],
      ['far', false],
    ]);
    expect(flow.share.learned).toEqual(['peer']);
    expect(flow.share.back.map((b) => b.contact)).toEqual(['peer']);
    expect(flow.share.ok).toBe(true);
    // The story's moves go to the audience and back to the peer; none is made for the far city's sake.
    const hops = eventsShown(level, s).filter((e) => e.step === 'share');
    expect(hops.map((e) => e.to).sort()).toEqual(['aud', 'hub', 'peer']);
    const share = summary(level, s).items[3];
    expect(share?.explanation.en).toContain('It also got back to Peer.');
    expect(share?.explanation.en).not.toContain('Far');
  });

  test('once the far city’s practice really comes in, the story owes it a report too', () => {
    // Joined through the hub, the far city can now take a community tie, which carries tested know-how.
    const s = play(level, [tie('city', 'peer', 'community'), tie('city', 'hub', 'network'), tie('city', 'far', 'community')]);
    const flow = flowOf(level, s);
    expect(flow.seek.ok).toBe(true);
    expect(flow.share.learned).toEqual(['peer', 'far']);
    expect(flow.share.back.map((b) => [b.contact, b.ok])).toEqual([
      ['peer', true],
      ['far', true],
    ]);
    expect(summary(level, s).items[3]?.explanation.en).toContain('It also got back to Peer and Far.');
  });
});
