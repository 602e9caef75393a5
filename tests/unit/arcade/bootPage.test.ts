// The page's own first paint (scripts/vite-boot-page.mjs): its inline script picks the player's language and text
// size before any other script runs. Run here against a stand-in page, with the saves a returning player may have.
import { describe, expect, it } from 'vitest';
import { BOOT_LANGS, BOOT_SAVE_KEY, BOOT_SCRIPT, bootCopies, bootPage } from '../../../scripts/vite-boot-page.mjs';
import { SAVE_KEY } from '../../../src/core/saveFormat';
import { LANGS } from '../../../src/core/i18n';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

function boot(stored: string | null | Error, search = ''): { lang: string; classes: string[] } {
  const classes: string[] = [];
  const html = { lang: 'en', classList: { add: (c: string) => classes.push(c) } };
  const localStorage = {
    getItem: (k: string) => {
      if (stored instanceof Error) throw stored;
      return k === SAVE_KEY ? stored : null;
    },
  };
  new Function('document', 'localStorage', 'location', BOOT_SCRIPT)({ documentElement: html }, localStorage, { search });
  return { lang: html.lang, classes };
}
/** The Content-Security-Policy a built page carries in its markup. */
const policyOf = (page: string): string => /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(page)?.[1] ?? '';
const save = (settings: unknown): string => JSON.stringify({ version: 2, settings, levels: {}, rounds: {} });

describe('the first paint', () => {
  it('reads the same save key and offers the same languages as the arcade', () => {
    expect(BOOT_SAVE_KEY).toBe(SAVE_KEY);
    expect([...BOOT_LANGS].sort()).toEqual([...LANGS].sort());
  });

  it('shows a returning player their saved language and text size', () => {
    expect(boot(save({ lang: 'fr', textScale: 1.5 }))).toEqual({ lang: 'fr', classes: ['boot-ts150'] });
    expect(boot(save({ lang: 'es', textScale: 1.25 }))).toEqual({ lang: 'es', classes: ['boot-ts125'] });
    expect(boot(save({ lang: 'en', textScale: 1 }))).toEqual({ lang: 'en', classes: [] });
  });

  it('takes a workshop link’s language over the saved one, and says it loads the workshop', () => {
    expect(boot(save({ lang: 'fr', textScale: 1 }), '?mode=workshop&lang=es')).toEqual({ lang: 'es', classes: ['boot-ws'] });
    // A language in the address of an ordinary visit is not a preset: the saved choice stands.
    expect(boot(save({ lang: 'fr', textScale: 1 }), '?lang=es').lang).toBe('fr');
  });

  it('falls back to English on a new device, a broken or hostile save, or storage that throws', () => {
    expect(boot(null).lang).toBe('en');
    expect(boot('{not json').lang).toBe('en');
    expect(boot(save({ lang: '"><img src=x>', textScale: 9 }))).toEqual({ lang: 'en', classes: [] });
    expect(boot(save({ lang: 'de' })).lang).toBe('en');
    expect(boot('null').lang).toBe('en');
    expect(boot(new Error('SecurityError: storage is disabled')).lang).toBe('en');
    expect(boot(null, '?mode=workshop&lang=<b>').lang).toBe('en');
  });

  it('allows the page’s inline script by its hash, and writes the title’s words from the string tables as text', () => {
    const handler = (bootPage().transformIndexHtml as { handler: (html: string) => string }).handler;
    const page = handler(readFileSync('index.html', 'utf8'));
    const inline = /<script id="boot-lang">(.*?)<\/script>/s.exec(page)?.[1] ?? '';
    expect(inline.length).toBeGreaterThan(100);
    const csp = policyOf(page);
    expect(csp).toContain(`'sha256-${createHash('sha256').update(inline).digest('base64')}'`);
    expect(csp).not.toContain('unsafe-inline');
    const style = /<style id="boot-style">(.*?)<\/style>/s.exec(page)?.[1] ?? '';
    expect(csp).toContain(`style-src 'self' 'sha256-${createHash('sha256').update(style).digest('base64')}';`);
    // The dev server's page lets in the inline styles Vite injects there (npm start), and nothing more.
    const devPage = (bootPage().transformIndexHtml as { handler: (html: string, ctx: unknown) => string }).handler(readFileSync('index.html', 'utf8'), {
      server: {},
    });
    expect(policyOf(devPage)).toBe(csp.replace(/style-src 'self' 'sha256-[^']+'/, "style-src 'self' 'unsafe-inline'"));
    const html = bootCopies();
    for (const lang of BOOT_LANGS) expect(html).toContain(`<div class="boot-copy" lang="${lang}">`);
    expect(html).toContain('<h1 class="boot-title">Arcade d’apprentissage</h1>');
    expect(html).not.toMatch(/\{|\}/);
  });
});
