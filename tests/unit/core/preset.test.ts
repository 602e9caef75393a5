// The workshop preset read from a link: good keys applied, unknown and bad ones ignored one by one and listed,
// hostile values bounded, and never kiosk mode from a workshop link.
import { describe, expect, it } from 'vitest';
import { MAX_LISTED, MAX_TEAM_NAME, cleanText, kioskLinkAllowed, parsePreset, presetQuery, withoutKiosk } from '../../../src/core/preset';

const ctx = { games: [{ id: 'cynefin' }, { id: 'facilitator' }], langs: ['en', 'fr'] };

describe('parsePreset', () => {
  it('applies a good preset', () => {
    const r = parsePreset(
      '?mode=workshop&game=cynefin&level=02-kinds-of-practice&lang=fr&teams=3&team=Red&team=Blue&team=Green&play=turns&timer=on&projector=on',
      ctx,
    );
    expect(r.workshop).toBe(true);
    expect(r.ignored).toEqual([]);
    expect(r.preset).toEqual({
      game: 'cynefin',
      level: '02-kinds-of-practice',
      lang: 'fr',
      teams: ['Red', 'Blue', 'Green'],
      play: 'turns',
      timer: true,
      projector: true,
      second: true,
      hide: true,
      live: false,
    });
  });

  it('is not a workshop without mode=workshop, and defaults to the whole room', () => {
    const r = parsePreset('?game=cynefin', ctx);
    expect(r.workshop).toBe(false);
    expect(r.preset.teams).toEqual([]);
    expect(parsePreset('?mode=workshop&teams=1&team=Solo', ctx).preset.teams).toEqual([]);
  });

  it('leaves unnamed teams empty for the shell to name, and counts names when no count is given', () => {
    expect(parsePreset('?mode=workshop&teams=4&team=A', ctx).preset.teams).toEqual(['A', '', '', '']);
    expect(parsePreset('?mode=workshop&team=A&team=B', ctx).preset.teams).toEqual(['A', 'B']);
    // An unnamed team keeps its place, so a link written with one reads back the same, with nothing ignored.
    const p = {
      game: null,
      level: null,
      lang: null,
      teams: ['A', '', 'C'],
      play: 'together' as const,
      timer: false,
      projector: false,
      second: true,
      hide: true,
      live: false,
    };
    expect(parsePreset(presetQuery(p), ctx)).toMatchObject({ preset: p, ignored: [] });
    expect(parsePreset('?mode=workshop&team=%00%01', ctx).ignored).toEqual([{ key: 'team', reason: 'bad' }]);
  });

  it('ignores unknown and bad keys one by one, keeping the good ones', () => {
    const r = parsePreset('?mode=workshop&game=chess&level=Bad Level!&lang=xx&teams=9&timer=maybe&projector=on&colour=red', ctx);
    expect(r.preset).toMatchObject({ game: null, level: null, lang: null, teams: [], timer: false, projector: true });
    expect(r.ignored).toEqual([
      { key: 'game', reason: 'bad' },
      { key: 'level', reason: 'bad' },
      { key: 'lang', reason: 'bad' },
      { key: 'teams', reason: 'bad' },
      { key: 'timer', reason: 'bad' },
      { key: 'colour', reason: 'unknown' },
    ]);
  });

  it('ignores a repeated key and a level without a game', () => {
    const r = parsePreset('?mode=workshop&timer=on&timer=off&level=01-first-sort', ctx);
    expect(r.preset.timer).toBe(true);
    expect(r.preset.level).toBeNull();
    expect(r.ignored).toEqual([
      { key: 'timer', reason: 'repeated' },
      { key: 'level', reason: 'needsGame' },
    ]);
  });

  it('bounds hostile values: huge strings, markup, control characters, 1000 teams, prototype names', () => {
    const huge = 'x'.repeat(100_000);
    const many = Array.from({ length: 1000 }, (_, i) => `team=T${i}`).join('&');
    const r = parsePreset(
      `?mode=workshop&team=<img src=x onerror=alert(1)>&team=${encodeURIComponent('a\u202eb\u0000c')}&${many}&__proto__=1&constructor=x&${huge}=1`,
      ctx,
    );
    expect(r.preset.teams.length).toBeLessThanOrEqual(8);
    expect(r.preset.teams[0]).toBe('img src=x onerror=alert(1)'.slice(0, MAX_TEAM_NAME));
    expect(r.preset.teams[1]).toBe('a b c');
    for (const t of r.preset.teams) expect(t.length).toBeLessThanOrEqual(MAX_TEAM_NAME);
    expect(r.ignored.length).toBeLessThanOrEqual(MAX_LISTED);
    expect(r.more).toBeGreaterThan(0);
    for (const i of r.ignored) expect(i.key.length).toBeLessThanOrEqual(24);
    expect(Object.getPrototypeOf(r.preset)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const proto = parsePreset('?mode=workshop&__proto__=x&game=__proto__&lang=constructor&team=__proto__', ctx);
    expect(proto.preset.game).toBeNull();
    expect(proto.preset.lang).toBeNull();
    expect(proto.ignored.map((i) => i.key)).toEqual(['__proto__', 'game', 'lang']);
  });

  it('never throws on junk', () => {
    for (const s of ['', '?', '%', '?%zz=%', '?mode=workshop&=&&==', `?${'&'.repeat(5000)}`, '?mode=workshop&team=%E0%A4%A']) {
      expect(() => parsePreset(s, ctx)).not.toThrow();
    }
  });

  it('writes a link that reads back the same', () => {
    const p = {
      game: 'facilitator',
      level: 'peer-review',
      lang: 'en',
      teams: ['Red & Co', 'Blue=1'],
      play: 'turns' as const,
      timer: true,
      projector: false,
      second: false,
      hide: false,
      live: true,
    };
    const q = presetQuery(p);
    expect(q).toContain('live=on');
    expect(q).toContain('mode=workshop');
    expect(parsePreset(q, ctx)).toMatchObject({ workshop: true, preset: p, ignored: [] });
    expect(parsePreset(presetQuery({ ...p, teams: [] }), ctx).preset.teams).toEqual([]);
  });

  it('opens the live room only when the link says live=on, and writes live only then (older links stay as they were)', () => {
    expect(parsePreset('?mode=workshop&teams=3', ctx).preset.live).toBe(false);
    expect(parsePreset('?mode=workshop&teams=3&live=on', ctx).preset.live).toBe(true);
    expect(parsePreset('?mode=workshop&live=maybe', ctx).ignored).toEqual([{ key: 'live', reason: 'bad' }]);
    expect(presetQuery(parsePreset('?mode=workshop&teams=3', ctx).preset)).not.toContain('live');
  });

  it('asks the second question in the room unless the link says second=off', () => {
    expect(parsePreset('?mode=workshop&teams=3', ctx).preset.second).toBe(true);
    expect(parsePreset('?mode=workshop&teams=3&second=off', ctx).preset.second).toBe(false);
    expect(parsePreset('?mode=workshop&teams=3&second=maybe', ctx).ignored).toEqual([{ key: 'second', reason: 'bad' }]);
  });

  it('reads how the teams play, together by default, and ignores a mode it does not know', () => {
    expect(parsePreset('?mode=workshop&teams=3', ctx).preset.play).toBe('together');
    expect(parsePreset('?mode=workshop&teams=3&play=turns', ctx).preset.play).toBe('turns');
    const r = parsePreset('?mode=workshop&play=relay', ctx);
    expect(r.preset.play).toBe('together');
    expect(r.ignored).toEqual([{ key: 'play', reason: 'bad' }]);
  });

  it('cleans text for display', () => {
    expect(cleanText('  a\n\tb  ', 10)).toBe('a b');
    expect(cleanText('😀'.repeat(30), 5)).toBe('😀'.repeat(5));
  });
});

describe('kiosk mode from a link', () => {
  it('is allowed only by its own link', () => {
    expect(kioskLinkAllowed('?mode=kiosk')).toBe(true);
    expect(kioskLinkAllowed('?lang=pseudo&mode=kiosk')).toBe(true);
    expect(kioskLinkAllowed('?mode=kiosk&game=cynefin')).toBe(false);
    expect(kioskLinkAllowed('?mode=kiosk&mode=workshop')).toBe(false);
    expect(kioskLinkAllowed('?mode=workshop&mode=kiosk')).toBe(false);
    expect(kioskLinkAllowed('?mode=kiosk&mode=kiosk')).toBe(false);
    expect(kioskLinkAllowed('?mode=kiosk&team=A')).toBe(false);
    expect(kioskLinkAllowed('?mode=KIOSK')).toBe(false);
  });

  it('is never asked for by a workshop preset, which lists mode=kiosk as ignored', () => {
    const r = parsePreset('?mode=kiosk&mode=workshop&game=cynefin', ctx);
    expect(r.workshop).toBe(true);
    expect(r.ignored).toContainEqual({ key: 'mode=kiosk', reason: 'kiosk' });
    expect(presetQuery(r.preset)).not.toContain('kiosk');
    expect(withoutKiosk('?mode=kiosk&mode=workshop&game=cynefin')).toBe('?mode=workshop&game=cynefin');
    expect(new URLSearchParams(withoutKiosk('?mode=kiosk&game=cynefin')).get('mode')).toBeNull();
  });
});

describe('a team name longer than a team name may be', () => {
  it('is shortened and said so, not cut without a word', () => {
    const r = parsePreset(`?mode=workshop&team=${'Riverside neighbourhood association of Lyon'}&team=Owls`, ctx);
    expect(r.preset.teams[0]).toBe('Riverside neighbourhood');
    expect(r.ignored).toEqual([{ key: 'team', reason: 'cut' }]);
    expect(parsePreset('?mode=workshop&team=Owls&team=Foxes', ctx).ignored).toEqual([]);
  });
});
