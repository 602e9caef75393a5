// For translators: writes or updates the overlay of one language for shipped levels, levels/<game>/<level>.<lang>.json:
// every text of the level by JSON pointer, with the hash of its English (src/core/levelSet.ts textHash). Translations
// already there are kept; those whose English changed are marked stale (their "text" kept, "stale": true) so the
// translator sees what to redo; new texts get an empty "text" to fill in. The arcade shows only filled, current ones.
// Usage: node scripts/level-overlay.mjs <lang> [levels/<game>/<level>.json ...]   (default: every shipped level)
//        node scripts/level-overlay.mjs --accept <lang> [...]   once the texts are filled in: each filled entry that
//        carries its English ("en", written by the first form) is marked current (source = the English's hash) and
//        loses its "en" and "stale"; pointers the level no longer has are dropped.
import { readFileSync, writeFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The same 32-bit FNV-1a as textHash in src/core/levelSet.ts (a unit test keeps the two equal). */
export function textHash(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Every text object ({ en: ... }) in a level, by JSON pointer. */
export function textsOf(value, pointer = '', out = []) {
  if (Array.isArray(value)) value.forEach((v, i) => textsOf(v, `${pointer}/${i}`, out));
  else if (value && typeof value === 'object') {
    if (typeof value.en === 'string') out.push({ pointer, en: value.en });
    else for (const [k, v] of Object.entries(value)) textsOf(v, `${pointer}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, out);
  }
  return out;
}

/** Marks every filled entry that shows its English as translated from the current English. */
export function acceptOverlay(level, overlay) {
  const out = {};
  for (const { pointer, en } of textsOf(level)) {
    const old = overlay[pointer];
    if (!old) continue;
    if (typeof old.text === 'string' && old.text.trim() !== '' && typeof old.en === 'string' && old.en === en)
      out[pointer] = { text: old.text, source: textHash(en) };
    else out[pointer] = old;
  }
  return out;
}

export function updateOverlay(level, overlay = {}) {
  const out = {};
  for (const { pointer, en } of textsOf(level)) {
    const old = overlay[pointer];
    const source = textHash(en);
    if (old && typeof old.text === 'string' && old.text !== '')
      out[pointer] = old.source === source ? { text: old.text, source } : { text: old.text, source: old.source, stale: true, en };
    else out[pointer] = { text: '', source, en };
  }
  return out;
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const args = process.argv.slice(2);
  const accept = args[0] === '--accept';
  const [lang, ...files] = accept ? args.slice(1) : args;
  if (!/^[a-z]{2}$/.test(lang ?? '') || lang === 'en') {
    console.error('usage: node scripts/level-overlay.mjs <lang> [levels/<game>/<level>.json ...]');
    process.exit(2);
  }
  const targets =
    files.length > 0
      ? files
      : readdirSync('levels')
          .filter((d) => d !== 'checks')
          .flatMap((d) =>
            readdirSync(join('levels', d))
              .filter((f) => /^[^.]+\.json$/.test(f))
              .map((f) => join('levels', d, f)),
          );
  for (const file of targets) {
    const path = file.replace(/\.json$/, `.${lang}.json`);
    const overlay = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
    const level = JSON.parse(readFileSync(file, 'utf8'));
    const next = accept ? acceptOverlay(level, overlay) : updateOverlay(level, overlay);
    writeFileSync(path, `${JSON.stringify(next, null, 2)}\n`);
    const todo = Object.values(next).filter((e) => e.text === '' || e.stale).length;
    console.log(`${path}: ${Object.keys(next).length} texts, ${todo} to translate`);
  }
}
