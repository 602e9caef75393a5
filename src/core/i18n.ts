// Text in the player's language. String tables are per-language JSON files with typed keys; messages are ICU
// MessageFormat (plurals, selects, named placeholders; intl-messageformat formats them). Level files carry their
// own text as LocalText ({ en, fr?, es? }). One rule combines texts (`compose`), and a pseudo-locale shows
// overflow before any translator starts (`?lang=pseudo`).
import { IntlMessageFormat } from 'intl-messageformat';

/** The languages text can be written in; English is the source and is always complete. */
export const LANGS = ['en', 'fr', 'es'] as const;
export type Lang = (typeof LANGS)[number];

/** Text written in a level file: English required, other languages optional, falling back to English. */
export interface LocalText {
  en: string;
  fr?: string;
  es?: string;
}

let current: Lang = 'en';
/** The pseudo-locale: English made longer, accented and bracketed, to find text that does not fit. */
let pseudo = false;
const listeners = new Set<(lang: Lang) => void>();

export function getLang(): Lang {
  return current;
}

export function isPseudo(): boolean {
  return pseudo;
}

export function setLang(lang: Lang, opts: { pseudo?: boolean } = {}): void {
  const nextPseudo = opts.pseudo ?? false;
  if (lang === current && nextPseudo === pseudo) return;
  current = lang;
  pseudo = nextPseudo;
  for (const l of [...listeners]) l(lang);
}

/** Subscribe to language changes; returns the unsubscribe function (call it on scene shutdown). */
export function onLangChange(cb: (lang: Lang) => void): () => void {
  listeners.add(cb);
  return () => listeners.delete(cb);
}

export type Params = Record<string, string | number>;

const ACCENTS: Record<string, string> = {
  a: 'á',
  b: 'ƀ',
  c: 'ç',
  d: 'ð',
  e: 'é',
  f: 'ƒ',
  g: 'ĝ',
  h: 'ĥ',
  i: 'í',
  j: 'ĵ',
  k: 'ķ',
  l: 'ĺ',
  m: 'ɱ',
  n: 'ñ',
  o: 'ó',
  p: 'þ',
  q: 'ǫ',
  r: 'ŕ',
  s: 'š',
  t: 'ţ',
  u: 'ú',
  v: 'ṽ',
  w: 'ŵ',
  x: 'ẋ',
  y: 'ý',
  z: 'ž',
  A: 'Á',
  B: 'Ɓ',
  C: 'Ç',
  D: 'Ð',
  E: 'É',
  F: 'Ƒ',
  G: 'Ĝ',
  H: 'Ĥ',
  I: 'Í',
  J: 'Ĵ',
  K: 'Ķ',
  L: 'Ĺ',
  M: 'Ṁ',
  N: 'Ñ',
  O: 'Ó',
  P: 'Þ',
  Q: 'Ǫ',
  R: 'Ŕ',
  S: 'Š',
  T: 'Ţ',
  U: 'Ú',
  V: 'Ṽ',
  W: 'Ŵ',
  X: 'Ẋ',
  Y: 'Ý',
  Z: 'Ž',
};

/** English as a pseudo-translation: every letter accented, 40% longer, in brackets, so overflow and untranslated
 * (unbracketed) text stand out. */
export function pseudoLocalize(text: string): string {
  if (text === '') return text;
  // Parts already pseudo-translated (a translated name filled into a sentence) are left as they are: one pair of
  // brackets per text, not one inside another.
  const parts = text.split(/(\[[^[\]]*\])/);
  const accented = parts.map((p, i) => (i % 2 === 1 ? p : p.replace(/[A-Za-z]/g, (c) => ACCENTS[c] ?? c))).join('');
  const letters = parts
    .filter((_, i) => i % 2 === 0)
    .join('')
    .replace(/\s/g, '').length;
  if (letters === 0) return text;
  const pad = ' ~'.repeat(Math.ceil((letters * 0.4) / 2)).slice(0, Math.max(1, Math.ceil(letters * 0.4)));
  return `[${accented}${pad}]`;
}

const formats = new Map<string, { f: IntlMessageFormat; args: string[] } | null>();

/** A message's syntax tree, as the ICU parser makes it. */
export type MessageAst = ReturnType<IntlMessageFormat['getAst']>;
type Parse = (message: string) => MessageAst;

/** Table messages parsed when the arcade was built (scripts/vite-message-asts.mjs), by message text. */
const prebuilt = new Map<string, MessageAst>();

/** Called by each string table module of the build with its messages' trees. */
export function addMessageAsts(asts: Record<string, MessageAst>): void {
  for (const [message, ast] of Object.entries(asts)) prebuilt.set(message, ast);
}

