// DESIGN.md rule 1: core/ and each game's rules (model, schema, simulation) stay pure: no Phaser, no Howler,
// no DOM, no localStorage, not even through a relative import of a file that has them.
// Also checks every game folder with rules carries its schema, level loader and newcomer notes.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const SRC = join(ROOT, 'src');
const rel = (abs: string) => relative(ROOT, abs).split('\\').join('/');

const FORBIDDEN_MODULES = ['phaser', 'howler'];
const FORBIDDEN_GLOBALS = ['window', 'document', 'localStorage', 'sessionStorage'];

/**
 * Sanctioned touches of a browser global in the pure code: none. The browser's localStorage is handed to
 * core/storage's SaveStore by arcade/services.ts, so SaveStore only ever sees an injected KeyValueStore.
 */
const ALLOWED: Array<{ file: string; global: string; insideFunction: string }> = [];

/** Blanks comments (and, if asked, string and regex contents) while keeping offsets and line numbers. */
function blank(src: string, blankStrings: boolean): string {
  const out = src.split('');
  const wipe = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (out[k] !== '\n') out[k] = ' ';
  };
  const templateDepth: number[] = []; // brace depth at which each open `${` returns to its template
  let depth = 0;
  let prevSignificant = '';
  let i = 0;
  const scanTemplate = (start: number): number => {
    // from just after a backtick or `}` closing an expression; returns index after the end or after `${`
    let j = start;
    while (j < src.length) {
      if (src[j] === '\\') j += 2;
      else if (src[j] === '`') {
        if (blankStrings) wipe(start, j);
        return j + 1;
      } else if (src[j] === '$' && src[j + 1] === '{') {
        if (blankStrings) wipe(start, j);
        templateDepth.push(depth);
        depth++;
        return j + 2;
      } else j++;
    }
    return j;
  };
  while (i < src.length) {
    const c = src[i] as string;
    const d = src[i + 1];
    if (c === '/' && d === '/') {
      const end = src.indexOf('\n', i);
      const stop = end === -1 ? src.length : end;
      wipe(i, stop);
      i = stop;
    } else if (c === '/' && d === '*') {
      const end = src.indexOf('*/', i + 2);
      const stop = end === -1 ? src.length : end + 2;
      wipe(i, stop);
      i = stop;
    } else if (c === "'" || c === '"') {
      let j = i + 1;
      while (j < src.length && src[j] !== c && src[j] !== '\n') j += src[j] === '\\' ? 2 : 1;
      if (blankStrings) wipe(i + 1, j);
      i = j + 1;
      prevSignificant = c;
    } else if (c === '`') {
      i = scanTemplate(i + 1);
      prevSignificant = '`';
    } else if (c === '/' && (prevSignificant === '' || '(,=:[!&|?{};+-*%<>~^'.includes(prevSignificant))) {
      // a regex literal
      let j = i + 1;
      let inClass = false;
      while (j < src.length && src[j] !== '\n') {
        if (src[j] === '\\') j += 2;
        else if (src[j] === '[') (inClass = true), j++;
        else if (src[j] === ']') (inClass = false), j++;
        else if (src[j] === '/' && !inClass) break;
        else j++;
      }
      if (blankStrings) wipe(i + 1, j);
      i = j + 1;
      prevSignificant = '/';
    } else {
      if (c === '{') depth++;
      else if (c === '}') {
        depth--;
        if (templateDepth.length && templateDepth[templateDepth.length - 1] === depth) {
          templateDepth.pop();
          i = scanTemplate(i + 1);
          prevSignificant = '`';
          continue;
        }
      }
      if (!/\s/.test(c)) prevSignificant = /[\w$]/.test(c) ? 'a' : c;
      i++;
    }
  }
  return out.join('');
}

interface Violation {
  file: string;
  line: number;
  what: string;
}

const lineOf = (text: string, offset: number) => text.slice(0, offset).split('\n').length;

function enclosingFunction(code: string, offset: number): string | undefined {
  const names = [...code.slice(0, offset).matchAll(/\bfunction\s+([\w$]+)/g)];
  return names.at(-1)?.[1];
}

