// Text in string tables: typed keys per module, the language switchable at run time.
// Level files carry their own text as LocalText ({ en, fr?, es? }); English is required.
import { z } from 'zod';

export const LANGS = ['en', 'fr', 'es'] as const;
export type Lang = (typeof LANGS)[number];

/** Text written in a level file: English required, other languages optional, falling back to English. */
export const localText = z.strictObject({
  en: z.string().min(1, 'English text is required').max(2000),
  fr: z.string().min(1).max(2000).optional(),
  es: z.string().min(1).max(2000).optional(),
});
export type LocalText = z.infer<typeof localText>;

let current: Lang = 'en';
const listeners = new Set<(lang: Lang) => void>();

export function getLang(): Lang {
  return current;
}

export function setLang(lang: Lang): void {
  if (lang === current) return;
  current = lang;
  for (const l of [...listeners]) l(lang);
}

/** Subscribe to language changes; returns the unsubscribe function (call it on scene shutdown). */
export function onLangChange(cb: (lang: Lang) => void): () => void {
  listeners.add(cb);
  return () => listeners.delete(cb);
}

export type Params = Record<string, string | number>;

function fill(template: string, params?: Params): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (m, name: string) => (Object.hasOwn(params, name) ? String(params[name]) : m));
}

/** Resolves level text in the current language, falling back to English. */
export function localize(text: LocalText, params?: Params, lang: Lang = current): string {
  return fill(text[lang] ?? text.en, params);
}

export type StringTables<E extends Record<string, string>> = {
  en: E;
  fr?: Partial<Record<keyof E, string>>;
  es?: Partial<Record<keyof E, string>>;
};

export interface Strings<K extends string> {
  /** The text for a key in the current language, with {name} placeholders filled. */
  (key: K, params?: Params): string;
  /** The same text in every language, for data that outlives a language switch (saved summaries). */
  local(key: K): LocalText;
  readonly keys: readonly K[];
  /** Languages this table has text in (English always first). */
  readonly langs: readonly Lang[];
}

/** A typed string table: a misspelt key is a compile error. Add fr/es tables without code changes. */
export function defineStrings<E extends Record<string, string>>(tables: StringTables<E>): Strings<Extract<keyof E, string>> {
  type K = Extract<keyof E, string>;
  const t = ((key: K, params?: Params) => fill(tables[current]?.[key] ?? (tables.en[key] as string), params)) as Strings<K>;
  const local = (key: K): LocalText => {
    const out: LocalText = { en: tables.en[key] as string };
    const fr = tables.fr?.[key];
    const es = tables.es?.[key];
    if (fr) out.fr = fr;
    if (es) out.es = es;
    return out;
  };
  const langs = LANGS.filter((l) => l === 'en' || tables[l] !== undefined);
  Object.assign(t, { local, keys: Object.keys(tables.en) as K[], langs });
  return t;
}
