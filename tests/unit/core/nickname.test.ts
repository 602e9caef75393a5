// Booth nicknames: NFKC, invisible characters removed, stacked marks limited, length in characters, allowed
// characters, blocked words without case or accents in many languages (naughty-words lists and a built-in one).
import { describe, expect, it } from 'vitest';
import { checkNickname as check, MAX_MARKS, NICK_MAX, tidyNickname } from '../../../src/core/nickname';
import { hasBlockedWord } from '../../../src/core/blockedWords';

/** The booth's full check: form and words. */
const checkNickname = (raw: string) => check(raw, hasBlockedWord);

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

  it('keeps ordinary names with accents and other scripts as typed', () => {
    for (const n of ['José', 'Zoë', 'Nguyễn', 'محمد', '李雷', 'Łukasz', 'Gonçalo', 'Jürgen', 'Małgorzata', 'Thandiwe', 'Siyabonga']) {
      expect(checkNickname(n), n).toEqual({ ok: true, name: n });
    }
  });

  it('normalises with NFKC: full-width letters, ligatures and compatibility forms become plain ones', () => {
    expect(checkNickname('ＡＮＡ')).toEqual({ ok: true, name: 'ANA' });
    expect(checkNickname('ﬁona')).toEqual({ ok: true, name: 'fiona' });
    expect(checkNickname('Zoe\u0308')).toEqual({ ok: true, name: 'Zoë' });
    expect(checkNickname('Ana\u00a0Bel')).toEqual({ ok: true, name: 'Ana Bel' });
  });

  it('removes invisible, control and bidi characters, and refuses a name with nothing visible left', () => {
    expect(checkNickname('a\u200bb')).toEqual({ ok: true, name: 'ab' });
    expect(checkNickname('\u202eAna\u202c')).toEqual({ ok: true, name: 'Ana' });
    expect(checkNickname('\u2067Ana\u2069 Bel\ufeff')).toEqual({ ok: true, name: 'Ana Bel' });
    expect(checkNickname('Ana\tBel')).toEqual({ ok: true, name: 'Ana Bel' });
    for (const n of [
      '\u3164\u3164\u3164',
      '\u115f\u1160\u115f',
      '\uffa0\uffa0',
      '\u200b\u200c\u200d',
      '\u2060\u2061\u2062',
      '\ufeff\u200e\u200f',
      '\u2028\u2029\u202a\u202b',
      '\u3164 \u3164 .',
      '\u0001\u0002\u0003',
    ]) {
      expect(checkNickname(n), JSON.stringify(n)).toEqual({ ok: false, problem: 'invisible' });
    }
    // Fillers among letters are taken out, so the name cannot show boxes or gaps.
    expect(checkNickname('A\u3164n\u3164a')).toEqual({ ok: true, name: 'Ana' });
    expect(tidyNickname('\u3164Bo\u3164')).toBe('Bo');
  });

  it('limits combining marks to two on each letter, so "zalgo" text cannot stack over the line above', () => {
    const zalgo = `Z${'\u0336\u0353\u0317\u0300\u0301'.repeat(3)}oe`;
    const c = checkNickname(zalgo);
    expect(c.ok).toBe(true);
    if (!c.ok) return;
    expect(c.name.startsWith('Z')).toBe(true);
    expect(c.name.endsWith('oe')).toBe(true);
    expect([...c.name].filter((ch) => /\p{M}/u.test(ch))).toHaveLength(MAX_MARKS);
    // Vietnamese and vocalised Arabic keep their marks (two at most per letter).
    expect(checkNickname('Nguye\u0302\u0303n')).toEqual({ ok: true, name: 'Nguyễn' });
    expect(checkNickname('مُحَمَّد')).toEqual({ ok: true, name: 'مُحَمَّد' });
  });

  it('refuses common obscenities in Portuguese, German, Italian, Polish, Arabic, Chinese and Korean', () => {
    const examples: Record<string, string[]> = {
      pt: ['caralho', 'Filho da Puta', 'foda-se', 'CARALH0'],
      de: ['Arschloch', 'Scheiße', 'SCHEISSE', 'hurensohn', 'Wichser123'],
      it: ['cazzo', 'Vaffanculo', 'stronzo', 'testa di cazzo'],
      pl: ['kurwa', 'Skurwysyn', 'pierdolić', 'chuj'],
      ar: ['شرموطة', 'قحبة', 'يا شرموطة'],
      zh: ['傻逼', '操你妈', '我是傻逼', '屌丝'],
      ko: ['씨발', '개새끼', '병신', '씨발놈아'],
    };
    for (const [lang, names] of Object.entries(examples)) {
      for (const n of names) expect(checkNickname(n), `${lang}: ${n}`).toEqual({ ok: false, problem: 'word' });
    }
  });

  it('finds a blocked word hidden by invisible characters or spacing once they are taken out', () => {
    expect(checkNickname('pu\u200bta')).toEqual({ ok: false, problem: 'word' });
    expect(checkNickname('k u r w a')).toEqual({ ok: false, problem: 'word' });
  });

  it('lets names through that hold, or are, an ordinary word of the lists (a queen, a fish, a surname, a first name)', () => {
    for (const n of [
      'Regina',
      'Reginald',
      'Mariano',
      'Mona',
      'Pippa',
      'Amador',
      'Pinto',
      'Montana',
      'Burroughs',
      'Cazorla',
      'Faraj',
      'فرج',
      'مصطفى',
      '김애자',
      '고자영',
      '王伟',
      'Francesca',
      'Giuseppe',
    ]) {
      expect(checkNickname(n), n).toEqual({ ok: true, name: n });
    }
  });

  it('checks the form only when no word filter is handed in (a stored board, whose words were checked when typed)', () => {
    expect(check('caralho', null)).toEqual({ ok: true, name: 'caralho' });
    expect(check('\u3164\u3164', null)).toEqual({ ok: false, problem: 'invisible' });
    expect(check('<b>', null)).toEqual({ ok: false, problem: 'chars' });
  });
});
