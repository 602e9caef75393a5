// What a trainer reads when their level file is wrong: every message of many broken copies of every shipped level
// is a plain sentence that names the field, with no zod or JSON.parse jargon ("Invalid input", "expected", "received").
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LevelLoad } from '../../../src/core/levels';
import { parseLevelFile as parseCynefin } from '../../../src/games/cynefin/levels';
import { parseLevelFile as parseFacilitator } from '../../../src/games/facilitator/levels';
import { parseLevelFile as parseSss } from '../../../src/games/seek-sense-share/levels';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

const parsers: Record<string, (file: string, text: string) => LevelLoad<unknown>> = {
  cynefin: parseCynefin,
  facilitator: parseFacilitator,
  'seek-sense-share': parseSss,
};

function pathsOf(v: Json, path: Path = [], out: Path[] = []): Path[] {
  out.push(path);
  if (Array.isArray(v)) v.forEach((x, i) => pathsOf(x, [...path, i], out));
  else if (v && typeof v === 'object') for (const k of Object.keys(v)) pathsOf(v[k] as Json, [...path, k], out);
  return out;
}

/** A copy with the value at `path` changed by `change` (undefined deletes it). */
function edited(doc: Json, path: Path, change: (v: Json) => Json | undefined): Json {
  const copy = structuredClone(doc);
  if (path.length === 0) return change(copy) ?? null;
  let parent: Json = copy;
  for (const p of path.slice(0, -1)) parent = (parent as Record<string | number, Json>)[p] as Json;
  const last = path[path.length - 1] as string | number;
  const next = change((parent as Record<string | number, Json>)[last] as Json);
  if (Array.isArray(parent) && typeof last === 'number') {
    if (next === undefined) parent.splice(last, 1);
    else parent[last] = next;
  } else if (parent && typeof parent === 'object' && !Array.isArray(parent) && typeof last === 'string') {
    if (next === undefined) delete parent[last];
    else parent[last] = next;
  }
  return copy;
}

/** Ways a trainer breaks a field: leave it out, write the wrong kind of value, overdo it, blank it, add a typo'd key. */
const BREAKS: Record<string, (v: Json) => Json | undefined> = {
  delete: () => undefined,
  wrongKind: (v) => (typeof v === 'string' ? 42 : typeof v === 'number' ? 'seven' : Array.isArray(v) ? { a: 1 } : v && typeof v === 'object' ? [1] : 'yes'),
  overdo: (v) =>
    typeof v === 'string'
      ? 'x'.repeat(5000)
      : typeof v === 'number'
        ? 1e9 + 0.5
        : Array.isArray(v)
          ? [...v, ...v, ...v, ...v, ...v, ...v, ...v, ...v, ...v]
          : v,
  blank: (v) => (typeof v === 'string' ? '  ' : typeof v === 'number' ? -1 : Array.isArray(v) ? [] : v && typeof v === 'object' ? {} : null),
  typo: (v) => (v && typeof v === 'object' && !Array.isArray(v) ? { ...v, colour: 'red' } : v),
  prototypeName: (v) => (typeof v === 'string' ? 'constructor' : v),
};

/** The message with quoted values (the trainer's own words, which may say anything) left out. */
const ownWords = (m: string) => m.replace(/"(?:[^"\\]|\\.)*"/g, '""');

for (const [game, parse] of Object.entries(parsers)) {
  describe(`${game}: messages for broken copies of the shipped levels`, () => {
    const dir = join(__dirname, '../../../levels', game);
    const files = readdirSync(dir)
      .filter((f) => /^[^.]+\.json$/.test(f))
      .sort(); // not the translation overlays

    it('are plain sentences naming the field, never zod or JSON.parse words', () => {
      let refused = 0;
      const seen = new Set<string>();
      for (const file of files) {
        const doc = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Json;
        const paths = pathsOf(doc);
        // About 16 fields a file, spread over the whole document (a different spread per file), keep this fast and wide.
        const stride = Math.max(1, Math.floor(paths.length / 16));
        for (let i = files.indexOf(file) % stride; i < paths.length; i += stride) {
          for (const [how, change] of Object.entries(BREAKS)) {
            const r = parse(file, JSON.stringify(edited(doc, paths[i] as Path, change)));
            if (r.ok) continue;
            refused++;
            for (const issue of r.issues) {
              const where = `${file} ${how} ${JSON.stringify(paths[i])}: ${issue.path} | ${issue.message}`;
              expect(ownWords(issue.message), where).not.toMatch(/invalid input|expected|received/i);
              expect(issue.message.trim(), where).not.toBe('');
              if (issue.path !== '') expect(ownWords(issue.message), where).toMatch(/^[A-Z][^:]*: \S/);
              seen.add(issue.message.replace(/"[^"]*"|\d[\d,.]*/g, '…'));
            }
          }
        }
      }
      expect(refused).toBeGreaterThan(60);
      // Many different problems were met, so the check covered more than one kind of message.
      expect(seen.size).toBeGreaterThan(15);
    }, 20_000);
  });
}
