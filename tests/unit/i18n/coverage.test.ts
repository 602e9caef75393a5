// Translation coverage, per language and per file, for every string table and every shipped level; and the
// checks a translator's file must pass: known keys only, the same placeholders as English, valid ICU messages.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { LANGS } from '../../../src/core/i18n';
import { applyOverlay, overlayBase, overlayIssues, overlayLang, textHash } from '../../../src/core/levelSet';
import { staleness } from '../../../scripts/strings-sources.mjs';

const ROOT = join(__dirname, '../../..');
/** Every string table in the source: each folder named strings/ (or names/, a game's names) that holds an en.json. */
function tableDirs(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    if (!e.isDirectory()) continue;
    const sub = `${dir}/${e.name}`;
    if ((e.name === 'strings' || e.name === 'names') && readdirSync(join(ROOT, sub)).includes('en.json')) out.push(sub);
    else tableDirs(sub, out);
  }
  return out;
}
const TABLE_DIRS = tableDirs('src').sort();
const read = (path: string): Record<string, unknown> => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as Record<string, unknown>;
const tableOf = (dir: string, lang: string): Record<string, string> | null => {
  try {
    return read(`${dir}/${lang}.json`) as Record<string, string>;
  } catch {
    return null;
  }
};

/** The argument names of an ICU message, plural and select branches included. */
function args(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const el of elements) {
    if (el.type !== TYPE.literal && el.type !== TYPE.pound && 'value' in el && typeof el.value === 'string') into.add(el.value);
    if ('options' in el) for (const o of Object.values(el.options)) args(o.value, into);
  }
  return into;
}

/** Every text a level holds in English, by JSON pointer, and which of them have each other language. */
function levelTexts(value: unknown, pointer = '', out: { pointer: string; langs: string[] }[] = []): { pointer: string; langs: string[] }[] {
  if (Array.isArray(value)) value.forEach((v, i) => levelTexts(v, `${pointer}/${i}`, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.en === 'string') out.push({ pointer, langs: LANGS.filter((l) => typeof o[l] === 'string') });
    else for (const [k, v] of Object.entries(o)) levelTexts(v, `${pointer}/${k}`, out);
  }
  return out;
}

describe('translation overlays of shipped levels', () => {
  it('none is stale, and each names texts that exist', () => {
    const problems: string[] = [];
    for (const game of readdirSync(join(ROOT, 'levels'))) {
      for (const o of readdirSync(join(ROOT, 'levels', game)).filter((n) => overlayLang(n))) {
        const issues = overlayIssues(read(`levels/${game}/${overlayBase(o)}`), read(`levels/${game}/${o}`), o);
        problems.push(...issues.map((i) => `${game}/${o} ${i.path}: ${i.message}`));
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('string tables', () => {
  it('there are tables to check (arcade and every game)', () => {
    expect(TABLE_DIRS).toContain('src/arcade/strings');
    expect(TABLE_DIRS.length).toBeGreaterThanOrEqual(4);
  });

  it.each(TABLE_DIRS)('%s: every message is valid ICU, and every translation has known keys and the same placeholders', (dir) => {
    const en = tableOf(dir, 'en')!;
    const problems: string[] = [];
    const enArgs = new Map<string, Set<string>>();
    for (const [key, msg] of Object.entries(en)) {
      try {
        enArgs.set(key, args(parse(msg, { ignoreTag: true })));
      } catch (e) {
        problems.push(`en ${key}: not a valid message (${(e as Error).message})`);
      }
    }
    for (const lang of LANGS.filter((l) => l !== 'en')) {
      const table = tableOf(dir, lang);
      if (!table) continue;
      for (const [key, msg] of Object.entries(table)) {
        if (!(key in en)) problems.push(`${lang} ${key}: no such key in English`);
        try {
          const mine = [...args(parse(msg, { ignoreTag: true }))].sort().join(',');
          const theirs = [...(enArgs.get(key) ?? [])].sort().join(',');
          if (mine !== theirs) problems.push(`${lang} ${key}: placeholders {${mine}} differ from English {${theirs}}`);
        } catch (e) {
          problems.push(`${lang} ${key}: not a valid message (${(e as Error).message})`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(TABLE_DIRS)('%s: a language file, once there, is complete (the settings offer it on that promise)', (dir) => {
    const keys = Object.keys(tableOf(dir, 'en')!);
    for (const lang of LANGS.filter((l) => l !== 'en')) {
      const table = tableOf(dir, lang);
      if (table)
        expect(
          keys.filter((k) => typeof table[k] !== 'string'),
          `${dir}/${lang}.json lacks`,
        ).toEqual([]);
    }
  });

  it.each(['fr', 'es'])('no %s translation is stale: each was made from the English the table holds today', (lang) => {
    // i18n/sources.<lang>.json keeps the hash of the English each translation was made from (scripts/strings-sources.mjs).
    expect(staleness(lang, ROOT)).toEqual([]);
  });

  it('catches a translation whose English changed since', () => {
    const dir = 'src/arcade/strings';
    const sources = JSON.parse(readFileSync(join(ROOT, 'i18n/sources.fr.json'), 'utf8')) as Record<string, Record<string, string>>;
    const en = tableOf(dir, 'en')!;
    const key = Object.keys(en)[0]!;
    // The recorded hash is the English's own; any other English would not match it.
    expect(sources[dir]?.[key]).toBe(textHash(en[key]!));
    expect(textHash(`${en[key]} (changed)`)).not.toBe(sources[dir]?.[key]);
  });

  it('reports coverage per language and per file', () => {
    const rows: string[] = [];
    for (const dir of TABLE_DIRS) {
      const keys = Object.keys(tableOf(dir, 'en')!);
      const cells = LANGS.map((l) => {
        const t = tableOf(dir, l) ?? {};
        return `${l} ${Math.round((100 * keys.filter((k) => typeof t[k] === 'string').length) / keys.length)}%`;
      });
      rows.push(`${dir} (${keys.length} messages): ${cells.join(', ')}`);
    }
    for (const game of readdirSync(join(ROOT, 'levels'))) {
      const names = readdirSync(join(ROOT, 'levels', game));
      for (const file of names.filter((f) => /^[^.]+\.json$/.test(f))) {
        let raw: unknown = read(`levels/${game}/${file}`);
        for (const o of names.filter((n) => overlayLang(n) && overlayBase(n) === file)) raw = applyOverlay(raw, read(`levels/${game}/${o}`), overlayLang(o)!);
        const texts = levelTexts(raw);
        const cells = LANGS.map((l) => `${l} ${Math.round((100 * texts.filter((t) => t.langs.includes(l)).length) / texts.length)}%`);
        rows.push(`levels/${game}/${file} (${texts.length} texts): ${cells.join(', ')}`);
      }
    }
    console.log(`Translation coverage\n  ${rows.join('\n  ')}`);
    // English is the source: always complete.
    expect(rows.every((r) => r.includes('en 100%'))).toBe(true);
  });
});
