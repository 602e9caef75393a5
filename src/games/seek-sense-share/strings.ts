// Words of "Seek, sense, share" that are not level content: names, labels, refusals and debrief sentences, from
// strings/<lang>.json. `say` fills a template in every language at once (core/i18n's `compose`, the one rule for
// combining texts), for summaries that must outlive a language switch and for the presenter.
import { compose, defineStrings, tables, type LocalText } from '../../core/i18n';
import en from './strings/en.json';

export const sssStrings = defineStrings(tables<typeof en>(en, import.meta.glob(['./strings/*.json', '!./strings/en.json'], { import: 'default' })));

export type SssKey = Parameters<typeof sssStrings>[0];

/** A template parameter: a number, plain text (a name as written), or text in several languages. */
export type Param = string | number | LocalText;

/** The template `key` filled with `params`, in one language throughout (see `compose`). */
export function say(key: SssKey, params: Readonly<Record<string, Param>> = {}): LocalText {
  return compose(sssStrings.local(key), params);
}
