// The scenario schema names the field path of each mistake a trainer can make in a scenario file.
import { describe, expect, it } from 'vitest';
import { parseLevel, parseLevelText } from '../../../../src/core/levels';
import { scenarioSchema } from '../../../../src/games/facilitator/schema';
import { parseLevelFile } from '../../../../src/games/facilitator/levels';
import { rawFixture } from './fixture';

type Raw = ReturnType<typeof rawFixture>;

function issues(mutate: (raw: Raw) => void): { path: string; message: string }[] {
  const raw = rawFixture();
  mutate(raw);
  const r = parseLevel(scenarioSchema, 'test.json', raw);
  return r.ok ? [] : r.issues.map(({ path, message }) => ({ path, message }));
}
type RawChoice = { quality: string; next: string; requires?: unknown; explanation?: unknown; effects?: unknown };
const choicesOf = (raw: Raw, node: string) => raw.nodes[node]?.choices as RawChoice[];

describe('scenario schema', () => {
  it('accepts the fixture', () => {
    expect(issues(() => {})).toEqual([]);
  });

  it('names a dangling next', () => {
    const got = issues((r) => {
      (choicesOf(r, 'steer')[1] as RawChoice).next = 'nowhere';
    });
    expect(got).toContainEqual({
      path: 'nodes.steer.choices[1].next',
      message: 'The next of choice 2 of node "steer": next node "nowhere" does not exist; it must name one of the nodes.',
    });
    expect(issues((r) => void ((r.nodes['mayor-talks'] as { next: string }).next = 'gone'))).toContainEqual(
      expect.objectContaining({ path: 'nodes.mayor-talks.next' }),
    );
  });

  it('names an unreachable node', () => {
    const got = issues((r) => {
      r.nodes['orphan'] = { ending: { title: { en: 'x' }, text: { en: 'y' }, tone: 'good' } };
    });
    expect(got).toEqual([{ path: 'nodes.orphan', message: 'Node "orphan": node "orphan" cannot be reached from start "open".' }]);
  });

  it('names the edge that closes a loop (no path may circle forever)', () => {
    const got = issues((r) => {
      (choicesOf(r, 'steer')[2] as RawChoice).next = 'open';
    });
    expect(got).toHaveLength(1);
    expect(got[0]?.path).toBe('nodes.steer.choices[2].next');
    expect(got[0]?.message).toMatch(/loop/);
  });

  it('names a choice without an explanation', () => {
    const got = issues((r) => {
      delete (choicesOf(r, 'open')[2] as RawChoice).explanation;
    });
    expect(got.map((i) => i.path)).toEqual(['nodes.open.choices[2].explanation']);
  });

  it('names a choice without effects', () => {
    const got = issues((r) => {
      delete (choicesOf(r, 'open')[1] as RawChoice).effects;
    });
    expect(got.map((i) => i.path)).toEqual(['nodes.open.choices[1].effects']);
  });

  it('wants exactly one best choice per decision', () => {
    const two = issues((r) => {
      (choicesOf(r, 'open')[1] as RawChoice).quality = 'best';
    });
    expect(two).toEqual([
      { path: 'nodes.open.choices', message: 'The choices of node "open": a decision needs exactly one choice with quality "best" (this one has 2).' },
    ]);
    const none = issues((r) => {
      (choicesOf(r, 'open')[0] as RawChoice).quality = 'ok';
    });
    expect(none[0]?.message).toMatch(/this one has 0/);
  });

  it('wants at least one choice with no requires, so the player is never stuck', () => {
    const got = issues((r) => {
      for (const c of choicesOf(r, 'steer')) c.requires = { min: { energy: 1 } };
    });
    expect(got).toEqual([
      {
        path: 'nodes.steer.choices',
        message: 'The choices of node "steer": every choice here has requires; leave at least one without, so the player is never stuck.',
      },
    ]);
  });

  it('catches a flag that no choice ever sets (a typo)', () => {
    const got = issues((r) => {
      (choicesOf(r, 'steer')[0] as RawChoice).requires = { flags: ['groundRule'] };
    });
    expect(got).toEqual([
      {
        path: 'nodes.steer.choices[0].requires.flags[0]',
        message: 'Flag 1 of the requires of choice 1 of node "steer": flag "groundRule" is never set by any choice, so this condition can never change.',
      },
    ]);
  });

  it('names an unknown speaker, a missing start and a bad node id', () => {
    expect(issues((r) => void (r.nodes['steer']!.speaker = 'mayr'))).toEqual([
      { path: 'nodes.steer.speaker', message: 'The speaker of node "steer": speaker "mayr" is not in the cast (nor "narrator" or "you").' },
    ]);
    expect(issues((r) => void (r.start = 'begin'))).toContainEqual({
      path: 'start',
      message: 'The start: start node "begin" does not exist; it must name one of the nodes.',
    });
    const bad = issues((r) => {
      r.nodes['Bad Id'] = r.nodes['end-good']!;
      (choicesOf(r, 'steer')[0] as RawChoice).next = 'Bad Id';
    });
    expect(bad.map((i) => i.path)).toContain('nodes.Bad Id');
  });

  it('wants each node to be exactly one kind', () => {
    const got = issues((r) => {
      r.nodes['mayor-talks']!.ending = { title: { en: 'x' }, text: { en: 'y' }, tone: 'good' };
    });
    expect(got).toContainEqual({ path: 'nodes.mayor-talks', message: 'Node "mayor-talks": a node has exactly one of choices, next or ending.' });
  });

  it('bounds effects, choice counts and text lengths', () => {
    expect(issues((r) => void ((choicesOf(r, 'open')[0] as { effects: Record<string, number> }).effects.trust = 50)).map((i) => i.path)).toEqual([
      'nodes.open.choices[0].effects.trust',
    ]);
    expect(issues((r) => void ((choicesOf(r, 'open')[0] as { effects: Record<string, number> }).effects.clock = -5)).map((i) => i.path)).toEqual([
      'nodes.open.choices[0].effects.clock',
    ]);
    expect(issues((r) => void (r.nodes['open']!.text = { en: 'x'.repeat(601) })).map((i) => i.path)).toEqual(['nodes.open.text.en']);
    expect(issues((r) => void choicesOf(r, 'steer').push({ ...(choicesOf(r, 'steer')[1] as RawChoice) })).map((i) => i.path)).toEqual(['nodes.steer.choices']);
  });

  it('takes two or three discussion questions for the room, each within the dialogue text limit', () => {
    const qs = (n: number, en = 'What would you do?') => Array.from({ length: n }, () => ({ en }));
    expect(issues((r) => void Object.assign(r, { discussion: qs(2) }))).toEqual([]);
    expect(issues((r) => void Object.assign(r, { discussion: qs(3) }))).toEqual([]);
    expect(issues((r) => void Object.assign(r, { discussion: qs(1) })).map((i) => i.path)).toEqual(['discussion']);
    expect(issues((r) => void Object.assign(r, { discussion: qs(4) })).map((i) => i.path)).toEqual(['discussion']);
    expect(issues((r) => void Object.assign(r, { discussion: qs(2, 'x'.repeat(601)) })).map((i) => i.path)).toEqual(['discussion[0].en', 'discussion[1].en']);
  });

  it('rejects unknown fields (typos) with their path', () => {
    const got = issues((r) => {
      (choicesOf(r, 'open')[0] as { effects: Record<string, unknown> }).effects.trsut = 5;
    });
    expect(got[0]?.path).toBe('nodes.open.choices[0].effects');
    expect(got[0]?.message).toMatch(/trsut/);
  });

  it('wants ascending star thresholds', () => {
    expect(issues((r) => void (r.stars = [80, 60, 40]))).toEqual([
      { path: 'stars', message: 'The stars: star thresholds must not fall, for example [40, 60, 80] (these are [80, 60, 40]).' },
    ]);
  });

  it('a trainer file with broken JSON gets a message, not a crash', () => {
    const r = parseLevelFile('mine.json', '{"schemaVersion": 1,');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.message).toMatch(/not a valid JSON file/);
    const good = parseLevelText(scenarioSchema, 'mine.json', JSON.stringify(rawFixture()));
    expect(good.ok).toBe(true);
  });
});
