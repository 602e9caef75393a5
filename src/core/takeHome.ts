// The take-home link: the booth's card holds the arcade's public address and, in the URL's fragment (`#r=`, which a
// browser never sends to any server), the visitor's result. The fragment is short and case-insensitive, written in
// the characters a QR code stores in its compact alphanumeric mode (0-9, A-Z and `.`), so the code stays small
// enough for modules a phone reads from a metre away. Game and level travel as short keys (hashes of their ids)
// that the arcade matches against the games and levels it has.
import { LANGS, type Lang } from './i18n';
import { TAKE_HOME_PREFIX } from './takeHomePrefix';

/** The fragment's format, first field: a later format can be told apart and refused cleanly. */
const FORMAT = '1';
/** Longest fragment read at all: anything longer is not one of ours and is not parsed. */
const MAX_FRAGMENT = 64;
/** Key lengths in base-36 digits: 1,296 games, 1.7 million levels per game before two may share a key. */
const GAME_KEY_LENGTH = 2;
const LEVEL_KEY_LENGTH = 4;
/** Scores are written in base 36 with at most four digits. */
const MAX_NUMBER = 36 ** 4 - 1;
/** Days are counted from this one, in at most three base-36 digits (until the year 2147). */
const EPOCH_MS = Date.UTC(2020, 0, 1);
const MAX_DAY = 36 ** 3 - 1;
const DAY_MS = 86_400_000;
const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const PAYLOAD = /^1\.([0-9A-Z]{2})\.([0-9A-Z]{4})\.([0-9A-Z]{1,4})\.([0-9A-Z]{1,4})\.([0-3])\.([A-Z]{2})\.([0-9A-Z]{1,3})$/;

/** A finished round as the card tells it. */
export interface TakeHomeResult {
  gameId: string;
  levelId: string;
  score: number;
  maxScore: number;
  stars: 0 | 1 | 2 | 3;
  /** The language the visitor played in: the result page opens in it. */
  lang: Lang;
  /** The booth's day, YYYY-MM-DD. */
  day: string;
}

/** A result read back from a link: game and level as keys, to match against `gameKey` and `levelKey`. */
export interface TakeHomeLink {
  gameKey: string;
  levelKey: string;
  score: number;
  maxScore: number;
  stars: 0 | 1 | 2 | 3;
  lang: Lang;
  day: string;
}

export type TakeHomeRead = { ok: true; link: TakeHomeLink } | { ok: false };

/** A short, stable key for an id (FNV-1a, base 36, upper case). */
function idKey(id: string, length: number): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return (h % 36 ** length).toString(36).padStart(length, '0').toUpperCase();
}

export function gameKey(gameId: string): string {
  return idKey(gameId, GAME_KEY_LENGTH);
}

export function levelKey(levelId: string): string {
  return idKey(levelId, LEVEL_KEY_LENGTH);
}

function dayNumber(day: string): number | null {
  const m = DAY.exec(day);
  if (!m) return null;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  const n = Math.round((ms - EPOCH_MS) / DAY_MS);
  return n >= 0 && n <= MAX_DAY ? n : null;
}

function dayOf(n: number): string {
  return new Date(EPOCH_MS + n * DAY_MS).toISOString().slice(0, 10);
}

const base36 = (n: number): string => n.toString(36).toUpperCase();

/** The fragment's payload (after `#r=`) for a result; throws on a result no card can carry (a bug upstream). */
export function encodeTakeHome(r: TakeHomeResult): string {
  const day = dayNumber(r.day);
  const whole = (n: number): boolean => Number.isSafeInteger(n) && n >= 0 && n <= MAX_NUMBER;
  if (day === null || !whole(r.score) || !whole(r.maxScore) || r.score > r.maxScore) throw new RangeError('This result cannot be put on a card');
  return [FORMAT, gameKey(r.gameId), levelKey(r.levelId), base36(r.score), base36(r.maxScore), String(r.stars), r.lang.toUpperCase(), base36(day)].join('.');
}

/** The card's link: the public address (any fragment of its own dropped) with the result in the fragment. */
export function takeHomeUrl(publicUrl: string, r: TakeHomeResult): string {
  const base = publicUrl.split('#')[0]!;
  return `${base}${TAKE_HOME_PREFIX}${encodeTakeHome(r)}`;
}

/**
 * Reads a page's fragment (`location.hash`): null when it is not a take-home link at all, `{ ok: false }` when it
 * is one that cannot be read (cut short, changed, from a newer format). Nothing of an unreadable fragment is kept.
 */
export function readTakeHome(hash: string): TakeHomeRead | null {
  if (!hash.startsWith(TAKE_HOME_PREFIX)) return null;
  const payload = hash.slice(TAKE_HOME_PREFIX.length);
  if (payload.length > MAX_FRAGMENT) return { ok: false };
  const m = PAYLOAD.exec(payload.toUpperCase());
  if (!m) return { ok: false };
  const [, game, level, score, max, stars, lang, day] = m as unknown as [string, string, string, string, string, string, string, string];
  const scoreN = parseInt(score, 36);
  const maxN = parseInt(max, 36);
  if (scoreN > maxN) return { ok: false };
  const code = lang.toLowerCase();
  // A language this arcade does not speak (a newer booth's) reads in English rather than not at all.
  const known = (LANGS as readonly string[]).includes(code) ? (code as Lang) : 'en';
  return {
    ok: true,
    link: { gameKey: game, levelKey: level, score: scoreN, maxScore: maxN, stars: Number(stars) as 0 | 1 | 2 | 3, lang: known, day: dayOf(parseInt(day, 36)) },
  };
}

/** A day (YYYY-MM-DD) written out in a language, e.g. "12 May 2026". */
export function formatDay(day: string, lang: string): string {
  const n = dayNumber(day);
  if (n === null) return day;
  return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(EPOCH_MS + n * DAY_MS);
}
