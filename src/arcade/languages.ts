// The languages the settings offer: only those the whole arcade speaks, every string table complete and every
// shipped level translated (an overlay file beside it), so a player never gets a screen half in English.
import { LANGS, tableLangs, type Lang } from '../core/i18n';
import { overlayBase, overlayLang } from '../core/overlayNames';

/** File names only: nothing is loaded to know which levels have which translations. */
const levelFiles = Object.keys(import.meta.glob(['../../levels/*/*.json', '!../../levels/checks/*.json']));

export function offeredLangs(): Lang[] {
  const levels = levelFiles.filter((p) => overlayLang(p) === null);
  const tables = tableLangs();
  return LANGS.filter(
    (lang) =>
      lang === 'en' ||
      (tables.includes(lang) &&
        levels.every((level) => {
          const dir = level.slice(0, level.lastIndexOf('/') + 1);
          const name = level.slice(dir.length);
          return levelFiles.some((p) => overlayLang(p) === lang && p.startsWith(dir) && overlayBase(p) === name);
        })),
  );
}
