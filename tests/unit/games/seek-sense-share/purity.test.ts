// DESIGN rule 1: the rules of this game never reach for Phaser, Howler, the DOM or storage.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';

const dir = join(import.meta.dirname, '../../../../src/games/seek-sense-share');
const ruleFiles = ['schema.ts', 'model.ts', 'simulation.ts', 'debrief.ts', 'present.ts', 'layout.ts', 'graphLayout.ts', 'levels.ts', 'strings.ts', 'stress.ts'];

test('every rule file exists and imports nothing of the browser or the engine', () => {
  const present = readdirSync(dir);
  for (const f of ruleFiles) {
    expect(present).toContain(f);
    const src = readFileSync(join(dir, f), 'utf8');
    const imports = [...src.matchAll(/from\s+'([^']+)'/g)].map((m) => m[1]);
    for (const i of imports) expect(i, `${f} imports ${i}`).toMatch(/^(zod|\.\/|\.\.\/\.\.\/core\/\w+$)/);
    expect(src, f).not.toMatch(/\b(window|document|localStorage|sessionStorage)\./);
  }
});