/** Module specifiers a file imports, exports from, dynamically imports or requires. */
function importsOf(src: string): { spec: string; offset: number }[] {
  const code = blank(src, false);
  const re = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)(['"])([^'"\n]+)\1/g;
  return [...code.matchAll(re)].map((m) => ({ spec: m[2] as string, offset: m.index ?? 0 }));
}

/** Direct violations of rule 1 in one file's source. */
function violationsIn(file: string, src: string): Violation[] {
  const out: Violation[] = [];
  const withStrings = blank(src, false);
  for (const { spec, offset } of importsOf(src)) {
    const root = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : (spec.split('/')[0] as string);
    if (FORBIDDEN_MODULES.includes(root)) out.push({ file, line: lineOf(src, offset), what: `imports '${spec}'` });
  }
  const code = blank(src, true);
  const names = FORBIDDEN_GLOBALS.join('|');
  const refs = [
    // bare identifier, not a property (x.document) and not an object key ({ document: 1 })
    new RegExp(`(?<![\\w$.])(${names})(?![\\w$])(?!\\s*:[^:])`, 'g'),
    // through the global object
    new RegExp(`\\b(?:globalThis|self)\\s*\\??\\.\\s*(${names})(?![\\w$])`, 'g'),
  ];
  const seen = new Set<number>();
  for (const re of refs) {
    for (const m of code.matchAll(re)) {
      const global = m[1] as string;
      const at = (m.index ?? 0) + m[0].lastIndexOf(global);
      if (seen.has(at)) continue;
      seen.add(at);
      const fn = enclosingFunction(code, at);
      if (ALLOWED.some((a) => a.file === file && a.global === global && a.insideFunction === fn)) continue;
      out.push({ file, line: lineOf(src, at), what: `references \`${global}\`` });
    }
  }
  for (const m of withStrings.matchAll(new RegExp(`\\b(?:globalThis|self)\\s*\\[\\s*(['"\`])(${names})\\1`, 'g'))) {
    out.push({ file, line: lineOf(src, m.index ?? 0), what: `references \`${m[2]}\`` });
  }
  return out;
}

function tsFilesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) return tsFilesUnder(p);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [p] : [];
  });
}

const gameDirs = readdirSync(join(SRC, 'games'))
  .map((n) => join(SRC, 'games', n))
  .filter((p) => statSync(p).isDirectory());

const pureFiles = [
  ...tsFilesUnder(join(SRC, 'core')),
  ...gameDirs.flatMap((d) => ['model.ts', 'schema.ts', 'simulation.ts'].map((f) => join(d, f)).filter((p) => existsSync(p))),
].sort();

function resolveRelative(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  const candidates = [base, `${base}.ts`, join(base, 'index.ts'), base.replace(/\.js$/, '.ts')];
  return candidates.find((c) => c.endsWith('.ts') && existsSync(c) && statSync(c).isFile());
}

/** Rule-1 violations of a file and of every file it reaches through relative imports, with the import chain. */
function violationsReachableFrom(entry: string): string[] {
  const problems: string[] = [];
  const visited = new Set<string>();
  const walk = (file: string, chain: string[]) => {
    if (visited.has(file)) return;
    visited.add(file);
    const src = readFileSync(file, 'utf8');
    const via = chain.length ? ` (reached from ${chain.join(' -> ')})` : '';
    for (const v of violationsIn(rel(file), src)) problems.push(`${v.file}:${v.line} ${v.what}${via}`);
    for (const { spec } of importsOf(src)) {
      if (!spec.startsWith('.')) continue;
      const target = resolveRelative(file, spec);
      if (target) walk(target, [...chain, rel(file)]);
    }
  };
  walk(entry, []);
  return problems;
}

