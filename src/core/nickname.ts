// Booth nicknames for the day's leaderboard: length, allowed characters and a small list of slurs and obscenities
// (compared without case or accents, through common letter swaps). Pure: the shell shows the name as text only.

/** Shortest and longest nickname, in characters as a person counts them (code points after NFC). */
export const NICK_MIN = 2;
export const NICK_MAX = 16;

/** Why a nickname is refused, as a code the shell turns into words. */
export type NicknameProblem = 'short' | 'long' | 'chars' | 'word';

export type NicknameCheck = { ok: true; name: string } | { ok: false; problem: NicknameProblem };

/** Letters of any script (with their accents), digits, space, hyphen, underscore and full stop; nothing else. */
const ALLOWED = /^[\p{L}\p{M}\p{Nd} _.-]+$/u;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{Nd}]/u;

/**
 * A short built-in list, kept lowercase and without accents (English, French, Spanish). Words of five letters or
 * more are also found inside a longer name; shorter ones only as a whole word, so "Scunthorpe" or "Cassie" pass.
 */
const BLOCKED = [
  'fuck', 'fucker', 'fucking', 'motherfucker', 'shit', 'bullshit', 'cunt', 'bitch', 'bastard', 'dickhead', 'cock',
  'pussy', 'asshole', 'arsehole', 'wanker', 'twat', 'slut', 'whore', 'prick', 'porn', 'rape',
  'nazi', 'hitler', 'nigger', 'nigga', 'faggot', 'fag', 'retard', 'spastic', 'tranny', 'kike', 'chink', 'paki', 'spic',
  'wetback', 'gook', 'coon', 'dyke',
  'merde', 'putain', 'pute', 'connard', 'connasse', 'salope', 'encule', 'enculer', 'batard', 'couille', 'pede',
  'mierda', 'puta', 'puto', 'cabron', 'pendejo', 'maricon', 'joder', 'polla', 'zorra', 'gilipollas',
] as const;

/** Digits and symbols people swap for letters to slip a word past a filter. */
const SWAPS: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '9': 'g', '@': 'a', $: 's', '!': 'i' };

/** Lowercase, accents removed, look-alike digits read as letters. */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[0-9@$!]/g, (c) => SWAPS[c] ?? c);
}

/** Runs of one letter shortened to one ("fuuuck" reads as "fuck"). */
function squeeze(s: string): string {
  return s.replace(/(.)\1+/gu, '$1');
}

/** Whether the text holds a blocked word (whole word, letters spaced out, or inside a longer word for long ones). */
export function hasBlockedWord(text: string): boolean {
  const f = fold(text);
  const tokens = f.split(/[^\p{L}]+/u).filter(Boolean);
  const joined = tokens.join('');
  const candidates = new Set([...tokens, joined]);
  for (const w of BLOCKED) {
    const sw = squeeze(w);
    for (const c of candidates) if (c === w || (w.length >= 4 && squeeze(c) === sw)) return true;
    if (w.length >= 5 && (joined.includes(w) || squeeze(joined).includes(sw))) return true;
  }
  return false;
}

/** The name as it will be shown: NFC, trimmed, inner runs of spaces made one. */
export function tidyNickname(raw: string): string {
  return raw.normalize('NFC').trim().replace(/\s+/gu, ' ');
}

export function checkNickname(raw: string): NicknameCheck {
  const name = tidyNickname(raw);
  const length = [...name].length;
  if (length < NICK_MIN) return { ok: false, problem: 'short' };
  if (length > NICK_MAX) return { ok: false, problem: 'long' };
  if (!ALLOWED.test(name) || !HAS_LETTER_OR_DIGIT.test(name)) return { ok: false, problem: 'chars' };
  if (hasBlockedWord(name)) return { ok: false, problem: 'word' };
  return { ok: true, name };
}
