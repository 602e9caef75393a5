// The one level loader: overlays of translations merged before the parse (stale ones reported and not shown),
// the game's checks across files, play order, and bad files listed after the good ones.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { applyOverlay, loadLevelSet, overlayIssues, textHash, type Loaders } from '../../../src/core/levelSet';
import { levelHeader } from '../../../src/core/levels';

const schema = z.strictObject({ ...levelHeader, body: z.strictObject({ en: z.string(), fr: z.string().optional(), es: z.string().optional() }) });
const level = (id: string, order: number, title = `Level ${id}`) => ({ schemaVersion: 1, id, title: { en: title }, order, body: { en: `Body of ${id}` } });
const loaders = (files: Record<string, unknown>): Loaders => Object.fromEntries(Object.entries(files).map(([p, v]) => [p, async () => v]));

describe('translation overlays', () => {
  it('writes a current translation into the level before the parse, in the overlay’s language', async () => {
    const files = loaders({
      'levels/g/b.json': level('b', 2, 'Second'),
      'levels/g/a.json': level('a', 1, 'First'),
      'levels/g/a.fr.json': { '/title': { text: 'Premier', source: textHash('First') }, '/body': { text: 'Corps', source: textHash('Body of a') } },
    });
    const loads = await loadLevelSet({ files, schema });
    expect(loads.map((l) => l.file)).toEqual(['a.json', 'b.json']);
    const a = loads[0]!;
    expect(a.ok && a.level.title).toEqual({ en: 'First', fr: 'Premier' });
    expect(a.ok && a.level.body).toEqual({ en: 'Body of a', fr: 'Corps' });
  });

  it('leaves out a stale translation (the English changed) and reports it', () => {
    const raw = level('a', 1, 'First, reworded');
    const overlay = { '/title': { text: 'Premier', source: textHash('First') }, '/nowhere': { text: 'x', source: 'y' }, '/order': { text: 'x', source: 'y' } };
    expect((applyOverlay(raw, overlay, 'fr') as { title: object }).title).toEqual({ en: 'First, reworded' });
    const issues = overlayIssues(raw, overlay, 'a.fr.json');
    expect(issues.map((i) => i.path)).toEqual(['/title', '/nowhere', '/order']);
    expect(issues[0]!.message).toMatch(/out of date/);
    expect(issues[1]!.message).toMatch(/names no text/);
  });

  it('ignores an overlay that is not an object, and never writes through a prototype name', () => {
    const raw = level('a', 1);
    expect(applyOverlay(raw, [1, 2], 'es')).toEqual(raw);
    expect(applyOverlay(raw, { '/__proto__': { text: 'x', source: 'y' }, '/constructor': { text: 'x', source: 'y' } }, 'es')).toEqual(raw);
    expect(({} as Record<string, unknown>).es).toBeUndefined();
  });
});

describe('loading a level set', () => {
  it('turns a level that clashes with another into a failure naming the clash, after the good ones', async () => {
    const files = loaders({ 'x/one.json': level('same', 1), 'x/two.json': level('same', 2), 'x/bad.json': { nope: true } });
    const loads = await loadLevelSet({
      files,
      schema,
      checkSet: (ls) => (ls.length > 1 ? [{ file: ls[1]!.file, path: 'id', message: 'id used twice' }] : []),
    });
    expect(loads.map((l) => [l.file, l.ok])).toEqual([
      ['one.json', true],
      ['bad.json', false],
      ['two.json', false],
    ]);
  });
});

describe('the translators’ overlay script', () => {
  it('hashes as the arcade does, and marks new, kept and stale translations', async () => {
    const script = await import('../../../scripts/level-overlay.mjs');
    for (const t of ['', 'First', 'Café du monde', 'a/b~c']) expect(script.textHash(t)).toBe(textHash(t));
    const raw = level('a', 1, 'First');
    const next = script.updateOverlay(raw, { '/title': { text: 'Premier', source: textHash('First') }, '/body': { text: 'Vieux', source: 'deadbeef' } });
    expect(next['/title']).toEqual({ text: 'Premier', source: textHash('First') });
    expect(next['/body']).toMatchObject({ text: 'Vieux', stale: true });
    // What the script writes is what the arcade reads: current entries applied, stale and empty ones left out.
    expect((applyOverlay(raw, next, 'fr') as { title: object; body: object }).title).toEqual({ en: 'First', fr: 'Premier' });
    expect((applyOverlay(raw, next, 'fr') as { body: object }).body).toEqual({ en: 'Body of a' });
  });
});
