// The take-home link's fragment: every result a card can carry reads back the same, it stays short and in the QR
// code's alphanumeric characters, shipped levels have keys of their own, and no hostile fragment reads as a result.
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { encodeTakeHome, formatDay, gameKey, levelKey, readTakeHome, takeHomeUrl, type TakeHomeResult } from '../../../src/core/takeHome';

const result: TakeHomeResult = { gameId: 'cynefin', levelId: '01-first-sort', score: 42, maxScore: 60, stars: 2, lang: 'fr', day: '2026-05-12' };

describe('take-home link', () => {
  it('reads back what it wrote, with the game and level as their keys', () => {
    const url = takeHomeUrl('https://example.org/arcade/', result);
    expect(url).toMatch(/^https:\/\/example\.org\/arcade\/#r=[0-9A-Z.]+$/);
    const read = readTakeHome(url.slice(url.indexOf('#')));
    expect(read).toEqual({
      ok: true,
      link: { gameKey: gameKey('cynefin'), levelKey: levelKey('01-first-sort'), score: 42, maxScore: 60, stars: 2, lang: 'fr', day: '2026-05-12' },
    });
  });

  it('round-trips every result a card can carry, in at most 28 characters of the QR code’s alphanumeric set', () => {
    const id = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,63}$/);
    const day = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2140, 0, 1) }).map((ms) => new Date(ms).toISOString().slice(0, 10));
    const arb = fc
      .record({
        gameId: id,
        levelId: id,
        maxScore: fc.integer({ min: 0, max: 36 ** 4 - 1 }),
        stars: fc.constantFrom(0, 1, 2, 3) as fc.Arbitrary<0 | 1 | 2 | 3>,
        lang: fc.constantFrom('en', 'fr', 'es') as fc.Arbitrary<'en' | 'fr' | 'es'>,
        day,
        f: fc.double({ min: 0, max: 1, noNaN: true }),
      })
      .map(({ f, ...r }) => ({ ...r, score: Math.floor(r.maxScore * f) }));
    fc.assert(
      fc.property(arb, (r) => {
        const payload = encodeTakeHome(r);
        expect(payload).toMatch(/^[0-9A-Z.]{1,28}$/);
        const read = readTakeHome(`#r=${payload}`);
        expect(read).toEqual({
          ok: true,
          link: { gameKey: gameKey(r.gameId), levelKey: levelKey(r.levelId), score: r.score, maxScore: r.maxScore, stars: r.stars, lang: r.lang, day: r.day },
        });
        // A scanner or a browser that changes the case changes nothing.
        expect(readTakeHome(`#r=${payload.toLowerCase()}`)).toEqual(read);
      }),
    );
  });

  it('gives every shipped level, and its short booth round, a key of its own within its game', () => {
    for (const game of readdirSync('levels', { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'checks')) {
      const ids = readdirSync(`levels/${game.name}`)
        .filter((f) => /^[^.]+\.json$/.test(f))
        .map((f) => (JSON.parse(readFileSync(`levels/${game.name}/${f}`, 'utf8')) as { id: string }).id)
        .flatMap((levelId) => [levelId, `${levelId}-short`]);
      expect(ids.length).toBeGreaterThan(2);
      expect(new Set(ids.map(levelKey)).size).toBe(ids.length);
    }
    expect(new Set(['cynefin', 'seek-sense-share', 'facilitator'].map(gameKey)).size).toBe(3);
  });

  it('is not a take-home link without #r=, and reads a hostile or broken one as unreadable', () => {
    expect(readTakeHome('')).toBeNull();
    expect(readTakeHome('#top')).toBeNull();
    const good = encodeTakeHome(result);
    const hostile = [
      '#r=',
      '#r=<img src=x onerror=alert(1)>',
      `#r=${good}.`,
      `#r=${good.slice(0, good.lastIndexOf('.'))}`,
      `#r=2${good.slice(1)}`,
      `#r=${good}${'0'.repeat(100)}`,
      '#r=1.AB.CDEF.Z.1.2.EN.1',
      '#r=1.AB.CDEF.1.Z.4.EN.1',
      '#r=1.AB.CDEF.1.Z.2.E1.1',
      '#r=1.AB.CDEF.1.Z.2.EN.-1',
      '#r=1.AB.CDEF.1%2E.Z.2.EN.1',
      '#r=1.AB.CDEF.1.Z.2.EN.1\u0000',
      '#r=1.ＡB.CDEF.1.Z.2.EN.1',
      `#r=${'x'.repeat(100_000)}`,
    ];
    for (const h of hostile) expect(readTakeHome(h), h.slice(0, 40)).toEqual({ ok: false });
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => {
        const read = readTakeHome(`#r=${s}`);
        expect(read).not.toBeNull();
        if (read?.ok) expect(s.toUpperCase()).toMatch(/^1\.[0-9A-Z]{2}\.[0-9A-Z]{4}\./);
      }),
    );
  });

  it('reads a language it does not speak as English, and refuses results no round gives', () => {
    const de = `#r=${encodeTakeHome(result).replace('.FR.', '.DE.')}`;
    expect(readTakeHome(de)).toMatchObject({ ok: true, link: { lang: 'en' } });
    expect(() => encodeTakeHome({ ...result, score: 61 })).toThrow();
    expect(() => encodeTakeHome({ ...result, day: '2019-12-31' })).toThrow();
    expect(() => encodeTakeHome({ ...result, score: 1.5 })).toThrow();
  });

  it('keeps the public address and drops a fragment of its own', () => {
    expect(takeHomeUrl('https://example.org/a/?x=1#old', result)).toMatch(/^https:\/\/example\.org\/a\/\?x=1#r=1\./);
  });

  it('writes the day out in the link’s language', () => {
    expect(formatDay('2026-05-12', 'en')).toBe('May 12, 2026');
    expect(formatDay('2026-05-12', 'fr')).toBe('12 mai 2026');
    expect(formatDay('2026-05-12', 'es')).toBe('12 de mayo de 2026');
  });
});
