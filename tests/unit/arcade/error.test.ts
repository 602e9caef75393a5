// The level error screen, read from its presenter and layout in Node: the file, each problem's field path, line
// and column and reason, in the player's language; eight problems listed and the rest counted; the first one said
// whole; a hostile file's text kept as it is (the scene sets it as text); the panel and the way back on screen.
import { afterEach, describe, expect, it } from 'vitest';
import { loadLang, setLang } from '../../../src/core/i18n';
import { presentError, SHOWN_ISSUES } from '../../../src/arcade/error.present';
import { readingLayout } from '../../../src/arcade/reading.layout';
import type { LevelIssue } from '../../../src/core/levels';
import { SCREENS, onScreen, overlap, tooSmall } from './layoutChecks';

afterEach(() => setLang('en'));

const issue = (path: string, message: string, at?: [number, number]): LevelIssue => ({
  file: 'my-level.json',
  path,
  message,
  ...(at ? { line: at[0], column: at[1] } : {}),
});

describe('the level error’s words', () => {
  it('names the file, and for each problem the field path, where it is in the text and the reason', () => {
    const v = presentError({ file: 'my-level.json', issues: [issue('cards[3].domains[0].weight', 'Expected a number', [41, 17])] });
    expect(v.file).toBe('File: my-level.json');
    expect(v.issues).toEqual([{ field: 'Field: cards[3].domains[0].weight', where: 'Line 41, column 17', reason: 'Problem: Expected a number' }]);
    expect(v.announcement).toBe(
      'A level could not be opened. File: my-level.json. Field: cards[3].domains[0].weight. Line 41, column 17. Problem: Expected a number',
    );
    expect(v.more).toBeNull();
    expect(v.focus).toBe('back');
  });

  it('says “the whole file” for a problem with no field, and no line where the text has none', () => {
    const v = presentError({ file: 'x.json', issues: [issue('', 'Not JSON')] });
    expect(v.issues[0]).toEqual({ field: 'Field: the whole file', where: null, reason: 'Problem: Not JSON' });
    expect(v.announcement).not.toContain('Line');
  });

  it('says a missing field’s place is the object it is missing from, not the field’s own', () => {
    const v = presentError({ file: 'x.json', issues: [{ ...issue('cards[2].title', 'Required', [12, 5]), within: true }] });
    expect(v.issues[0]!.where).toBe('Missing from the object that starts at line 12, column 5');
    expect(v.announcement).toBe('A level could not be opened. File: my-level.json. Field: cards[2].title. Problem: Required');
  });

  it(`lists ${SHOWN_ISSUES} problems and counts the rest`, () => {
    const issues = Array.from({ length: 11 }, (_, i) => issue(`cards[${i}].title`, 'Required'));
    const v = presentError({ file: 'x.json', issues });
    expect(v.issues).toHaveLength(SHOWN_ISSUES);
    expect(v.more).toBe('and 3 more problems');
  });

  it('keeps a hostile file’s text as it is, for the screen to show as text', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const v = presentError({ file: evil, issues: [issue(evil, evil)] });
    expect(v.file).toContain(evil);
    expect(v.issues[0]!.reason).toContain(evil);
  });

  it.each(['fr', 'es'] as const)('speaks %s', async (lang) => {
    const en = presentError({ file: 'x.json', issues: [issue('', 'Not JSON', [1, 1])] });
    await loadLang(lang);
    setLang(lang);
    const v = presentError({ file: 'x.json', issues: [issue('', 'Not JSON', [1, 1])] });
    for (const k of ['heading', 'file', 'help', 'button'] as const) expect(v[k], k).not.toBe(en[k]);
    expect(v.issues[0]!.field).not.toBe(en.issues[0]!.field);
  });
});

describe.each(SCREENS)('the level error at %s', (_name, L) => {
  it('has its panel under the header and above the way back, both on screen, the button at least 44 px', () => {
    const lay = readingLayout(L);
    expect(onScreen(L, lay.panel) && onScreen(L, lay.button)).toBe(true);
    expect(lay.panel.y).toBeGreaterThanOrEqual(L.body.y);
    expect(overlap(lay.panel, lay.button)).toBe(false);
    expect(tooSmall({ button: lay.button })).toEqual([]);
  });
});
