// Shipped levels parse, the set is clean, each can be won within budget; bad files are rejected with the field path.
import { describe, expect, test } from 'vitest';
import { parseLevel } from '../../../../src/core/levels';
import { budgetLeft, flowOf, scoreOf, start, tieCost } from '../../../../src/games/seek-sense-share/model';
import { checkLevelSet, loadLevels, parseLevelFile, playSolution } from '../../../../src/games/seek-sense-share/levels';
import { levelSchema, LIMITS, type Level } from '../../../../src/games/seek-sense-share/schema';
import { simulate } from '../../../../src/games/seek-sense-share/simulation';
import { makeStressLevel } from '../../../../src/games/seek-sense-share/stress';
import { rawTiny, type RawLevel } from './fixtures';

const loads = await loadLevels();
const levels = loads.flatMap((l) => (l.ok ? [{ file: l.file, level: l.level }] : []));

describe('shipped levels', () => {
  test('every file parses', () => {
    expect(loads.filter((l) => !l.ok)).toEqual([]);
    expect(levels.length).toBeGreaterThanOrEqual(5);
  });

  test('the set is clean: unique ids and orders, small enough, each with a winning solution', () => {
    expect(checkLevelSet(levels)).toEqual([]);
  });

  test('they come in order, grow from about ten contacts to at most sixty, and cover all three tiers', () => {
    const orders = levels.map((l) => l.level.order);
    expect(orders).toEqual([...orders].sort((a, b) => a - b));
    const sizes = levels.map((l) => l.level.contacts.length);
    expect(sizes[0]).toBeLessThanOrEqual(12);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(LIMITS.shippedContacts);
    expect(Math.max(...sizes)).toBeGreaterThanOrEqual(50);
    expect(new Set(levels.map((l) => l.level.tier))).toEqual(new Set(['reactive', 'proactive', 'meta']));
  });

  test.each(levels.map((l) => [l.file, l.level] as const))('%s can be won with three stars within its budget', (_file, level) => {
    const played = playSolution(level);
    if ('failed' in played) throw new Error(`solution tie ${played.failed} refused: ${played.reason}`);
    const left = budgetLeft(level, played.state);
    expect(left.time).toBeGreaterThanOrEqual(0);
    expect(left.goodwill).toBeGreaterThanOrEqual(0);
    const flow = flowOf(level, played.state);
    expect([flow.seek.reason, flow.sense.reason, flow.share.reason]).toEqual([null, null, null]);
    expect(flow.diversity.sectors.length).toBeGreaterThanOrEqual(level.objectives.diversity.target);
    expect(scoreOf(level, played.state).stars).toBe(3);
  });

  test.each(levels.map((l) => [l.file, l.level] as const))('%s cannot be won without building anything', (_file, level) => {
    const flow = simulate(level, level.ties ?? [], level.seed);
    expect(flow.seek.ok && flow.sense.ok && flow.share.ok).toBe(false);
  });
});

/** The i-th item of a list the fixture is known to fill. */
function nth<T>(list: T[] | undefined, i: number): T {
  const item = list?.[i];
  if (item === undefined) throw new Error(`fixture has no item ${i}`);
  return item;
}

function issuesOf(patch: (raw: RawLevel) => void): { path: string; message: string }[] {
  const raw = rawTiny();
  patch(raw);
  const r = parseLevel(levelSchema, 'bad.json', raw);
  return r.ok ? [] : r.issues.map(({ path, message }) => ({ path, message }));
}

