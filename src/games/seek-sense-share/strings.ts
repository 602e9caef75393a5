// Words of "Seek, sense, share" that are not level content: names, labels, refusals and debrief sentences.
// `say` fills a template in every language at once, for summaries that must outlive a language switch.
import { defineStrings, tables, LANGS, type LocalText } from '../../core/i18n';
import en from './strings/en.json';

export const sssStrings = defineStrings(tables<typeof en>(en, import.meta.glob('./strings/*.json', { eager: true, import: 'default' })));

export type SssKey = Parameters<typeof sssStrings>[0];

/** A template parameter: plain text, a number, or text in several languages. */
export type Param = string | number | LocalText;

function pick(p: Param, lang: (typeof LANGS)[number]): string {
  if (typeof p === 'object') return p[lang] ?? p.en;
  return String(p);
}

/** Fills a template in every language the table has, taking each parameter in the same language. */
export function say(key: SssKey, params: Record<string, Param> = {}): LocalText {
  const templates = sssStrings.local(key);
  const out: LocalText = { en: '' };
  for (const lang of LANGS) {
    const tpl = templates[lang];
    if (tpl === undefined) continue;
    out[lang] = tpl.replace(/\{(\w+)\}/g, (m, name: string) => {
      const p = params[name];
      return p === undefined ? m : pick(p, lang);
    });
  }
  return out;
}

/** Joins texts in each language (for lists of names). */
export function joinLocal(items: readonly LocalText[], sep = ', '): LocalText {
  const out: LocalText = { en: items.map((t) => t.en).join(sep) };
  for (const lang of ['fr', 'es'] as const) {
    if (items.some((t) => t[lang] !== undefined)) out[lang] = items.map((t) => t[lang] ?? t.en).join(sep);
  }
  return out;
}
