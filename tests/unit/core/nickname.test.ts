// Booth nicknames: length in characters, allowed characters, blocked words without case or accents.
import { describe, expect, it } from 'vitest';
import { checkNickname, hasBlockedWord, NICK_MAX } from '../../../src/core/nickname';

describe('checkNickname', () => {
  it('accepts letters of any script with accents, digits, space, - _ .', () => {
    for (const n of ['Ana', 'José-Luis', 'Zoë_2', 'Łukasz', 'Nguyễn Văn', 'M.K.', '李雷', 'Ωmega 7']) {
      expect(checkNickname(n)).toEqual({ ok: true, name: n.normalize('NFC') });
    }
  });

  it('tidies spaces and counts characters, not bytes', () => {
    expect(checkNickname('  Ana   Bel  ')).toEqual({ ok: true, name: 'Ana Bel' });
    expect(checkNickname('é'.repeat(NICK_MAX)).ok).toBe(true);
    expect(checkNickname('e\u0301'.repeat(NICK_MAX)).ok).toBe(true);
  });

  it('refuses too short, too long, markup, emoji and punctuation only', () => {
    expect(checkNickname('A')).toEqual({ ok: false, problem: 'short' });
    expect(checkNickname('   ')).toEqual({ ok: false, problem: 'short' });
    expect(checkNickname('x'.repeat(NICK_MAX + 1))).toEqual({ ok: false, problem: 'long' });
    expect(checkNickname('x'.repeat(10_000))).toEqual({ ok: false, problem: 'long' });
    expect(checkNickname('<b>Ana</b>')).toEqual({ ok: false, problem: 'chars' });
    expect(checkNickname('<img src=x>')).toEqual({ ok: false, problem: 'chars' });
    expect(checkNickname('Ana 😀')).toEqual({ ok: false, problem: 'chars' });
    expect(checkNickname('...')).toEqual({ ok: false, problem: 'chars' });
    expect(checkNickname('a\u200bb')).toEqual({ ok: false, problem: 'chars' });
  });

  it('refuses blocked words in any case, with accents, letter swaps, spacing or stretched', () => {
    for (const n of ['fuck', 'FUCK', 'Fück', 'f u c k', 'fuuuck', 'sh1t', 'Puta', 'MERDE', 'CabrÓn', 'xx_bullshit_xx', 'iamanasshole']) {
      expect(checkNickname(n), n).toEqual({ ok: false, problem: 'word' });
    }
  });

  it('lets ordinary names that contain a short blocked word through', () => {
    for (const n of ['Scunthorpe', 'Cassie', 'Hancock', 'Dick', 'Grape', 'Pedro', 'Therapist', 'Glass']) {
      expect(hasBlockedWord(n), n).toBe(false);
    }
  });
});
