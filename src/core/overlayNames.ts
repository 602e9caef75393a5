// Names and hashes for translation overlays, with no zod and no parsing: what the start bundle may use (the settings
// ask which languages every level has, from file names alone). The overlay format is described in levelSet.ts.
import { LANGS, type Lang } from './i18n';
import { fnv1a } from './hash';

/** File name without folders. */
function baseName(path: string): string {
  return path.split('/').pop() ?? path;
}

/** A short, stable hash of a text (32-bit FNV-1a, 8 hex digits): enough to tell that an English text changed. */
export function textHash(text: string): string {
  return fnv1a(text).toString(16).padStart(8, '0');
}

/** The language of an overlay file name (`name.fr.json` -> fr), or null for a level file. */
export function overlayLang(path: string): Lang | null {
  const m = /\.([a-z]{2})\.json$/.exec(baseName(path));
  return m && (LANGS as readonly string[]).includes(m[1]!) && m[1] !== 'en' ? (m[1] as Lang) : null;
}

/** The level file an overlay belongs to: `world-cafe.fr.json` -> `world-cafe.json`. */
export function overlayBase(path: string): string {
  return baseName(path).replace(/\.[a-z]{2}\.json$/, '.json');
}
