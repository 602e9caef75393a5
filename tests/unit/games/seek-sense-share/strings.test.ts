// Every code the rules can produce has words for the player, and templates fill in names.
import { expect, test } from 'vitest';
import { REFUSALS } from '../../../../src/games/seek-sense-share/model';
import { SECTORS, TIE_KINDS, TIERS } from '../../../../src/games/seek-sense-share/schema';
import { FLOW_REASONS, FLOW_STEPS } from '../../../../src/games/seek-sense-share/simulation';
import { joinLocal, say, sssStrings } from '../../../../src/games/seek-sense-share/strings';

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
  expect(sssStrings('game.title')).toBe('Seek, sense, share');
});

test('templates take names in the same language, falling back to English', () => {
  const text = say('debrief.seek.title', { practice: { en: 'bikes', fr: 'vélos' }, source: { en: 'Hangzhou' } });
  expect(text).toEqual({ en: 'SEEK: bikes from Hangzhou' });
  expect(joinLocal([{ en: 'A', fr: 'Ä' }, { en: 'B' }])).toEqual({ en: 'A, B', fr: 'Ä, B' });
});
