// Obscenities and slurs refused in booth nicknames, in many languages: a built-in list (English, French, Spanish)
// and the naughty-words package's lists (Portuguese, German, Italian, Polish, Arabic, Chinese, Korean), less their
// ordinary words. Compared without case or accents, through common letter swaps and stretched letters. Kept apart
// from core/nickname so the lists load with the board screen, not with the arcade's start.
import pt from 'naughty-words/pt.json';
import de from 'naughty-words/de.json';
import it from 'naughty-words/it.json';
import pl from 'naughty-words/pl.json';
import ar from 'naughty-words/ar.json';
import zh from 'naughty-words/zh.json';
import ko from 'naughty-words/ko.json';

/**
 * The built-in list, kept lowercase and without accents (English, French, Spanish). Words of five letters or more
 * are also found inside a longer name; shorter ones only as a whole word, so "Scunthorpe" or "Cassie" pass.
 */
const BLOCKED = [
  'fuck',
  'fucker',
  'fucking',
  'motherfucker',
  'shit',
  'bullshit',
  'cunt',
  'bitch',
  'bastard',
  'dickhead',
  'cock',
  'pussy',
  'asshole',
  'arsehole',
  'wanker',
  'twat',
  'slut',
  'whore',
  'prick',
  'porn',
  'rape',
  'nazi',
  'hitler',
  'nigger',
  'nigga',
  'faggot',
  'fag',
  'retard',
  'spastic',
  'tranny',
  'kike',
  'chink',
  'paki',
  'spic',
  'wetback',
  'gook',
  'coon',
  'dyke',
  'merde',
  'putain',
  'pute',
  'connard',
  'connasse',
  'salope',
  'encule',
  'enculer',
  'batard',
  'couille',
  'pede',
  'mierda',
  'puta',
  'puto',
  'cabron',
  'pendejo',
  'maricon',
  'joder',
  'polla',
  'zorra',
  'gilipollas',
] as const;

/**
 * Entries of the naughty-words lists that are ordinary words or people's names (a fish, a queen, a spider, a
 * Portuguese surname, an Arabic first name, "adult", "ancestors"...): a visitor called Regina, Mariano, Pinto or
 * Faraj must not be refused. Identity words (gay, lesbian, intersex) are no insult either.
 */
const ORDINARY = new Set([
  // Portuguese
  'aborto',
  'amador',
  'aranha',
  'ariano',
  'bissexual',
  'bumbum',
  'burro',
  'camisinha',
  'cerveja',
  'chupar',
  'cocaína',
  'comer',
  'consolo',
  'dum raio',
  'fecal',
  'frango assado',
  'gozar',
  'grelho',
  'heroína',
  'heterosexual',
  'homem gay',
  'homoerótico',
  'homosexual',
  'inferno',
  'lésbica',
  'lolita',
  'mama',
  'passar um cheque',
  'pinto',
  'saco',
  'torneira',
  // German
  'bimbo',
  'bonze',
  'ische',
  'kimme',
  'lümmel',
  'mufti',
  'nackt',
  'popel',
  'rosette',
  // Italian
  'assatanato',
  'bagnarsi',
  'balle',
  'battere',
  'biga',
  'brinca',
  'cadavere',
  'casci',
  'cesso',
  'chiappa',
  'cozza',
  'fava',
  'femminuccia',
  'goldone',
  'mannaggia',
  'mona',
  'monta',
  'montare',
  'nave scuola',
  'palle',
  'patacca',
  'pesce',
  'picio',
  'pipì',
  'pippa',
  'pisello',
  'pistolotto',
  'pomiciare',
  'pompa',
  'porca',
  'porco',
  'quaglia',
  'regina',
  'rizzarsi',
  'sbattere',
  'sbattersi',
  'sega',
  'spagnola',
  'tirare',
  'vacca',
  'vangare',
  'zio cantante',
  // Polish
  'duperele',
  'jajco',
  'jajko',
  'rzygać',
  // Arabic
  'احتلام',
  'بيضان',
  'خنثي',
  'فرج',
  'لبوة',
  'مبادل',
  // Chinese
  '13.',
  '九游',
  '你老闆',
  '处女',
  '刚度',
  '包皮',
  '成人',
  '月经',
  '激情',
  '玉杵',
  '私服',
  '祖宗',
  '精子',
  '粉腸',
  '老二',
  '老味',
  '老母',
  '肥西',
  '花柳',
  '迷药',
  '靠背',
  '鬼公',
  // Korean
  '고자',
  '노모',
  '망가',
  '애자',
  '야사',
  '유모',
  '하드코어',
  '호로',
]);