/** The parser intl-messageformat came with, if it has one: the build leaves it out (it loads later, on its own). */
function bundledParser(): Parse | null {
  const parse = IntlMessageFormat.__parse;
  if (!parse) return null;
  try {
    parse('', {});
    return (message) => parse(message, { ignoreTag: true });
  } catch {
    return null;
  }
}

let parser: Parse | null = bundledParser();
let parserLoading: Promise<void> | null = null;
/** A message was shown unformatted while the parser was loading: screens redraw once it is here. */
let missed = false;

/**
 * Makes sure the ICU parser is here, for text that is not in a string table (level files, a trainer's files). The
 * boot starts it after the first frame; level loading waits for it. Screens that showed such a text before it came
 * redraw (as on a language change).
 */
export function loadMessageParser(): Promise<void> {
  if (parser) return Promise.resolve();
  parserLoading ??= import('./messageParser').then(
    (m) => {
      parser = m.parseMessage;
      if (missed) {
        missed = false;
        for (const l of [...listeners]) l(current);
      }
    },
    (e: unknown) => {
      // Offline before the service worker had it: try again next time it is needed.
      parserLoading = null;
      throw e;
    },
  );
  return parserLoading;
}

/** The names of a message's arguments, plural and select options included. */
function argNames(elements: readonly unknown[], into = new Set<string>()): Set<string> {
  for (const el of elements as { value?: unknown; options?: Record<string, { value: unknown[] }> }[]) {
    if (typeof el.value === 'string' && 'type' in el && (el as { type: number }).type !== 0) into.add(el.value);
    for (const o of Object.values(el.options ?? {})) argNames(o.value, into);
  }
  return into;
}

/**
 * Formats an ICU message. Only the params' own values fill it (never `constructor` or `toString` from
 * Object.prototype); a placeholder with no value stays visible as `{name}`; text that is not a valid message
 * (a trainer's stray brace) is shown as it is.
 */
export function formatMessage(template: string, params: Params | undefined, lang: Lang): string {
  if (!template.includes('{')) return template;
  const key = `${lang}\u0000${template}`;
  let entry = formats.get(key);
  if (entry === undefined) {
    let ast = prebuilt.get(template);
    if (!ast && !parser) {
      // Not a table's message, and the parser is still on its way: shown as it is until it comes.
      missed = true;
      void loadMessageParser().catch(() => undefined);
      return template;
    }
    try {
      ast ??= parser!(template);
      const f = new IntlMessageFormat(ast, lang, undefined, { ignoreTag: true });
      entry = { f, args: [...argNames(ast)] };
    } catch {
      entry = null;
    }
    formats.set(key, entry);
  }
  if (!entry) return template;
  const values: Record<string, string | number> = Object.create(null);
  for (const name of entry.args) values[name] = params && Object.hasOwn(params, name) ? params[name]! : `{${name}}`;
  try {
    return String(entry.f.format(values));
  } catch {
    return template;
  }
}

function shown(text: string): string {
  return pseudo ? pseudoLocalize(text) : text;
}

/** Resolves level text in the current language, falling back to English. */
export function localize(text: LocalText, params?: Params, lang: Lang = current): string {
  return shown(formatMessage(text[lang] ?? text.en, params, lang));
}

/**
 * The one rule for combining texts: a template filled with parts (texts or numbers) is in one language. It is the
 * player's language when the template and every text part have it, otherwise English throughout, never a
 * sentence half in one language and half in another. Used by every game's summaries and by the shell.
 */
export function compose(template: LocalText, parts: Readonly<Record<string, string | number | LocalText>> = {}): LocalText {
  const out: LocalText = { en: fillIn(template, parts, 'en') };
  for (const lang of LANGS) {
    if (lang === 'en' || template[lang] === undefined) continue;
    if (Object.values(parts).every((p) => typeof p !== 'object' || p[lang] !== undefined)) out[lang] = fillIn(template, parts, lang);
  }
  return out;
}

function fillIn(template: LocalText, parts: Readonly<Record<string, string | number | LocalText>>, lang: Lang): string {
  const params: Params = {};
  for (const [k, v] of Object.entries(parts)) params[k] = typeof v === 'object' ? (v[lang] ?? v.en) : v;
  return formatMessage(template[lang] ?? template.en, params, lang);
}

/** A list of texts in one language by the same rule, joined as the language joins lists ("a, b and c"). */
const listFormats = new Map<string, Intl.ListFormat>();

export function composeList(items: readonly LocalText[], type: 'conjunction' | 'unit' = 'conjunction'): LocalText {
  // One formatter per language and kind, made once: a big network joins hundreds of lists a redraw.
  const join = (lang: Lang, xs: string[]): string => {
    let f = listFormats.get(`${lang}/${type}`);
    if (!f) listFormats.set(`${lang}/${type}`, (f = new Intl.ListFormat(lang, { style: 'long', type })));
    return f.format(xs);
  };
  const out: LocalText = {
    en: join(
      'en',
      items.map((i) => i.en),
    ),
  };
  for (const lang of LANGS) {
    if (lang !== 'en' && items.length > 0 && items.every((i) => i[lang] !== undefined))
      out[lang] = join(
        lang,
        items.map((i) => i[lang]!),
      );
  }
  return out;
}

