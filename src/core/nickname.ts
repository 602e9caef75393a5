// Booth nicknames for the day's leaderboard: normalised (NFKC, invisible and control characters removed, stacked
// marks limited), then length and allowed characters checked, and obscenities through a word filter handed in
// (core/blockedWords: its lists load with the board screen, not with the arcade's start). Pure: the shell shows the
// name as text only, in an isolated bidi run.

/** Shortest and longest nickname, in characters as a person counts them (code points after NFKC). */
export const NICK_MIN = 2;
export const NICK_MAX = 16;
/** Combining marks kept on one base letter: enough for Vietnamese, Thai or vocalised Arabic, not for "zalgo". */
export const MAX_MARKS = 2;

/** Why a nickname is refused, as a code the shell turns into words. `invisible`: nothing visible once the
 * invisible characters are taken out (a name of Hangul fillers or zero-width spaces). */
export type NicknameProblem = 'short' | 'long' | 'chars' | 'word' | 'invisible';

export type NicknameCheck = { ok: true; name: string } | { ok: false; problem: NicknameProblem };

/** Letters of any script (with their accents), digits, space, hyphen, underscore and full stop; nothing else. */
const ALLOWED = /^[\p{L}\p{M}\p{Nd} _.-]+$/u;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{Nd}]/u;
/** Controls that separate words (a tab, a line break) become a space before the rest is removed. */
const SPACING_CONTROLS = /[\t\n\v\f\r\u0085]/gu;
/**
 * Characters that draw nothing, or a box: controls, format characters (zero-width spaces and joiners, bidi
 * embeddings, overrides and isolates, the byte-order mark), line and paragraph separators, and every default
 * ignorable code point (the Hangul fillers U+115F, U+1160, U+3164 and U+FFA0, variation selectors, tags).
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Default_Ignorable_Code_Point}]/gu;
const MARK = /^\p{M}$/u;

/** At most MAX_MARKS combining marks after each base character; the rest of a stack is dropped. */
function limitMarks(s: string): string {
  let run = 0;
  let out = '';
  for (const ch of s) {
    if (MARK.test(ch)) {
      run++;
      if (run > MAX_MARKS) continue;
    } else {
      run = 0;
    }
    out += ch;
  }
  return out;
}

/** The name as it will be shown: NFKC, invisible characters removed, stacked marks limited, trimmed, inner runs
 * of spaces made one. */
export function tidyNickname(raw: string): string {
  const visible = raw.normalize('NFKC').replace(SPACING_CONTROLS, ' ').replace(INVISIBLE, '');
  return limitMarks(visible).trim().replace(/\s+/gu, ' ');
}

/**
 * Checks a typed name. `hasBlockedWord` is the word filter (core/blockedWords); null checks the form only, for a name
 * whose words were checked when it was typed (the board as stored).
 */
export function checkNickname(raw: string, hasBlockedWord: ((name: string) => boolean) | null): NicknameCheck {
  const name = tidyNickname(raw);
  // Something was typed, but nothing of it can be seen.
  if (!HAS_LETTER_OR_DIGIT.test(name) && raw.normalize('NFKC').replace(SPACING_CONTROLS, ' ').search(INVISIBLE) >= 0)
    return { ok: false, problem: 'invisible' };
  const length = [...name].length;
  if (length < NICK_MIN) return { ok: false, problem: 'short' };
  if (length > NICK_MAX) return { ok: false, problem: 'long' };
  if (!ALLOWED.test(name) || !HAS_LETTER_OR_DIGIT.test(name)) return { ok: false, problem: 'chars' };
  if (hasBlockedWord?.(name)) return { ok: false, problem: 'word' };
  return { ok: true, name };
}
