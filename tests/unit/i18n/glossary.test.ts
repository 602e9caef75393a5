// The glossaries (docs/glossary.<lang>.md) are kept, not only written: for every entry, the words to avoid appear in
// none of that language's texts (string tables, level overlays, checks, guides). A glossary row is a table row:
// | English | chosen translation | where it comes from | words to avoid (comma-separated, or —) |
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(__dirname, '../../..');
const LANGS = ['fr', 'es'] as const;

export interface GlossaryEntry {
  english: string;
  chosen: string;
  avoid: string[];
}

/** The rows of a glossary's tables that name words to avoid (header and separator rows skipped). */
export function glossaryEntries(md: string): GlossaryEntry[] {
  const rows = md.split('\n').filter((l) => l.trim().startsWith('|'));
  const out: GlossaryEntry[] = [];
  for (const row of rows) {
    const cells = row
      .trim()
      .replace(/^\||\|$/g, '')
      .split('|')
      .map((c) => c.trim());
    if (cells.length < 4 || /^:?-+:?$/.test(cells[0] ?? '') || cells[0] === 'English') continue;
    const avoid = (cells[3] ?? '')
      .split(',')
      .map((w) => w.replace(/[*_`«»"“”]/g, '').trim())
      .filter((w) => w !== '' && w !== '—' && w !== '-');
    out.push({ english: cells[0]!, chosen: cells[1]!, avoid });
  }
  return out;
}

function tableDirs(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    if (!e.isDirectory()) continue;
    const sub = `${dir}/${e.name}`;
    if ((e.name === 'strings' || e.name === 'names') && readdirSync(join(ROOT, sub)).includes('en.json')) out.push(sub);
    else tableDirs(sub, out);
  }
  return out;
}

/** Every text of a language, each with where it is: tables, level overlays, checks, guides. */
function textsOf(lang: string): Array<{ where: string; text: string }> {
  const out: Array<{ where: string; text: string }> = [];
  for (const dir of tableDirs('src')) {
    const p = join(ROOT, dir, `${lang}.json`);
    if (!existsSync(p)) continue;
    for (const [k, v] of Object.entries(JSON.parse(readFileSync(p, 'utf8')) as Record<string, string>))
      out.push({ where: `${dir}/${lang}.json ${k}`, text: v });
  }
  for (const game of readdirSync(join(ROOT, 'levels'))) {
    for (const f of readdirSync(join(ROOT, 'levels', game)).filter((n) => n.endsWith(`.${lang}.json`))) {
      const raw = JSON.parse(readFileSync(join(ROOT, 'levels', game, f), 'utf8')) as Record<string, { text: string }>;
      for (const [ptr, e] of Object.entries(raw)) out.push({ where: `levels/${game}/${f} ${ptr}`, text: e.text });
    }
  }
  // Each game's check holds its three languages inline.
  for (const game of readdirSync(join(ROOT, 'src', 'games'))) {
    const path = join(ROOT, 'src', 'games', game, 'check.json');
    if (!existsSync(path)) continue;
    const walk = (v: unknown, at: string): void => {
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${at}/${i}`));
      else if (v && typeof v === 'object') {
        const o = v as Record<string, unknown>;
        if (typeof o[lang] === 'string') out.push({ where: `src/games/${game}/check.json ${at}`, text: o[lang] as string });
        else for (const [k, x] of Object.entries(o)) walk(x, `${at}/${k}`);
      }
    };
    walk(JSON.parse(readFileSync(path, 'utf8')) as unknown, '');
  }
  for (const f of readdirSync(join(ROOT, 'docs')).filter((n) => n.startsWith('guide-') && n.endsWith(`.${lang}.md`))) {
    readFileSync(join(ROOT, 'docs', f), 'utf8')
      .split('\n')
      .forEach((line, i) => out.push({ where: `docs/${f}:${i + 1}`, text: line }));
  }
  return out;
}

/** A word or phrase as a whole word, any case, apostrophes either way. */
function wordRegex(w: string): RegExp {
  const esc = w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’]/g, "['’]");
  return new RegExp(`(^|[^\\p{L}])${esc}($|[^\\p{L}])`, 'iu');
}

describe.each(LANGS)('the %s glossary', (lang) => {
  const path = join(ROOT, 'docs', `glossary.${lang}.md`);

  it('exists and covers the terms the arcade teaches and its interface uses', () => {
    expect(existsSync(path)).toBe(true);
    const entries = glossaryEntries(readFileSync(path, 'utf8'));
    const english = entries.map((e) => e.english.toLowerCase());
    for (const term of [
      'clear',
      'complicated',
      'complex',
      'chaotic',
      'confused',
      'seek',
      'sense',
      'share',
      'weak tie',
      'world café',
      'peer review',
      'fishbowl',
      'architect',
      'pilot',
      'guide',
      'note-taker',
      'debrief',
      'card',
      'kiosk',
      'goodwill',
      'trust',
    ]) {
      expect(
        english.some((e) => e.includes(term)),
        term,
      ).toBe(true);
    }
  });

  it('is kept: no word it says to avoid appears in the tables, level overlays, checks or guides', () => {
    const entries = glossaryEntries(readFileSync(path, 'utf8'));
    const texts = textsOf(lang);
    const found: string[] = [];
    for (const e of entries) {
      for (const w of e.avoid) {
        const re = wordRegex(w);
        for (const t of texts) if (re.test(t.text)) found.push(`"${w}" (for ${e.english}, use "${e.chosen}") in ${t.where}`);
      }
    }
    expect(found).toEqual([]);
  });
});

describe('the glossary reader', () => {
  it('reads a row, splits the words to avoid, and skips headers', () => {
    const md =
      '| English | Français | Source | À éviter |\n|---|---|---|---|\n| card | carte | UI | *fiche*, « vignette » |\n| Clear | Clair | The Cynefin Company | — |';
    expect(glossaryEntries(md)).toEqual([
      { english: 'card', chosen: 'carte', avoid: ['fiche', 'vignette'] },
      { english: 'Clear', chosen: 'Clair', avoid: [] },
    ]);
  });
});
