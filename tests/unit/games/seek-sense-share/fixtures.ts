// A small hand-made level for rule and simulation tests, built through the real schema.
import type { z } from 'zod';
import { levelSchema, type Level, type Tie } from '../../../../src/games/seek-sense-share/schema';

/** A level file as written (before parsing), so tests can break it field by field. */
export type RawLevel = z.input<typeof levelSchema>;
import { apply, start, type SssAction, type SssState } from '../../../../src/games/seek-sense-share/model';
import { isInvalid } from '../../../../src/core/round';

const at = (x: number, y: number) => ({ x, y });

/** city; dept (inside); peer holds the practice; far needs an introduction and knows hub; hub knows aud (the audience). */
export function rawTiny(): RawLevel {
  return {
    schemaVersion: 1,
    id: 'tiny',
    title: { en: 'Tiny' },
    order: 1,
    tier: 'reactive',
    seed: 7,
    brief: { en: 'A small test network.' },
    budget: { time: 10, goodwill: 4 },
    city: { id: 'city', name: { en: 'City' }, position: at(0.5, 0.5) },
    contacts: [
      { id: 'dept', name: { en: 'Department' }, kind: 'inside', sector: 'planning', position: at(0.4, 0.5) },
      { id: 'peer', name: { en: 'Peer' }, kind: 'outside', sector: 'peer-city', position: at(0.9, 0.5) },
      { id: 'far', name: { en: 'Far' }, kind: 'outside', sector: 'peer-city', position: at(0.9, 0.9), requiresIntroduction: true },
      { id: 'hub', name: { en: 'Hub' }, kind: 'outside', sector: 'peer-city', position: at(0.7, 0.8) },
      { id: 'ngo', name: { en: 'NGO' }, kind: 'outside', sector: 'civil-society', position: at(0.1, 0.5) },
      { id: 'uni', name: { en: 'Uni' }, kind: 'outside', sector: 'academia', position: at(0.5, 0.1), extraGoodwill: 1 },
      { id: 'biz', name: { en: 'Biz' }, kind: 'outside', sector: 'business', position: at(0.5, 0.9), accepts: ['network'] },
      { id: 'aud', name: { en: 'Audience' }, kind: 'outside', sector: 'peer-city', position: at(1, 1) },
    ],
    ties: [
      { a: 'hub', b: 'far', kind: 'network' },
      { a: 'hub', b: 'aud', kind: 'network' },
    ],
    objectives: {
      seek: { practice: { en: 'a practice' }, sources: [{ contact: 'peer', depth: 2 }] },
      sense: { minTrust: 2, minOutside: 1 },
      share: { audiences: ['aud'], reach: 2 },
      diversity: { target: 3 },
    },
    stars: [30, 60, 88],
  };
}

export function tiny(patch: (raw: RawLevel) => void = () => {}): Level {
  const raw = rawTiny();
  patch(raw);
  return levelSchema.parse(raw);
}

/** Applies actions that must all be accepted. */
export function play(level: Level, actions: readonly SssAction[], from: SssState = start(level)): SssState {
  let s = from;
  for (const a of actions) {
    const next = apply(level, s, a);
    if (isInvalid(next)) throw new Error(`refused ${JSON.stringify(a)}: ${next.code}${next.detail ? ` ${next.detail}` : ''}`);
    s = next;
  }
  return s;
}

export const tie = (a: string, b: string, kind: Tie['kind']): SssAction => ({ type: 'tie', a, b, kind });