/** Single characters that are obscene wherever they stand (the lists' other single characters also mean "milk",
 * "nature", "dove", "seven"...). */
const ALWAYS = ['屄', '屌', '肏', '閪', '𨳒', '𨳊', '𡳞', '𨶙', '𨳍', '㞗', '좆'];

/** Digits and symbols people swap for letters to slip a word past a filter. */
const SWAPS: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '8': 'b', '9': 'g', '@': 'a', $: 's', '!': 'i' };

/** Lowercase, accents removed (Hangul syllables kept whole), Arabic letter variants and tatweel unified,
 * look-alike digits read as letters. */
function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/\u0640/g, '')
    .replace(/ى/g, 'ي')
    .replace(/ة/g, 'ه')
    .replace(/[0-9@$!]/g, (c) => SWAPS[c] ?? c);
}

/** Runs of one letter shortened to one ("fuuuck" reads as "fuck"). */
function squeeze(s: string): string {
  return s.replace(/(.)\1+/gu, '$1');
}

const letters = (s: string): string => s.split(/[^\p{L}]+/u).join('');

interface Blocked {
  word: string;
  squeezed: string;
  /** Also found inside a longer word or across the name's words, not only as a whole word. */
  inside: boolean;
  /** Its squeezed form too, when that is still long enough ("cazzo" read as "cazo" would catch "Cazorla"). */
  insideSqueezed: boolean;
}

/**
 * How long a word must be to be looked for inside a longer one: five letters in alphabets (shorter words are too
 * often part of an ordinary name), two characters in Chinese (words run together without spaces), three syllables
 * in Korean (two-syllable words are too often part of a given name).
 */
function insideFrom(word: string): number {
  if (/\p{Script=Han}/u.test(word)) return 2;
  if (/\p{Script=Hangul}/u.test(word)) return 3;
  return 5;
}

/** A list entry folded like a name; `inside`: looked for inside longer words from this length on (Infinity: never). */
function blocked(word: string, inside: number): Blocked {
  const w = letters(fold(word));
  const squeezed = squeeze(w);
  return { word: w, squeezed, inside: [...w].length >= inside, insideSqueezed: [...squeezed].length >= inside };
}

const LIST: readonly Blocked[] = [
  ...BLOCKED.map((w) => blocked(w, 5)),
  ...[pt, de, it, pl, ar, zh, ko].flat().flatMap((w) => (ORDINARY.has(w) ? [] : [blocked(w, insideFrom(w))])),
  ...ALWAYS.map((w) => blocked(w, 1)),
].filter((b) => b.word !== '');

/** Whether the text holds a blocked word (whole word, letters spaced out, or inside a longer word for long ones). */
export function hasBlockedWord(text: string): boolean {
  const f = fold(text);
  const tokens = f.split(/[^\p{L}]+/u).filter(Boolean);
  const joined = tokens.join('');
  const candidates = new Set([...tokens, joined]);
  const squeezedJoined = squeeze(joined);
  for (const b of LIST) {
    for (const c of candidates) if (c === b.word || ([...b.word].length >= 4 && squeeze(c) === b.squeezed)) return true;
    if ((b.inside && joined.includes(b.word)) || (b.insideSqueezed && squeezedJoined.includes(b.squeezed))) return true;
  }
  return false;
}
