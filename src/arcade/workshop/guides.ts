// The facilitator guides (each game's GameEntry.loadGuide: its Markdown under docs/, in the player's language where
// translated), loaded when opened and read as plain blocks of text (headings, lists, paragraphs). Never HTML:
// inline marks (`**`, backticks, links) are dropped to their words.
import { getLang } from '../../core/i18n';
import { gameById } from '../services';

export type Block = { kind: 'title' | 'heading' | 'para'; text: string } | { kind: 'list'; ordered: boolean; items: string[] };

/** Inline Markdown to its words: emphasis, code marks and link targets dropped. */
function words(s: string): string {
  return s
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__|`)/g, '')
    .replace(/(^|[\s(])[*_]([^*_]+)[*_]/g, '$1$2')
    .trim();
}

/** Splits a guide into blocks; anything else (tables, rules) reads as a paragraph of its words. */
export function parseGuide(md: string): Block[] {
  const out: Block[] = [];
  let para: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;
  const flush = (): void => {
    if (para.length) out.push({ kind: 'para', text: words(para.join(' ')) });
    para = [];
    if (list) out.push({ kind: 'list', ...list });
    list = null;
  };
  for (const raw of md.split(/\r?\n/)) {
    const line = raw.trim();
    const item = /^([-*]|\d+\.)\s+(.*)$/.exec(line);
    if (!line || /^(---+|\|[-:| ]+\|)$/.test(line)) flush();
    else if (line.startsWith('#')) {
      flush();
      const level = /^#+/.exec(line)![0].length;
      out.push({ kind: level === 1 ? 'title' : 'heading', text: words(line.replace(/^#+\s*/, '')) });
    } else if (item) {
      const ordered = /\d/.test(item[1]!);
      if (para.length || (list && list.ordered !== ordered)) flush();
      list ??= { ordered, items: [] };
      list.items.push(words(item[2]!));
    } else if (list && raw.startsWith('  ')) list.items[list.items.length - 1] += ` ${words(line)}`;
    else {
      if (list) flush();
      para.push(line.replace(/^\|\s*|\s*\|$/g, '').replace(/\s*\|\s*/g, ' · '));
    }
  }
  flush();
  return out;
}

/** The guide of a game in the player's language, else English (and which it is); null when the game has none. */
export async function loadGuide(gameId: string): Promise<{ blocks: Block[]; lang: string } | null> {
  const load = gameById(gameId)?.loadGuide;
  if (!load) return null;
  const g = await load(getLang());
  return g.markdown ? { blocks: parseGuide(g.markdown), lang: g.lang } : null;
}

export function hasGuide(gameId: string): boolean {
  return gameById(gameId)?.loadGuide !== undefined;
}
