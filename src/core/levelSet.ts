// One loader for every game's shipped levels: each file through the game's schema, the game's checks across
// files, play order, and per-language overlay files merged before the parse.
//
// An overlay sits beside its level, `world-cafe.fr.json` beside `world-cafe.json`, and maps a JSON pointer of a
// text in the level to its translation and a hash of the English it was made from:
//   { "/title": { "text": "Café du monde…", "source": "9f2c41ab" } }
// A translation whose English has changed since (the hash differs) is stale: it is not shown (English is), and
// `overlayIssues` reports it, which the tests run on every shipped overlay.
import type { z } from 'zod';
import type { Lang } from './i18n';
import { overlayBase, overlayLang, textHash } from './overlayNames';

export { overlayBase, overlayLang, textHash };
import { fileName, parseLevel, type LevelIssue, type LevelLoad } from './levels';
import { say } from './authorMessages';

/** Lazy loaders from import.meta.glob, keyed by path. */
export type Loaders = Record<string, () => Promise<unknown>>;

export interface OverlayEntry {
  text: string;
  /** textHash of the English text the translation was made from. */
  source: string;
}

/** The object a JSON pointer names inside raw JSON, if it is a text object ({ en: ... }). */
function textAt(raw: unknown, pointer: string): Record<string, unknown> | null {
  let at: unknown = raw;
  for (const part of pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))) {
    if (at === null || typeof at !== 'object' || !Object.hasOwn(at, part)) return null;
    at = (at as Record<string, unknown>)[part];
  }
  return at !== null && typeof at === 'object' && typeof (at as { en?: unknown }).en === 'string' ? (at as Record<string, unknown>) : null;
}

function isOverlayEntry(v: unknown): v is OverlayEntry {
  return typeof v === 'object' && v !== null && typeof (v as OverlayEntry).text === 'string' && typeof (v as OverlayEntry).source === 'string';
}

/** What is wrong with an overlay against its level: pointers that name no text, stale or malformed entries. */
export function overlayIssues(raw: unknown, overlay: unknown, file: string): LevelIssue[] {
  if (overlay === null || typeof overlay !== 'object' || Array.isArray(overlay)) return [{ file, path: '', message: say('overlay.notObject') }];
  const issues: LevelIssue[] = [];
  for (const [pointer, entry] of Object.entries(overlay)) {
    const target = textAt(raw, pointer);
    if (!isOverlayEntry(entry)) issues.push({ file, path: pointer, message: say('overlay.entry') });
    else if (!target) issues.push({ file, path: pointer, message: say('overlay.noText') });
    else if (textHash(target.en as string) !== entry.source) issues.push({ file, path: pointer, message: say('overlay.stale') });
  }
  return issues;
}

/** The level with every current translation of the overlay written in (stale or broken entries left out). */
export function applyOverlay(raw: unknown, overlay: unknown, lang: Lang): unknown {
  if (overlay === null || typeof overlay !== 'object' || Array.isArray(overlay)) return raw;
  const copy = structuredClone(raw);
  for (const [pointer, entry] of Object.entries(overlay)) {
    const target = textAt(copy, pointer);
    if (target && isOverlayEntry(entry) && entry.text.trim() !== '' && textHash(target.en as string) === entry.source) target[lang] = entry.text;
  }
  return copy;
}

export interface LevelSetOptions<L extends { order: number }> {
  /** import.meta.glob of levels/<game>/*.json: level files and their overlays (`*.fr.json`) together. */
  files: Loaders;
  schema: z.ZodType<L>;
  /** The game's checks across files (unique ids, shipped limits); a level with an issue becomes a failure. */
  checkSet?: (levels: readonly { file: string; level: L }[]) => LevelIssue[];
}

/** Every shipped level of a game, overlays merged and parsed; good ones in play order, failures after by file. */
export async function loadLevelSet<L extends { order: number }>(opts: LevelSetOptions<L>): Promise<LevelLoad<L>[]> {
  const entries = Object.entries(opts.files);
  const overlays = entries.filter(([p]) => overlayLang(p) !== null);
  const loads = await Promise.all(
    entries
      .filter(([p]) => overlayLang(p) === null)
      .map(async ([path, load]) => {
        const file = fileName(path);
        let raw = await load();
        for (const [op, loadOverlay] of overlays) {
          if (overlayBase(op) === file) raw = applyOverlay(raw, await loadOverlay(), overlayLang(op)!);
        }
        return parseLevel(opts.schema, file, raw);
      }),
  );
  const good = loads
    .filter((l): l is Extract<LevelLoad<L>, { ok: true }> => l.ok)
    .sort((a, b) => a.level.order - b.level.order || a.file.localeCompare(b.file));
  const bad: LevelLoad<L>[] = loads.filter((l) => !l.ok);
  const clashes = opts.checkSet?.(good) ?? [];
  const out: LevelLoad<L>[] = [];
  for (const g of good) {
    const mine = clashes.filter((i) => i.file === g.file);
    if (mine.length > 0) bad.push({ ok: false, file: g.file, issues: mine });
    else out.push(g);
  }
  return [...out, ...bad.sort((a, b) => a.file.localeCompare(b.file))];
}