describe('the checker itself', () => {
  it('catches forbidden imports and globals and names them', () => {
    const src = [
      "import Phaser from 'phaser';",
      'import { Howl } from "howler";',
      "import type { Scene } from 'phaser/types';",
      "export { x } from 'howler';",
      "const p = import('phaser');",
      'window.addEventListener("x", f);',
      'const el = document.createElement("div");',
      'const s = globalThis.localStorage;',
      "const t = globalThis['sessionStorage'];",
      'if (typeof window !== "undefined") {}',
    ].join('\n');
    const found = violationsIn('src/core/bad.ts', src).map((v) => `${v.line} ${v.what}`);
    expect(found).toEqual(
      expect.arrayContaining([
        "1 imports 'phaser'",
        "2 imports 'howler'",
        "3 imports 'phaser/types'",
        "4 imports 'howler'",
        "5 imports 'phaser'",
        '6 references `window`',
        '7 references `document`',
        '8 references `localStorage`',
        '9 references `sessionStorage`',
        '10 references `window`',
      ]),
    );
    expect(found).toHaveLength(10);
  });

  it('ignores comments, strings, regexes, properties and object keys, and names that merely contain the words', () => {
    const src = [
      '// no window or document here, nor localStorage',
      "/* import Phaser from 'phaser' */",
      "const a = 'open the document in a new window';",
      'const b = `your localStorage is ${n} full`;',
      'const c = level.document + opts.window;',
      'const d = { window: 3, document: "x" };',
      "import { z } from 'zod'; import { x } from './phaserish';",
      'const windowSize = 3; const re = /window|\'/g;',
    ].join('\n');
    expect(violationsIn('src/core/ok.ts', src)).toEqual([]);
  });

  it('finds a global used inside a template expression', () => {
    expect(violationsIn('src/core/t.ts', 'const s = `w=${window.innerWidth}px`;').map((v) => v.what)).toEqual(['references `window`']);
  });

  it('rejects localStorage anywhere in core, core/storage included (it is injected from the shell)', () => {
    const src = 'export function browserStore() { return globalThis.localStorage; }\nfunction other() { return globalThis.localStorage; }';
    expect(violationsIn('src/core/storage.ts', src).map((v) => `${v.line} ${v.what}`)).toEqual(['1 references `localStorage`', '2 references `localStorage`']);
    expect(violationsIn('src/core/rng.ts', src)).toHaveLength(2);
  });

  it('follows relative imports and names the chain that leads to a forbidden import', () => {
    const dir = mkdtempSync(join(tmpdir(), 'arch-'));
    try {
      writeFileSync(join(dir, 'model.ts'), "import { helper } from './util';\nexport const x = helper;");
      writeFileSync(join(dir, 'util.ts'), "import { draw } from './ui/draw';\nexport const helper = draw;");
      mkdirSync(join(dir, 'ui'));
      writeFileSync(join(dir, 'ui', 'draw.ts'), "import Phaser from 'phaser';\nexport const draw = Phaser;");
      const problems = violationsReachableFrom(join(dir, 'model.ts'));
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/ui\/draw\.ts:1 imports 'phaser' \(reached from .*model\.ts -> .*util\.ts\)$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('rule 1: pure rules and core', () => {
  it('scans core and every game model, schema and simulation', () => {
    const names = pureFiles.map(rel);
    expect(names).toEqual(expect.arrayContaining(['src/core/storage.ts', 'src/core/i18n.ts', 'src/core/rng.ts']));
    expect(names.some((n) => /^src\/games\/[^/]+\/model\.ts$/.test(n))).toBe(true);
  });

  it.each(pureFiles.map((f) => [rel(f), f] as const))(
    '%s imports no phaser/howler and touches no window/document/localStorage (directly or via relative imports)',
    (_name, file) => {
      const problems = violationsReachableFrom(file);
      expect(problems, `DESIGN.md rule 1 broken:\n  ${problems.join('\n  ')}`).toEqual([]);
    },
  );
});

describe('game folders', () => {
  const withModel = gameDirs.filter((d) => existsSync(join(d, 'model.ts')));

  it('there is at least one game with rules', () => {
    expect(withModel.length).toBeGreaterThan(0);
  });

  it.each(withModel.map((d) => [rel(d), d] as const))('%s has schema.ts, levels.ts and NOTES.md next to model.ts', (_name, dir) => {
    const missing = ['schema.ts', 'levels.ts', 'NOTES.md'].filter((f) => !existsSync(join(dir, f)));
    expect(missing, `${rel(dir)}/ has model.ts but is missing: ${missing.join(', ')}`).toEqual([]);
  });
});