/** Texts as separate sentences or lines of one text, in one language by the same rule. */
export function composeLines(items: readonly LocalText[], separator = '\n'): LocalText {
  const out: LocalText = { en: items.map((i) => i.en).join(separator) };
  for (const lang of LANGS) {
    if (lang !== 'en' && items.length > 0 && items.every((i) => i[lang] !== undefined)) out[lang] = items.map((i) => i[lang]!).join(separator);
  }
  return out;
}

export type StringTables<E extends Record<string, string>> = {
  en: E;
  fr?: Partial<Record<keyof E, string>>;
  es?: Partial<Record<keyof E, string>>;
  /** Languages whose file is there but not loaded yet. */
  loaders?: Partial<Record<Lang, TableLoader>>;
};

export interface Strings<K extends string> {
  /** The text for a key in the current language, with its ICU placeholders filled. */
  (key: K, params?: Params): string;
  /** The same text in every language, for data that outlives a language switch (saved summaries). */
  local(key: K): LocalText;
  readonly keys: readonly K[];
  /** Languages this table has a file for (English always first): a language file is complete, the coverage test
   * sees to that. */
  readonly langs: readonly Lang[];
  /** Loads the table's file of a language, if it has one and it is not loaded yet. */
  load(lang: Lang): Promise<void>;
  /** The tables themselves, for the coverage test. */
  readonly tables: StringTables<Record<K, string>>;
}

/** A table file not loaded yet (import.meta.glob without eager: each language is a chunk of its own). */
export type TableLoader = () => Promise<unknown>;

/**
 * A module's tables from its `strings/<lang>.json` files (found with import.meta.glob, so adding a language is
 * adding a file). English is imported directly, so its keys type every lookup; the other languages load only when
 * a player picks them (`loadLang`), so a phone downloads one language, not three.
 */
export function tables<E extends Record<string, string>>(en: E, files: Record<string, unknown>): StringTables<E> {
  const out: StringTables<E> = { en };
  for (const [path, table] of Object.entries(files)) {
    const lang = /(?:^|\/)([a-z]{2})\.json$/.exec(path)?.[1];
    if (lang !== 'fr' && lang !== 'es') continue;
    if (typeof table === 'function') (out.loaders ??= {})[lang] = table as TableLoader;
    else out[lang] = table as Partial<Record<keyof E, string>>;
  }
  return out;
}

/** Every table made by defineStrings, so the shell can tell which languages the whole arcade speaks. */
const allTables: Strings<string>[] = [];

/** Languages in which every string table has every key (English first). */
export function tableLangs(): Lang[] {
  return LANGS.filter((l) => allTables.every((t) => t.langs.includes(l)));
}

/** A typed string table: a misspelt key is a compile error. Add a language by adding its JSON file. */
export function defineStrings<E extends Record<string, string>>(tables: StringTables<E>): Strings<Extract<keyof E, string>> {
  type K = Extract<keyof E, string>;
  const keys = Object.keys(tables.en) as K[];
  const text = (key: K, lang: Lang): string => tables[lang]?.[key] ?? (tables.en[key] as string);
  const t = ((key: K, params?: Params) => {
    const lang = tables[current]?.[key] !== undefined ? current : 'en';
    return shown(formatMessage(text(key, lang), params, lang));
  }) as Strings<K>;
  const local = (key: K): LocalText => {
    const out: LocalText = { en: tables.en[key] as string };
    for (const lang of LANGS) {
      const v = lang === 'en' ? undefined : tables[lang]?.[key];
      if (v) out[lang] = v;
    }
    return out;
  };
  const langs = LANGS.filter((l) => l === 'en' || tables[l] !== undefined || tables.loaders?.[l] !== undefined);
  const load = async (lang: Lang): Promise<void> => {
    const loader = lang === 'en' || tables[lang] ? undefined : tables.loaders?.[lang];
    if (!loader) return;
    const table = (await loader()) as Partial<Record<keyof E, string>>;
    if (lang === 'fr' || lang === 'es') tables[lang] = table;
  };
  Object.assign(t, { local, keys, langs, tables, load });
  allTables.push(t as unknown as Strings<string>);
  // A table made after a language was chosen (a game's chunk loaded later) fetches that language at once.
  if (current !== 'en') void load(current);
  return t;
}

/** Loads every table's file of a language; call before switching to it (the boot does for the saved language). */
export async function loadLang(lang: Lang): Promise<void> {
  await Promise.all(allTables.map((t) => t.load(lang)));
}
