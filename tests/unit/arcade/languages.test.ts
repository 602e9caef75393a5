// The settings offer a language only when the whole arcade speaks it: every string table and every shipped level.
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { LANGS, defineStrings, tableLangs } from '../../../src/core/i18n';
import { offeredLangs } from '../../../src/arcade/languages';
import '../../../src/arcade/strings';

describe('languages on offer', () => {
  it('always offers English, and another language only where every table and level has it', () => {
    const offered = offeredLangs();
    expect(offered[0]).toBe('en');
    for (const lang of LANGS.filter((l) => l !== 'en')) {
      const translatedLevels = readdirSync('levels', { recursive: true }).filter((f) => String(f).endsWith(`.${lang}.json`)).length;
      const levels = readdirSync('levels', { recursive: true }).filter(
        (f) => /^[^/]+\/[^.]+\.json$/.test(String(f)) && !String(f).startsWith('checks/'),
      ).length;
      if (offered.includes(lang)) expect(translatedLevels).toBe(levels);
      if (translatedLevels < levels) expect(offered).not.toContain(lang);
    }
  });

  it('a table with no file for a language takes that language off the list', () => {
    defineStrings({ en: { a: 'A', b: 'B' }, es: { a: 'Á', b: 'B' } });
    expect(tableLangs()).not.toContain('fr');
    expect(tableLangs()).toContain('en');
  });
});
