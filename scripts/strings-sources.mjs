// For translators: which string-table translations are current. i18n/sources.<lang>.json holds, for every table
// (a strings/ or names/ folder with an en.json) and every key, the hash of the English that the translation was made
// from (the same hash as the level overlays, src/core/levelSet.ts textHash). When the English changes, the hash no
// longer matches and the unit test (tests/unit/i18n/coverage.test.ts) names the translation as stale.
// Usage: node scripts/strings-sources.mjs                  lists stale and missing translations
//        node scripts/strings-sources.mjs --accept fr|es [src/.../strings ...]
//                                                          marks the given tables' translations (default: all) as
//                                                          made from today's English: run it once you have updated them
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { textHash } from './level-overlay.mjs';

export const LANGS = ['fr', 'es'];

/** Every string table folder under src, sorted. */
export function tableDirs(dir = 'src', out = []) {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (!e.isDirectory()) continue;
    const sub = `${dir}/${e.name}`;
    if ((e.name === 'strings' || e.name === 'names') && readdirSync(sub).includes('en.json')) out.push(sub);
    else tableDirs(sub, out);
  }
  return out.sort();
}

export const sourcesPath = (lang) => join('i18n', `sources.${lang}.json`);
const read = (p) => JSON.parse(readFileSync(p, 'utf8'));

/** Translations whose English changed since (stale), and keys with no recorded source (unknown). */
export function staleness(lang, root = '.') {
  const sources = existsSync(join(root, sourcesPath(lang))) ? read(join(root, sourcesPath(lang))) : {};
  const stale = [];
  for (const dir of tableDirs(join(root, 'src')).map((d) => d.slice(root === '.' ? 0 : root.length + 1))) {
    const en = read(join(root, dir, 'en.json'));
    const path = join(root, dir, `${lang}.json`);
    if (!existsSync(path)) continue;
    const table = read(path);
    for (const key of Object.keys(table)) {
      if (!(key in en)) continue;
      if (sources[dir]?.[key] !== textHash(en[key])) stale.push(`${dir}/${lang}.json ${key}`);
    }
  }
  return stale;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const args = process.argv.slice(2);
  if (args[0] === '--accept') {
    const lang = args[1];
    if (!LANGS.includes(lang)) {
      console.error('usage: node scripts/strings-sources.mjs --accept fr|es [table folders]');
      process.exit(2);
    }
    const only = args.slice(2).map((d) => d.replace(/\/$/, ''));
    const sources = existsSync(sourcesPath(lang)) ? read(sourcesPath(lang)) : {};
    for (const dir of tableDirs()) {
      if (only.length > 0 && !only.includes(dir)) continue;
      const en = read(join(dir, 'en.json'));
      const path = join(dir, `${lang}.json`);
      if (!existsSync(path)) continue;
      const table = read(path);
      sources[dir] = Object.fromEntries(
        Object.keys(table)
          .filter((k) => k in en)
          .sort()
          .map((k) => [k, textHash(en[k])]),
      );
    }
    // Tables that no longer exist leave the record.
    const dirs = new Set(tableDirs());
    const sorted = Object.fromEntries(
      Object.keys(sources)
        .filter((k) => dirs.has(k))
        .sort()
        .map((k) => [k, sources[k]]),
    );
    writeFileSync(sourcesPath(lang), `${JSON.stringify(sorted, null, 2)}\n`);
    console.log(`${sourcesPath(lang)}: written`);
  } else {
    for (const lang of LANGS) {
      const stale = staleness(lang);
      console.log(`${lang}: ${stale.length} stale${stale.length ? `\n  ${stale.join('\n  ')}` : ''}`);
    }
  }
}