describe('the schema names the field at fault', () => {
  test.each<[string, (raw: RawLevel) => void, string, RegExp]>([
    ['a tie to a missing contact', (r) => (nth(r.ties, 0).b = 'ghost'), 'ties[0].b', /no contact or city with id "ghost"/],
    ['a tie from a contact to itself', (r) => (nth(r.ties, 0).b = 'hub'), 'ties[0].b', /two different ends/],
    ['the same tie twice, reversed', (r) => (r.ties ??= []).push({ a: 'far', b: 'hub', kind: 'team' }), 'ties[2]', /already tied/],
    ['a tie a contact refuses', (r) => (r.ties ??= []).push({ a: 'biz', b: 'hub', kind: 'team' }), 'ties[2].kind', /does not accept team/],
    ['a source that does not exist', (r) => (nth(r.objectives.seek.sources, 0).contact = 'ghost'), 'objectives.seek.sources[0].contact', /no contact/],
    ['an audience that does not exist', (r) => (r.objectives.share.audiences = ['aud', 'ghost']), 'objectives.share.audiences[1]', /no contact/],
    ['the city as an audience', (r) => (r.objectives.share.audiences = ['city']), 'objectives.share.audiences[0]', /no contact/],
    ['a required member that does not exist', (r) => (r.objectives.sense.mustInclude = ['ghost']), 'objectives.sense.mustInclude[0]', /no contact/],
    ['more audiences needed than listed', (r) => (r.objectives.share.min = 3), 'objectives.share.min', /lists 1/],
    ['a solution tie to a missing contact', (r) => (r.solution = [{ a: 'city', b: 'ghost', kind: 'team' }]), 'solution[0].b', /ghost/],
    ['a solution repeating a level tie', (r) => (r.solution = [{ a: 'hub', b: 'aud', kind: 'team' }]), 'solution[0]', /already tied/],
    ['a duplicate contact id', (r) => (nth(r.contacts, 1).id = 'dept'), 'contacts[1].id', /used twice/],
    ['a contact with the city id', (r) => (nth(r.contacts, 0).id = 'city'), 'contacts[0].id', /used twice/],
    ['a position off the board', (r) => (nth(r.contacts, 2).position.x = 1.5), 'contacts[2].position.x', /./],
    ['an outside contact in a government sector', (r) => (nth(r.contacts, 1).sector = 'finance'), 'contacts[1].sector', /does not fit/],
    ['stars out of order', (r) => (r.stars = [50, 40, 90]), 'stars[1]', /must rise/],
    ['a third star out of reach', (r) => (r.stars = [50, 80, 120]), 'stars[2]', /out of reach/],
    ['an unknown field', (r) => Object.assign(r, { colour: 'red' }), '', /colour/],
    ['a diversity target above the sectors present', (r) => (r.objectives.diversity.target = 4), 'objectives.diversity.target', /3 outside sectors/],
    ['one discussion question (two or three wanted)', (r) => Object.assign(r, { discussion: [{ en: 'Who would you ask?' }] }), 'discussion', /./],
    ['a blank discussion question', (r) => Object.assign(r, { discussion: [{ en: 'Who?' }, { en: ' ' }] }), 'discussion[1].en', /./],
  ])('%s', (_name, patch, path, message) => {
    const issues = issuesOf(patch);
    const hit = issues.find((i) => i.path === path);
    expect(hit, JSON.stringify(issues)).toBeDefined();
    expect(hit?.message).toMatch(message);
  });

  test('a trainer file that is not JSON says so', () => {
    const r = parseLevelFile('mine.json', '{ not json');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issues[0]?.message).toMatch(/not a valid JSON file/);
  });

  test('an older trainer file that calls goodwill "trust" still loads and costs the same', () => {
    const raw = rawTiny() as Record<string, unknown> & RawLevel;
    raw.budget = { time: 10, trust: 4 };
    raw.costs = { team: { time: 3, trust: 2 }, community: { time: 2, trust: 1 }, network: { time: 1, trust: 0 } };
    for (const c of raw.contacts) if (c.extraGoodwill) Object.assign(c, { extraGoodwill: undefined, extraTrust: c.extraGoodwill });
    const r = parseLevelFile('old.json', JSON.stringify(raw));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(budgetLeft(r.level, start(r.level))).toEqual({ time: 10, goodwill: 4 });
    expect(tieCost(r.level, 'city', 'uni', 'team')).toEqual({ time: 3, goodwill: 3 });
  });

  test('a budget with no goodwill is named at budget.goodwill', () => {
    expect(issuesOf((r) => (r.budget = { time: 10 })).map((i) => i.path)).toContain('budget.goodwill');
  });

  test('a trainer file that is fine loads', () => {
    const r = parseLevelFile('mine.json', JSON.stringify(rawTiny()));
    expect(r.ok).toBe(true);
  });
});

describe('checks across files', () => {
  const base = levels[0]?.level as Level;

  test('two files with one id or one order are flagged', () => {
    const issues = checkLevelSet([
      { file: 'a.json', level: base },
      { file: 'b.json', level: { ...base } },
    ]);
    expect(issues.map((i) => [i.file, i.path])).toEqual([
      ['b.json', 'id'],
      ['b.json', 'order'],
    ]);
  });

  test('a solution that breaks the rules or earns no star is flagged at the tie or the solution', () => {
    const refused = { ...base, solution: [{ a: base.city.id, b: base.contacts[0]?.id ?? '', kind: 'network' as const }, ...(base.solution ?? [])] };
    // The first contact is already tied to the city in this level, so the solution's first tie is refused.
    expect(checkLevelSet([{ file: 'a.json', level: refused }])).toEqual([
      { file: 'a.json', path: 'solution[0]', message: 'this tie cannot be built: already-tied.' },
    ]);
    const weak = { ...base, solution: (base.solution ?? []).slice(0, 1) };
    expect(checkLevelSet([{ file: 'a.json', level: weak }])[0]).toMatchObject({ path: 'solution', message: expect.stringMatching(/below the first star/) });
  });

  test('a shipped level needs a solution and at most sixty contacts', () => {
    const big = { ...base, contacts: makeStressLevel(61, 0, 1).contacts };
    const paths = checkLevelSet([{ file: 'big.json', level: { ...big, solution: undefined } }]).map((i) => i.path);
    expect(paths).toEqual(['contacts', 'solution']);
  });
});

describe('benchmark level', () => {
  test.each([
    [200, 300],
    [LIMITS.contacts, LIMITS.ties],
  ])('%i contacts and %i ties pass the schema and flow', (contacts, ties) => {
    const level = makeStressLevel(contacts, ties, 42);
    const r = levelSchema.safeParse(level);
    expect(r.success, JSON.stringify(r.error?.issues.slice(0, 3))).toBe(true);
    expect(level.contacts).toHaveLength(contacts);
    expect(level.ties).toHaveLength(ties);
    expect(() => simulate(level, level.ties ?? [], level.seed)).not.toThrow();
  });

  test('the same seed builds the same level', () => {
    expect(makeStressLevel(120, 150, 9)).toEqual(makeStressLevel(120, 150, 9));
    expect(makeStressLevel(120, 150, 9)).not.toEqual(makeStressLevel(120, 150, 10));
  });
});
