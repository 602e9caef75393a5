// The languages the settings offer: only those the whole arcade speaks, every string table complete and every
// shipped level translated (an overlay file beside it), so a player never gets a screen half in English.
import { LANGS, tableLangs, type Lang } from '../core/i18n';
import { overlayBase, overlayLang } from '../core/overlayNames';

/** File names only: nothing is loaded to know which levels have which translations. */
const levelFiles = Object.keys(import.meta.glob(['../../levels/*/*.json']));

/** Each overlay file as `folder/level.json|lang`, so a level's translations are looked up, not searched for. */
const overlays = new Set(
  levelFiles.flatMap((p) => {
    const lang = overlayLang(p);
    return lang ? [`${p.slice(0, p.lastIndexOf('/') + 1)}${overlayBase(p)}|${lang}`] : [];
  }),
);

export function offeredLangs(): Lang[] {
  const levels = levelFiles.filter((p) => overlayLang(p) === null);
  const tables = tableLangs();
  return LANGS.filter((lang) => lang === 'en' || (tables.includes(lang) && levels.every((level) => overlays.has(`${level}|${lang}`))));
}
