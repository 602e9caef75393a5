// Content is signed, not counted (DESIGN.md rule 14): a level that names a real place or organisation (the list
// beside this test, realNames.json) carries a source for it, and every source names something the level says.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import names from './realNames.json';

const ROOT = join(__dirname, '../../..');
const GAMES = ['cynefin', 'seek-sense-share', 'facilitator'] as const;

type Source = { names: string[]; claim: { en: string }; cite: string };
type Level = { id: string; sources?: Source[] } & Record<string, unknown>;

/** Every English text of a level but its sources', joined. */
function textsOf(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) value.forEach((v) => textsOf(v, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.en === 'string') out.push(o.en);
    else for (const [k, v] of Object.entries(o)) if (k !== 'sources') textsOf(v, out);
  }
  return out;
}

const named = (text: string, name: string): boolean => new RegExp(`(^|[^\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(text);

const levels = GAMES.flatMap((game) =>
  readdirSync(join(ROOT, 'levels', game))
    .filter((f) => /^[^.]+\.json$/.test(f))
    .map((f) => ({ file: `${game}/${f}`, level: JSON.parse(readFileSync(join(ROOT, 'levels', game, f), 'utf8')) as Level })),
);

describe('facts about real places carry their source', () => {
  it('the list of real names to look for is not empty', () => {
    expect(names.length).toBeGreaterThan(10);
  });

  it.each(levels.map((l) => [l.file, l.level] as const))('%s: every real place or organisation it names has a source', (_file, level) => {
    const text = textsOf(level).join('\n');
    const sourced = new Set((level.sources ?? []).flatMap((s) => s.names));
    const missing = names.filter((n) => named(text, n) && !sourced.has(n));
    expect(missing).toEqual([]);
  });

  it.each(levels.filter((l) => (l.level.sources ?? []).length > 0).map((l) => [l.file, l.level] as const))(
    '%s: every source names something the level says, with a claim and a citation',
    (_file, level) => {
      const text = textsOf(level).join('\n');
      for (const s of level.sources ?? []) {
        expect(
          s.names.some((n) => named(text, n)),
          s.claim.en,
        ).toBe(true);
        expect(s.claim.en.length).toBeGreaterThan(10);
        expect(s.cite).toMatch(/seed 00\d|published reference|\d{4}/i);
      }
    },
  );
});
