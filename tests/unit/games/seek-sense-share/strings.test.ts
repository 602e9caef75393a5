// Every code the rules can produce has words for the player, and templates fill in names.
import { expect, test } from 'vitest';
import { REFUSALS } from '../../../../src/games/seek-sense-share/model';
import { SECTORS, TIE_KINDS, TIERS } from '../../../../src/games/seek-sense-share/schema';
import { FLOW_REASONS, FLOW_STEPS } from '../../../../src/games/seek-sense-share/simulation';
import { say, sssStrings } from '../../../../src/games/seek-sense-share/strings';
import { names } from '../../../../src/games/seek-sense-share/names';

test('every refusal, failure reason, sector, tie kind, step and tier has a sentence', () => {
  const keys = new Set<string>(sssStrings.keys);
  const needed = [
    ...REFUSALS.map((r) => `refuse.${r}`),
    ...FLOW_REASONS.map((r) => `reason.${r}`),
    ...SECTORS.map((s) => `sector.${s}`),
    ...TIE_KINDS.flatMap((k) => [`tie.${k}`, `tie.${k}.desc`]),
    ...FLOW_STEPS.flatMap((s) => [`step.${s}`, `step.${s}.desc`]),
    ...TIERS.flatMap((t) => [`tier.${t}`, `tier.${t}.desc`]),
  ];
  expect(needed.filter((k) => !keys.has(k))).toEqual([]);
  expect(names('title')).toBe('Seek, sense, share');
});

test('templates take names in the same language, falling back to English', () => {
  const text = say('debrief.seek.title', { practice: { en: 'bikes', fr: 'vélos' }, source: { en: 'Hangzhou' } });
  expect(text).toEqual({ en: 'SEEK: bikes from Hangzhou' });
});

test('counts are plurals, not a number glued to a noun', () => {
  expect(say('view.graph', { contacts: 1, ties: 0 }).en).toBe('Your network: 1 contact and 0 ties.');
  expect(say('debrief.sense.got', { members: 1, outside: 1, trust: 0, need: 2 }).en).toBe('1 member (1 from outside local government), trust 0 of 2.');
  expect(say('debrief.share.expected', { needed: 2, reach: 3 }).en).toBe('Reach 2 audiences within a reach of 3.');
});

test('the game combines texts only through core/i18n (no helpers of its own)', async () => {
  const mod: Record<string, unknown> = await import('../../../../src/games/seek-sense-share/strings');
  expect(Object.keys(mod).sort()).toEqual(['say', 'sssStrings']);
});

test('the budget spends goodwill; trust is only the quality of a community, never the budget', () => {
  const en = sssStrings.keys.map((k) => [k, sssStrings(k)] as const);
  // Every budget word says goodwill (or time), none says trust.
  const budgetKeys = [
    'label.goodwill',
    'label.left',
    'label.cost',
    'label.extraGoodwill',
    'refuse.no-goodwill',
    'view.budget.goodwill',
    'view.kind.cost',
    'view.budget.sentence',
    'debrief.budget.got',
  ] as const;
  for (const k of budgetKeys) {
    expect(sssStrings(k), k).toMatch(/goodwill/i);
    expect(sssStrings(k), k).not.toMatch(/trust/i);
  }
  // What SENSE needs is trust, and it is never called goodwill.
  for (const k of ['reason.low-trust', 'view.obj.sense', 'debrief.sense.got'] as const) {
    expect(sssStrings(k), k).toMatch(/trust/);
    expect(sssStrings(k), k).not.toMatch(/goodwill/i);
  }
  expect(sssStrings('label.goodwill')).not.toBe(sssStrings('concept.cloud'));
  // No budget key is left with the old name.
  expect(en.filter(([k]) => /budget|cost|left|extra/.test(k) && /\btrust\b/i.test(k))).toEqual([]);
});

test('every concept a debrief item can carry has a name and a line', () => {
  for (const c of ['seek', 'sense', 'share', 'outLoud', 'cloud'] as const) {
    expect(sssStrings(`concept.${c}`)).not.toBe('');
    expect(sssStrings(`concept.${c}.line`)).toMatch(/^The idea: /);
  }
});
